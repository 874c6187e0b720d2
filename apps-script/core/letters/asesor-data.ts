// The RCC Asesor Kompetensi and Pelatihan Asesor (seed 003, lampiran IV–V) part of this list: empty until its rows are written (issue 11, still open).
import type { ASESOR_LETTER_TYPES } from "./kinds/asesor-letters";
import type { ServiceLetterInput } from "./service-data";

type AsesorLetterType = (typeof ASESOR_LETTER_TYPES)[number];

/** The data builders of these letters, by type: each reads the case row by header. */
export function asesorLetterData(_input: ServiceLetterInput): { [K in AsesorLetterType]: () => unknown } {
  return {};
}
