// exceljs cell values ↔ the tool's cells: dates as serial numbers (1900 system, like the Sheets
// API), rich text and links as their text, formulas as "=…" text beside their cached result.
import ExcelJS from "exceljs";
import { registerNamed } from "../../../apps-script/core/registers/catalog";
import type { Cell } from "../model";

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569; // 1970-01-01 in the 1900 date system

/** exceljs already turns 1904-system numbers into true Dates, so one conversion fits both. */
export const dateToSerial = (date: Date): number => date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
export const serialToDate = (serial: number): Date => new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));

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

const DATE_FORMATS = { date: "dd/mm/yyyy", datetime: "dd/mm/yyyy hh:mm" } as const;

/** Date formats by column index for a register tab, from its header row and the catalog. */
export function dateColumns(tabName: string, headers: readonly Cell[]): Map<number, string> {
  const columns = new Map<number, string>();
  const register = registerNamed(tabName);
  if (!register) return columns;
  headers.forEach((h, i) => {
    const type = register.columns.find((c) => c.header === h)?.type;
    if (type === "date" || type === "datetime") columns.set(i, DATE_FORMATS[type]);
  });
  return columns;
}

/** Sets a plain value; a date column gets a Date so the sheet shows a date, not a serial. */
export function writeValue(cell: ExcelJS.Cell, value: Cell, dateFormat?: string): void {
  if (typeof value === "number" && dateFormat) {
    cell.value = serialToDate(value);
    if (!cell.numFmt || cell.numFmt === "General") cell.numFmt = dateFormat;
  } else {
    cell.value = value;
  }
}

export function writeFormula(cell: ExcelJS.Cell, text: string, result: Cell): void {
  const formula = text.replace(/^=/, "");
  cell.value = result === null ? { formula } : { formula, result };
}
