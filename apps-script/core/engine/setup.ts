// Creates or upgrades every register and fills empty configuration registers with the sample
// office's data. Idempotent, and never touches a register that already holds rows.
import { type TableChanges, type Workbook, WorkbookError } from "../ports";
import { SERTIFIKAT_REGISTER } from "./certificate-register";
import { SURVEI_IKM } from "./ikm-register";
import { KOTAK_SUREL } from "./outbox";
import { ALUR, ALUR_TRANSISI, ASESOR, JENIS_DOKUMEN, KOLOM_KASUS, LAYANAN, LIBUR, PENGATURAN, PENGGUNA, PERSYARATAN, registersOfVersion, SKEMA, TUK, UNIT_KOMPETENSI, WORKBOOK_VERSION } from "../registers/catalog";
import { parseCaseRegisters } from "../registers/case-registers";
import { caseColumnRows, documentTypeRows, serviceMoveRows, serviceRows, serviceStateRows } from "../seed/services";
import { type PlainValue, recordToCells } from "../registers/records";
import { headersOf, type RegisterDef } from "../registers/schema";
import { readRegister } from "../registers/table";
import { SHIPPED_HOLIDAYS } from "../seed/holidays";
import { PELAYANAN_PUBLIK_CODE, PELAYANAN_PUBLIK_SCHEME, pelayananPublikRequirementRows, pelayananPublikUnitRows } from "../seed/scheme-pelayanan-publik";
import { processAMoveRows, processAStateRows } from "../workflow/process-a";
import { workbookVersionOf } from "./config";
import { letterMailSettingRows } from "./letter-mail";
import { parseSettings, SETTING_SPECS } from "./settings";

/**
 * The layout set-up builds: this release's for a workbook without settings yet (new), else the
 * workbook's own. A workbook still at version 1 (its migration waits, see migrate.ts) gets no
 * version-2 tab: one would make it read as version 2 without its Layanan rows.
 */
function layoutVersion(workbook: Workbook): number {
  const settings = readRegister(workbook, PENGATURAN);
  if (!settings || settings.rows.length === 0) return WORKBOOK_VERSION;
  const version = workbookVersionOf(workbook, parseSettings(settings).settings);
  if (version > WORKBOOK_VERSION) {
    throw new WorkbookError("INVALID", `Buku kerja ini versi ${version}, dibuat rilis yang lebih baru (rilis ini versi ${WORKBOOK_VERSION}). Perbarui program sebelum menyiapkan register.`);
  }
  return version;
}

/** Creates missing tabs and appends missing headers of the workbook's version; reports what it did. */
export function ensureRegisters(workbook: Workbook): { created: string[]; upgraded: string[] } {
  const created: string[] = [];
  const upgraded: string[] = [];
  for (const def of registersOfVersion(layoutVersion(workbook))) {
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
    [PENGATURAN, [...SETTING_SPECS.map((s) => ({ Kunci: s.key, Nilai: s.fallback, Keterangan: s.description })), ...letterMailSettingRows()]],
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

/** Registers whose shipped rows name the shipped workflows: seeded only together with Alur. */
const NAME_SHIPPED_WORKFLOWS = new Set([LAYANAN.name, KOLOM_KASUS.name, JENIS_DOKUMEN.name]);

/**
 * Fills each empty configuration register with the sample office's rows, in one batch. Layanan,
 * Kolom Kasus and Jenis Dokumen only when Alur is seeded too: an office's own workflows (a
 * migrated workbook keeps Kolom Kasus and Jenis Dokumen empty) never get the shipped services'
 * rows by a re-run of set-up (add-services.ts adds them on request).
 */
export function seedDefaults(workbook: Workbook): { seeded: string[] } {
  const changes: TableChanges[] = [];
  const seeded: string[] = [];
  const workflows = readRegister(workbook, ALUR);
  const seedsWorkflows = !workflows || workflows.rows.length === 0;
  for (const [def, records] of seedRows()) {
    const table = readRegister(workbook, def);
    if (table && table.rows.length > 0) continue;
    if (NAME_SHIPPED_WORKFLOWS.has(def.name) && !seedsWorkflows) continue;
    if (!table) workbook.ensureTable(def.name, headersOf(def));
    changes.push({ table: def.name, patches: [], appends: records.map((r) => recordToCells(def, r)) });
    seeded.push(def.name);
  }
  if (changes.length > 0) workbook.applyChanges(changes);
  seeded.push(...ensureCaseRegisters(workbook));
  // The outbox, the certificate and survey registers are created with the workbook (and by set-up when missing), never by a run.
  for (const def of [KOTAK_SUREL, SERTIFIKAT_REGISTER, SURVEI_IKM]) {
    if (workbook.readTable(def.name)) continue;
    workbook.ensureTable(def.name, headersOf(def));
    seeded.push(def.name);
  }
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
