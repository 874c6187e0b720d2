// Errors letters raise, with Indonesian messages for staff and the fields at fault for code.

/** A letter's data is missing or invalid: no letter is made, rather than one with blanks. */
export class LetterDataError extends Error {
  constructor(
    readonly letterType: string,
    readonly caseId: string,
    /** Dotted paths of the fields at fault, e.g. "applicant.nip". */
    readonly fields: readonly string[],
    message: string,
  ) {
    super(message);
    this.name = "LetterDataError";
  }
}

/** An office setting for letters (letterhead, signatory, number format) is missing or wrong. */
export class LetterConfigError extends Error {
  constructor(
    /** The Pengaturan keys at fault, e.g. "NIP Penandatangan". */
    readonly settings: readonly string[],
    message: string,
  ) {
    super(message);
    this.name = "LetterConfigError";
  }
}
