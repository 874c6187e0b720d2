import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { RawTable } from "../../../apps-script/core/ports";
import { PERMOHONAN } from "../../../apps-script/core/registers/catalog";
import { newWorkbookBytes, writeNewWorkbook } from "../../../sync/local/xlsx/new-workbook";
import { XlsxWorkbookFile } from "../../../sync/local/xlsx-workbook";
import { makeApplication, makeOffice } from "../../factories";
import { partsOf, sheetXmlOf, tempFile } from "./fixtures";
import { convertWithLibreOffice, hasLibreOffice } from "./libreoffice";

const FORMULA = 'HYPERLINK("https://contoh.go.id/berkas","Klik di sini")';

function officeTables(): RawTable[] {
  const office = makeOffice([makeApplication(), makeApplication({ "ID Permohonan": "PRM-2026-00002", Nama: "Budi \u0007Santoso", NIP: "198501012010011001" })]);
  return office.tableNames().map((name) => {
    const table = office.readTable(name)!;
    if (name !== PERMOHONAN.name) return table;
    const nama = table.headers.indexOf("Nama");
    const rows = table.rows.map((r, i) => (i === 0 ? r.map((v, c) => (c === nama ? "Klik di sini" : v)) : r));
    return { ...table, rows, formulas: new Map([[0, new Map([[nama, `=${FORMULA}`]])]]) };
  });
}

async function written(): Promise<{ path: string; book: ExcelJS.Workbook; tables: RawTable[] }> {
  const tables = officeTables();
  const path = tempFile(new Uint8Array(0));
  await writeNewWorkbook(path, tables);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return { path, book, tables };
}

describe("a new workbook", () => {
  it("holds every register in order with its rows, read back by our reader and by exceljs", async () => {
    const { path, book, tables } = await written();
    expect(book.worksheets.map((w) => w.name)).toEqual(tables.map((t) => t.name));
    const again = await XlsxWorkbookFile.open(path);
    for (const table of tables) expect(again.workbook.readTable(table.name)!.rows, table.name).toEqual(table.rows);
    const sheet = book.getWorksheet(PERMOHONAN.name)!;
    const nip = sheet.getRow(3).getCell(PERMOHONAN.columns.findIndex((c) => c.header === "NIP") + 1);
    expect(nip.value).toBe("198501012010011001");
    expect(nip.numFmt).toBe("@");
    // exceljs opens it, though it shows the escape as stored; our reader decodes it.
    expect(sheet.getRow(3).getCell(3).value).toBe("Budi _x0007_Santoso");
    expect(again.workbook.readTable(PERMOHONAN.name)!.rows[1]![2]).toBe("Budi \u0007Santoso");
  });

  it("has a bold frozen header, catalog widths, and date formats on date columns", async () => {
    const { book } = await written();
    const sheet = book.getWorksheet(PERMOHONAN.name)!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.getColumn(3).width).toBe(Math.round(220 / 7));
    const tanggal = sheet.getCell("B2");
    expect(tanggal.value).toEqual(new Date(Date.UTC(2026, 10, 2)));
    expect(tanggal.numFmt).toBe("dd/mm/yyyy");
  });

  it("carries a formula with its cached value", async () => {
    const { book, path } = await written();
    const cell = book.getWorksheet(PERMOHONAN.name)!.getCell("C2");
    expect(cell.formula).toBe(FORMULA);
    expect(cell.result).toBe("Klik di sini");
    const again = await XlsxWorkbookFile.open(path);
    expect(again.workbook.readTable(PERMOHONAN.name)!.formulas?.get(0)?.get(2)).toBe(`=${FORMULA}`);
  });

  it("has the Google sheet's dropdowns: option lists that refuse, register lists that warn", async () => {
    const { path } = await written();
    const parts = partsOf(readFileSync(path));
    const sheetOf = (name: string) => sheetXmlOf(parts, name);
    const permohonan = sheetOf(PERMOHONAN.name);
    const golongan = /<dataValidation type="list" allowBlank="1"[^>]*sqref="K2:K\d+"><formula1>([^<]*)<\/formula1>/.exec(permohonan);
    expect(golongan?.[1]).toMatch(/^"I\/a,I\/b,.*IV\/e"$/);
    expect(permohonan).toMatch(/<dataValidation type="list" errorStyle="warning"[^>]*sqref="N2:N\d+"><formula1>OFFSET\(Skema!\$A\$2,0,0,MAX\(1,COUNTA\(Skema!\$A:\$A\)-1\),1\)<\/formula1>/);
    expect(permohonan).toMatch(/sqref="P2:P\d+"><formula1>OFFSET\(Alur!\$B\$2/); // Status from Alur, as on Google
    expect(permohonan).not.toMatch(/sqref="A[CE]2:/); // engine columns get none
    expect(sheetOf("Unit Kompetensi")).toMatch(/<formula1>OFFSET\(Skema!\$A\$2/);
  });

  it("refuses nothing when a table is empty, and writes its header", async () => {
    const bytes = await newWorkbookBytes([{ name: "Libur", headers: ["Tanggal", "Jenis", "Keterangan", "Dasar Hukum"], rows: [] }]);
    const file = await XlsxWorkbookFile.open(tempFile(bytes));
    expect(file.workbook.readTable("Libur")).toMatchObject({ headers: ["Tanggal", "Jenis", "Keterangan", "Dasar Hukum"], rows: [] });
  });
});

describe.skipIf(!hasLibreOffice)("a new workbook opened by LibreOffice", () => {
  it("converts without error, and what LibreOffice saves reads back the same", async () => {
    const { path, tables } = await written();
    const saved = tempFile(convertWithLibreOffice(path, "xlsx"), "kembali.xlsx");
    const again = await XlsxWorkbookFile.open(saved);
    for (const table of tables) {
      const back = again.workbook.readTable(table.name)!;
      expect(back.headers, table.name).toEqual(table.headers);
      expect(back.rows, table.name).toEqual(table.rows);
    }
    const parts = partsOf(readFileSync(saved));
    expect(sheetXmlOf(parts, PERMOHONAN.name)).toMatch(/<dataValidation[^>]*type="list"/);
  });
});
