// The tool's cells in an .xlsx: read by exceljs (dates as serial numbers, 1900 system like the
// Sheets API; rich text and links as their text; formulas as "=…" text beside their cached result),
// and turned into the surgical writer's values (serials in register date columns as dates).
import ExcelJS from "exceljs";
import { isDateCell, type CellValue } from "../../../apps-script/core/ports";
import { registerNamed } from "../../../apps-script/core/registers/catalog";
import { columnsOf, kindOfColumn } from "../../local/xlsx/new-sheet";
import { dateToSerial as dateCellToSerial, serialToDate as serialToDateCell, type ColumnKind } from "../../local/xlsx/serial-date";
import type { Cell } from "../model";

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569; // 1970-01-01 in the 1900 date system

/** exceljs already turns 1904-system numbers into true Dates, so one conversion fits both. */
export const dateToSerial = (date: Date): number => date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;

type Value = ExcelJS.CellValue | ExcelJS.CellFormulaValue["result"];

export function plainValue(value: Value): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("") || null;
  if ("error" in value) return String(value.error);
  if ("hyperlink" in value) return plainValue(value.text as Value);
  if ("result" in value) return plainValue(value.result);
  return null;
}

/** A cell's value and, when it holds one, its formula as "=…" text. */
export function readCell(cell: ExcelJS.Cell): { value: Cell; formula?: string } {
  if (cell.type === ExcelJS.ValueType.Merge) return { value: null }; // merged: the value lives in the master cell
  if (cell.type === ExcelJS.ValueType.Formula) {
    // `formula` also translates a shared formula to this cell's position.
    const formula = cell.formula;
    const value = plainValue(cell.result);
    return formula ? { value, formula: `=${formula}` } : { value };
  }
  return { value: plainValue(cell.value) };
}

/**
 * Column kinds of a tab as the local .xlsx writer sees them: a register's date and date-time
 * columns found by header as `npm start` matches them (new-sheet.ts `columnsOf`), "other" for the
 * rest and for every column of a tab that is not a register.
 */
export function columnKinds(tabName: string, headers: readonly string[]): ColumnKind[] {
  return columnsOf(registerNamed(tabName), headers).map(kindOfColumn);
}

/** A serial within this of a whole minute is that minute (0.09 s; a second is 1.2e-5 of a day). */
const SAME_INSTANT = 1e-6;

/**
 * A tool cell as the surgical writer's value. In a date column a serial becomes a DateCell, so
 * the cell shows a date (a plain number is written General). A serial that names no day, or that
 * carries seconds a DateCell cannot hold, stays the exact number: a restore gives back the value.
 */
export function writtenValue(value: Cell, kind: ColumnKind): CellValue {
  if (typeof value !== "number" || kind === "other") return value;
  const date = serialToDateCell(value, false, kind === "date" && Number.isInteger(value) ? "date" : "datetime");
  if (!isDateCell(date)) return value;
  const back = dateCellToSerial(date, false);
  return back !== null && Math.abs(back - value) < SAME_INSTANT ? date : value;
}
