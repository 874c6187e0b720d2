// Loads an office's configuration registers (settings, holidays, workflows, schemes, users,
// references) once, validating each with messages that name the row and cell. Nothing is
// replaced by shipped data: a missing tab, column or workflow is an error that stops the engine.
import { buildReferenceIndex, type OfficeReferences, type ReferenceIndex, referenceColumns } from "../domain/references";
import { ROLES, type Role } from "../domain/reference";
import { parseSchemes, type Scheme } from "../domain/schemes";
import type { Workbook } from "../ports";
import { cellText, choice, dateValue, emailCell, quoted, requiredText, textCell, yesNo } from "../registers/cells";
import { ALUR, ALUR_TRANSISI, ASESOR, JENIS_DOKUMEN, KOLOM_KASUS, LAYANAN, LIBUR, PENGATURAN, PENGGUNA, PERMOHONAN, PERSYARATAN, registerNamed, SKEMA, TUK, UNIT_KOMPETENSI, WORKBOOK_VERSION, WORKBOOK_VERSION_KEY } from "../registers/catalog";
import { parseCaseRegisters } from "../registers/case-registers";
import { registerProblems } from "../registers/required";
import { catalogShape, type RegisterDef } from "../registers/schema";
import { locate, normalizeHeader, parseRows, readRegister, type RegisterTable } from "../registers/table";
import { SHIPPED_HOLIDAYS } from "../seed/holidays";
import { type Holiday, WorkingCalendar } from "../time/calendar";
import { parseWorkflows, type WorkflowCodes, type WorkflowDef } from "../workflow/definition";
import { GUARD_NAMES, guardArgumentProblem } from "./guards";
import { legacyServices, parseServices } from "./services";
import type { ServiceDef } from "../workflow/service";
import { parseSettings, type Settings } from "./settings";

export interface UserEntry {
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  readonly active: boolean;
}

export interface OfficeConfig {
  readonly settings: Settings;
  readonly holidays: readonly Holiday[];
  readonly calendar: WorkingCalendar;
  readonly workflows: ReadonlyMap<string, WorkflowDef>;
  readonly schemes: ReadonlyMap<string, Scheme>;
  readonly users: ReadonlyMap<string, UserEntry>;
  /** Permohonan reference columns (Kode TUK, Asesor, Kode Skema) → their register's rows. */
  readonly references: OfficeReferences;
  /** Each workflow's service (Layanan): its case register and its promise. */
  readonly services: ReadonlyMap<string, ServiceDef>;
  /** Every case register by tab name: Permohonan and those declared in Kolom Kasus. */
  readonly caseRegisters: ReadonlyMap<string, RegisterDef>;
  /** Jenis Dokumen: workflow code → document code (upper case) → description. */
  readonly documentTypes: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The workbook layout version (Pengaturan "Versi Buku Kerja"; 1 when absent). */
  readonly workbookVersion: number;
  /** Problems that stop the engine: it must not act on a half-understood configuration. */
  readonly errors: readonly string[];
  /** Problems worth telling staff that do not stop the engine. */
  readonly warnings: readonly string[];
}

const holidayShape = {
  Tanggal: dateValue,
  Jenis: choice(["Libur Nasional", "Cuti Bersama", "Libur Daerah"]),
  Keterangan: textCell,
  "Dasar Hukum": textCell,
};

const userShape = {
  Email: emailCell(true),
  Nama: requiredText,
  Peran: choice(ROLES),
  Aktif: yesNo(true),
};

/** A code no Skema row can be said to lack: used while Alur is unusable (already reported). */
const ANY_CODE: WorkflowCodes = { has: () => true };

export function shippedHolidays(): Holiday[] {
  return SHIPPED_HOLIDAYS.map((h) => ({ date: h.tanggal as Holiday["date"], kind: h.jenis, name: h.keterangan }));
}

/** Reads each register once; a tab or column missing is reported once and the table not used. */
class Registers {
  private readonly tables = new Map<string, RegisterTable | null>();
  constructor(
    private readonly workbook: Workbook,
    private readonly errors: string[],
  ) {}

  usable(def: RegisterDef): RegisterTable | null {
    if (this.tables.has(def.name)) return this.tables.get(def.name)!;
    const table = readRegister(this.workbook, def);
    const problems = registerProblems(table, def);
    this.errors.push(...problems);
    const result = problems.length === 0 ? table : null;
    this.tables.set(def.name, result);
    return result;
  }

  /** Usable and not empty; an empty tab is one message. */
  filled(def: RegisterDef, what: string): RegisterTable | null {
    const table = this.usable(def);
    if (table && table.rows.length === 0) {
      this.errors.push(`Tab ${def.name} kosong: ${what}. Mesin tidak memakai data bawaan untuk buku kerja yang sudah ada.`);
      return null;
    }
    return table;
  }
}

function loadHolidays(registers: Registers, errors: string[], warnings: string[]): Holiday[] {
  const table = registers.usable(LIBUR);
  if (!table) return [];
  if (table.rows.length === 0) {
    warnings.push("Register Libur kosong: dipakai daftar libur nasional dan cuti bersama 2025–2026 bawaan (SKB 3 Menteri)");
    return shippedHolidays();
  }
  const parsed = parseRows(table, holidayShape);
  errors.push(...parsed.errors);
  return parsed.values.map(({ value }) => ({ date: value.Tanggal, kind: value.Jenis, name: value.Keterangan }));
}

/** Workflow code → the case register Layanan names for it (read loosely: parseServices judges the cells). */
function registersByWorkflow(table: RegisterTable | null, caseRegisters: ReadonlyMap<string, RegisterDef>): (code: string) => RegisterDef | null | undefined {
  const byCode = new Map<string, RegisterDef | null>();
  for (const row of table?.rows ?? []) {
    const name = normalizeHeader(cellText(row.get("Register Kasus")));
    const def = name === normalizeHeader(PERMOHONAN.name) ? PERMOHONAN : [...caseRegisters.values()].find((d) => normalizeHeader(d.name) === name);
    // A register named but not declared (or left out for a bad Kolom Kasus row) is reported once, there.
    if (def || name !== "") byCode.set(cellText(row.get("Kode Alur")), def ?? null);
  }
  return (code) => byCode.get(code);
}

function loadWorkflows(
  registers: Registers,
  errors: string[],
  knownLetters: ReadonlySet<string> | undefined,
  registerOf: (code: string) => RegisterDef | null | undefined,
): { workflows: Map<string, WorkflowDef>; declared: WorkflowCodes } {
  const states = registers.filled(ALUR, "isi status alur layanan (Kode Alur, Status, Urutan, SLA)");
  const moves = registers.filled(ALUR_TRANSISI, "isi langkah yang sah antar status (Dari, Ke, Peran)");
  if (!states) return { workflows: new Map(), declared: ANY_CODE };
  const parsed = parseWorkflows(states, moves, { letters: knownLetters, guards: GUARD_NAMES, guardArgument: guardArgumentProblem, registerOf });
  errors.push(...parsed.errors);
  return { workflows: parsed.workflows, declared: parsed.declared };
}

const documentTypeShape = { "Kode Alur": requiredText, "Kode Dokumen": requiredText, Uraian: requiredText, Keterangan: textCell };

function loadDocumentTypes(registers: Registers, errors: string[], version: number): Map<string, Map<string, string>> {
  const byWorkflow = new Map<string, Map<string, string>>();
  if (version < 2) return byWorkflow;
  const table = registers.usable(JENIS_DOKUMEN);
  if (!table) return byWorkflow;
  const parsed = parseRows(table, documentTypeShape);
  errors.push(...parsed.errors);
  for (const { row, value } of parsed.values) {
    const codes = byWorkflow.get(value["Kode Alur"]) ?? byWorkflow.set(value["Kode Alur"], new Map()).get(value["Kode Alur"])!;
    const code = value["Kode Dokumen"].toUpperCase();
    if (codes.has(code)) errors.push(`${locate(table, row, "Kode Dokumen")}: dokumen ${quoted(value["Kode Dokumen"])} tercantum dua kali untuk alur ${quoted(value["Kode Alur"])}`);
    codes.set(code, value.Uraian);
  }
  return byWorkflow;
}

/** A move that checks documents needs its state's Dokumen Diharapkan to be codes Jenis Dokumen knows. */
function documentGuardProblems(workflows: ReadonlyMap<string, WorkflowDef>, documentTypes: ReadonlyMap<string, ReadonlyMap<string, string>>): string[] {
  const problems: string[] = [];
  for (const workflow of workflows.values()) {
    const known = documentTypes.get(workflow.code) ?? new Map<string, string>();
    const checked = new Set(workflow.moves.filter((m) => m.guards.some((g) => g.toUpperCase() === "DOKUMEN_LENGKAP")).map((m) => m.from));
    for (const state of workflow.states) {
      if (!checked.has(state.status)) continue;
      const unknown = state.expectedDocuments.filter((d) => !known.has(d.toUpperCase()));
      if (state.expectedDocuments.length === 0) problems.push(`Alur ${quoted(workflow.code)}, status ${quoted(state.status)}: syarat DOKUMEN_LENGKAP dipakai tetapi Dokumen Diharapkan kosong`);
      else if (unknown.length > 0) problems.push(`Alur ${quoted(workflow.code)}, status ${quoted(state.status)}: Dokumen Diharapkan ${unknown.map((d) => quoted(d)).join(", ")} tidak ada di register Jenis Dokumen untuk alur ini (syarat DOKUMEN_LENGKAP)`);
    }
  }
  return problems;
}

function loadUsers(registers: Registers, errors: string[]): Map<string, UserEntry> {
  const users = new Map<string, UserEntry>();
  const table = registers.usable(PENGGUNA);
  if (!table) return users;
  const parsed = parseRows(table, userShape);
  errors.push(...parsed.errors);
  for (const { row, value } of parsed.values) {
    if (users.has(value.Email)) errors.push(`${locate(table, row, "Email")}: pengguna ${quoted(value.Email)} tercantum dua kali`);
    users.set(value.Email, { email: value.Email, name: value.Nama, role: value.Peran as Role, active: value.Aktif });
  }
  return users;
}

/**
 * Every register a Permohonan column refers to (`optionsFrom`), indexed. Registers no other
 * loader checks (Asesor, TUK) get their cells checked against the catalog here.
 */
function loadReferences(registers: Registers, errors: string[]): OfficeReferences {
  const checkedElsewhere = new Set([SKEMA.name]);
  const references = new Map<string, ReferenceIndex>();
  const checked = new Set<string>();
  for (const { header, register, column } of referenceColumns()) {
    const def = registerNamed(register);
    if (!def) throw new Error(`Katalog: register "${register}" untuk kolom ${header} tidak terdaftar`);
    const table = registers.usable(def);
    if (!table) continue;
    if (!checkedElsewhere.has(def.name) && !checked.has(def.name)) {
      checked.add(def.name);
      errors.push(...parseRows(table, catalogShape(def)).errors);
    }
    const built = buildReferenceIndex(table, column);
    if (!checkedElsewhere.has(def.name)) errors.push(...built.errors);
    references.set(header, built.index);
  }
  return references;
}

/**
 * The layout version of a workbook: Pengaturan "Versi Buku Kerja" when it holds a number;
 * without it (a release-0.1 workbook, or Pengaturan itself unusable) the tabs tell: 2 when
 * Layanan exists, else 1. Migration (migrate.ts) decides by the same rule.
 */
export function workbookVersionOf(workbook: Workbook, settings: Settings): number {
  const versionText = settings.raw.get(WORKBOOK_VERSION_KEY) ?? "";
  return /^\d+$/.test(versionText) ? Number(versionText) : workbook.readTable(LAYANAN.name) ? 2 : 1;
}

/** Reads every configuration register once. `knownLetters` lets workflow rows be checked against templates. */
export function loadConfig(workbook: Workbook, knownLetters?: ReadonlySet<string>): OfficeConfig {
  const errors: string[] = [];
  const warnings: string[] = [];
  const registers = new Registers(workbook, errors);
  const parsedSettings = parseSettings(registers.usable(PENGATURAN));
  errors.push(...parsedSettings.errors);
  warnings.push(...parsedSettings.warnings);
  const workbookVersion = workbookVersionOf(workbook, parsedSettings.settings);
  if (workbookVersion > WORKBOOK_VERSION) {
    errors.push(`Buku kerja ini versi ${workbookVersion}, dibuat rilis yang lebih baru (rilis ini versi ${WORKBOOK_VERSION}). Perbarui program sebelum menjalankannya.`);
  }
  const holidays = loadHolidays(registers, errors, warnings);
  // Version 2 declares case registers (Kolom Kasus) and services (Layanan); version 1 had neither.
  const caseColumns = workbookVersion >= 2 ? registers.usable(KOLOM_KASUS) : null;
  const declaredRegisters = parseCaseRegisters(caseColumns);
  errors.push(...declaredRegisters.errors);
  const caseRegisters = new Map<string, RegisterDef>([[PERMOHONAN.name, PERMOHONAN], ...declaredRegisters.registers]);
  const serviceTable = workbookVersion >= 2 ? registers.filled(LAYANAN, "isi layanan yang dijalankan (Kode Alur, Register Kasus, SLA Layanan)") : null;
  const { workflows, declared } = loadWorkflows(registers, errors, knownLetters, registersByWorkflow(serviceTable, caseRegisters));
  let services: Map<string, ServiceDef>;
  if (workbookVersion < 2) services = legacyServices(workflows, parsedSettings.settings);
  else if (!serviceTable) services = new Map();
  else {
    const parsed = parseServices(serviceTable, workflows, declared, caseRegisters, caseColumns === null || declaredRegisters.errors.length > 0);
    errors.push(...parsed.errors);
    services = parsed.services;
  }
  const documentTypes = loadDocumentTypes(registers, errors, workbookVersion);
  errors.push(...documentGuardProblems(workflows, documentTypes));
  const schemeTable = registers.filled(SKEMA, "isi skema sertifikasi yang dilayani");
  const units = registers.usable(UNIT_KOMPETENSI);
  const requirements = registers.usable(PERSYARATAN);
  const schemes = schemeTable ? parseSchemes(schemeTable, units, requirements, declared) : { schemes: new Map<string, Scheme>(), errors: [] };
  errors.push(...schemes.errors);
  const users = loadUsers(registers, errors);
  const references = loadReferences(registers, errors);
  // Asesor and TUK are read through the references; named here so a deleted tab is reported even
  // if no Permohonan column referred to it any more.
  registers.usable(ASESOR);
  registers.usable(TUK);
  return {
    settings: parsedSettings.settings,
    holidays,
    calendar: new WorkingCalendar(holidays),
    workflows,
    services,
    caseRegisters,
    documentTypes,
    workbookVersion,
    schemes: schemes.schemes,
    users,
    references,
    errors,
    warnings,
  };
}
