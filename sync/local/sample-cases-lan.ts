// The Penilaian Kompetensi LAN (seed 004) part of this list: empty until its rows are written (issue 11, still open).
import type { SampleContext, SampleFamily } from "./sample-cases";

export function lanSamples(_context: SampleContext): SampleFamily {
  return { registers: [], documents: [] };
}
