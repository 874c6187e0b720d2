// The Penilaian Kompetensi LAN (seed 004) part of this list: empty until its rows are written (issue 11, still open).
import type { LAN_LETTER_TYPES } from "./kinds/lan-letters";
import type { ServiceLetterInput } from "./service-data";

type LanLetterType = (typeof LAN_LETTER_TYPES)[number];

/** The data builders of these letters, by type: each reads the case row by header. */
export function lanLetterData(_input: ServiceLetterInput): { [K in LanLetterType]: () => unknown } {
  return {};
}
