// The RCC Asesor Kompetensi and Pelatihan Asesor (seed 003, lampiran IV–V) part of this list: empty until its rows are written (issue 11, still open).
import type { ServiceSeed } from "./service-seed";

export const ASESOR_SEED: ServiceSeed = { services: [], caseColumns: [], states: [], moves: [], documents: [], registers: [] };
