// (filled by the lisensi work of issue 11)
import type { LetterInput } from "../../apps-script/core/letters/letter-types";
import type { LISENSI_LETTER_TYPES } from "../../apps-script/core/letters/kinds/lisensi-letters";

type Types = (typeof LISENSI_LETTER_TYPES)[number];

/** A realistic data set for each of these letter types. */
export function lisensiSampleData(): { [K in Types]: LetterInput<K> } {
  return {};
}
