// What render.test.ts checks in each letter beyond the letterhead, number, date and signature.
export interface LetterRequirement {
  /** Lines of the addressee block, in order. */
  readonly addressee: readonly string[];
  /** Facts of the case the text must contain. */
  readonly facts: readonly string[];
  /** The subject for the letter book, when it is not the scheme's. */
  readonly perihal?: RegExp;
}
