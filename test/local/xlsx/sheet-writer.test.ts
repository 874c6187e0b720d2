import { describe, expect, it } from "vitest";
import { type CellValue, dateCell } from "../../../apps-script/core/ports";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { XlsxDocument } from "../../../sync/local/xlsx/document";
import { XlsxWriteRefused } from "../../../sync/local/xlsx/format-error";
import type { CellWrite } from "../../../sync/local/xlsx/sheet-writer";
import { buildXlsx, cellsOf, libreOfficeStyles, loXf, partsOf, textCell, worksheet } from "./fixtures";

// xf 0 General, xf 1 a date format (as staff set it on a whole column), xf 2 General 10 pt.
const STYLES = libreOfficeStyles([loXf(164), loXf(166), loXf(164, 1)], ['<numFmt numFmtId="166" formatCode="d mmmm yyyy"/>']);

async function write(rows: string, writes: CellWrite[], options: { cols?: string; after?: string } = {}) {
  const doc = XlsxDocument.open(buildXlsx({ sheets: [{ name: "Catatan", xml: worksheet(rows, { dimension: "A1:C3", ...options }) }], styles: STYLES }));
  doc.readSheet("Catatan", () => ["other", "other", "other"]);
  const result = await doc.save({ cells: new Map([["Catatan", writes]]), newSheets: [] }, { headersOf: () => ["A", "B", "C"], kindsOf: () => () => ["other", "other", "other"] });
  const parts = partsOf(result.bytes);
  return { sheet: parts["xl/worksheets/sheet1.xml"]!, styles: parts["xl/styles.xml"]!, cells: cellsOf(parts["xl/worksheets/sheet1.xml"]!) };
}

const ROWS = `<row r="1">${textCell("A1", "A")}${textCell("B1", "B")}${textCell("C1", "C")}</row><row r="2" spans="1:2"><c r="A2" s="1"><v>46097</v></c><c r="B2" s="2"><v>7</v></c></row><row r="3"><c r="A3" s="2"/></row>`;
const at = (row: number, col: number, value: CellValue, kind?: CellWrite["kind"]): CellWrite => ({ row, col, value, ...(kind ? { kind } : {}) });

describe("choosing the style of a written cell", () => {
  it("keeps a date format that suits the date, and the cell's own style for text", async () => {
    const { cells, styles } = await write(ROWS, [at(1, 0, dateCell("2026-11-20" as LocalDate)), at(1, 1, "teks")]);
    expect(cells.get("A2")).toBe('<c r="A2" s="1"><v>46346</v></c>');
    expect(cells.get("B2")).toBe('<c r="B2" s="2" t="inlineStr"><is><t xml:space="preserve">teks</t></is></c>');
    expect(styles).toContain('<cellXfs count="3">'); // nothing added
  });

  it("gives a plain number landing in a date-formatted cell a copy of its style with General", async () => {
    const { cells, styles } = await write(ROWS, [at(1, 0, 12)]);
    expect(cells.get("A2")).toBe('<c r="A2" s="3"><v>12</v></c>');
    expect(styles).toContain(`${loXf(166).replace('numFmtId="166"', 'numFmtId="0"').replace('applyProtection="false">', 'applyProtection="false" applyNumberFormat="1">')}</cellXfs>`);
  });

  it("adds one new style per (style, format) pair, reused by every cell that needs it", async () => {
    const d = dateCell("2026-11-20" as LocalDate);
    const { cells, styles } = await write(ROWS, [at(1, 1, d), at(2, 0, d), at(2, 1, d), at(2, 2, dateCell("2026-11-20" as LocalDate, 615), "datetime")]);
    expect([cells.get("B2"), cells.get("A3"), cells.get("B3")]).toEqual(['<c r="B2" s="3"><v>46346</v></c>', '<c r="A3" s="3"><v>46346</v></c>', '<c r="B3" s="4"><v>46346</v></c>']);
    expect(cells.get("C3")).toBe('<c r="C3" s="5"><v>46346.427083333336</v></c>');
    expect(styles).toContain('<numFmt numFmtId="167" formatCode="dd/mm/yyyy"/><numFmt numFmtId="168" formatCode="dd/mm/yyyy hh:mm"/></numFmts>');
    expect(styles).toContain('<cellXfs count="6">');
  });

  it("takes the column style from <cols> for a new cell, and empties a cell without losing its style", async () => {
    const { cells } = await write(ROWS, [at(2, 1, "baru"), at(1, 1, null)], { cols: '<col min="2" max="2" width="12" style="2" customWidth="1"/>' });
    expect(cells.get("B3")).toBe('<c r="B3" s="2" t="inlineStr"><is><t xml:space="preserve">baru</t></is></c>');
    expect(cells.get("B2")).toBe('<c r="B2" s="2"/>');
  });
});

describe("the rest of the sheet", () => {
  it("widens spans and the dimension to cover new cells, leaving other rows as they were", async () => {
    const { sheet } = await write(ROWS, [at(1, 2, "c"), at(5, 4, 1)]);
    expect(sheet).toContain('<row r="2" spans="1:3">');
    expect(sheet).toContain('<dimension ref="A1:E6"/>');
    expect(sheet).toContain('<row r="3"><c r="A3" s="2"/></row><row r="6"><c r="E6"><v>1</v></c></row></sheetData>');
  });

  it("refuses a write inside an array formula, but may replace the formula's own cell", async () => {
    const rows = `${ROWS}<row r="4"><c r="A4"><f t="array" ref="A4:B4">1+1</f><v>2</v></c><c r="B4"><v>2</v></c></row>`;
    await expect(write(rows, [at(3, 1, 5)])).rejects.toBeInstanceOf(XlsxWriteRefused);
    const { cells } = await write(rows, [at(3, 0, 5)]);
    expect(cells.get("A4")).toBe('<c r="A4"><v>5</v></c>');
  });
});
