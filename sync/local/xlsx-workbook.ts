// XlsxWorkbookFile: the Workbook port over a local .xlsx file (exceljs). The file is read once
// into memory, the engine works on that copy, and `save` writes back only the cells that changed,
// keeping staff formatting, formulas it did not touch, extra columns and extra tabs.
import ExcelJS from "exceljs";
import { existsSync, renameSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { MemoryWorkbook } from "../../apps-script/core/memory-workbook";
import { type CellValue, dateCell, isDateCell, type RawTable, WorkbookError } from "../../apps-script/core/ports";
import { registerNamed } from "../../apps-script/core/registers/catalog";
import { localDate } from "../../apps-script/core/time/local-date";

type XlsxValue = ExcelJS.CellValue;

/** An exceljs value as the port's typed cell. Dates in xlsx carry no zone: read their UTC fields. */
export function fromXlsx(value: XlsxValue): { cell: CellValue; formula?: string } {
  if (value === null || value === undefined) return { cell: null };
  if (value instanceof Date) return { cell: fromXlsxDate(value) };
  if (typeof value === "string") return { cell: value === "" ? null : value };
  if (typeof value === "number" || typeof value === "boolean") return { cell: value };
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    const formula = `=${(value as ExcelJS.CellFormulaValue).formula ?? (value as ExcelJS.CellSharedFormulaValue).sharedFormula}`;
    const cell = result === undefined || (typeof result === "object" && !(result instanceof Date)) ? null : fromXlsx(result).cell;
    return { cell, formula };
  }
  if ("richText" in value) return { cell: value.richText.map((r) => r.text).join("") };
  if ("hyperlink" in value) return { cell: value.text };
  if ("error" in value) return { cell: value.error };
  return { cell: null };
}

function fromXlsxDate(value: Date): CellValue {
  const date = localDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  const minute = value.getUTCHours() * 60 + value.getUTCMinutes();
  return minute === 0 && value.getUTCSeconds() === 0 ? dateCell(date) : dateCell(date, minute);
}

/** The port's cell as an exceljs value. Strings stay strings: exceljs never turns them into formulas. */
export function toXlsx(cell: CellValue): XlsxValue {
  if (cell === null) return null;
  if (isDateCell(cell)) {
    const [y, m, d] = cell.date.split("-").map(Number) as [number, number, number];
    const minute = cell.minuteOfDay ?? 0;
    return new Date(Date.UTC(y, m - 1, d, Math.floor(minute / 60), minute % 60));
  }
  return cell;
}

function sameCell(a: CellValue, b: CellValue): boolean {
  if (isDateCell(a) || isDateCell(b)) {
    return isDateCell(a) && isDateCell(b) && a.date === b.date && (a.minuteOfDay ?? 0) === (b.minuteOfDay ?? 0);
  }
  return a === b;
}

function readSheet(sheet: ExcelJS.Worksheet): RawTable {
  const width = sheet.getRow(1).cellCount;
  const headers: string[] = [];
  for (let c = 1; c <= width; c += 1) headers.push(String(fromXlsx(sheet.getRow(1).getCell(c).value).cell ?? "").trim());
  const rows: CellValue[][] = [];
  const formulas = new Map<number, Map<number, string>>();
  for (let r = 2; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= width; c += 1) {
      const read = fromXlsx(row.getCell(c).value);
      cells.push(read.cell);
      if (read.formula) (formulas.get(r - 2) ?? formulas.set(r - 2, new Map()).get(r - 2)!).set(c - 1, read.formula);
    }
    rows.push(cells);
  }
  return { name: sheet.name, headers, rows, formulas };
}

export class XlsxWorkbookFile {
  private constructor(
    readonly path: string,
    private readonly book: ExcelJS.Workbook,
    readonly workbook: MemoryWorkbook,
  ) {}

  /** Opens an existing file, or starts an empty workbook when `createIfMissing` and there is none. */
  static async open(path: string, options: { createIfMissing?: boolean } = {}): Promise<XlsxWorkbookFile> {
    const book = new ExcelJS.Workbook();
    if (existsSync(path)) {
      try {
        await book.xlsx.readFile(path);
      } catch (error) {
        throw new WorkbookError("INVALID", `Berkas ${basename(path)} tidak dapat dibaca sebagai .xlsx (${(error as Error).message})`);
      }
    } else if (!options.createIfMissing) {
      throw new WorkbookError("NOT_FOUND", `Berkas ${path} tidak ditemukan`);
    }
    return new XlsxWorkbookFile(path, book, new MemoryWorkbook(book.worksheets.map(readSheet)));
  }

  /**
   * Writes the in-memory tables back: only cells whose value differs, formulas left alone unless
   * the engine overwrote them. Saved to a temporary file first, then renamed, so a crash never
   * leaves half a workbook. Returns the number of cells written.
   */
  async save(): Promise<number> {
    let written = 0;
    for (const name of this.workbook.tableNames()) {
      const table = this.workbook.readTable(name)!;
      const sheet = this.book.getWorksheet(name) ?? this.createSheet(name);
      table.headers.forEach((header, c) => {
        const cell = sheet.getRow(1).getCell(c + 1);
        if (cell.value !== header) {
          cell.value = header;
          cell.font = { bold: true };
          written += 1;
        }
      });
      table.rows.forEach((cells, r) => {
        const row = sheet.getRow(r + 2);
        cells.forEach((value, c) => {
          if (table.formulas?.get(r)?.has(c)) return;
          const cell = row.getCell(c + 1);
          // Compare as the engine sees cells, so rich text or hyperlinks staff made stay as they are.
          if (!cell.formula && sameCell(fromXlsx(cell.value).cell, value)) return;
          const next = toXlsx(value);
          cell.value = next;
          if (next instanceof Date) cell.numFmt = isDateCell(value) && value.minuteOfDay !== undefined ? "dd/mm/yyyy hh:mm" : "dd/mm/yyyy";
          written += 1;
        });
      });
    }
    if (written === 0 && existsSync(this.path)) return 0;
    const temporary = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    await this.book.xlsx.writeFile(temporary);
    renameSync(temporary, this.path);
    return written;
  }

  private createSheet(name: string): ExcelJS.Worksheet {
    const sheet = this.book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    const def = registerNamed(name);
    def?.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = Math.max(8, Math.round((column.width ?? 120) / 7));
      // NIP/NIK/phone as text so their leading digits survive a staff edit in Excel or LibreOffice.
      if (column.type === "digits" || column.type === "phone" || column.type === "id") col.numFmt = "@";
    });
    return sheet;
  }
}
