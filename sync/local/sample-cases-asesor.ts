// The RCC Asesor Kompetensi and Pelatihan Asesor (seed 003, lampiran IV–V) part of this list: empty until its rows are written (issue 11, still open).
import type { SampleContext, SampleFamily } from "./sample-cases";

export function asesorSamples(_context: SampleContext): SampleFamily {
  return { registers: [], documents: [] };
}
