// The one interface every place (live sheet, snapshot folder, .xlsx file) offers for copying.
import type { Cell, Spreadsheet } from "../model";
import type { Progress } from "../progress";

export interface ReadOptions {
  /** Only these tabs; all tabs when absent. */
  readonly tabs?: readonly string[];
  /** Skip requested tabs the place lacks instead of failing (reading a restore target). */
  readonly missingOk?: boolean;
  readonly progress?: Progress;
  /**
   * The tab list the previous read of this run fetched is still good (a second read right after
   * the first): a Sheets place then skips its metadata request. A recheck for changes must not set it.
   */
  readonly sameTabsAsLastRead?: boolean;
}

export interface Place {
  readonly kind: "sheets" | "xlsx" | "snapshot";
  /** Human description for messages, e.g. "Google Sheets 1FAKE…" or "berkas data.xlsx". */
  describe(): string;
  read(options?: ReadOptions): Promise<Spreadsheet>;
}

/** A cell to write: a value, null to empty the cell, or undefined to leave it as it is. */
export type WriteCell = Cell | undefined;

export interface RowBlock {
  /** 0-based row of the block's first row. */
  readonly start: number;
  readonly length: number;
  /**
   * Row `i` of the block: values by column from A; a formula cell is undefined here and listed in
   * `formulas`. Built on demand, so a plan over 200,000 rows never holds a second copy of them.
   */
  row(i: number): readonly WriteCell[];
}

export function fixedBlock(start: number, rows: readonly (readonly WriteCell[])[]): RowBlock {
  return { start, length: rows.length, row: (i) => rows[i] ?? [] };
}

export interface FormulaWrite {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** Last computed value, for files that store it beside the formula (.xlsx). */
  readonly value: Cell;
}

/** Everything to write into one tab, already reduced to what differs. */
export interface TabWrite {
  readonly name: string;
  /** The tab does not exist yet in the target. */
  readonly create: boolean;
  /** Grid size the tab must have for the writes to fit. */
  readonly rows: number;
  readonly columns: number;
  readonly blocks: readonly RowBlock[];
  readonly formulas: readonly FormulaWrite[];
  /** Empty every row from this 0-based row to the end (the target had more rows). */
  readonly clearFrom?: number;
  /**
   * Live sheets only: structural requests (charts, formats) for a tab this write creates, sent in
   * the same atomic spreadsheets.batchUpdate as its addSheet, given the sheetId chosen for it.
   * Skipped when the tab already exists (a retry after a lost answer that did add it).
   */
  readonly onCreate?: (sheetId: number) => readonly object[];
}

export interface WrittenPart {
  readonly tab: string;
  readonly what: "tab baru" | "ukuran" | "nilai" | "rumus" | "kosongkan";
  /** 1-based sheet rows, inclusive. */
  readonly fromRow: number;
  readonly toRow: number;
}

export interface WritablePlace extends Place {
  write(writes: readonly TabWrite[], progress?: Progress): Promise<WrittenPart[]>;
}

export function isWritable(place: Place): place is WritablePlace {
  return typeof (place as Partial<WritablePlace>).write === "function";
}
