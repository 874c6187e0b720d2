// (filled by the lan work of issue 11)

export const LAN_LETTER_KINDS = {} as const;

/** The letter codes above, in order (all are letters of a case register other than Permohonan). */
export const LAN_LETTER_TYPES = [] as const satisfies readonly (keyof typeof LAN_LETTER_KINDS)[];
