// The Lisensi LSP (seed 003, lampiran VI) part of this list: empty until its rows are written (issue 11, still open).
import type { LISENSI_LETTER_TYPES } from "./kinds/lisensi-letters";
import type { ServiceLetterInput } from "./service-data";

type LisensiLetterType = (typeof LISENSI_LETTER_TYPES)[number];

/** The data builders of these letters, by type: each reads the case row by header. */
export function lisensiLetterData(_input: ServiceLetterInput): { [K in LisensiLetterType]: () => unknown } {
  return {};
}
