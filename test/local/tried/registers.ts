// Reading registers back from a workbook on disk (exceljs, independent of the engine's reader), by header and ID.
import ExcelJS from "exceljs";
import { PERMOHONAN, RIWAYAT, SURAT } from "../../../apps-script/core/registers/catalog";

/** A cell as a test compares it: text, number, "YYYY-MM-DD" (or with "THH:MM"), or a formula. */
export type Value = string | number | boolean | null | { readonly formula: string; readonly result: unknown };

function plain(value: ExcelJS.CellValue): Value {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 16);
  }
  if (typeof value !== "object") return value;
  if ("formula" in value || "sharedFormula" in value) {
    const formula = "formula" in value ? value.formula : (value as ExcelJS.CellSharedFormulaValue).sharedFormula;
    return { formula: String(formula), result: value.result ?? null };
  }
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return String(value.text);
  if ("error" in value) return String(value.error);
  return String(value);
}

export type Row = Readonly<Record<string, Value>> & { readonly _row: number };

export interface Register {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly Row[];
}

export interface Book {
  readonly names: readonly string[];
  readonly raw: ExcelJS.Workbook;
  register(name: string): Register | null;
}

export async function openBook(path: string): Promise<Book> {
  const raw = new ExcelJS.Workbook();
  await raw.xlsx.readFile(path);
  return {
    names: raw.worksheets.map((w) => w.name),
    raw,
    register(name) {
      const sheet = raw.getWorksheet(name);
      if (!sheet) return null;
      const header = sheet.getRow(1);
      const headers = Array.from({ length: header.cellCount }, (_, i) => String(plain(header.getCell(i + 1).value) ?? ""));
      const rows: Row[] = [];
      for (let r = 2; r <= sheet.rowCount; r += 1) {
        const row = sheet.getRow(r);
        const record: Record<string, Value> = {};
        let filled = false;
        headers.forEach((h, i) => {
          const v = plain(row.getCell(i + 1).value);
          if (v !== null) filled = true;
          if (h !== "" && !(h in record)) record[h] = v;
        });
        if (filled) rows.push({ ...record, _row: r });
      }
      return { name, headers, rows };
    },
  };
}

export async function readRegister(path: string, name: string): Promise<Register> {
  const register = (await openBook(path)).register(name);
  if (!register) throw new Error(`Workbook ${path} has no tab ${name}`);
  return register;
}

export function rowsWith(register: Register, header: string, value: Value): Row[] {
  return register.rows.filter((r) => r[header] === value);
}

/** The one Permohonan (or other register) row with this ID; fails the test when there are none or two. */
export function rowById(register: Register, id: string, header = register.headers[0]!): Row {
  const found = rowsWith(register, header, id);
  if (found.length !== 1) throw new Error(`${register.name}: ${found.length} rows with ${header} = ${id}`);
  return found[0]!;
}

export async function caseRow(path: string, id: string): Promise<Row> {
  return rowById(await readRegister(path, PERMOHONAN.name), id);
}

export async function historyOf(path: string, id: string): Promise<Row[]> {
  return rowsWith(await readRegister(path, RIWAYAT.name), "ID Permohonan", id);
}

export async function lettersOf(path: string, id: string): Promise<Row[]> {
  return rowsWith(await readRegister(path, SURAT.name), "ID Permohonan", id);
}

const ENGINE_COLUMNS = new Set(PERMOHONAN.columns.filter((c) => c.owner === "engine").map((c) => c.header));

/**
 * The text of every cell the engine writes: Permohonan's engine columns (plus Status, which it puts
 * back) and every cell of Riwayat and Surat.
 */
export async function engineWrittenText(path: string): Promise<string[]> {
  const book = await openBook(path);
  const texts: string[] = [];
  const add = (v: Value) => v !== null && texts.push(typeof v === "object" ? JSON.stringify(v) : String(v));
  for (const row of book.register(PERMOHONAN.name)?.rows ?? []) {
    for (const [h, v] of Object.entries(row)) if (ENGINE_COLUMNS.has(h) || h === "Status" || h === "ID Permohonan") add(v);
  }
  for (const name of [RIWAYAT.name, SURAT.name]) for (const row of book.register(name)?.rows ?? []) Object.values(row).forEach((v) => typeof v !== "number" && add(v));
  return texts;
}

/** Digit runs that look like a NIK or NIP: 15 or more digits, optionally split by single spaces or dots. */
export const PERSONAL_NUMBER = /\d(?:[ .]?\d){14,}/;
