// The Lisensi LSP (seed 003, lampiran VI) part of this list: empty until its rows are written (issue 11, still open).

export const LISENSI_LETTER_KINDS = {} as const;

/** The letter codes above, in order (all are letters of a case register other than Permohonan). */
export const LISENSI_LETTER_TYPES = [] as const satisfies readonly (keyof typeof LISENSI_LETTER_KINDS)[];
