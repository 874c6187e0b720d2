// The Lisensi LSP (seed 003, lampiran VI) part of this list: empty until its rows are written (issue 11, still open).
import type { ServiceSeed } from "./service-seed";

export const LISENSI_SEED: ServiceSeed = { services: [], caseColumns: [], states: [], moves: [], documents: [], registers: [] };
