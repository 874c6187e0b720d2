// Test data for the case registers other than Permohonan (Surat Masuk, Surat Keluar, Pengaduan,
// Banding, or one a test declares): a seeded office, rows added by header, runs by a role.
import type { Role } from "../apps-script/core/domain/reference";
import { runCheck } from "../apps-script/core/engine/run-check";
import type { CheckOptions, CheckSummary } from "../apps-script/core/engine/types";
import { MemoryWorkbook } from "../apps-script/core/memory-workbook";
import { type CellValue, type Clock, dateCell } from "../apps-script/core/ports";
import { ALUR_TRANSISI, RIWAYAT } from "../apps-script/core/registers/catalog";
import { normalizeHeader } from "../apps-script/core/registers/table";
import type { LocalDate } from "../apps-script/core/time/local-date";
import { makeOffice, passThroughLock } from "./factories";

/** The sample office's user of each role (Pengguna as seeded). */
export const ACTOR: Record<Role, string> = {
  Petugas: "petugas@contoh.go.id",
  Verifikator: "verifikator@contoh.go.id",
  Asesor: "asesor@contoh.go.id",
  Kepala: "kepala@contoh.go.id",
  Admin: "admin@contoh.go.id",
};

export type Row = Record<string, CellValue>;

/** A date (and time) cell: at("2026-11-20", "15:30"). */
export function at(date: string, time?: string): CellValue {
  if (time === undefined) return dateCell(date as LocalDate);
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return dateCell(date as LocalDate, hour * 60 + minute);
}

/** Every row of a tab by header. */
export function rowsOf(workbook: MemoryWorkbook, tab: string): Row[] {
  const table = workbook.readTable(tab);
  if (!table) throw new Error(`tab ${tab} not found`);
  return table.rows.map((r) => Object.fromEntries(table.headers.map((h, i) => [h, r[i] ?? null])));
}

/** One case of a case register by its ID (the register's first column, "ID <register>"). */
export function caseOf(workbook: MemoryWorkbook, register: string, id: string): Row {
  const found = rowsOf(workbook, register).find((r) => r[`ID ${register}`] === id);
  if (!found) throw new Error(`case ${id} not found in ${register}`);
  return found;
}

/** The Riwayat rows of one case (moves, refusals, and remarks another case left). */
export function auditOf(workbook: MemoryWorkbook, caseId: string): Row[] {
  return rowsOf(workbook, RIWAYAT.name).filter((r) => r["ID Permohonan"] === caseId);
}

export function append(workbook: MemoryWorkbook, tab: string, rows: readonly Row[]): void {
  if (rows.length > 0) workbook.applyChanges([{ table: tab, patches: [], appends: [...rows] }]);
  workbook.takeChanges();
}

/** Staff edit of one case of a case register, found by its ID. */
export function editCase(workbook: MemoryWorkbook, register: string, id: string, values: Row): void {
  const rowHint = rowsOf(workbook, register).findIndex((r) => r[`ID ${register}`] === id);
  workbook.applyChanges([{ table: register, patches: [{ id, rowHint, values }], appends: [] }]);
  workbook.takeChanges();
}

/** A copy of the workbook with some tabs' rows rewritten (rows the port cannot delete or blank). */
export function rewritten(workbook: MemoryWorkbook, edits: Record<string, (rows: Row[]) => Row[]>): MemoryWorkbook {
  const tables = workbook.tableNames().map((name) => {
    const raw = workbook.readTable(name)!;
    const edit = Object.entries(edits).find(([tab]) => normalizeHeader(tab) === normalizeHeader(name))?.[1];
    if (!edit) return raw;
    const rows = edit(rowsOf(workbook, name)).map((r) => raw.headers.map((h) => r[h] ?? null));
    return { ...raw, rows, formulas: new Map() };
  });
  return new MemoryWorkbook(tables);
}

/**
 * The sample office with every shipped service. `withoutLetters`: the Surat cell of every
 * Alur Transisi row emptied, so a move is judged on its workflow alone.
 */
export function serviceOffice(options: { withoutLetters?: boolean } = {}): MemoryWorkbook {
  const office = makeOffice();
  if (!options.withoutLetters) return office;
  return rewritten(office, { [ALUR_TRANSISI.name]: (rows) => rows.map((r) => ({ ...r, Surat: null })) });
}

export function runAs(workbook: MemoryWorkbook, clock: Clock, actor: string | null, options: CheckOptions = {}): CheckSummary {
  const summary = runCheck({ workbook, clock, lock: passThroughLock, actor: { email: actor } }, options);
  workbook.takeChanges();
  return summary;
}
