// The Penilaian Kompetensi LAN (seed 004) part of this list: empty until its rows are written (issue 11, still open).
import type { ServiceSeed } from "./service-seed";

export const LAN_SEED: ServiceSeed = { services: [], caseColumns: [], states: [], moves: [], documents: [], registers: [] };
