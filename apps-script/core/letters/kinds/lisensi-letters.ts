// (filled by the lisensi work of issue 11)

export const LISENSI_LETTER_KINDS = {} as const;

/** The letter codes above, in order (all are letters of a case register other than Permohonan). */
export const LISENSI_LETTER_TYPES = [] as const satisfies readonly (keyof typeof LISENSI_LETTER_KINDS)[];
