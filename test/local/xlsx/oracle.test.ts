// Our reader against an independent one (exceljs), on files written by exceljs and by LibreOffice.
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CellValue, dateCell, isDateCell, type RawTable } from "../../../apps-script/core/ports";
import { PERMOHONAN } from "../../../apps-script/core/registers/catalog";
import { localDate } from "../../../apps-script/core/time/local-date";
import { XlsxDocument } from "../../../sync/local/xlsx/document";
import { kindsFor } from "../../../sync/local/xlsx-workbook";
import { tempFile } from "./fixtures";
import { convertWithLibreOffice, hasLibreOffice } from "./libreoffice";

const HEADERS = ["ID Permohonan", "Tanggal Permohonan", "Nama", "NIP", "Pengalaman Pelayanan Publik (tahun)", "Catatan Petugas", "Diperiksa Mesin"];

async function exceljsWorkbook(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(PERMOHONAN.name);
  sheet.addRow(HEADERS);
  for (let i = 1; i <= 30; i += 1) {
    const row = sheet.addRow([
      `PRM-2026-${String(i).padStart(5, "0")}`,
      new Date(Date.UTC(2026, i % 12, 1 + (i % 27))),
      i % 5 === 0 ? { richText: [{ text: "Rina " }, { font: { bold: true }, text: `Kartika ${i}` }] } : `Peserta & <${i}>`,
      `19900215201503200${i % 10}`,
      i % 7,
      i % 3 === 0 ? null : { formula: `E${i + 1}*2`, result: (i % 7) * 2 },
      new Date(Date.UTC(2026, 10, 20, 8 + (i % 8), (i * 7) % 60)),
    ]);
    row.getCell(5).numFmt = i % 2 === 0 ? "dd/mm/yyyy" : "0"; // a number shown as a date: still a number
    row.getCell(2).numFmt = "dd/mm/yyyy";
    row.getCell(7).numFmt = "dd/mm/yyyy hh:mm";
  }
  sheet.mergeCells("F40:G41");
  const path = tempFile(new Uint8Array(0));
  await book.xlsx.writeFile(path);
  return path;
}

/** exceljs' reading put in the port's terms with our typing rules (by column, not by format). */
async function exceljsTable(path: string): Promise<CellValue[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(PERMOHONAN.name)!;
  const kinds = kindsFor(PERMOHONAN.name)(HEADERS);
  const rows: CellValue[][] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(
      HEADERS.map((_, c) => {
        let v: unknown = row.getCell(c + 1).value;
        // exceljs leaves out a cached result of 0 (a falsy check): the cell holds <v>0</v>.
        if (v && typeof v === "object" && "formula" in v) v = (v as { result?: unknown }).result ?? 0;
        if (v && typeof v === "object" && "richText" in v) v = (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
        if (v instanceof Date) {
          const date = localDate(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
          const minute = v.getUTCHours() * 60 + v.getUTCMinutes();
          if (kinds[c] === "other") return (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
          return kinds[c] === "datetime" && minute > 0 ? dateCell(date, minute) : dateCell(date);
        }
        return v === undefined || v === "" ? null : (v as CellValue);
      }),
    );
  });
  return rows;
}

function ours(path: string): RawTable {
  return XlsxDocument.open(readFileSync(path)).readSheet(PERMOHONAN.name, kindsFor(PERMOHONAN.name)).table;
}

const rounded = (rows: readonly (readonly CellValue[])[]) => rows.map((r) => r.map((v) => (typeof v === "number" ? Math.round(v * 1e6) / 1e6 : isDateCell(v) ? { ...v } : v)));

describe("our reader and exceljs agree", () => {
  it("on a file exceljs wrote: dates by column, numbers shown as dates, rich text, formulas", async () => {
    const path = await exceljsWorkbook();
    const table = ours(path);
    expect(table.headers).toEqual(HEADERS);
    expect(rounded(table.rows.slice(0, 30))).toEqual(rounded((await exceljsTable(path)).slice(0, 30)));
    expect(table.rows.map((r) => r[4])).toEqual(Array.from({ length: 30 }, (_, i) => (i + 1) % 7));
    expect(table.formulas?.get(0)?.get(5)).toBe("=E2*2");
    expect(table.merges).toEqual([{ top: 38, left: 5, bottom: 39, right: 6 }]);
  });

  it.skipIf(!hasLibreOffice)("on the same file saved again by LibreOffice (shared strings, its own styles)", async () => {
    const path = tempFile(convertWithLibreOffice(await exceljsWorkbook(), "xlsx"), "lo.xlsx");
    const table = ours(path);
    expect(rounded(table.rows.slice(0, 30))).toEqual(rounded((await exceljsTable(path)).slice(0, 30)));
    expect(table.rows.map((r) => r[4])).toEqual(Array.from({ length: 30 }, (_, i) => (i + 1) % 7));
  });
});
