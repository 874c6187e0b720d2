// A planned TabWrite as the surgical .xlsx writer's edits. Into an existing tab: one CellWrite per
// cell that really changes (compared with the tab as the writer reads it), so every other cell —
// a staff cell beside a restored one, a merged block the backup agrees with — keeps its bytes.
// A tab the file lacks: a RawTable for `newSheets`, plus the header cells a RawTable cannot hold.
import { isDateCell, type CellValue, type RawTable } from "../../../apps-script/core/ports";
import { dateToSerial } from "../../local/xlsx/serial-date";
import type { SheetIndex, SheetRead } from "../../local/xlsx/sheet-reader";
import type { CellWrite } from "../../local/xlsx/sheet-writer";
import type { Cell } from "../model";
import type { TabWrite, WrittenPart } from "./types";
import { columnKinds, writtenValue } from "./xlsx-cells";

/** Numbers this close are one value (a serial LibreOffice stores with 15 digits, say). */
const SAME_NUMBER = 1e-9;

function sameValue(a: CellValue, b: CellValue, date1904: boolean): boolean {
  const flat = (v: CellValue) => (isDateCell(v) ? (dateToSerial(v, date1904) ?? Number.NaN) : v);
  const x = flat(a);
  const y = flat(b);
  if (typeof x === "number" && typeof y === "number") return Math.abs(x - y) < SAME_NUMBER;
  return x === y;
}

/**
 * Whether the cell already holds `value` (and `formula`, without "="). The tab is read with every
 * column "other", so numbers are compared as stored. Header labels are read trimmed and without
 * formulas: a label counts as the same only when it is exactly the file's label.
 */
function unchanged(table: RawTable, row: number, col: number, value: CellValue, formula: string | undefined, date1904: boolean): boolean {
  if (row === 0) {
    const label = table.headers[col] ?? "";
    return formula === undefined && (value === null ? label === "" : value === label);
  }
  const existing = table.formulas?.get(row - 1)?.get(col);
  if ((existing ?? null) !== (formula === undefined ? null : `=${formula}`)) return false;
  return sameValue(value, table.rows[row - 1]?.[col] ?? null, date1904);
}

/**
 * Whether the cell is covered by a merged block without being its first cell. exceljs reads such a
 * cell as blank (the block's value lives in its first cell), so a blank planned there says nothing;
 * the cell may still hold content LibreOffice kept hidden ("keep the contents of the hidden cells").
 */
function hiddenByMerge(index: SheetIndex, row: number, col: number): boolean {
  return index.merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
}

/** Row 1 as it will be after the write: the file's labels overlaid by the write's own row 0. */
function headersAfter(existing: readonly string[], w: TabWrite): string[] {
  const headers = [...existing];
  const first = w.blocks.find((b) => b.start === 0 && b.length > 0);
  first?.row(0).forEach((v, c) => {
    if (v !== undefined) headers[c] = v === null ? "" : String(v).trim();
  });
  for (let c = 0; c < headers.length; c += 1) headers[c] ??= "";
  return headers;
}

/** The rows the plan writes, as the summary names them ("Permohonan: nilai baris 2–40"). */
export function plannedParts(w: TabWrite): WrittenPart[] {
  const parts: WrittenPart[] = [];
  for (const b of w.blocks) if (b.length > 0) parts.push({ tab: w.name, what: "nilai", fromRow: b.start + 1, toRow: b.start + b.length });
  for (const f of w.formulas) parts.push({ tab: w.name, what: "rumus", fromRow: f.row + 1, toRow: f.row + 1 });
  return parts;
}

export interface TabEdits {
  readonly writes: CellWrite[];
  /** What the plan asked for (see plannedParts), and the rows emptied. */
  readonly parts: WrittenPart[];
}

/** The CellWrites (0-based sheet rows, row 0 the header) that make an existing tab what `w` plans. */
export function cellWrites(w: TabWrite, read: SheetRead, date1904: boolean): TabEdits {
  const { table, index } = read;
  const kinds = columnKinds(w.name, headersAfter(table.headers, w));
  const writes: CellWrite[] = [];
  const parts = plannedParts(w);
  const put = (row: number, col: number, cell: Cell, formula?: string) => {
    const kind = row > 0 ? (kinds[col] ?? "other") : "other";
    const value = writtenValue(cell, kind);
    if (value === null && formula === undefined && hiddenByMerge(index, row, col)) return;
    if (unchanged(table, row, col, value, formula, date1904)) return;
    writes.push({ row, col, value, ...(formula === undefined ? {} : { formula }), ...(kind === "other" ? {} : { kind }) });
  };
  for (const block of w.blocks) {
    for (let i = 0; i < block.length; i += 1) {
      const row = block.start + i;
      block.row(i).forEach((v, c) => v !== undefined && put(row, c, v));
    }
  }
  for (const f of w.formulas) put(f.row, f.col, f.value, f.text.replace(/^=/, ""));
  if (w.clearFrom !== undefined) {
    // Every cell holding a value or a formula from that row down; styled empty cells hold nothing.
    let last = 0;
    const clear = (row: number, col: number) => {
      if (hiddenByMerge(index, row, col)) return;
      writes.push({ row, col, value: null });
      last = row + 1;
    };
    if (w.clearFrom === 0) table.headers.forEach((h, col) => h !== "" && clear(0, col));
    for (let row = Math.max(1, w.clearFrom); row <= table.rows.length; row += 1) {
      const formulas = table.formulas?.get(row - 1);
      table.rows[row - 1]!.forEach((v, col) => (v !== null || formulas?.has(col)) && clear(row, col));
    }
    if (last > 0) parts.push({ tab: w.name, what: "kosongkan", fromRow: w.clearFrom + 1, toRow: last });
  }
  return { writes, parts };
}

export interface NewTab {
  readonly table: RawTable;
  /** Header cells that are not plain text (a number, a formula): written once the tab exists. */
  readonly headerCells: CellWrite[];
}

/** A tab the file does not have yet, as a RawTable for the writer's `newSheets`. */
export function newTab(w: TabWrite): NewTab {
  const grid: Cell[][] = [];
  const at = (row: number) => (grid[row] ??= []);
  for (const block of w.blocks) {
    for (let i = 0; i < block.length; i += 1) {
      const cells = at(block.start + i);
      block.row(i).forEach((v, c) => v !== undefined && (cells[c] = v));
    }
  }
  const formulas = new Map<number, Map<number, string>>();
  const headerCells: CellWrite[] = [];
  for (const f of w.formulas) {
    const text = f.text.startsWith("=") ? f.text : `=${f.text}`;
    at(f.row)[f.col] = f.value;
    if (f.row === 0) headerCells.push({ row: 0, col: f.col, value: f.value, formula: text.slice(1) });
    else formulas.set(f.row - 1, (formulas.get(f.row - 1) ?? new Map<number, string>()).set(f.col, text));
  }
  const width = grid.reduce((n, cells) => Math.max(n, cells?.length ?? 0), 0);
  const first = grid[0] ?? [];
  const headers = Array.from({ length: width }, (_, c) => {
    const v = first[c] ?? null;
    if (typeof v !== "string" && v !== null && !headerCells.some((h) => h.col === c)) headerCells.push({ row: 0, col: c, value: v });
    return typeof v === "string" ? v : "";
  });
  const kinds = columnKinds(w.name, headers);
  const rows: CellValue[][] = [];
  for (let r = 1; r < grid.length; r += 1) rows.push(Array.from(grid[r] ?? [], (v, c) => writtenValue(v ?? null, kinds[c] ?? "other")));
  return { table: { name: w.name, headers, rows, formulas }, headerCells };
}
