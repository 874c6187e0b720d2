// The Penilaian Kompetensi LAN (seed 004) part of this list: empty until its rows are written (issue 11, still open).
import type { LetterRequirement } from "./requirement";
import type { LetterInput } from "../../apps-script/core/letters/letter-types";
import type { LAN_LETTER_TYPES } from "../../apps-script/core/letters/kinds/lan-letters";

type Types = (typeof LAN_LETTER_TYPES)[number];

/** A realistic data set for each of these letter types. */
export function lanSampleData(): { [K in Types]: LetterInput<K> } {
  return {};
}

/** What each of these letters must say when rendered (render.test.ts), from the data above. */
export const LAN_REQUIRED: { [K in Types]: LetterRequirement } = {};
