// Test helpers: the sample office with one tab deleted, one header renamed or one cell changed.
import { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import type { CellValue, RawTable } from "../../../apps-script/core/ports";
import { makeOffice } from "../../factories";

function tablesOf(workbook: MemoryWorkbook): RawTable[] {
  return workbook.tableNames().map((name) => workbook.readTable(name)!);
}

/** The sample office without the named tab. */
export function officeWithout(tab: string): MemoryWorkbook {
  return new MemoryWorkbook(tablesOf(makeOffice()).filter((t) => t.name !== tab));
}

/** The sample office with one header of a tab relabelled. */
export function officeWithHeader(tab: string, header: string, label: string): MemoryWorkbook {
  return new MemoryWorkbook(tablesOf(makeOffice()).map((t) => (t.name === tab ? { ...t, headers: t.headers.map((h) => (h === header ? label : h)) } : t)));
}

/** The sample office with a tab's rows replaced (e.g. none). */
export function officeWithRows(tab: string, rows: readonly (readonly CellValue[])[]): MemoryWorkbook {
  return new MemoryWorkbook(tablesOf(makeOffice()).map((t) => (t.name === tab ? { ...t, rows } : t)));
}

/** The sample office with one cell changed: data row `row` (0 = sheet row 2) of `tab`, column `header`. */
export function officeWithCell(tab: string, row: number, header: string, value: CellValue): MemoryWorkbook {
  const tables = tablesOf(makeOffice());
  const table = tables.find((t) => t.name === tab);
  if (!table) throw new Error(`no tab ${tab}`);
  const column = table.headers.indexOf(header);
  if (column < 0 || !table.rows[row]) throw new Error(`no cell ${tab}!${header}${row + 2}`);
  const rows = table.rows.map((r, i) => (i === row ? r.map((c, j) => (j === column ? value : c)) : r));
  return new MemoryWorkbook(tables.map((t) => (t === table ? { ...table, rows } : t)));
}

/** Data row index of the first row whose `header` cell equals `value`. */
export function rowWhere(tab: string, header: string, value: string): number {
  const table = makeOffice().readTable(tab)!;
  const column = table.headers.indexOf(header);
  const index = table.rows.findIndex((r) => r[column] === value);
  if (index < 0) throw new Error(`no row of ${tab} with ${header} = ${value}`);
  return index;
}

/** A cell's current value in the sample office. */
export function sampleCell(tab: string, row: number, header: string): CellValue {
  const table = makeOffice().readTable(tab)!;
  return table.rows[row]![table.headers.indexOf(header)] ?? null;
}
