// A service an office runs, as one row of the Layanan register: which workflow, which case
// register its cases live in, and its promise (whole-service SLA, day unit, cut-off hour).
import type { DayUnit } from "../time/day-counter";

export interface ServiceDef {
  /** The workflow (Kode Alur) this service runs. */
  readonly code: string;
  readonly name: string;
  /** The case register (tab) its cases live in, e.g. "Permohonan", "Surat Masuk". */
  readonly register: string;
  /** Case ID prefix, e.g. "SM" → SM-2026-00001; "" = the register's own (Permohonan: Pengaturan). */
  readonly idPrefix: string;
  /** Whole-service promise counted from the state that starts the service clock; null = none. */
  readonly slaDays: number | null;
  readonly dayUnit: DayUnit;
  /** Minutes after midnight; null = the office's Jam Batas. */
  readonly cutOffMinute: number | null;
  /** The regulation or seed the promise comes from, for staff reading the register. */
  readonly basis: string;
}

/** The register cells of Layanan, parsed; see parseServices in engine/services.ts. */
export const DEFAULT_PERMOHONAN_SERVICE_NAME = "Sertifikasi Kompetensi bagi PNS";
