// (filled by the lisensi work of issue 11)
import type { LISENSI_LETTER_TYPES } from "./kinds/lisensi-letters";
import type { ServiceLetterInput } from "./service-data";

type LisensiLetterType = (typeof LISENSI_LETTER_TYPES)[number];

/** The data builders of these letters, by type: each reads the case row by header. */
export function lisensiLetterData(_input: ServiceLetterInput): { [K in LisensiLetterType]: () => unknown } {
  return {};
}
