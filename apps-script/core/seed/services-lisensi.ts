// (filled by the lisensi work of issue 11)
import type { ServiceSeed } from "./service-seed";

export const LISENSI_SEED: ServiceSeed = { services: [], caseColumns: [], states: [], moves: [], documents: [], registers: [] };
