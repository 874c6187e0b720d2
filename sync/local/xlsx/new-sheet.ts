// The XML of a tab added to an existing workbook: header row in bold and frozen, column widths
// from the catalog, date / date-time formats on date columns and text format on NIP, NIK, phone
// and ID columns (so their digits survive a staff edit), the rows given, and the dropdowns.
// Element order follows CT_Worksheet (ECMA-376 Part 1 §18.3.1.99).
import type { RawTable } from "../../../apps-script/core/ports";
import { columnLetters } from "../../../apps-script/core/registers/a1";
import type { ColumnDef, RegisterDef } from "../../../apps-script/core/registers/schema";
import { normalizeHeader } from "../../../apps-script/core/registers/table";
import { cellXml } from "./cell-xml";
import type { DropdownRule } from "./dropdowns";
import type { ColumnKind } from "./serial-date";
import { styleFor } from "./sheet-writer";
import type { StyleBook, WantedFormat } from "./styles";
import { encodeText } from "./xml-text";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Excel's column width unit is about 7 pixels of the default font. */
export function widthInCharacters(column: ColumnDef | undefined): number {
  return Math.max(8, Math.round((column?.width ?? 120) / 7));
}

/** The number format a register column is set up with, if any. */
export function columnFormat(column: ColumnDef | undefined): WantedFormat | null {
  if (!column) return null;
  if (column.type === "date") return "date";
  if (column.type === "datetime") return "datetime";
  if (column.type === "digits" || column.type === "nip" || column.type === "nik" || column.type === "phone" || column.type === "id" || column.type === "case") return "text";
  return null;
}

export function kindOfColumn(column: ColumnDef | undefined): ColumnKind {
  return column?.type === "date" ? "date" : column?.type === "datetime" ? "datetime" : "other";
}

export function columnsOf(def: RegisterDef | undefined, headers: readonly string[]): (ColumnDef | undefined)[] {
  return headers.map((h) => def?.columns.find((c) => normalizeHeader(c.header) === normalizeHeader(h)));
}

/** A complete worksheet part for `table`; new xfs it needs are added to `styles`. */
export function newSheetXml(table: RawTable, def: RegisterDef | undefined, styles: StyleBook, date1904: boolean, rules: readonly DropdownRule[]): string {
  const columns = columnsOf(def, table.headers);
  const colStyles = columns.map((c) => {
    const format = columnFormat(c);
    return format ? styles.derive(0, format) : -1;
  });
  const header = styles.boldHeader();
  const cols = columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${widthInCharacters(c)}" customWidth="1"${colStyles[i]! >= 0 ? ` style="${colStyles[i]}"` : ""}/>`)
    .join("");
  const rows: string[] = [];
  const headerCells = table.headers.map((h, c) => `<c r="${columnLetters(c)}1" s="${header}" t="inlineStr"><is><t xml:space="preserve">${encodeText(h)}</t></is></c>`);
  rows.push(`<row r="1">${headerCells.join("")}</row>`);
  table.rows.forEach((cells, r) => {
    const parts: string[] = [];
    const formulas = table.formulas?.get(r);
    cells.forEach((value, c) => {
      const formula = formulas?.get(c)?.replace(/^=/, "");
      if (value === null && formula === undefined) return;
      const base = colStyles[c]! >= 0 ? colStyles[c]! : 0;
      const style = styleFor(styles, base, value, kindOfColumn(columns[c]));
      parts.push(cellXml("", r + 1, c, style > 0 ? style : -1, value, date1904, formula));
    });
    if (parts.length > 0) rows.push(`<row r="${r + 2}">${parts.join("")}</row>`);
  });
  const last = Math.max(1, table.headers.length);
  const dimension = `A1:${columnLetters(last - 1)}${Math.max(1, table.rows.length + 1)}`;
  // Like a new Google sheet (1,000 rows) and never fewer than the rows plus 1,000 more: a range to
  // the sheet's last row (1,048,576) makes exceljs, which other tools use, expand it cell by cell.
  const lastRow = Math.max(1000, table.rows.length + 1001);
  const validations = rules.map((rule) => {
    const letter = columnLetters(rule.col);
    const style = rule.strict ? "" : ' errorStyle="warning"';
    return `<dataValidation type="list"${style} allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${letter}2:${letter}${lastRow}"><formula1>${encodeText(rule.formula)}</formula1></dataValidation>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="${dimension}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${rows.join("")}</sheetData>` +
    (validations.length > 0 ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>` : "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>"
  );
}
