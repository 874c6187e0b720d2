// Issue 8's blocker: cells sharing one style (LibreOffice after "select A1:AI60, font size 10"),
// one date written by the engine, and every "Pengalaman" number turned into a date.
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dateCell } from "../../../apps-script/core/ports";
import { PERMOHONAN } from "../../../apps-script/core/registers/catalog";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { XlsxWorkbookFile } from "../../../sync/local/xlsx-workbook";
import { buildXlsx, cellsOf, libreOfficeStyles, loXf, partsOf, sharedStylePermohonan, tempFile } from "./fixtures";

const replaceFile = async (path: string, data: Uint8Array) => writeFileSync(path, data);
const SHARED = 1; // xf 1: General with a 10 pt font, shared by every cell of the block

function sharedStyleWorkbook(): string {
  const styles = libreOfficeStyles([loXf(164), loXf(164, 1)]);
  return tempFile(buildXlsx({ sheets: [sharedStylePermohonan(20, SHARED)], styles }));
}

async function stampOne(path: string) {
  const file = await XlsxWorkbookFile.open(path, { replaceFile });
  file.workbook.applyChanges([
    { table: PERMOHONAN.name, patches: [{ id: "PRM-2026-00003", rowHint: 2, values: { "Status Sejak": dateCell("2026-11-20" as LocalDate), "Status Tercatat": "Diterima" } }], appends: [] },
  ]);
  return file.save();
}

describe("with every cell of the block sharing one style", () => {
  it("a date written into one cell leaves every Pengalaman a number, read by exceljs too", async () => {
    const path = sharedStyleWorkbook();
    expect(await stampOne(path)).toBe(2);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet(PERMOHONAN.name)!;
    const column = PERMOHONAN.columns.findIndex((c) => c.header === "Pengalaman Pelayanan Publik (tahun)") + 1;
    for (let r = 2; r <= 21; r += 1) expect(sheet.getRow(r).getCell(column).value, `baris ${r}`).toBe(4);
    const since = sheet.getRow(4).getCell(PERMOHONAN.columns.findIndex((c) => c.header === "Status Sejak") + 1);
    expect(since.value).toEqual(new Date(Date.UTC(2026, 10, 20)));
    expect(since.numFmt).toBe("dd/mm/yyyy");

    const again = await XlsxWorkbookFile.open(path);
    const table = again.workbook.readTable(PERMOHONAN.name)!;
    expect(table.rows.map((r) => r[column - 1])).toEqual(Array(20).fill(4));
  });

  it("changes no existing style entry: the written cell gets a new one, a copy with only the date format", async () => {
    const path = sharedStyleWorkbook();
    const before = partsOf(readFileSync(path));
    await stampOne(path);
    const after = partsOf(readFileSync(path));
    const xfs = (xml: string) => [...xml.match(/<cellXfs[^>]*>([\s\S]*)<\/cellXfs>/)![1]!.matchAll(/<xf\b[\s\S]*?<\/xf>|<xf\b[^>]*\/>/g)].map((m) => m[0]);
    const old = xfs(before["xl/styles.xml"]!);
    const now = xfs(after["xl/styles.xml"]!);
    expect(now.slice(0, old.length)).toEqual(old);
    expect(now).toHaveLength(old.length + 1);
    expect(now.at(-1)).toBe(old[SHARED]!.replace('numFmtId="164"', 'numFmtId="165"').replace('applyProtection="false">', 'applyProtection="false" applyNumberFormat="1">'));
    expect(after["xl/styles.xml"]).toContain('<numFmt numFmtId="165" formatCode="dd/mm/yyyy"/>');
    expect(after["xl/styles.xml"]).toContain('<cellXfs count="3">');
    // Fonts, fills, borders and the rest of the table are as they were.
    expect(after["xl/styles.xml"]!.replace(/<numFmts[\s\S]*?<\/numFmts>|<cellXfs[\s\S]*?<\/cellXfs>/g, "")).toBe(before["xl/styles.xml"]!.replace(/<numFmts[\s\S]*?<\/numFmts>|<cellXfs[\s\S]*?<\/cellXfs>/g, ""));
  });

  it("keeps every cell it did not write byte for byte, style index included", async () => {
    const path = sharedStyleWorkbook();
    const before = cellsOf(partsOf(readFileSync(path))["xl/worksheets/sheet1.xml"]!);
    await stampOne(path);
    const after = cellsOf(partsOf(readFileSync(path))["xl/worksheets/sheet1.xml"]!);
    const written = new Set(["W4", "V4"]); // Status Sejak and Status Tercatat of row 4
    for (const [ref, xml] of before) if (!written.has(ref)) expect(after.get(ref), ref).toBe(xml);
    expect(after.get("W4")).toBe('<c r="W4" s="2"><v>46346</v></c>');
    expect(after.get("V4")).toBe(`<c r="V4" s="${SHARED}" t="inlineStr"><is><t xml:space="preserve">Diterima</t></is></c>`);
  });
});
