// Service calls of the two commonest executions as `npm run bench -- --only gas` counts them
// (editCalls, editWithLetterCalls), for periksaPenerapan to turn into seconds on the live account.
// test/gas/edit-lookup.test.ts keeps each within one call of what an edit in the fake services makes.

/** A status move that makes no letter, once the searched tabs' sizes are known (edit-lookup.test.ts). */
export const STATUS_EDIT_CALLS = 29;
/** The same with one letter made into a Google Doc, once the letter folders exist. */
export const LETTER_EDIT_CALLS = 38;
