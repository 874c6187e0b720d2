// (filled by the asesor work of issue 11)
import type { ServiceSeed } from "./service-seed";

export const ASESOR_SEED: ServiceSeed = { services: [], caseColumns: [], states: [], moves: [], documents: [], registers: [] };
