// (filled by the asesor work of issue 11)
import type { SampleContext, SampleFamily } from "./sample-cases";

export function asesorSamples(_context: SampleContext): SampleFamily {
  return { registers: [], documents: [] };
}
