// (filled by the lisensi work of issue 11)
import type { SampleContext, SampleFamily } from "./sample-cases";

export function lisensiSamples(_context: SampleContext): SampleFamily {
  return { registers: [], documents: [] };
}
