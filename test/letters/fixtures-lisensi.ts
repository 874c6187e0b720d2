// The Lisensi LSP (seed 003, lampiran VI) part of this list: empty until its rows are written (issue 11, still open).
import type { LetterRequirement } from "./requirement";
import type { LetterInput } from "../../apps-script/core/letters/letter-types";
import type { LISENSI_LETTER_TYPES } from "../../apps-script/core/letters/kinds/lisensi-letters";

type Types = (typeof LISENSI_LETTER_TYPES)[number];

/** A realistic data set for each of these letter types. */
export function lisensiSampleData(): { [K in Types]: LetterInput<K> } {
  return {};
}

/** What each of these letters must say when rendered (render.test.ts), from the data above. */
export const LISENSI_REQUIRED: { [K in Types]: LetterRequirement } = {};
