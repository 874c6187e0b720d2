// Checks a row of any case register by its columns' types: a `nip` column is checked as a NIP
// and a required column is required, wherever they appear; nothing is asked that the register
// does not declare (an incoming letter is never asked for a NIP).
import { isDateCell } from "../ports";
import { cellDate, cellText, controlCharacterProblem, quoted, yesNoValue } from "../registers/cells";
import type { ColumnDef, RegisterDef } from "../registers/schema";
import { normalizeHeader, type RegisterRow } from "../registers/table";
import { redactPersonalNumbers } from "../text/sanitize";
import type { LocalDate } from "../time/local-date";
import { checkAsnNumber, checkNik, emailProblem } from "./identity";

export interface CaseRowCheck {
  /** "NIP: NIP harus 18 digit": at most one per column, no personal data. */
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
  /** The received date (the register's Awal Hitung column), when valid. */
  readonly receivedOn: { readonly date: LocalDate; readonly minuteOfDay: number } | null;
  /** Headers that hold a problem: a move requiring one of them names the problem. */
  readonly badColumns: ReadonlyMap<string, string>;
}

/** Case IDs of each case register, for `case` columns (Banding → Permohonan). */
export type CaseIdLookup = (register: string, id: string) => boolean;

const PHONE = /^(\+62|62|0)\d{8,13}$/;
const TIME_AFTER_DATE = /^(.+?)[ T](\d{1,2})[:.](\d{2})$/;

/** A date cell, or text "2026-04-06 15:30" / "06/04/2026 15.30": the date and the minute of the day. */
export function cellDateTime(value: ReturnType<RegisterRow["get"]>): { date: LocalDate; minuteOfDay: number } | null {
  if (isDateCell(value)) return { date: value.date, minuteOfDay: value.minuteOfDay ?? 0 };
  const text = cellText(value);
  const timed = TIME_AFTER_DATE.exec(text);
  if (timed) {
    const date = cellDate(timed[1]!);
    const [hour, minute] = [Number(timed[2]), Number(timed[3])];
    return date && hour < 24 && minute < 60 ? { date, minuteOfDay: hour * 60 + minute } : null;
  }
  const date = cellDate(value);
  return date ? { date, minuteOfDay: 0 } : null;
}
const FORMULA_START = /^[=+\-@]/;
const NUMBER = /^-?\d+([.,]\d+)?$/;

function typeProblem(column: ColumnDef, value: ReturnType<RegisterRow["get"]>, text: string, currentYear: number, caseIds: CaseIdLookup, def: RegisterDef): string | null {
  switch (column.type) {
    case "date":
      return cellDate(value) === null ? "bukan tanggal yang sah (gunakan format tanggal, mis. 12/03/2026)" : null;
    case "datetime":
      return cellDateTime(value) === null ? "bukan tanggal dan jam yang sah (mis. 06/04/2026 15:30)" : null;
    case "integer":
      return /^-?\d+$/.test(text) ? null : "harus bilangan bulat";
    case "number":
      return NUMBER.test(text) ? null : "harus angka";
    case "yesno":
      return yesNoValue(value, false) === null ? 'harus "Ya" atau "Tidak"' : null;
    case "choice": {
      const options = column.options ?? [];
      return options.length === 0 || options.some((o) => normalizeHeader(o) === normalizeHeader(text)) ? null : `harus salah satu: ${options.join(", ")}`;
    }
    case "email": {
      const problem = emailProblem(text);
      return problem ? `alamat e-mail tidak sah: ${problem}` : null;
    }
    case "phone":
      return PHONE.test(text.replace(/[\s\-().]/g, "")) ? null : "nomor telepon tidak sah (mis. 081234567890 atau +6281234567890)";
    case "nip": {
      if (typeof value === "number") return "tersimpan sebagai angka sehingga digit terakhir bisa berubah; format kolom sebagai teks lalu ketik ulang";
      const nip = checkAsnNumber(text, currentYear);
      return nip.ok ? null : nip.problem;
    }
    case "nik": {
      if (typeof value === "number") return "tersimpan sebagai angka sehingga digit terakhir bisa berubah; format kolom sebagai teks lalu ketik ulang";
      const nik = checkNik(text);
      return nik.ok ? null : nik.problem;
    }
    case "case": {
      const register = def.cases?.caseReferences?.[column.header] ?? "";
      return caseIds(register, text) ? null : `${quoted(text)} tidak ada di register ${register}`;
    }
    default:
      return column.owner === "staff" && FORMULA_START.test(text) && column.type === "text" ? "tidak boleh diawali =, +, - atau @" : null;
  }
}

/**
 * Checks every staff column of a case row: a formula, a control character, a blank required
 * cell, or the column type's own rule, in that order, one message per column. The ID and
 * Status columns are the engine's to judge (row screening and the workflow).
 */
export function checkCaseRow(row: RegisterRow, def: RegisterDef, currentYear: number, caseIds: CaseIdLookup): CaseRowCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const bad = new Map<string, string>();
  const skip = new Set([normalizeHeader(def.cases?.idColumn ?? ""), normalizeHeader("Status")]);
  for (const column of def.columns) {
    if (column.owner !== "staff" || skip.has(normalizeHeader(column.header))) continue;
    const value = row.get(column.header);
    const text = cellText(value);
    let problem: string | null = null;
    if (row.formula(column.header) !== undefined) problem = "berisi rumus; ketik isinya sebagai teks biasa";
    else if (typeof value === "string" && controlCharacterProblem(value)) problem = controlCharacterProblem(value);
    else if (text === "") problem = column.required ? "wajib diisi" : null;
    else problem = typeProblem(column, value, text, currentYear, caseIds, def);
    if (problem) {
      bad.set(column.header, problem);
      errors.push(`${column.header}: ${redactPersonalNumbers(problem)}`);
    } else if ((column.type === "date" || column.type === "datetime") && text !== "" && !isDateCell(value)) {
      warnings.push(`${column.header}: diketik sebagai teks; format sel sebagai tanggal agar bisa diurutkan`);
    }
  }
  const receivedColumn = def.cases?.receivedColumn ?? null;
  const receivedOn = receivedColumn && !bad.has(receivedColumn) ? cellDateTime(row.get(receivedColumn)) : null;
  return { errors, warnings, receivedOn, badColumns: bad };
}
