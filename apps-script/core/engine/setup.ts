// Creates or upgrades every register and fills empty configuration registers with the sample
// office's data. Idempotent, and never touches a register that already holds rows.
import type { TableChanges, Workbook } from "../ports";
import { ALUR, ALUR_TRANSISI, ASESOR, JENIS_DOKUMEN, KOLOM_KASUS, LAYANAN, LIBUR, PENGATURAN, PENGGUNA, PERSYARATAN, REGISTERS, SKEMA, TUK, UNIT_KOMPETENSI } from "../registers/catalog";
import { parseCaseRegisters } from "../registers/case-registers";
import { caseColumnRows, documentTypeRows, serviceMoveRows, serviceRows, serviceStateRows } from "../seed/services";
import { type PlainValue, recordToCells } from "../registers/records";
import { headersOf, type RegisterDef } from "../registers/schema";
import { readRegister } from "../registers/table";
import { SHIPPED_HOLIDAYS } from "../seed/holidays";
import { PELAYANAN_PUBLIK_CODE, PELAYANAN_PUBLIK_SCHEME, pelayananPublikRequirementRows, pelayananPublikUnitRows } from "../seed/scheme-pelayanan-publik";
import { processAMoveRows, processAStateRows } from "../workflow/process-a";
import { SETTING_SPECS } from "./settings";

/** Creates missing tabs and appends missing headers; reports what it did. */
export function ensureRegisters(workbook: Workbook): { created: string[]; upgraded: string[] } {
  const created: string[] = [];
  const upgraded: string[] = [];
  for (const def of REGISTERS) {
    const before = readRegister(workbook, def);
    if (!before) created.push(def.name);
    else if (before.missingHeaders.length > 0) upgraded.push(`${def.name} (+${before.missingHeaders.join(", ")})`);
    if (!before || before.missingHeaders.length > 0) workbook.ensureTable(def.name, headersOf(def));
  }
  return { created, upgraded };
}

/** Sample users: placeholder addresses an office replaces with its staff. */
const SAMPLE_USERS = [
  { Email: "petugas@contoh.go.id", Nama: "Petugas Layanan", Peran: "Petugas", Aktif: "Ya" },
  { Email: "verifikator@contoh.go.id", Nama: "Verifikator Bidang Sertifikasi", Peran: "Verifikator", Aktif: "Ya" },
  { Email: "asesor@contoh.go.id", Nama: "Asesor Kompetensi", Peran: "Asesor", Aktif: "Ya" },
  { Email: "kepala@contoh.go.id", Nama: "Kepala Badan", Peran: "Kepala", Aktif: "Ya" },
  { Email: "admin@contoh.go.id", Nama: "Admin Sistem", Peran: "Admin", Aktif: "Ya" },
];

const SAMPLE_TUK = [
  { "Kode TUK": "TUK-01", "Nama TUK": "TUK Sewaktu Gedung Diklat", Jenis: "Sewaktu", Alamat: "Jl. Contoh Raya No. 1", Aktif: "Ya" },
];

const SAMPLE_ASESOR = [
  { "No. Registrasi": "MET.000.000001 2026", Nama: "Asesor Contoh Satu", Email: "asesor@contoh.go.id", "Kode Skema": PELAYANAN_PUBLIK_CODE, "Berlaku Sampai": "2029-12-31", Aktif: "Ya" },
];

function seedRows(): [RegisterDef, Record<string, PlainValue>[]][] {
  return [
    [PENGATURAN, SETTING_SPECS.map((s) => ({ Kunci: s.key, Nilai: s.fallback, Keterangan: s.description }))],
    [LIBUR, SHIPPED_HOLIDAYS.map((h) => ({ Tanggal: h.tanggal, Jenis: h.jenis, Keterangan: h.keterangan, "Dasar Hukum": h.dasar }))],
    [SKEMA, [PELAYANAN_PUBLIK_SCHEME]],
    [UNIT_KOMPETENSI, pelayananPublikUnitRows()],
    [PERSYARATAN, pelayananPublikRequirementRows()],
    [ALUR, [...processAStateRows(), ...serviceStateRows()]],
    [ALUR_TRANSISI, [...processAMoveRows(), ...serviceMoveRows()]],
    [LAYANAN, serviceRows()],
    [KOLOM_KASUS, caseColumnRows()],
    [JENIS_DOKUMEN, documentTypeRows()],
    [PENGGUNA, SAMPLE_USERS],
    [TUK, SAMPLE_TUK],
    [ASESOR, SAMPLE_ASESOR],
  ];
}

/** Fills each empty configuration register with the sample office's rows, in one batch. */
export function seedDefaults(workbook: Workbook): { seeded: string[] } {
  const changes: TableChanges[] = [];
  const seeded: string[] = [];
  for (const [def, records] of seedRows()) {
    const table = readRegister(workbook, def);
    if (table && table.rows.length > 0) continue;
    if (!table) workbook.ensureTable(def.name, headersOf(def));
    changes.push({ table: def.name, patches: [], appends: records.map((r) => recordToCells(def, r)) });
    seeded.push(def.name);
  }
  if (changes.length > 0) workbook.applyChanges(changes);
  seeded.push(...ensureCaseRegisters(workbook));
  return { seeded };
}

/**
 * Creates the tab of each case register Kolom Kasus declares that has none yet, with its headers.
 * Only set-up and a new workbook call this: a run never recreates a tab staff deleted.
 */
export function ensureCaseRegisters(workbook: Workbook): string[] {
  const declared = parseCaseRegisters(readRegister(workbook, KOLOM_KASUS));
  const created: string[] = [];
  for (const def of declared.registers.values()) {
    if (workbook.readTable(def.name)) continue;
    workbook.ensureTable(def.name, headersOf(def));
    created.push(def.name);
  }
  return created;
}
