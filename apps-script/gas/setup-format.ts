// Set-up of a register's look: header style and notes, frozen header, widths, number formats.
// Never writes a data cell; widths are set once per column so staff's own resizing survives.
import type { ColumnType, RegisterDef } from "../core/registers/schema";
import { runsBy, type SheetLayout } from "./sheet-layout";

const WIDTHS_KEY = "sertifikasi.widths.";

/** Number formats per column type; NIP/NIK/phone as plain text so leading digits and all 18 digits survive. */
export const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  date: "dd/mm/yyyy",
  datetime: "dd/mm/yyyy hh:mm",
  digits: "@",
  nip: "@",
  nik: "@",
  case: "@",
  phone: "@",
  id: "@",
  integer: "0",
};

export function formatHeader(layout: SheetLayout, def: RegisterDef): void {
  const { sheet, lastColumn } = layout;
  sheet
    .getRange(1, 1, 1, lastColumn)
    .setFontWeight("bold")
    .setBackground(def.appendOnly ? "#e6e6e6" : "#dde7f3")
    .setVerticalAlignment("middle")
    .setWrap(true);
  // Engine-owned columns get a grey header: staff see at a glance what they cannot edit.
  if (!def.appendOnly) {
    for (const run of runsBy(layout.columns, (c) => (c.def.owner === "engine" ? "engine" : null))) {
      sheet.getRange(1, run.first, 1, run.count).setBackground("#d9d9d9");
    }
  }
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
  // Notes: keep what staff wrote on their own columns, set ours.
  const headerRange = sheet.getRange(1, 1, 1, lastColumn);
  const notes = headerRange.getNotes();
  let changed = false;
  for (const { def: column, column: at } of layout.columns) {
    if (column.note && notes[0]![at - 1] !== column.note) {
      notes[0]![at - 1] = column.note;
      changed = true;
    }
  }
  if (changed) headerRange.setNotes(notes);
}

export function formatColumns(layout: SheetLayout, def: RegisterDef): void {
  const { sheet, maxRows } = layout;
  if (maxRows > 1) {
    for (const run of runsBy(layout.columns, (c) => NUMBER_FORMATS[c.def.type] ?? null)) {
      sheet.getRange(2, run.first, maxRows - 1, run.count).setNumberFormat(run.key);
    }
  }
  const properties = PropertiesService.getDocumentProperties();
  const done = new Set<string>(JSON.parse(properties.getProperty(WIDTHS_KEY + def.name) ?? "[]") as string[]);
  const fresh = layout.columns.filter((c) => c.def.width !== undefined && !done.has(c.def.header));
  if (fresh.length === 0) return;
  for (const run of runsBy(fresh, (c) => c.def.width ?? null)) sheet.setColumnWidths(run.first, run.count, run.key);
  for (const c of fresh) done.add(c.def.header);
  properties.setProperty(WIDTHS_KEY + def.name, JSON.stringify([...done]));
}
