// (filled by the asesor work of issue 11)

export const ASESOR_LETTER_KINDS = {} as const;

/** The letter codes above, in order (all are letters of a case register other than Permohonan). */
export const ASESOR_LETTER_TYPES = [] as const satisfies readonly (keyof typeof ASESOR_LETTER_KINDS)[];
