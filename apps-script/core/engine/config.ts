// Loads an office's configuration registers (settings, holidays, workflows, schemes, users) once,
// validating each with messages that name the row and cell.
import * as z from "zod/mini";
import { ROLES, type Role } from "../domain/reference";
import { parseSchemes, type Scheme } from "../domain/schemes";
import type { Workbook } from "../ports";
import { choice, dateValue, requiredText, textCell, yesNo } from "../registers/cells";
import { ALUR, ALUR_TRANSISI, LIBUR, PENGATURAN, PENGGUNA, PERSYARATAN, SKEMA, UNIT_KOMPETENSI } from "../registers/catalog";
import { tableFromRecords } from "../registers/records";
import { headersOf } from "../registers/schema";
import { locate, parseRows, readRegister, RegisterTable } from "../registers/table";
import { SHIPPED_HOLIDAYS } from "../seed/holidays";
import { type Holiday, WorkingCalendar } from "../time/calendar";
import { parseWorkflows, type WorkflowDef } from "../workflow/definition";
import { processAMoveRows, processAStateRows } from "../workflow/process-a";
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
  /** Problems that stop the engine: it must not act on a half-understood configuration. */
  readonly errors: readonly string[];
  /** Problems worth telling staff that do not stop the engine. */
  readonly warnings: readonly string[];
}

const holidayRow = z.object({
  Tanggal: dateValue,
  Jenis: choice(["Libur Nasional", "Cuti Bersama", "Libur Daerah"]),
  Keterangan: textCell,
});

const userRow = z.object({
  Email: requiredText,
  Nama: requiredText,
  Peran: choice(ROLES),
  Aktif: yesNo(true),
});

export function shippedHolidays(): Holiday[] {
  return SHIPPED_HOLIDAYS.map((h) => ({ date: h.tanggal as Holiday["date"], kind: h.jenis, name: h.keterangan }));
}

function loadHolidays(workbook: Workbook, errors: string[], warnings: string[]): Holiday[] {
  const table = readRegister(workbook, LIBUR);
  if (!table || table.rows.length === 0) {
    warnings.push("Register Libur kosong: dipakai daftar libur nasional dan cuti bersama 2025–2026 bawaan (SKB 3 Menteri)");
    return shippedHolidays();
  }
  const parsed = parseRows(table, holidayRow, headersOf(LIBUR));
  errors.push(...parsed.errors);
  return parsed.values.map(({ value }) => ({ date: value.Tanggal, kind: value.Jenis, name: value.Keterangan }));
}

function loadWorkflows(workbook: Workbook, errors: string[], knownLetters?: ReadonlySet<string>): Map<string, WorkflowDef> {
  let states = readRegister(workbook, ALUR);
  let moves = readRegister(workbook, ALUR_TRANSISI);
  if (!states || states.rows.length === 0) {
    // The office has not edited its workflow: use the shipped definition of process A.
    states = new RegisterTable(ALUR, tableFromRecords(ALUR, processAStateRows()));
    moves = new RegisterTable(ALUR_TRANSISI, tableFromRecords(ALUR_TRANSISI, processAMoveRows()));
  }
  moves ??= new RegisterTable(ALUR_TRANSISI, tableFromRecords(ALUR_TRANSISI, []));
  const parsed = parseWorkflows(states, moves, knownLetters);
  errors.push(...parsed.errors);
  return parsed.workflows;
}

function loadUsers(workbook: Workbook, errors: string[]): Map<string, UserEntry> {
  const users = new Map<string, UserEntry>();
  const table = readRegister(workbook, PENGGUNA);
  if (!table) return users;
  const parsed = parseRows(table, userRow, headersOf(PENGGUNA));
  errors.push(...parsed.errors);
  for (const { row, value } of parsed.values) {
    const email = value.Email.toLowerCase();
    if (users.has(email)) errors.push(`${locate(table, row, "Email")}: pengguna tercantum dua kali`);
    users.set(email, { email, name: value.Nama, role: value.Peran as Role, active: value.Aktif });
  }
  return users;
}

/** Reads every configuration register once. `knownLetters` lets workflow rows be checked against templates. */
export function loadConfig(workbook: Workbook, knownLetters?: ReadonlySet<string>): OfficeConfig {
  const errors: string[] = [];
  const warnings: string[] = [];
  const parsedSettings = parseSettings(readRegister(workbook, PENGATURAN));
  errors.push(...parsedSettings.errors);
  warnings.push(...parsedSettings.warnings);
  const holidays = loadHolidays(workbook, errors, warnings);
  const workflows = loadWorkflows(workbook, errors, knownLetters);
  const schemeTable = readRegister(workbook, SKEMA);
  const schemes = schemeTable
    ? parseSchemes(schemeTable, readRegister(workbook, UNIT_KOMPETENSI), readRegister(workbook, PERSYARATAN), new Set(workflows.keys()))
    : { schemes: new Map<string, Scheme>(), errors: ["Register Skema belum ada: jalankan penyiapan register"] };
  errors.push(...schemes.errors);
  const users = loadUsers(workbook, errors);
  return {
    settings: parsedSettings.settings,
    holidays,
    calendar: new WorkingCalendar(holidays),
    workflows,
    schemes: schemes.schemes,
    users,
    errors,
    warnings,
  };
}
