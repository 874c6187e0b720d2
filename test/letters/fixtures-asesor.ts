// The RCC Asesor Kompetensi and Pelatihan Asesor (seed 003, lampiran IV–V) part of this list: empty until its rows are written (issue 11, still open).
import type { LetterRequirement } from "./requirement";
import type { LetterInput } from "../../apps-script/core/letters/letter-types";
import type { ASESOR_LETTER_TYPES } from "../../apps-script/core/letters/kinds/asesor-letters";

type Types = (typeof ASESOR_LETTER_TYPES)[number];

/** A realistic data set for each of these letter types. */
export function asesorSampleData(): { [K in Types]: LetterInput<K> } {
  return {};
}

/** What each of these letters must say when rendered (render.test.ts), from the data above. */
export const ASESOR_REQUIRED: { [K in Types]: LetterRequirement } = {};
