// A register as read from a workbook: rows addressed by header label and ID, never by position.
import * as z from "zod/mini";
import type { CellValue, RawTable, TableReadOptions, Workbook } from "../ports";
import { redactPersonalNumbers, stripControlCharacters } from "../text/sanitize";
import { cellText, controlCharacterProblem } from "./cells";
import type { RegisterDef } from "./schema";

const normalized = new Map<string, string>();

/** Header labels compare loosely: staff add spaces or change case without breaking the engine. */
export function normalizeHeader(label: string): string {
  // Memoised: the engine looks up the same few dozen labels for every row of every sweep.
  let key = normalized.get(label);
  if (key === undefined) {
    key = label.replace(/\s+/g, " ").trim().toLowerCase();
    if (normalized.size < 10_000) normalized.set(label, key);
  }
  return key;
}

export interface RegisterRow {
  /** Position at read time: only a hint for writing back, and the row number in messages. */
  readonly rowIndex: number;
  /** The row's key (ID); "" when blank. */
  readonly id: string;
  get(header: string): CellValue;
  /** Formula text when the cell holds a formula rather than a typed value. */
  formula(header: string): string | undefined;
  /** Sheet row number (header is row 1) for messages to staff. */
  readonly sheetRow: number;
}

export class RegisterTable {
  readonly rows: readonly RegisterRow[];
  /** Defined columns the tab lacks (set-up adds them). */
  readonly missingHeaders: readonly string[];
  private readonly columnIndex: ReadonlyMap<string, number>;
  /** Exact label → column (-1: none), so a lookup per cell is one map read. */
  private readonly exactIndex = new Map<string, number>();

  constructor(
    readonly def: RegisterDef,
    readonly raw: RawTable,
  ) {
    const index = new Map<string, number>();
    raw.headers.forEach((label, i) => {
      const key = normalizeHeader(label);
      if (key !== "" && !index.has(key)) index.set(key, i);
    });
    this.columnIndex = index;
    this.missingHeaders = def.columns.map((c) => c.header).filter((h) => !index.has(normalizeHeader(h)));
    const keyIndexes = def.key.map((h) => index.get(normalizeHeader(h)));
    const rows: RegisterRow[] = [];
    raw.rows.forEach((cells, rowIndex) => {
      if (cells.every((c) => cellText(c) === "")) return; // blank lines staff leave between blocks
      const id = keyIndexes.map((i) => (i === undefined ? "" : cellText(cells[i]))).join(" | ");
      rows.push(this.makeRow(cells, rowIndex, def.key.length > 1 && id.replace(/[ |]/g, "") === "" ? "" : id));
    });
    this.rows = rows;
  }

  has(header: string): boolean {
    return this.indexOf(header) !== undefined;
  }

  /** Column index of a header label (loosely matched), remembered per exact spelling: asked per cell. */
  indexOf(header: string): number | undefined {
    let i = this.exactIndex.get(header);
    if (i === undefined) this.exactIndex.set(header, (i = this.columnIndex.get(normalizeHeader(header)) ?? -1));
    return i < 0 ? undefined : i;
  }

  /** The label as written on the sheet, for writing back into the same column. */
  sheetHeader(header: string): string {
    const i = this.indexOf(header);
    return i === undefined ? header : (this.raw.headers[i] ?? header);
  }

  private makeRow(cells: readonly CellValue[], rowIndex: number, id: string): RegisterRow {
    return new TableRow(this, cells, rowIndex, id);
  }
}

/** A row of a RegisterTable: methods on the prototype, not two closures for each of 50,000 rows. */
class TableRow implements RegisterRow {
  constructor(
    private readonly table: RegisterTable,
    private readonly cells: readonly CellValue[],
    readonly rowIndex: number,
    readonly id: string,
  ) {}

  get sheetRow(): number {
    return this.rowIndex + 2;
  }

  get(header: string): CellValue {
    const i = this.table.indexOf(header);
    return i === undefined ? null : (this.cells[i] ?? null);
  }

  formula(header: string): string | undefined {
    // Most rows hold no formula at all: look at the row's entry before resolving the header.
    const inRow = this.table.raw.formulas?.get(this.rowIndex);
    if (!inRow) return undefined;
    const i = this.table.indexOf(header);
    return i === undefined ? undefined : inRow.get(i);
  }
}

/** The same row under another ID (one the engine has just given it). */
export function rowWithId(row: RegisterRow, id: string): RegisterRow {
  if (row.id === id) return row;
  return { rowIndex: row.rowIndex, id, sheetRow: row.sheetRow, get: (h) => row.get(h), formula: (h) => row.formula(h) };
}

/** Reads a register in one batch; null when the tab does not exist. */
export function readRegister(workbook: Workbook, def: RegisterDef, options?: TableReadOptions): RegisterTable | null {
  const raw = options ? workbook.readTable(def.name, options) : workbook.readTable(def.name);
  return raw ? new RegisterTable(def, raw) : null;
}

/** "Permohonan baris 7 (PRM-2026-00012), kolom NIP" — where a problem is, for staff. */
export function locate(table: RegisterTable, row: RegisterRow, header?: string): string {
  // The ID is staff text too (a NIK pasted into Kode Skema is a Skema row's ID).
  const id = redactPersonalNumbers(stripControlCharacters(row.id));
  const idPart = id ? ` (${id})` : "";
  const columnPart = header ? `, kolom ${header}` : "";
  return `${table.def.name} baris ${row.sheetRow}${idPart}${columnPart}`;
}

/** Cell parsers by header, as a zod object's shape. */
export type RowShape<T> = { readonly [K in keyof T]: z.ZodMiniType<T[K]> };

/** A row with at least one bad cell: the good cells' values, and which headers were bad. */
export interface RejectedRow<T> {
  readonly row: RegisterRow;
  readonly value: Partial<T>;
  readonly bad: ReadonlySet<keyof T & string>;
}

export interface ParsedRows<T> {
  /** Rows whose every cell parsed. */
  readonly values: { readonly row: RegisterRow; readonly value: T }[];
  /** Rows with a bad cell; callers use their good cells so one bad cell causes no second message. */
  readonly rejected: RejectedRow<T>[];
  /** Exactly one message per bad cell, naming row and column. */
  readonly errors: string[];
}

/**
 * Parses every row of a register cell by cell (the shape's parser for each header), collecting
 * one message per bad cell instead of stopping at the first. A cell with a control character
 * is bad whatever its parser says.
 */
export function parseRows<T>(table: RegisterTable, shape: RowShape<T>): ParsedRows<T> {
  const headers = Object.keys(shape) as (keyof T & string)[];
  const values: { row: RegisterRow; value: T }[] = [];
  const rejected: RejectedRow<T>[] = [];
  const errors: string[] = [];
  for (const row of table.rows) {
    const value: Partial<T> = {};
    const bad = new Set<keyof T & string>();
    for (const header of headers) {
      const cell = row.get(header);
      const control = controlCharacterProblem(cell);
      const result = control === null ? shape[header].safeParse(cell) : null;
      if (result?.success) {
        value[header] = result.data;
        continue;
      }
      bad.add(header);
      const message = control ?? result?.error.issues[0]?.message ?? "tidak sah";
      errors.push(`${locate(table, row, header)}: ${redactPersonalNumbers(message)}`);
    }
    if (bad.size === 0) values.push({ row, value: value as T });
    else rejected.push({ row, value, bad });
  }
  return { values, rejected, errors };
}

/** Every row with its good cells: the complete ones and the rejected ones, in sheet order. */
export function allRows<T>(parsed: ParsedRows<T>): { readonly row: RegisterRow; readonly value: Partial<T>; readonly bad: ReadonlySet<string> }[] {
  const none: ReadonlySet<string> = new Set();
  return [...parsed.values.map((v) => ({ ...v, bad: none })), ...parsed.rejected].sort((a, b) => a.row.rowIndex - b.row.rowIndex);
}
