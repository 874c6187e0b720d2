// (filled by the lan work of issue 11)
import type { ServiceSeed } from "./service-seed";

export const LAN_SEED: ServiceSeed = { services: [], caseColumns: [], states: [], moves: [], documents: [], registers: [] };
