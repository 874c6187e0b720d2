// A brand-new .xlsx from tables: an empty package (workbook, styles, document properties) to
// which every table is added as a tab by the same code that adds a missing register to an
// existing workbook (new-sheet.ts) — bold frozen header, catalog widths, date and text formats,
// the Google sheet's dropdowns, formulas with their cached value — then read back and checked.
import type { RawTable } from "../../../apps-script/core/ports";
import { KOLOM_KASUS } from "../../../apps-script/core/registers/catalog";
import { registerResolver } from "../../../apps-script/core/registers/case-registers";
import { normalizeHeader } from "../../../apps-script/core/registers/table";
import { replaceFileDurably } from "../file-guard";
import { XlsxDocument } from "./document";
import { dropdownRules } from "./dropdowns";
import { columnsOf, kindOfColumn } from "./new-sheet";
import { minimalStyles } from "./styles";
import { writeZip } from "./zip";

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const TEMPLATE: Record<string, string> = {
  "[Content_Types].xml":
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    "</Types>",
  "_rels/.rels":
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
    "</Relationships>",
  "docProps/app.xml":
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    "<Application>Sertifikasi Kompetensi</Application>" +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
    '<TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts>' +
    "</Properties>",
  "docProps/core.xml":
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
    "<dc:title>Sertifikasi Kompetensi</dc:title><dc:creator>Sertifikasi Kompetensi</dc:creator></cp:coreProperties>",
  "xl/workbook.xml":
    `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>',
  "xl/_rels/workbook.xml.rels":
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    "</Relationships>",
  "xl/styles.xml": minimalStyles(),
};

/** The bytes of a new workbook holding `tables` as tabs, in order. Checked by reading them back. */
export async function newWorkbookBytes(tables: readonly RawTable[]): Promise<Uint8Array> {
  const empty = XlsxDocument.open(writeZip(Object.entries(TEMPLATE).map(([name, text]) => ({ name, data: Buffer.from(text) }))));
  const locate = (register: string, header: string) => {
    const table = tables.find((t) => t.name === register);
    const i = table?.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header)) ?? -1;
    return i < 0 ? undefined : i;
  };
  const defOf = registerResolver(tables.find((t) => t.name === KOLOM_KASUS.name) ?? null);
  const newSheets = tables.map((table) => {
    const def = defOf(table.name);
    return { table, ...(def ? { def } : {}), dropdowns: def ? dropdownRules(def, table.headers, locate) : [] };
  });
  const kindsOf = (name: string) => () => columnsOf(defOf(name), tables.find((t) => t.name === name)?.headers ?? []).map(kindOfColumn);
  const result = await empty.save({ cells: new Map(), newSheets }, { headersOf: (name) => tables.find((t) => t.name === name)?.headers ?? [], kindsOf });
  return result.bytes;
}

/**
 * Writes a new workbook at `path` (durably: temporary file, fsync, rename). For a file that does
 * not exist yet; `XlsxWorkbookFile` edits existing ones.
 */
export async function writeNewWorkbook(path: string, tables: readonly RawTable[]): Promise<void> {
  await replaceFileDurably(path, await newWorkbookBytes(tables));
}
