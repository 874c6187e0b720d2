// (filled by the asesor work of issue 11)
import type { LetterInput } from "../../apps-script/core/letters/letter-types";
import type { ASESOR_LETTER_TYPES } from "../../apps-script/core/letters/kinds/asesor-letters";

type Types = (typeof ASESOR_LETTER_TYPES)[number];

/** A realistic data set for each of these letter types. */
export function asesorSampleData(): { [K in Types]: LetterInput<K> } {
  return {};
}
