// The UNO driver itself: each staff operation does in LibreOffice what it says, read back by LibreOffice and exceljs.
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { editWithExcelJs } from "./exceljs-editor";
import { readWithExcelJs, serialOf } from "./exceljs-read";
import { closeLibreOffice, editWithLibreOffice, groupAlive, LibreOfficeSession, libreOfficeAvailable, readWithLibreOffice, warnIfNoLibreOffice } from "./libreoffice";
import type { ReadSheet } from "./operations";
import { tempDir } from "../local/tried/harness";

// LibreOffice's start-up and read-backs take seconds on a loaded 2-core machine.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const AVAILABLE = libreOfficeAvailable();
warnIfNoLibreOffice("Uji driver LibreOffice");

/** A small workbook made with exceljs: not the engine's, so the driver is tested on its own. */
async function makeBook(dir: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const data = book.addWorksheet("Data");
  data.addRow(["ID", "Nama", "Angka", "Tanggal", "Pilihan"]);
  const rows: [string, string, number, Date, string][] = [
    ["A-3", "Citra", 30, new Date(Date.UTC(2026, 11, 3)), "Ya"],
    ["A-1", "Adi", 10, new Date(Date.UTC(2026, 11, 1)), "Tidak"],
    ["A-2", "Budi", 20, new Date(Date.UTC(2026, 11, 2)), "Ya"],
  ];
  rows.forEach((r) => data.addRow(r));
  data.getColumn(4).numFmt = "dd/mm/yyyy";
  for (let r = 2; r <= 4; r += 1) data.getRow(r).getCell(5).dataValidation = { type: "list", allowBlank: true, formulae: ['"Ya,Tidak"'] };
  book.addWorksheet("Lain").addRow(["Kunci", "Nilai"]);
  const path = join(dir, "uji.xlsx");
  await book.xlsx.writeFile(path);
  return path;
}

const column = (sheet: ReadSheet, header: string) => sheet.rows.slice(1).map((r) => r[sheet.headers.indexOf(header)]!.v);

describe.skipIf(!AVAILABLE)("the LibreOffice UNO driver", () => {
  let dir: string;
  let original: string;
  let n = 0;
  const copy = () => {
    const path = join(dir, `salinan-${(n += 1)}.xlsx`);
    copyFileSync(original, path);
    return path;
  };

  beforeAll(async () => {
    dir = tempDir("uno-driver-");
    original = await makeBook(dir);
  });
  afterAll(closeLibreOffice);

  it("starts an office with its own profile and leaves no process behind when closed", async () => {
    const session = await LibreOfficeSession.start();
    expect(groupAlive(session.sofficePid)).toBe(true);
    const book = await session.read(original, ["Data", "Tidak Ada"]);
    expect(book.sheetNames).toEqual(["Data", "Lain"]);
    expect(book.sheets["Tidak Ada"]).toBeNull();
    await session.close();
    expect(groupAlive(session.sofficePid)).toBe(false);
  });

  it("sets cells by A1 and by key and header, as text, number, formula and date, and stores xlsx", async () => {
    const path = copy();
    await editWithLibreOffice(path, [
      { op: "set", sheet: "Data", cell: "B2", string: "Citra Dewi" },
      { op: "set", sheet: "Data", key: { header: "ID", value: "A-1" }, header: "Angka", number: 11.5 },
      { op: "set", sheet: "Data", key: { header: "ID", value: "A-2" }, header: "Angka", formula: "=SUM(C2;C3)" },
      { op: "set", sheet: "Data", key: { header: "ID", value: "A-2" }, header: "Tanggal", date: "2026-12-10" },
    ]);
    for (const read of [await readWithLibreOffice(path, ["Data"]), await readWithExcelJs(path, ["Data"])]) {
      const data = read.sheets.Data!;
      expect(column(data, "Nama")).toEqual(["Citra Dewi", "Adi", "Budi"]);
      expect(column(data, "Angka")).toEqual([30, 11.5, 41.5]);
      expect(data.rows[3]![2]).toMatchObject({ t: "formula", f: expect.stringMatching(/^=SUM\(C2[;,]C3\)$/) });
      expect(data.rows[3]![3]!.v).toBe(serialOf(new Date(Date.UTC(2026, 11, 10))));
    }
    expect(readdirSync(dir).filter((f) => f.startsWith(".~lock"))).toEqual([]); // edited a private copy
  });

  it("keeps control characters as Calc holds them and writes them as _xHHHH_ escapes", async () => {
    const path = copy();
    await editWithLibreOffice(path, [{ op: "set", sheet: "Data", cell: "B3", string: "Adi\u0007 Nul\u0000" }]);
    expect((await readWithLibreOffice(path, ["Data"])).sheets.Data!.rows[2]![1]!.v).toBe("Adi\u0007 Nul\u0000");
  });

  it("formats a range and a whole column, and reads every cell's number-format code", async () => {
    const path = copy();
    const [seen] = await editWithLibreOffice(path, [
      { op: "format", sheet: "Data", range: "A1:E4", fontSize: 10, bold: true, background: "#FFFF00" },
      { op: "columnFormat", sheet: "Data", header: "Angka", numberFormat: "0.00" },
      { op: "read", sheets: ["Data"] },
    ]);
    expect(seen!.sheets.Data!.rows[1]![2]!.fmt).toBe("0.00");
    const lo = (await readWithLibreOffice(path, ["Data"])).sheets.Data!;
    expect(lo.rows.slice(1).map((r) => r[2]!.fmt)).toEqual(["0.00", "0.00", "0.00"]);
    expect(lo.rows[1]![3]!.fmt).toMatch(/^DD\/MM\/YYYY$/i);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const cell = book.getWorksheet("Data")!.getCell("B2");
    expect(cell.font?.size).toBe(10);
    expect(cell.font?.bold).toBe(true);
    expect(book.getWorksheet("Data")!.getCell("C2").numFmt).toBe("0.00");
  });

  it("sorts by a header keeping the header row, and inserts and deletes columns and rows", async () => {
    const path = copy();
    await editWithLibreOffice(path, [
      { op: "sort", sheet: "Data", by: "Nama" },
      { op: "insertColumns", sheet: "Data", beforeHeader: "Nama", headers: ["Catatan Staf"] },
      { op: "deleteColumns", sheet: "Data", header: "Pilihan" },
      { op: "insertRows", sheet: "Data", before: 3 },
      { op: "deleteRows", sheet: "Data", key: { header: "ID", value: "A-3" } },
      { op: "clear", sheet: "Data", range: "D2" },
    ]);
    const data = (await readWithLibreOffice(path, ["Data"])).sheets.Data!;
    expect(data.headers).toEqual(["ID", "Catatan Staf", "Nama", "Angka", "Tanggal"]);
    expect(column(data, "ID")).toEqual(["A-1", null, "A-2"]);
    expect(column(data, "Angka")).toEqual([null, null, 20]);
  });

  it("merges and unmerges, and copies a row with its formats or its values only", async () => {
    const path = copy();
    await editWithLibreOffice(path, [
      { op: "merge", sheet: "Data", range: "E2:E3" },
      { op: "merge", sheet: "Data", range: "B2:B3" },
      { op: "unmerge", sheet: "Data", range: "B2:B3" },
      { op: "copyRow", sheet: "Data", fromKey: { header: "ID", value: "A-2" }, to: "end" },
      { op: "copyRow", sheet: "Data", from: 2, to: 7, mode: "values" },
    ]);
    const data = (await readWithLibreOffice(path, ["Data"], { merged: true })).sheets.Data!;
    expect(data.merged).toEqual(["E2:E3"]);
    expect(data.rows[4]!.slice(0, 4).map((c) => c.v)).toEqual(["A-2", "Budi", 20, serialOf(new Date(Date.UTC(2026, 11, 2)))]);
    expect(data.rows[4]![3]!.fmt).toMatch(/^DD\/MM\/YYYY$/i);
    expect(data.rows[6]!.slice(0, 3).map((c) => c.v)).toEqual(["A-3", "Citra", 30]);
  });

  it("renames and deletes sheets, stores ods and xls, and reads dropdowns", async () => {
    const path = copy();
    const before = (await readWithLibreOffice(path, ["Data"])).sheets.Data!;
    expect(before.validation.Pilihan).toMatchObject({ type: "LIST", formula1: expect.stringContaining("Ya") });
    await editWithLibreOffice(path, [{ op: "renameSheet", sheet: "Data", to: "Data Baru" }, { op: "deleteSheet", sheet: "Lain" }]);
    expect((await readWithLibreOffice(path)).sheetNames).toEqual(["Data Baru"]);
    for (const format of ["ods", "xls"] as const) {
      const output = join(dir, `hasil.${format}`);
      await editWithLibreOffice(path, [], { output, format });
      expect((await readWithLibreOffice(output)).sheets["Data Baru"]!.rows[1]![1]!.v).toBe("Citra");
    }
  });

  it("answers a bad operation with an error naming it, and goes on serving", async () => {
    const path = copy();
    await expect(editWithLibreOffice(path, [{ op: "set", sheet: "Data", key: { header: "ID", value: "X-9" }, header: "Nama", string: "?" }])).rejects.toThrow(/operasi 1 \(set\).*X-9/);
    expect((await readWithLibreOffice(path, ["Lain"])).sheets.Lain!.headers).toEqual(["Kunci", "Nilai"]);
  });
});

describe("the exceljs fallback editor", () => {
  it("applies the same operations, read back by exceljs", async () => {
    const dir = tempDir("exceljs-editor-");
    const path = await makeBook(dir);
    await editWithExcelJs(path, [
      { op: "sort", sheet: "Data", by: "Nama" },
      { op: "set", sheet: "Data", key: { header: "ID", value: "A-1" }, header: "Angka", number: 12 },
      { op: "format", sheet: "Data", range: "A1:E4", fontSize: 10 },
      { op: "columnFormat", sheet: "Data", header: "Angka", numberFormat: "0.00" },
      { op: "copyRow", sheet: "Data", fromKey: { header: "ID", value: "A-2" }, to: "end" },
      { op: "merge", sheet: "Data", range: "F2:F3" },
      { op: "renameSheet", sheet: "Lain", to: "Lain Lagi" },
    ]);
    const read = await readWithExcelJs(path);
    const data = read.sheets.Data!;
    expect(read.sheetNames).toEqual(["Data", "Lain Lagi"]);
    expect(column(data, "ID")).toEqual(["A-1", "A-2", "A-3", "A-2"]);
    expect(column(data, "Angka")).toEqual([12, 20, 30, 20]);
    expect(data.rows.slice(1).map((r) => r[2]!.fmt)).toEqual(["0.00", "0.00", "0.00", "0.00"]);
    expect(data.rows[1]![3]!.fmt).toBe("dd/mm/yyyy"); // the date format moved with its row
    expect(data.merged).toEqual(["F2:F3"]);
    expect(existsSync(path)).toBe(true);
  });
});
