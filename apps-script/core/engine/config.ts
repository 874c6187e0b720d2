// Loads an office's configuration registers (settings, holidays, workflows, schemes, users,
// references) once, validating each with messages that name the row and cell. Nothing is
// replaced by shipped data: a missing tab, column or workflow is an error that stops the engine.
import { buildReferenceIndex, type OfficeReferences, type ReferenceIndex, referenceColumns } from "../domain/references";
import { ROLES, type Role } from "../domain/reference";
import { parseSchemes, type Scheme } from "../domain/schemes";
import type { Workbook } from "../ports";
import { choice, dateValue, emailCell, quoted, requiredText, textCell, yesNo } from "../registers/cells";
import { ALUR, ALUR_TRANSISI, ASESOR, LIBUR, PENGATURAN, PENGGUNA, PERSYARATAN, registerNamed, SKEMA, TUK, UNIT_KOMPETENSI } from "../registers/catalog";
import { registerProblems } from "../registers/required";
import { catalogShape, type RegisterDef } from "../registers/schema";
import { locate, parseRows, readRegister, type RegisterTable } from "../registers/table";
import { SHIPPED_HOLIDAYS } from "../seed/holidays";
import { type Holiday, WorkingCalendar } from "../time/calendar";
import { parseWorkflows, type WorkflowCodes, type WorkflowDef } from "../workflow/definition";
import { GUARD_NAMES } from "./guards";
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

function loadWorkflows(registers: Registers, errors: string[], knownLetters?: ReadonlySet<string>): { workflows: Map<string, WorkflowDef>; declared: WorkflowCodes } {
  const states = registers.filled(ALUR, "isi status alur layanan (Kode Alur, Status, Urutan, SLA)");
  const moves = registers.filled(ALUR_TRANSISI, "isi langkah yang sah antar status (Dari, Ke, Peran)");
  if (!states) return { workflows: new Map(), declared: ANY_CODE };
  const parsed = parseWorkflows(states, moves, { letters: knownLetters, guards: GUARD_NAMES });
  errors.push(...parsed.errors);
  return { workflows: parsed.workflows, declared: parsed.declared };
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

/** Reads every configuration register once. `knownLetters` lets workflow rows be checked against templates. */
export function loadConfig(workbook: Workbook, knownLetters?: ReadonlySet<string>): OfficeConfig {
  const errors: string[] = [];
  const warnings: string[] = [];
  const registers = new Registers(workbook, errors);
  const parsedSettings = parseSettings(registers.usable(PENGATURAN));
  errors.push(...parsedSettings.errors);
  warnings.push(...parsedSettings.warnings);
  const holidays = loadHolidays(registers, errors, warnings);
  const { workflows, declared } = loadWorkflows(registers, errors, knownLetters);
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
    schemes: schemes.schemes,
    users,
    references,
    errors,
    warnings,
  };
}
