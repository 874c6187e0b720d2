// A second independent reader (exceljs): every cell's kind, value, formula and number format, in the ReadBook shape.
import ExcelJS from "exceljs";
import type { ReadBook, ReadCell, ReadSheet } from "./operations";

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** Serial day number of an xlsx date (exceljs gives dates as UTC instants). */
export function serialOf(date: Date): number {
  return (date.getTime() - EPOCH_MS) / DAY_MS;
}

function cellOf(cell: ExcelJS.Cell): ReadCell {
  const fmt = cell.numFmt ?? "General";
  const value = cell.value;
  if (value === null || value === undefined || value === "") return { t: "empty", v: null, fmt };
  if (value instanceof Date) return { t: "value", v: serialOf(value), fmt };
  if (typeof value === "number") return { t: "value", v: value, fmt };
  if (typeof value === "boolean") return { t: "value", v: value ? 1 : 0, fmt };
  if (typeof value === "string") return { t: "text", v: value, fmt };
  if ("formula" in value || "sharedFormula" in value) {
    const result = value.result;
    const v = result instanceof Date ? serialOf(result) : typeof result === "object" || result === undefined ? null : (result as string | number);
    return { t: "formula", f: `=${cell.formula}`, v: typeof v === "boolean" ? Number(v) : v, fmt };
  }
  if ("richText" in value) return { t: "text", v: value.richText.map((r) => r.text).join(""), fmt };
  if ("hyperlink" in value) return { t: "text", v: String(value.text), fmt };
  if ("error" in value) return { t: "text", v: String(value.error), fmt };
  return { t: "text", v: String(value), fmt };
}

export function readExcelJsSheet(sheet: ExcelJS.Worksheet): ReadSheet {
  const height = sheet.rowCount;
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row) => (width = Math.max(width, row.cellCount)));
  const rows: ReadCell[][] = [];
  for (let r = 1; r <= height; r += 1) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => cellOf(row.getCell(c + 1))));
  }
  const headers = (rows[0] ?? []).map((c) => (c.v === null ? "" : String(c.v)));
  const validation: Record<string, { type: string; formula1: string }> = {};
  if (height >= 2) {
    headers.forEach((header, c) => {
      const rule = sheet.getRow(2).getCell(c + 1).dataValidation;
      if (rule?.type) validation[header] = { type: rule.type.toUpperCase(), formula1: String(rule.formulae?.[0] ?? "") };
    });
  }
  const merged = (sheet.model as unknown as { merges?: string[] }).merges ?? [];
  return { name: sheet.name, headers, rows, validation, merged };
}

export function readExcelJsBook(book: ExcelJS.Workbook, sheets?: readonly string[]): ReadBook {
  const sheetNames = book.worksheets.map((w) => w.name);
  const wanted = sheets ?? sheetNames;
  return {
    sheetNames,
    sheets: Object.fromEntries(wanted.map((name) => {
      const sheet = book.getWorksheet(name);
      return [name, sheet ? readExcelJsSheet(sheet) : null];
    })),
  };
}

/** exceljs's reading of the named sheets of `path` (all when omitted). */
export async function readWithExcelJs(path: string, sheets?: readonly string[]): Promise<ReadBook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return readExcelJsBook(book, sheets);
}
