// The fallback editor: the same staff operations with exceljs, for tests where the office app does not matter.
import ExcelJS from "exceljs";
import { readExcelJsBook } from "./exceljs-read";
import type { KeyValue, Operation, ReadBook } from "./operations";

type Op<K extends Operation["op"]> = Extract<Operation, { op: K }>;
type Any = Record<string, unknown>;

function sheetOf(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`tab ${JSON.stringify(name)} tidak ada (ada: ${book.worksheets.map((w) => w.name).join(", ")})`);
  return sheet;
}

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  return String(value);
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function headerColumn(sheet: ExcelJS.Worksheet, header: string): number {
  const row = sheet.getRow(1);
  for (const exact of [true, false]) {
    for (let c = 1; c <= row.cellCount; c += 1) {
      const h = text(row.getCell(c).value);
      if (exact ? h === header : h.trim() === header.trim()) return c;
    }
  }
  throw new Error(`kolom ${JSON.stringify(header)} tidak ada di tab ${sheet.name}`);
}

function columnOf(sheet: ExcelJS.Worksheet, op: Any, letterKey = "col", headerKey = "header"): number {
  if (typeof op[letterKey] === "string") return columnNumber(op[letterKey] as string);
  if (typeof op[headerKey] === "string") return headerColumn(sheet, op[headerKey] as string);
  throw new Error(`kolom tidak disebut (${letterKey} atau ${headerKey})`);
}

function rowOfKey(sheet: ExcelJS.Worksheet, key: KeyValue): number {
  const col = headerColumn(sheet, key.header);
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const v = sheet.getRow(r).getCell(col).value;
    if (v === key.value || text(v) === String(key.value)) return r;
  }
  throw new Error(`tidak ada baris dengan ${key.header} = ${JSON.stringify(key.value)} di tab ${sheet.name}`);
}

function rowOf(sheet: ExcelJS.Worksheet, op: Any, rowKey = "row", keyKey = "key"): number {
  if (typeof op[rowKey] === "number") return op[rowKey] as number;
  if (op[keyKey]) return rowOfKey(sheet, op[keyKey] as KeyValue);
  throw new Error(`baris tidak disebut (${rowKey} atau ${keyKey})`);
}

function cellOf(sheet: ExcelJS.Worksheet, op: Any): ExcelJS.Cell {
  if (typeof op.cell === "string") return sheet.getCell(op.cell);
  return sheet.getRow(rowOf(sheet, op)).getCell(columnOf(sheet, op));
}

/** The cells a range target covers (a whole column or row: its used part). */
function cellsOf(sheet: ExcelJS.Worksheet, op: Any): ExcelJS.Cell[] {
  const hasRow = op.row !== undefined || op.key !== undefined;
  const hasCol = op.col !== undefined || op.header !== undefined;
  if (typeof op.range === "string") {
    const [from, to = from] = op.range.split(":") as [string, string?];
    const a = sheet.getCell(from);
    const b = sheet.getCell(to!);
    const cells: ExcelJS.Cell[] = [];
    for (let r = Number(a.row); r <= Number(b.row); r += 1) for (let c = Number(a.col); c <= Number(b.col); c += 1) cells.push(sheet.getRow(r).getCell(c));
    return cells;
  }
  if (hasCol && hasRow) return [cellOf(sheet, op)];
  if (hasCol) {
    const c = columnOf(sheet, op);
    return Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1).getCell(c));
  }
  const row = sheet.getRow(rowOf(sheet, op));
  return Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1));
}

/** A new style object per cell: exceljs shares style objects between cells read with one style. */
function restyle(cell: ExcelJS.Cell, change: (style: Partial<ExcelJS.Style>) => void): void {
  const style = structuredClone(cell.style ?? {}) as Partial<ExcelJS.Style>;
  change(style);
  cell.style = style;
}

function applySet(sheet: ExcelJS.Worksheet, op: Op<"set">): void {
  const cell = cellOf(sheet, op as Any);
  if ("string" in op) cell.value = op.string;
  else if ("number" in op) cell.value = op.number;
  else if ("formula" in op) cell.value = { formula: op.formula.replace(/^=/, "").replaceAll(";", ",") } as ExcelJS.CellFormulaValue;
  else if ("date" in op) {
    const [y, m, d] = op.date.split("-").map(Number) as [number, number, number];
    cell.value = new Date(Date.UTC(y, m - 1, d));
    if (!op.numberFormat) restyle(cell, (s) => (s.numFmt = "dd/mm/yyyy"));
  } else cell.value = null;
  if (op.numberFormat) restyle(cell, (s) => (s.numFmt = op.numberFormat));
}

function applyFormat(sheet: ExcelJS.Worksheet, op: Op<"format"> | Op<"columnFormat">): void {
  const o = op as Any;
  for (const cell of cellsOf(sheet, o)) {
    restyle(cell, (s) => {
      const font = { ...(s.font ?? {}) };
      if (o.fontSize !== undefined) font.size = o.fontSize as number;
      if (o.bold !== undefined) font.bold = o.bold as boolean;
      if (o.italic !== undefined) font.italic = o.italic as boolean;
      if (o.fontColor !== undefined) font.color = { argb: `FF${String(o.fontColor).replace("#", "")}` };
      s.font = font;
      if (o.background !== undefined) s.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${String(o.background).replace("#", "")}` } };
      if (o.numberFormat !== undefined) s.numFmt = o.numberFormat as string;
      if (o.wrap !== undefined) s.alignment = { ...(s.alignment ?? {}), wrapText: Boolean(o.wrap) };
    });
  }
}

function applySort(sheet: ExcelJS.Worksheet, op: Op<"sort">): void {
  const col = headerColumn(sheet, op.by);
  const width = sheet.columnCount;
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => {
    const row = sheet.getRow(i + 2);
    return Array.from({ length: width }, (_, c) => ({ value: row.getCell(c + 1).value, style: structuredClone(row.getCell(c + 1).style) }));
  });
  const sign = op.descending ? -1 : 1;
  rows.sort((a, b) => sign * text(a[col - 1]!.value).localeCompare(text(b[col - 1]!.value), "id"));
  rows.forEach((cells, i) => cells.forEach((cell, c) => {
    const target = sheet.getRow(i + 2).getCell(c + 1);
    target.value = cell.value;
    target.style = cell.style;
  }));
}

function applyCopyRow(sheet: ExcelJS.Worksheet, op: Op<"copyRow">): void {
  const source = sheet.getRow(rowOf(sheet, op as Any, "from", "fromKey"));
  const target = sheet.getRow(op.to === "end" ? sheet.rowCount + 1 : op.to);
  for (let c = 1; c <= sheet.columnCount; c += 1) {
    target.getCell(c).value = source.getCell(c).value;
    if (op.mode !== "values") target.getCell(c).style = structuredClone(source.getCell(c).style);
  }
}

function apply(book: ExcelJS.Workbook, op: Operation): void {
  if (op.op === "read") return;
  const sheet = sheetOf(book, op.sheet);
  switch (op.op) {
    case "set": return applySet(sheet, op);
    case "format":
    case "columnFormat": return applyFormat(sheet, op);
    case "sort": return applySort(sheet, op);
    case "clear": return void cellsOf(sheet, op as Any).forEach((cell) => (cell.value = null));
    case "insertColumns": {
      const at = columnOf(sheet, op as Any, "before", "beforeHeader");
      const count = op.count ?? 1;
      sheet.spliceColumns(at, 0, ...Array.from({ length: count }, () => []));
      (op.headers ?? []).slice(0, count).forEach((h, i) => (sheet.getRow(1).getCell(at + i).value = h));
      return;
    }
    case "deleteColumns": return void sheet.spliceColumns(columnOf(sheet, op as Any), op.count ?? 1);
    case "insertRows": return void sheet.spliceRows(rowOf(sheet, op as Any, "before", "beforeKey"), 0, ...Array.from({ length: op.count ?? 1 }, () => []));
    case "deleteRows": return void sheet.spliceRows(rowOf(sheet, op as Any), op.count ?? 1);
    case "merge": return void sheet.mergeCells(op.range);
    case "unmerge": return void sheet.unMergeCells(op.range);
    case "copyRow": return applyCopyRow(sheet, op);
    case "renameSheet": return void (sheet.name = op.to);
    case "deleteSheet": return void book.removeWorksheet(sheet.id);
  }
}

/** Applies the operations with exceljs and writes the workbook (to `output`, or over `path`). */
export async function editWithExcelJs(path: string, operations: readonly Operation[], output = path): Promise<ReadBook[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const reads: ReadBook[] = [];
  operations.forEach((op, i) => {
    try {
      if (op.op === "read") reads.push(readExcelJsBook(book, op.sheets));
      else apply(book, op);
    } catch (error) {
      throw new Error(`operasi ${i + 1} (${op.op}): ${(error as Error).message}`, { cause: error });
    }
  });
  await book.xlsx.writeFile(output);
  return reads;
}
