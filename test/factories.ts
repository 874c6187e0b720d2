// Test data factories: a seeded in-memory office and applications with only the fields that matter overridden.
import { ensureRegisters, seedDefaults } from "../apps-script/core/engine/setup";
import { runCheck } from "../apps-script/core/engine/run-check";
import type { CheckSummary } from "../apps-script/core/engine/types";
import { MemoryWorkbook } from "../apps-script/core/memory-workbook";
import { type CellValue, type Clock, dateCell, type Lock } from "../apps-script/core/ports";
import { PERMOHONAN } from "../apps-script/core/registers/catalog";
import { recordToCells } from "../apps-script/core/registers/records";
import { RegisterTable } from "../apps-script/core/registers/table";
import { PELAYANAN_PUBLIK_CODE, PELAYANAN_PUBLIK_DOCUMENTS } from "../apps-script/core/seed/scheme-pelayanan-publik";
import type { LocalDate } from "../apps-script/core/time/local-date";

export const passThroughLock: Lock = { runExclusive: (work) => work() };

/** 09:00 WIB on the given office date. */
export function clockAt(date: string, time = "09:00", offset = "+07:00"): Clock {
  return { now: () => new Date(`${date}T${time}:00${offset}`) };
}

export function makeApplication(overrides: Record<string, CellValue | string | number> = {}): Record<string, CellValue> {
  const record: Record<string, CellValue | string | number> = {
    "ID Permohonan": "PRM-2026-00001",
    "Tanggal Permohonan": dateCell("2026-11-02" as LocalDate),
    Nama: "Rina Kartika",
    NIP: "199002152015032002",
    NIK: "3174015502900002",
    Email: "rina@contoh.go.id",
    Telepon: "081234567890",
    Instansi: "Pemerintah Provinsi DKI Jakarta",
    Golongan: "III/a",
    "Pendidikan Terakhir": "S1",
    "Pengalaman Pelayanan Publik (tahun)": 4,
    "Kode Skema": PELAYANAN_PUBLIK_CODE,
    "Dokumen Diserahkan": PELAYANAN_PUBLIK_DOCUMENTS.join(", "),
    ...overrides,
  };
  return recordToCells(PERMOHONAN, record as Record<string, string | number>);
}

/** One Permohonan row as the engine reads it, for domain tests. */
export function applicationRow(overrides: Record<string, CellValue | string | number> = {}, formulas: Record<string, string> = {}) {
  const headers = PERMOHONAN.columns.map((c) => c.header);
  const record = makeApplication(overrides);
  const formulaMap = new Map<number, string>();
  for (const [header, formula] of Object.entries(formulas)) formulaMap.set(headers.indexOf(header), formula);
  const table = new RegisterTable(PERMOHONAN, {
    name: PERMOHONAN.name,
    headers,
    rows: [headers.map((h) => record[h] ?? null)],
    formulas: new Map([[0, formulaMap]]),
  });
  return table.rows[0]!;
}

/** A sample office (settings, holidays, scheme, workflow, users) with these applications. */
export function makeOffice(applications: Record<string, CellValue>[] = []): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  ensureRegisters(workbook);
  seedDefaults(workbook);
  if (applications.length > 0) workbook.applyChanges([{ table: PERMOHONAN.name, patches: [], appends: applications }]);
  workbook.takeChanges();
  return workbook;
}

export function check(workbook: MemoryWorkbook, clock: Clock, actor: string | null = "admin@contoh.go.id", onlyIds?: string[]): CheckSummary {
  return runCheck({ workbook, clock, lock: passThroughLock, actor: { email: actor } }, onlyIds ? { onlyIds } : {});
}

/** Reads one case's cells by header. */
export function caseCells(workbook: MemoryWorkbook, id: string): Record<string, CellValue> {
  const table = workbook.readTable(PERMOHONAN.name)!;
  const idIndex = table.headers.indexOf("ID Permohonan");
  const row = table.rows.find((r) => r[idIndex] === id);
  if (!row) throw new Error(`case ${id} not found`);
  return Object.fromEntries(table.headers.map((h, i) => [h, row[i] ?? null]));
}

/** Staff edit: set cells of a case by ID (as a person typing in the sheet would). */
export function staffEdit(workbook: MemoryWorkbook, id: string, values: Record<string, CellValue>): void {
  const table = workbook.readTable(PERMOHONAN.name)!;
  const idIndex = table.headers.indexOf("ID Permohonan");
  const rowHint = table.rows.findIndex((r) => r[idIndex] === id);
  workbook.applyChanges([{ table: PERMOHONAN.name, patches: [{ id, rowHint, values }], appends: [] }]);
  workbook.takeChanges();
}

export function dateOf(cell: CellValue | undefined): string | null {
  return cell && typeof cell === "object" ? cell.date : null;
}

/** Deterministic "random" UUIDs, distinct per call, shaped like Utilities.getUuid's. */
export function uuids(): () => string {
  let n = 0;
  return () => {
    n += 1;
    const hex = (n * 2654435761).toString(16).padStart(12, "0").slice(-12);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(1, 4)}-a${hex.slice(0, 3)}-${hex}`;
  };
}
