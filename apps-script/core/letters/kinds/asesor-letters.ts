// The RCC Asesor Kompetensi and Pelatihan Asesor (seed 003, lampiran IV–V) part of this list: empty until its rows are written (issue 11, still open).

export const ASESOR_LETTER_KINDS = {} as const;

/** The letter codes above, in order (all are letters of a case register other than Permohonan). */
export const ASESOR_LETTER_TYPES = [] as const satisfies readonly (keyof typeof ASESOR_LETTER_KINDS)[];
