// Hand-written .xlsx packages for the reader and writer tests, zipped with fflate (not with the
// code under test), in the shapes LibreOffice and Excel write: shared or inline strings, shared
// styles, prefixed namespaces, rows without `r`. Also small helpers to look inside a saved file.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { headersOf } from "../../../apps-script/core/registers/schema";
import { PERMOHONAN } from "../../../apps-script/core/registers/catalog";
import { columnLetters } from "../../../apps-script/core/registers/a1";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetPart {
  readonly name: string;
  /** The whole worksheet XML. */
  readonly xml: string;
}

export interface PackageSpec {
  readonly sheets: readonly SheetPart[];
  readonly styles?: string;
  readonly sharedStrings?: readonly string[] | string;
  readonly date1904?: boolean;
  /** Extra parts copied as they are (e.g. a calcChain, docProps/custom.xml). */
  readonly extra?: Record<string, string>;
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** styles.xml as LibreOffice writes it: General as custom 164, "true"/"false" flags, extra xfs. */
export function libreOfficeStyles(xfs: readonly string[], numFmts: readonly string[] = []): string {
  const formats = ['<numFmt numFmtId="164" formatCode="General"/>', ...numFmts];
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
    `<numFmts count="${formats.length}">${formats.join("")}</numFmts>` +
    '<fonts count="2"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/><charset val="1"/></font><font><sz val="10"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/><charset val="1"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyFont="true" applyBorder="true" applyAlignment="true" applyProtection="true"><alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}

/** An xf as LibreOffice writes it. */
export function loXf(numFmtId: number, fontId = 0): string {
  return `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0" applyFont="${fontId > 0}" applyBorder="false" applyAlignment="false" applyProtection="false"><alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf>`;
}

/** The bytes of a package holding these sheets, zipped by fflate. */
export function buildXlsx(spec: PackageSpec): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides = spec.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  const sst = spec.sharedStrings;
  files["[Content_Types].xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      (sst ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : "") +
      overrides.join("") +
      "</Types>",
  );
  files["_rels/.rels"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  const rels = spec.sheets.map((_, i) => `<Relationship Id="rId${i + 3}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
      (sst ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "") +
      rels.join("") +
      "</Relationships>",
  );
  const sheets = spec.sheets.map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" state="visible" r:id="rId${i + 3}"/>`);
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="${spec.date1904 ? "true" : "false"}"/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets.join("")}</sheets><calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.0001"/></workbook>`,
  );
  files["xl/styles.xml"] = strToU8(spec.styles ?? libreOfficeStyles([loXf(164)]));
  if (sst) {
    const body = typeof sst === "string" ? sst : sst.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join("");
    const count = typeof sst === "string" ? 0 : sst.length;
    files["xl/sharedStrings.xml"] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="${count}" uniqueCount="${count}">${body}</sst>`);
  }
  spec.sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml)));
  for (const [name, text] of Object.entries(spec.extra ?? {})) files[name] = strToU8(text);
  return zipSync(files, { level: 6 });
}

/** A worksheet around `rows` (the <row> elements), LibreOffice's way. */
export function worksheet(rows: string, options: { dimension?: string; after?: string; cols?: string } = {}): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr>` +
    `<dimension ref="${options.dimension ?? "A1:A1"}"/><sheetViews><sheetView workbookViewId="0"><selection pane="topLeft" activeCell="A1" sqref="A1"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${options.cols ? `<cols>${options.cols}</cols>` : ""}<sheetData>${rows}</sheetData>${options.after ?? ""}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.5" footer="0.5"/></worksheet>'
  );
}

/** An inline-string cell. */
export function textCell(ref: string, text: string, style = -1): string {
  return `<c r="${ref}"${style >= 0 ? ` s="${style}"` : ""} t="inlineStr"><is><t>${escape(text)}</t></is></c>`;
}

export function numberCell(ref: string, value: number, style = -1): string {
  return `<c r="${ref}"${style >= 0 ? ` s="${style}"` : ""} t="n"><v>${value}</v></c>`;
}

/**
 * A Permohonan tab of `rows` cases where every cell of A1:AI{rows+1} shares xf `style` — what
 * LibreOffice writes after staff select the block and set a font size — with Pengalaman = 4.
 */
export function sharedStylePermohonan(rows: number, style: number): SheetPart {
  const headers = headersOf(PERMOHONAN);
  const pengalaman = headers.indexOf("Pengalaman Pelayanan Publik (tahun)");
  const id = headers.indexOf("ID Permohonan");
  const status = headers.indexOf("Status");
  const lines: string[] = [];
  const head = headers.map((h, c) => textCell(`${columnLetters(c)}1`, h, style)).join("");
  lines.push(`<row r="1" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">${head}</row>`);
  for (let r = 2; r <= rows + 1; r += 1) {
    const cells = headers.map((_, c) => {
      const ref = `${columnLetters(c)}${r}`;
      if (c === id) return textCell(ref, `PRM-2026-${String(r - 1).padStart(5, "0")}`, style);
      if (c === pengalaman) return numberCell(ref, 4, style);
      if (c === status) return textCell(ref, "Diterima", style);
      if (c === headers.indexOf("Nama")) return textCell(ref, `Peserta ${r - 1}`, style);
      return `<c r="${ref}" s="${style}"/>`; // styled, empty: the block staff selected
    });
    lines.push(`<row r="${r}" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false">${cells.join("")}</row>`);
  }
  return { name: PERMOHONAN.name, xml: worksheet(lines.join(""), { dimension: `A1:${columnLetters(headers.length - 1)}${rows + 1}` }) };
}

/** The parts of a saved file, as text. */
export function partsOf(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

export function tempFile(bytes: Uint8Array, name = "kantor.xlsx"): string {
  const path = join(mkdtempSync(join(tmpdir(), "xlsx-uji-")), name);
  writeFileSync(path, bytes);
  return path;
}

/** The <c> elements of a sheet XML, by reference. */
export function cellsOf(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) out.set(m[1]!, m[0]);
  return out;
}

/** The worksheet XML of the tab `name`, found through workbook.xml and its relationships. */
export function sheetXmlOf(parts: Record<string, string>, name: string): string {
  const sheet = new RegExp(`<sheet name="${name}"[^>]*r:id="([^"]+)"`).exec(parts["xl/workbook.xml"]!);
  const target = new RegExp(`Id="${sheet?.[1]}"[^>]*Target="([^"]+)"`).exec(parts["xl/_rels/workbook.xml.rels"]!);
  return parts[`xl/${target?.[1]}`] ?? "";
}
