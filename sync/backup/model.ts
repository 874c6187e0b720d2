// The in-memory form every place reads into and writes from: tabs as grids of typed cells.

/**
 * A cell as the Sheets API hands it over unformatted: text, number (dates are serial numbers),
 * boolean, or null for blank. Blank and "" are the same thing on a sheet, so "" is never stored.
 */
export type Cell = string | number | boolean | null;

/** Formula text by row, then column (both 0-based); only cells that hold a formula appear. */
export type FormulaMap = Map<number, Map<number, string>>;

export interface Tab {
  readonly name: string;
  /**
   * Row 0 is the sheet's row 1 (a register's header row). For a formula cell this holds the
   * computed value. Rows are ragged: trailing blanks are dropped, as the API drops them.
   */
  readonly rows: Cell[][];
  readonly formulas: FormulaMap;
}

export interface Spreadsheet {
  /** Spreadsheet id for a live sheet; absent for files. */
  readonly id?: string;
  readonly title?: string;
  readonly tabs: Tab[];
}

export function emptyTab(name: string): Tab {
  return { name, rows: [], formulas: new Map() };
}

/** Normalises one row: "" and undefined become null, trailing blanks are dropped. */
export function normaliseRow(row: readonly unknown[]): Cell[] {
  const out: Cell[] = row.map((v) => (v === "" || v === undefined || v === null ? null : (v as Cell)));
  let end = out.length;
  while (end > 0 && out[end - 1] === null) end--;
  out.length = end;
  return out;
}

/** Drops trailing blank rows, as the API does when reading. */
export function trimRows(rows: Cell[][]): Cell[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1]?.length ?? 0) === 0) end--;
  rows.length = end;
  return rows;
}

export function tabWidth(tab: Tab): number {
  let width = 0;
  for (const row of tab.rows) if (row.length > width) width = row.length;
  for (const cols of tab.formulas.values()) for (const c of cols.keys()) if (c + 1 > width) width = c + 1;
  return width;
}

export function formulaCount(tab: Tab): number {
  let n = 0;
  for (const cols of tab.formulas.values()) n += cols.size;
  return n;
}

export function setFormula(formulas: FormulaMap, row: number, col: number, text: string): void {
  let cols = formulas.get(row);
  if (!cols) formulas.set(row, (cols = new Map()));
  cols.set(col, text);
}

/** What a person typed into the cell: the formula when there is one, else the value. */
export function inputAt(tab: Tab, row: number, col: number): Cell {
  return tab.formulas.get(row)?.get(col) ?? tab.rows[row]?.[col] ?? null;
}

/** The row's inputs over `width` columns (formulas in place of their values). */
export function inputRow(tab: Tab, row: number, width: number): Cell[] {
  const out: Cell[] = new Array<Cell>(width);
  const values = tab.rows[row];
  const formulas = tab.formulas.get(row);
  for (let c = 0; c < width; c++) out[c] = formulas?.get(c) ?? values?.[c] ?? null;
  return out;
}

/** Header labels of a tab (row 0) as text; blanks become "". */
export function headersOf(tab: Tab): string[] {
  return (tab.rows[0] ?? []).map((h) => (h === null ? "" : String(h).trim()));
}

/** Cells equal for diffing. Numbers within 1e-9 count as equal: a date serial that went through
 * an .xlsx Date (millisecond precision) must not show up as a change. */
export function sameCell(a: Cell, b: Cell): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 1e-9;
  return false;
}

/** Rows the tab spans, counting a trailing row that holds only a formula with a blank result. */
export function tabHeight(tab: Tab): number {
  let height = tab.rows.length;
  for (const r of tab.formulas.keys()) if (r + 1 > height) height = r + 1;
  return height;
}
