// (filled by the lan work of issue 11)
import type { SampleContext, SampleFamily } from "./sample-cases";

export function lanSamples(_context: SampleContext): SampleFamily {
  return { registers: [], documents: [] };
}
