// Cell storage and the value rules of Range.setValues/getValues in the fake spreadsheet.
//
// Modelled (as documented for SpreadsheetApp and observed in Sheets):
// - blanks read back as '' ; dates read back as Date objects at the cell's wall time in the
//   spreadsheet's zone (cells store zone-less serials, so changing the zone keeps calendar dates);
// - setValues parses strings like typing into the UI: "=…" (and "+…"/"-…" that are not numbers)
//   become formulas; numeric strings become numbers (18-digit NIPs lose digits); TRUE/FALSE become
//   booleans; "YYYY-MM-DD" and "DD/MM/YYYY" become dates — unless the cell's number format is
//   plain text "@" or the string starts with an apostrophe, a text marker (assumed to act as
//   one in every format: to be confirmed on a real sheet for "@" cells). Whether getValues then
//   returns the text without the apostrophe (as usually observed) or with it, the reference does
//   not say: `FakeStore.apostropheReadBack` models both;
// - Date arguments are stored as dates; null/undefined write a blank.
// Not modelled: formula evaluation (a formula cell reads back as ''), number formats turning
// numbers into dates, locale-specific parsing beyond the two date forms above.
import { tzOffset } from "@date-fns/tz";

/** A zone-less date serial (days since 1899-12-30, fraction = time of day), as Sheets stores it. */
export class DateSerial {
  constructor(readonly serial: number) {}
}

/** A formula with the value it last computed (the fake never computes: '' ). */
export class FormulaCell {
  constructor(
    readonly formula: string,
    readonly value: Scalar = "",
  ) {}
}

/** Text typed with a leading apostrophe: `text` is what follows it. */
export class QuotedText {
  constructor(readonly text: string) {}
}

export type Scalar = string | number | boolean | DateSerial;
export type Cell = Scalar | FormulaCell | QuotedText | undefined;

/** What getValues returns for text typed with a leading apostrophe (see the header). */
export type ApostropheReadBack = "stripped" | "kept";

const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH_DAYS = 25_569; // 1970-01-01 as a Sheets serial

export function isDateObject(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

export function serialFromInstant(ms: number, timeZone: string): DateSerial {
  const offset = tzOffset(timeZone, new Date(ms));
  return new DateSerial((ms + offset * 60_000) / MS_PER_DAY + SERIAL_EPOCH_DAYS);
}

export function instantFromSerial(serial: number, timeZone: string): number {
  const wall = Math.round((serial - SERIAL_EPOCH_DAYS) * MS_PER_DAY);
  const first = wall - tzOffset(timeZone, new Date(wall)) * 60_000;
  return wall - tzOffset(timeZone, new Date(first)) * 60_000;
}

/** Serial for a calendar date (and optional minutes) typed by staff. */
export function serialOf(year: number, month: number, day: number, minuteOfDay = 0): DateSerial {
  return new DateSerial(Date.UTC(year, month - 1, day) / MS_PER_DAY + SERIAL_EPOCH_DAYS + minuteOfDay / 1440);
}

/** "YYYY-MM-DD" (and " HH:MM") of a stored date serial, for assertions. */
export function serialText(cell: DateSerial): string {
  const ms = Math.round((cell.serial - SERIAL_EPOCH_DAYS) * MS_PER_DAY);
  const iso = new Date(ms).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ID_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** What a cell holds after `setValues` writes `input` into a cell with number format `format`. */
export function cellFromInput(input: unknown, timeZone: string, format: () => string): Cell {
  if (input === null || input === undefined || input === "") return undefined;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new Error("Nilai angka tidak valid.");
    return input;
  }
  if (typeof input === "boolean") return input;
  if (isDateObject(input)) return serialFromInstant(input.getTime(), timeZone);
  const text = typeof input === "string" ? input : String(input);
  if (text.startsWith("'")) return text.slice(1) === "" ? undefined : new QuotedText(text.slice(1));
  if (format() === "@") return text;
  if (text.startsWith("=")) return new FormulaCell(text);
  if (NUMERIC.test(text)) return Number(text);
  if (text.startsWith("+") || text.startsWith("-")) return new FormulaCell(`=${text.slice(1)}`);
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  const iso = ISO_DATE.exec(text);
  if (iso) return serialOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const id = ID_DATE.exec(text);
  if (id) return serialOf(Number(id[3]), Number(id[2]), Number(id[1]));
  return text;
}

/** What `getValues` returns for a cell, with Dates made in the script's realm. */
export function valueOfCell(cell: Cell, timeZone: string, makeDate: (ms: number) => Date, apostrophe: ApostropheReadBack = "stripped"): unknown {
  if (cell === undefined) return "";
  if (cell instanceof QuotedText) return apostrophe === "kept" ? `'${cell.text}` : cell.text;
  const scalar = cell instanceof FormulaCell ? cell.value : cell;
  if (scalar instanceof DateSerial) return makeDate(instantFromSerial(scalar.serial, timeZone));
  return scalar;
}

export function formulaOfCell(cell: Cell): string {
  return cell instanceof FormulaCell ? cell.formula : "";
}

export function isBlankCell(cell: Cell): boolean {
  return cell === undefined || cell === "";
}

/** Plain reading of a cell for assertions: text, number, boolean, "YYYY-MM-DD" for dates, '' blank. */
export function plainOfCell(cell: Cell): string | number | boolean {
  if (cell === undefined) return "";
  if (cell instanceof QuotedText) return cell.text;
  if (cell instanceof FormulaCell) return cell.formula;
  if (cell instanceof DateSerial) return serialText(cell);
  return cell;
}

/** Column letters ⇄ numbers and A1 parsing ("B2", "B2:D9", "A2:A", "A:A"). */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface A1Box {
  readonly row: number;
  readonly column: number;
  /** Null when open-ended ("A2:A" runs to the last row of the sheet). */
  readonly endRow: number | null;
  readonly endColumn: number | null;
}

export function parseA1(a1: string): A1Box {
  const bare = a1.includes("!") ? a1.slice(a1.lastIndexOf("!") + 1) : a1;
  const match = /^\$?([A-Z]+)\$?(\d*)(?::\$?([A-Z]+)\$?(\d*))?$/i.exec(bare.trim());
  if (!match) throw new Error(`Range not found`);
  const column = columnNumber(match[1]!);
  const row = match[2] ? Number(match[2]) : 1;
  if (!match[3]) return { row, column, endRow: match[2] ? row : null, endColumn: column };
  return {
    row,
    column,
    endRow: match[4] ? Number(match[4]) : null,
    endColumn: columnNumber(match[3]),
  };
}
