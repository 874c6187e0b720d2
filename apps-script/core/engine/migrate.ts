// Brings a workbook of an older layout up to this release's, once: the registers a newer release
// introduced are created and filled so the office runs exactly as before, and the new version is
// recorded in Pengaturan. Nothing of the staff's is moved, rewritten or removed; a tab deleted
// after the version was recorded is the engine's error (registers/required.ts), never recreated.
import type { Clock, TableChanges, Workbook } from "../ports";
import { cellText } from "../registers/cells";
import { KOLOM_KASUS, LAYANAN, PENGATURAN, registersOfVersion, WORKBOOK_VERSION, WORKBOOK_VERSION_KEY } from "../registers/catalog";
import { recordToCells } from "../registers/records";
import { registerProblems } from "../registers/required";
import { headersOf } from "../registers/schema";
import { normalizeHeader, readRegister } from "../registers/table";
import { caseColumnRows, SHIPPED_SERVICES } from "../seed/services";
import { toOfficeDateTime } from "../time/local-date";
import { loadConfig, workbookVersionOf } from "./config";
import { parseSettings, SETTING_SPECS } from "./settings";

export interface MigrationResult {
  /** The version the workbook had; equal to `to` when nothing was done. */
  readonly from: number;
  readonly to: number;
  /** Tabs created, in the order they were made. */
  readonly added: readonly string[];
  /** Optional columns appended to existing tabs: "Permohonan (+Metode Ditetapkan, Alasan Metode, ID Jawaban Formulir, Kode Lacak)". */
  readonly columns: readonly string[];
}

const versionSpec = SETTING_SPECS.find((s) => s.key === WORKBOOK_VERSION_KEY)!;

/**
 * Migrates a workbook below WORKBOOK_VERSION (as loadConfig reads the version), in one
 * applyChanges call. Version 1 → 2: the tabs Layanan, Kolom Kasus, Jenis Dokumen and Dokumen
 * Kasus are created; Layanan gets one row per workflow of Alur with the promise version 1 ran
 * (Permohonan, Pengaturan "SLA Layanan (hari kerja)", hari kerja, the office's Jam Batas); the
 * others stay empty; the optional columns added since (catalog `optional`) get their headers at
 * the end of their tabs; Pengaturan gets the row "Versi Buku Kerja" = 2 appended.
 *
 * Does nothing when the workbook is at this version or newer (a newer one is refused by
 * loadConfig), when Pengaturan already has a "Versi Buku Kerja" row (a value that is not a
 * number is loadConfig's to report), or when the configuration has errors: the migration waits
 * until the office's registers say unambiguously what version 1 ran.
 * @example migrateWorkbook(release01Workbook, clock)
 *   // { from: 1, to: 2, added: ["Dokumen Kasus", "Layanan", "Jenis Dokumen", "Kolom Kasus"], columns: ["Permohonan (+Metode Ditetapkan, Alasan Metode, ID Jawaban Formulir, Kode Lacak)"] }
 */
export function migrateWorkbook(workbook: Workbook, clock?: Clock): MigrationResult {
  const settingsTable = readRegister(workbook, PENGATURAN);
  if (registerProblems(settingsTable, PENGATURAN).length > 0) return unchanged(1);
  const parsed = parseSettings(settingsTable);
  const from = workbookVersionOf(workbook, parsed.settings);
  if (from >= WORKBOOK_VERSION) return unchanged(from);
  const keyRow = settingsTable!.rows.some((row) => normalizeHeader(cellText(row.get("Kunci"))) === normalizeHeader(WORKBOOK_VERSION_KEY));
  if (keyRow) return unchanged(from);
  const config = loadConfig(workbook);
  if (config.errors.length > 0) return unchanged(from);

  const known = new Set(registersOfVersion(from).map((r) => r.name));
  const added: string[] = [];
  for (const def of registersOfVersion(WORKBOOK_VERSION)) {
    // A tab of that name staff already keep is left exactly as it is (loadConfig judges it).
    if (known.has(def.name) || workbook.readTable(def.name)) continue;
    workbook.ensureTable(def.name, headersOf(def));
    added.push(def.name);
  }
  const columns: string[] = [];
  for (const def of registersOfVersion(from)) {
    const table = readRegister(workbook, def);
    const missing = def.columns.filter((c) => c.optional && table && !table.has(c.header)).map((c) => c.header);
    if (missing.length === 0) continue;
    workbook.ensureTable(def.name, missing);
    columns.push(`${def.name} (+${missing.join(", ")})`);
  }
  const on = clock ? ` pada ${toOfficeDateTime(clock.now(), config.settings.timeZone).date}` : "";
  const changes: TableChanges[] = [];
  if (added.includes(LAYANAN.name)) {
    const appends = [...config.services.values()].map((service) => ({
      "Kode Alur": service.code,
      "Nama Layanan": SHIPPED_SERVICES.find((s) => s.code === service.code)?.name ?? service.code,
      "Register Kasus": service.register,
      "SLA Layanan": service.slaDays,
      "Satuan Hari": "Hari Kerja",
      "Jam Batas": null,
      Dasar: `Dibawa dari Pengaturan "SLA Layanan (hari kerja)" (${service.slaDays ?? "kosong"}) saat buku kerja diperbarui ke versi ${WORKBOOK_VERSION}${on}`,
    }));
    changes.push({ table: LAYANAN.name, patches: [], appends });
  }
  changes.push({
    table: PENGATURAN.name,
    patches: [],
    appends: [{ Kunci: WORKBOOK_VERSION_KEY, Nilai: String(WORKBOOK_VERSION), Keterangan: `${versionSpec.description} Diperbarui dari versi ${from}${on}.` }],
  });
  workbook.applyChanges(changes);
  return { from, to: WORKBOOK_VERSION, added, columns };
}

function unchanged(version: number): MigrationResult {
  return { from: version, to: version, added: [], columns: [] };
}

/** "Buku kerja diperbarui ke versi 2: tab Layanan, … ditambahkan; kolom …", or null when nothing was done. */
export function migrationMessage(result: MigrationResult): string | null {
  if (result.to === result.from) return null;
  const parts = [
    result.added.length > 0 ? `tab ${result.added.join(", ")} ditambahkan` : "",
    result.columns.length > 0 ? `kolom ${result.columns.join("; ")} ditambahkan` : "",
  ].filter((p) => p !== "");
  return `Buku kerja diperbarui ke versi ${result.to}${parts.length > 0 ? `: ${parts.join("; ")}` : ""}. Layanan yang sudah berjalan tetap di Permohonan dengan SLA dari Pengaturan.`;
}

/** Optional columns shipped case registers gained after offices had set them up: [register, column]. */
const LATER_CASE_COLUMNS: readonly (readonly [string, string])[] = [
  // Issue 12: the old certificate an RCC renews (certificates.ts links it).
  ["Peserta RCC", "Nomor Sertifikat Lama"],
];

/**
 * Gives a version-2 workbook the optional columns of LATER_CASE_COLUMNS on the shipped case
 * registers its Kolom Kasus declares: the shipped Kolom Kasus row is appended and the header put at
 * the end of the register's tab. A register the office does not declare, or a column it already
 * declares (under any spelling), is left alone. Called by set-up and the local run, not the sweep.
 * @example addLaterCaseColumns(workbookOfRelease13) // ["Peserta RCC (+Nomor Sertifikat Lama)"]
 */
export function addLaterCaseColumns(workbook: Workbook): string[] {
  const table = readRegister(workbook, KOLOM_KASUS);
  if (!table || registerProblems(table, KOLOM_KASUS).length > 0) return [];
  const registers = new Set(table.rows.map((r) => normalizeHeader(cellText(r.get("Register")))));
  const declared = new Set(table.rows.map((r) => `${normalizeHeader(cellText(r.get("Register")))}|${normalizeHeader(cellText(r.get("Kolom")))}`));
  const missing = LATER_CASE_COLUMNS.filter(([register, column]) => registers.has(normalizeHeader(register)) && !declared.has(`${normalizeHeader(register)}|${normalizeHeader(column)}`));
  const shipped = caseColumnRows();
  const rows = missing.map(([register, column]) => shipped.find((r) => r.Register === register && r.Kolom === column)).filter((r) => r !== undefined);
  if (rows.length === 0) return [];
  workbook.applyChanges([{ table: KOLOM_KASUS.name, patches: [], appends: rows.map((r) => recordToCells(KOLOM_KASUS, r)) }]);
  const byRegister = new Map<string, string[]>();
  for (const [register, column] of missing) byRegister.set(register, [...(byRegister.get(register) ?? []), column]);
  for (const [register, columns] of byRegister) {
    // Only a tab that exists gets the header; set-up makes a missing one with all its columns.
    if (workbook.readTable(register)) workbook.ensureTable(register, columns);
  }
  return [...byRegister].map(([register, columns]) => `${register} (+${columns.join(", ")})`);
}

/** "Kolom Peserta RCC (+Nomor Sertifikat Lama) ditambahkan.", or null when none was. */
export function laterColumnsMessage(columns: readonly string[]): string | null {
  return columns.length > 0 ? `Kolom ${columns.join("; ")} ditambahkan (Kolom Kasus dan tabnya).` : null;
}
