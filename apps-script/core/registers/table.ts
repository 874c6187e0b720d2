// A register as read from a workbook: rows addressed by header label and ID, never by position.
import * as z from "zod/mini";
import type { CellValue, RawTable, TableReadOptions, Workbook } from "../ports";
import { cellText } from "./cells";
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
    return this.columnIndex.has(normalizeHeader(header));
  }

  /** The label as written on the sheet, for writing back into the same column. */
  sheetHeader(header: string): string {
    const i = this.columnIndex.get(normalizeHeader(header));
    return i === undefined ? header : (this.raw.headers[i] ?? header);
  }

  private makeRow(cells: readonly CellValue[], rowIndex: number, id: string): RegisterRow {
    const { columnIndex, raw } = this;
    return {
      rowIndex,
      id,
      sheetRow: rowIndex + 2,
      get(header) {
        const i = columnIndex.get(normalizeHeader(header));
        return i === undefined ? null : (cells[i] ?? null);
      },
      formula(header) {
        const i = columnIndex.get(normalizeHeader(header));
        return i === undefined ? undefined : raw.formulas?.get(rowIndex)?.get(i);
      },
    };
  }
}

/** Reads a register in one batch; null when the tab does not exist. */
export function readRegister(workbook: Workbook, def: RegisterDef, options?: TableReadOptions): RegisterTable | null {
  const raw = options ? workbook.readTable(def.name, options) : workbook.readTable(def.name);
  return raw ? new RegisterTable(def, raw) : null;
}

/** "Baris 7 (PRM-2026-00012), kolom NIP: …" — where a problem is, for staff. */
export function locate(table: RegisterTable, row: RegisterRow, header?: string): string {
  const idPart = row.id ? ` (${row.id})` : "";
  const columnPart = header ? `, kolom ${header}` : "";
  return `${table.def.name} baris ${row.sheetRow}${idPart}${columnPart}`;
}

/**
 * Parses every row of a register with a zod schema over header-keyed cells, collecting one
 * message per bad cell instead of stopping at the first.
 */
export function parseRows<T>(
  table: RegisterTable,
  schema: z.ZodMiniType<T>,
  headers: readonly string[],
): { values: { row: RegisterRow; value: T }[]; errors: string[] } {
  const values: { row: RegisterRow; value: T }[] = [];
  const errors: string[] = [];
  for (const row of table.rows) {
    const input: Record<string, CellValue> = {};
    for (const header of headers) input[header] = row.get(header);
    const result = schema.safeParse(input);
    if (result.success) values.push({ row, value: result.data });
    else {
      for (const issue of result.error.issues) {
        errors.push(`${locate(table, row, String(issue.path[0] ?? ""))}: ${issue.message}`);
      }
    }
  }
  return { values, errors };
}
