// On request only: adds the services a new workbook ships with besides sertifikasi (BNSP surat
// masuk/keluar, pengaduan, banding) to an office's version-2 workbook, e.g. one migrated from
// release 0.1. Rows are appended, never merged into an office's own: when any of their workflow
// codes or case registers is already there, nothing is written.
import type { TableChanges, Workbook } from "../ports";
import { cellText } from "../registers/cells";
import { ALUR, ALUR_TRANSISI, JENIS_DOKUMEN, KOLOM_KASUS, LAYANAN, PENGATURAN, WORKBOOK_VERSION } from "../registers/catalog";
import { recordToCells } from "../registers/records";
import { registerProblems } from "../registers/required";
import type { RegisterDef } from "../registers/schema";
import { normalizeHeader, readRegister } from "../registers/table";
import { caseColumnRows, documentTypeRows, SHIPPED_CASE_REGISTERS, SHIPPED_SERVICES, serviceMoveRows, serviceRows, serviceStateRows } from "../seed/services";
import { PROCESS_A_CODE } from "../workflow/process-a";
import { workbookVersionOf } from "./config";
import { parseSettings } from "./settings";
import { ensureCaseRegisters } from "./setup";

export interface AddedServices {
  /** Workflow codes added (empty when refused). */
  readonly services: readonly string[];
  /** Case register tabs created. */
  readonly tabs: readonly string[];
  /** Why nothing was written, in Indonesian; null when the services were added. */
  readonly refused: string | null;
}

const refuse = (reason: string): AddedServices => ({ services: [], tabs: [], refused: reason });

/**
 * Appends the shipped services' Alur, Alur Transisi, Layanan, Kolom Kasus and Jenis Dokumen rows
 * in one applyChanges call, then creates their case register tabs. Nothing automatic calls this.
 * @example addShippedServices(migrated).services // ["SURAT_MASUK", "SURAT_KELUAR_SEKRETARIAT", …, "BANDING"]
 */
export function addShippedServices(workbook: Workbook): AddedServices {
  const codes = SHIPPED_SERVICES.map((s) => s.code).filter((code) => code !== PROCESS_A_CODE);
  const settings = readRegister(workbook, PENGATURAN);
  const settingsProblems = registerProblems(settings, PENGATURAN);
  if (settingsProblems.length > 0) return refuse(settingsProblems.join(" "));
  const version = workbookVersionOf(workbook, parseSettings(settings).settings);
  if (version > WORKBOOK_VERSION) return refuse(`Buku kerja ini versi ${version}, dibuat rilis yang lebih baru (rilis ini versi ${WORKBOOK_VERSION}).`);
  if (version < WORKBOOK_VERSION) return refuse(`Buku kerja belum versi ${WORKBOOK_VERSION}: jalankan dulu pembaruannya (npm start, atau menu Siapkan / perbarui register).`);
  const targets: [RegisterDef, Record<string, string | number>[]][] = [
    [ALUR, serviceStateRows()],
    [ALUR_TRANSISI, serviceMoveRows()],
    [LAYANAN, serviceRows().filter((r) => codes.includes(String(r["Kode Alur"])))],
    [KOLOM_KASUS, caseColumnRows()],
    [JENIS_DOKUMEN, documentTypeRows().filter((r) => codes.includes(String(r["Kode Alur"])))],
  ];
  const tables = targets.map(([def]) => readRegister(workbook, def));
  const problems = targets.flatMap(([def], i) => registerProblems(tables[i]!, def));
  if (problems.length > 0) return refuse(problems.join(" "));

  const taken = new Set(codes.map(normalizeHeader));
  const registers = new Set(SHIPPED_CASE_REGISTERS.map(normalizeHeader));
  const clash = new Set<string>();
  targets.forEach(([def], i) => {
    const column = def === KOLOM_KASUS ? "Register" : "Kode Alur";
    const names = def === KOLOM_KASUS ? registers : taken;
    for (const row of tables[i]!.rows) if (names.has(normalizeHeader(cellText(row.get(column))))) clash.add(cellText(row.get(column)));
  });
  for (const name of SHIPPED_CASE_REGISTERS) if (workbook.readTable(name)) clash.add(`tab ${name}`);
  if (clash.size > 0) return refuse(`Layanan bawaan tidak ditambahkan: sudah ada ${[...clash].join(", ")}. Tidak ada yang diubah.`);

  const changes: TableChanges[] = targets.map(([def, rows]) => ({ table: def.name, patches: [], appends: rows.map((r) => recordToCells(def, r)) }));
  workbook.applyChanges(changes);
  return { services: codes, tabs: ensureCaseRegisters(workbook), refused: null };
}
