// restore into a local .xlsx goes through the surgical writer: only the cells that differ from the
// backup are rewritten, every other cell keeps its bytes (value, style index, so its number format),
// every other part of the file stays byte for byte, merged blocks are refused by name.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { diff } from "../../sync/backup/commands/diff";
import { restore } from "../../sync/backup/commands/restore";
import { SyncError } from "../../sync/backup/errors";
import { headersOf, type Tab } from "../../sync/backup/model";
import { XlsxWorkbookFile } from "../../sync/local/xlsx-workbook";
import { buildXlsx, cellsOf, sheetXmlOf, textCell, worksheet } from "../local/xlsx/fixtures";
import { columnLetters, gridDifferences } from "../office/compare";
import { readWithExcelJs } from "../office/exceljs-read";
import { closeLibreOffice, libreOfficeAvailable, readWithLibreOffice, warnIfNoLibreOffice } from "../office/libreoffice";
import { localContext, options, tempDir } from "./helpers";
import { changedCells, changedEntries, copyFixture, entriesOf, partsText, put, snapshotOf, tabOf, xfsOf } from "./xlsx-files";

// LibreOffice's start-up and read-backs take seconds on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });
const LIBREOFFICE = libreOfficeAvailable();
warnIfNoLibreOffice("Pembacaan ulang dengan LibreOffice pada uji pemulihan ke .xlsx");
const PENGALAMAN = "Pengalaman Pelayanan Publik (tahun)";

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => void (dir = await tempDir()));
afterEach(async () => dir.cleanup());
afterAll(closeLibreOffice);

describe("with a workbook LibreOffice saved after a font-size change (cells sharing one style)", () => {
  /** The backup holds what the workbook lost: a service start date in a blank cell of Calc's shared style, a status, an application date. */
  async function restoreThree(target: string) {
    const tab = await tabOf(target, "Permohonan");
    const col = (h: string) => headersOf(tab).indexOf(h);
    expect(tab.rows[1]![col("Mulai Layanan")] ?? null).toBeNull();
    expect(tab.rows[2]![col("Status")]).not.toBe("Dikembalikan");
    put(tab, 1, col("Mulai Layanan"), 46360);
    put(tab, 2, col("Status"), "Dikembalikan");
    put(tab, 3, col("Tanggal Permohonan"), 46300);
    const written = [`1,${col("Mulai Layanan")}`, `2,${col("Status")}`, `3,${col("Tanggal Permohonan")}`];
    const snapshot = await snapshotOf(dir.path, tab);
    const t = localContext();
    expect(await restore([snapshot, target], options({ yes: true, tabs: ["Permohonan"] }), t.ctx)).toBe(0);
    return { tab, col, written: new Set(written), snapshot, out: t.out };
  }

  it("restores the cells and leaves every other cell's value and number format as Calc wrote it (exceljs reads it back)", async () => {
    const target = await copyFixture(dir.path, "libreoffice-register.xlsx");
    const before = await readWithExcelJs(target);
    const { col, written, snapshot } = await restoreThree(target);
    const after = await readWithExcelJs(target);
    for (const name of before.sheetNames) {
      expect(gridDifferences(before.sheets[name]!, after.sheets[name]!, name === "Permohonan" ? written : new Set()), name).toEqual([]);
    }
    const sheet = after.sheets["Permohonan"]!;
    expect(sheet.rows[1]![col("Mulai Layanan")]).toEqual({ t: "value", v: 46360, fmt: "dd/mm/yyyy" });
    expect(sheet.rows[2]![col("Status")]).toMatchObject({ t: "text", v: "Dikembalikan" });
    expect(sheet.rows[3]![col("Tanggal Permohonan")]).toMatchObject({ t: "value", v: 46300, fmt: expect.stringMatching(/^dd\/mm\/yyyy/) });
    for (let r = 1; r < sheet.rows.length; r += 1) {
      const pengalaman = sheet.rows[r]![col(PENGALAMAN)]!;
      if (pengalaman.t !== "empty") expect(pengalaman.fmt, `baris ${r + 1}`).toBe("General");
    }
    // The engine reads the restored file as before: every Pengalaman a number, the new date a date.
    const engine = (await XlsxWorkbookFile.open(target)).workbook.readTable("Permohonan")!;
    expect(engine.rows.every((r) => r[col(PENGALAMAN)] === null || typeof r[col(PENGALAMAN)] === "number")).toBe(true);
    expect(engine.rows[0]![col("Mulai Layanan")]).toEqual({ kind: "date", date: "2026-12-04" });
    const compare = localContext();
    expect(await diff([snapshot, target], options({ tabs: ["Permohonan"] }), compare.ctx)).toBe(0);
  });

  it("rewrites only the three cells: every other cell keeps its XML, every other part its bytes, no style entry changes", async () => {
    const target = await copyFixture(dir.path, "libreoffice-register.xlsx");
    const before = await entriesOf(target);
    const { col } = await restoreThree(target);
    const after = await entriesOf(target);
    expect(changedEntries(before, after)).toEqual(["xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    const refs = [`${columnLetters(col("Mulai Layanan"))}2`, `${columnLetters(col("Status"))}3`, `${columnLetters(col("Tanggal Permohonan"))}4`].sort();
    const [a, b] = [partsText(before), partsText(after)];
    expect(changedCells(sheetXmlOf(a, "Permohonan"), sheetXmlOf(b, "Permohonan"))).toEqual(refs);
    // Outside <sheetData> (columns, view, validations) the sheet is as it was.
    const outside = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "");
    expect(outside(sheetXmlOf(b, "Permohonan"))).toBe(outside(sheetXmlOf(a, "Permohonan")));
    // Existing xfs are untouched; the date got a new one, a copy of its cell's shared style with a date format.
    const [oldXfs, newXfs] = [xfsOf(a["xl/styles.xml"]!), xfsOf(b["xl/styles.xml"]!)];
    expect(newXfs.slice(0, oldXfs.length)).toEqual(oldXfs);
    expect(newXfs.length).toBe(oldXfs.length + 1);
    expect(b["xl/workbook.xml"]).toContain('fullCalcOnLoad="1"');
  });

  it.skipIf(!LIBREOFFICE)("LibreOffice reads every other cell as before and the restored date as a date", async () => {
    const target = await copyFixture(dir.path, "libreoffice-register.xlsx");
    const before = await readWithLibreOffice(target);
    const { col, written } = await restoreThree(target);
    const after = await readWithLibreOffice(target);
    for (const name of before.sheetNames) {
      expect(gridDifferences(before.sheets[name]!, after.sheets[name]!, name === "Permohonan" ? written : new Set()), name).toEqual([]);
    }
    const sheet = after.sheets["Permohonan"]!;
    expect(sheet.rows[1]![col("Mulai Layanan")]).toMatchObject({ t: "value", v: 46360, fmt: expect.stringMatching(/^DD\/MM\/YYYY$/i) });
    expect(sheet.rows[3]![col("Tanggal Permohonan")]).toMatchObject({ t: "value", v: 46300 });
  });
});

describe("with a workbook Microsoft Excel wrote", () => {
  it("a restored tab of its own gets only the changed cell; every other part stays byte for byte", async () => {
    const target = await copyFixture(dir.path, "excel-gold.xlsx");
    const before = await entriesOf(target);
    const values = await tabOf(target, "Values");
    expect(values.rows[2]).toEqual(["Integer", 5]);
    put(values, 2, 1, 6);
    expect(await restore([await snapshotOf(dir.path, values), target], options({ yes: true }), localContext().ctx)).toBe(0);
    const after = await entriesOf(target);
    expect(changedEntries(before, after)).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    const [a, b] = [partsText(before), partsText(after)];
    expect(changedCells(a["xl/worksheets/sheet1.xml"]!, b["xl/worksheets/sheet1.xml"]!)).toEqual(["B3"]);
    expect(cellsOf(b["xl/worksheets/sheet1.xml"]!).get("B3")).toBe('<c r="B3"><v>6</v></c>');
    // The hyperlink, the column widths and the calculation chain are Excel's own still.
    const outside = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "");
    expect(outside(b["xl/worksheets/sheet1.xml"]!)).toBe(outside(a["xl/worksheets/sheet1.xml"]!));
    expect((await readWithExcelJs(target)).sheets["Values"]!.rows[2]).toEqual([
      { t: "text", v: "Integer", fmt: "General" },
      { t: "value", v: 6, fmt: "General" },
    ]);
  });

  it("a register tab it lacks is added with its dates formatted, Excel's own parts untouched", async () => {
    const target = await copyFixture(dir.path, "excel-gold.xlsx");
    const before = await entriesOf(target);
    const libur: Tab = {
      name: "Libur",
      rows: [["Tanggal", "Jenis", "Keterangan", "Dasar Hukum"], [46381, "Libur Nasional", "Hari Raya Natal", "SKB 3 Menteri"]],
      formulas: new Map(),
    };
    const t = localContext();
    expect(await restore([await snapshotOf(dir.path, libur), target], options({ yes: true }), t.ctx)).toBe(0);
    expect(t.out).toContain("  - Libur: tab baru dibuat");
    const after = await entriesOf(target);
    const added = Object.keys(after).filter((n) => !before[n]);
    expect(added).toHaveLength(1);
    expect(changedEntries(before, after)).toEqual(["[Content_Types].xml", "docProps/app.xml", added[0]!, "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"].sort());
    const read = await readWithExcelJs(target);
    expect(read.sheetNames).toEqual(["Values", "Libur"]);
    expect(read.sheets["Libur"]!.rows[1]![0]).toMatchObject({ t: "value", v: 46381, fmt: "dd/mm/yyyy" });
    expect(await diff([await snapshotOf(dir.path, libur), target], options({ tabs: ["Libur"] }), localContext().ctx)).toBe(0);
  });
});

describe("with merged blocks in the target tab", () => {
  it("a change beside a merged block is written and the block is left alone", async () => {
    const target = await copyFixture(dir.path, "excel-merged-range.xlsx");
    const before = partsText(await entriesOf(target));
    const sheet = await tabOf(target, "Sheet1");
    expect(sheet.rows[2]![2]).toBe("C3"); // C3:D3 is merged
    put(sheet, 2, 0, "A3 baru");
    expect(await restore([await snapshotOf(dir.path, sheet), target], options({ yes: true, tabs: ["Sheet1"] }), localContext().ctx)).toBe(0);
    const after = partsText(await entriesOf(target));
    expect(changedCells(before["xl/worksheets/sheet1.xml"]!, after["xl/worksheets/sheet1.xml"]!)).toEqual(["A3"]);
  });

  it("a change inside a merged block is refused, naming the tab and the cell, and nothing is written", async () => {
    const target = await copyFixture(dir.path, "excel-merged-range.xlsx");
    const before = await readFile(target);
    const sheet = await tabOf(target, "Sheet1");
    put(sheet, 2, 2, "C3 lain");
    const error = (await restore([await snapshotOf(dir.path, sheet), target], options({ yes: true, tabs: ["Sheet1"] }), localContext().ctx).catch((e: unknown) => e)) as SyncError;
    expect(error).toBeInstanceOf(SyncError);
    expect(error).toMatchObject({ code: "REJECTED" });
    expect(error.message).toContain('tab "Sheet1" sel C3 termasuk sel gabungan C3:D3');
    expect(error.message).toContain("tidak diubah");
    expect(await readFile(target)).toEqual(before);
  });

  it("a merged cell's hidden content (Calc keeps it when asked) is neither refused nor lost", async () => {
    const target = join(dir.path, "sertifikasi.xlsx");
    const rows =
      `<row r="1">${textCell("A1", "Kunci")}${textCell("B1", "Catatan")}${textCell("D1", "Lain")}</row>` +
      `<row r="2">${textCell("A2", "lama")}${textCell("B2", "gabungan")}${textCell("C2", "tersembunyi")}${textCell("D2", "akhir")}</row>`;
    await writeFile(target, buildXlsx({ sheets: [{ name: "Catatan", xml: worksheet(rows, { dimension: "A1:D2", after: '<mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells>' }) }] }));
    const sheet = await tabOf(target, "Catatan");
    expect(sheet.rows[1]).toEqual(["lama", "gabungan", null, "akhir"]); // exceljs: C2 is part of the block
    put(sheet, 1, 0, "baru");
    const before = partsText(await entriesOf(target))["xl/worksheets/sheet1.xml"]!;
    expect(await restore([await snapshotOf(dir.path, sheet), target], options({ yes: true }), localContext().ctx)).toBe(0);
    expect(changedCells(before, partsText(await entriesOf(target))["xl/worksheets/sheet1.xml"]!)).toEqual(["A2"]);
  });
});
