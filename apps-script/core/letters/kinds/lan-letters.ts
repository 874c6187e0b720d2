// The Penilaian Kompetensi LAN (seed 004) part of this list: empty until its rows are written (issue 11, still open).

export const LAN_LETTER_KINDS = {} as const;

/** The letter codes above, in order (all are letters of a case register other than Permohonan). */
export const LAN_LETTER_TYPES = [] as const satisfies readonly (keyof typeof LAN_LETTER_KINDS)[];
