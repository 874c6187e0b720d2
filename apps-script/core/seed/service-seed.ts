// The shape of a shipped service's rows, one module per family of services (services-*.ts),
// gathered by services.ts into the rows a new workbook gets.

/** Layanan rows: [code, name, register, prefix, sla, unit, cutOff, basis]. */
export type ServiceRow = [code: string, name: string, register: string, prefix: string, sla: number | "", unit: "Hari Kerja" | "Hari Kalender", cutOff: string, basis: string];
/** Kolom Kasus rows: [register, column, type, required, options, startsClock, note]. */
export type CaseColumnRow = [register: string, column: string, type: string, required: "Ya" | "", options: string, startsClock: "Ya" | "", note: string];
/** Alur rows; `dueFrom` (Dihitung Dari) is a date column the state's SLA counts from. */
export type StateRow = [code: string, status: string, order: number, stage: string, sla: number | "", clockStops: "Ya" | "", startsService: "Ya" | "", final: "Ya" | "", documents: string, dueFrom?: string];
/** Alur Transisi rows: [code, from, to, roles, required columns, guards, letters]. */
export type MoveRow = [code: string, from: string, to: string, roles: string, required: string, guards: string, letters: string];
/** Jenis Dokumen rows: [code, document code, description]. */
export type DocumentRow = [code: string, document: string, description: string];

export interface ServiceSeed {
  readonly services: readonly ServiceRow[];
  readonly caseColumns: readonly CaseColumnRow[];
  readonly states: readonly StateRow[];
  readonly moves: readonly MoveRow[];
  readonly documents: readonly DocumentRow[];
  /** The case registers these services use, in the order their tabs are made. */
  readonly registers: readonly string[];
}
