// The Lisensi LSP (seed 003, lampiran VI) part of this list: empty until its rows are written (issue 11, still open).
import type { SampleContext, SampleFamily } from "./sample-cases";

export function lisensiSamples(_context: SampleContext): SampleFamily {
  return { registers: [], documents: [] };
}
