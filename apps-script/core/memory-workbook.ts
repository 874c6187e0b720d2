// An in-memory Workbook: the engine's working copy for async places (Sheets API, .xlsx) and for tests.
// It behaves like the port demands: patches are found by ID, only named columns are written,
// unknown columns are refused, and every change is recorded so a caller can see exactly what a run wrote (`takeChanges`).
// Rows are copied on write: tables handed in and snapshots handed out share the rows nobody
// changed, so a 50,000-row register is not copied on every read, and a row that is still the very
// array a caller handed in is one the engine did not touch.
import { type ApplyResult, type CellValue, type MergedRange, type RawTable, type TableChanges, type Workbook, WorkbookError } from "./ports";
import { cellText } from "./registers/cells";
import { normalizeHeader } from "./registers/table";
import { registerNamed } from "./registers/catalog";

interface MutableTable {
  name: string;
  headers: string[];
  rows: CellValue[][];
  formulas: Map<number, Map<number, string>>;
  merges: readonly MergedRange[] | undefined;
  /** Whether `rows` (the outer array) is ours alone, or also a snapshot's or a caller's. */
  rowsOwned: boolean;
  /** Rows copied since the last snapshot: safe to write in place. */
  owned: WeakSet<CellValue[]>;
  /** Column index by normalised header (first column wins), rebuilt when headers are added. */
  columns: Map<string, number> | null;
  /** Key column indexes, and row index by ID for the rows whose hint missed (built on demand). */
  keyIndexes: number[] | null;
  byId: Map<string, number> | null;
}

export class MemoryWorkbook implements Workbook {
  private readonly tables = new Map<string, MutableTable>();
  /** Changes applied since construction (or the last `takeChanges`), in order. */
  private pending: TableChanges[] = [];

  constructor(tables: readonly RawTable[] = []) {
    for (const t of tables) {
      this.tables.set(t.name, {
        name: t.name,
        headers: [...t.headers],
        // The caller's rows are shared, never written: a write copies the row first.
        rows: t.rows as CellValue[][],
        rowsOwned: false,
        owned: new WeakSet(),
        formulas: new Map([...(t.formulas ?? new Map())].map(([r, cols]) => [r, new Map(cols)])),
        merges: t.merges,
        columns: null,
        keyIndexes: null,
        byId: null,
      });
    }
  }

  tableNames(): string[] {
    return [...this.tables.keys()];
  }

  readTable(name: string): RawTable | null {
    const t = this.tables.get(name);
    if (!t) return null;
    // The snapshot shares rows with the table; from now on the table copies before writing.
    t.rowsOwned = false;
    t.owned = new WeakSet();
    const table: RawTable = { name, headers: [...t.headers], rows: t.rows, formulas: t.formulas };
    return t.merges ? { ...table, merges: t.merges } : table;
  }

  ensureTable(name: string, headers: readonly string[]): void {
    const existing = this.tables.get(name);
    if (!existing) {
      this.tables.set(name, {
        name, headers: [...headers], rows: [], rowsOwned: true, owned: new WeakSet(), formulas: new Map(), merges: undefined, columns: null, keyIndexes: null, byId: null,
      });
      return;
    }
    const have = new Set(existing.headers.map(normalizeHeader));
    for (const h of headers) {
      if (!have.has(normalizeHeader(h))) {
        existing.headers.push(h);
        have.add(normalizeHeader(h));
        existing.columns = null;
        existing.keyIndexes = null;
        existing.byId = null;
      }
    }
  }

  applyChanges(changes: readonly TableChanges[]): ApplyResult {
    const skipped: string[] = [];
    for (const change of changes) {
      const t = this.tables.get(change.table);
      if (!t) throw new WorkbookError("NOT_FOUND", `Tab "${change.table}" tidak ada`);
      const columns = columnsOf(t);
      const column = (header: string): number => {
        const i = columns.get(normalizeHeader(header));
        if (i === undefined) throw new WorkbookError("INVALID", `Kolom "${header}" tidak ada di tab ${t.name}`);
        return i;
      };
      const keys = keyIndexesOf(t);
      for (const patch of change.patches) {
        const rowIndex = findRow(t, patch.id, patch.rowHint);
        if (rowIndex < 0) {
          skipped.push(`${t.name}: ${patch.id || `baris ${patch.rowHint + 2} tanpa ID`}`);
          continue;
        }
        const row = writableRow(t, rowIndex);
        for (const [header, value] of Object.entries(patch.values)) {
          const i = column(header);
          row[i] = value;
          t.formulas.get(rowIndex)?.delete(i);
          if (keys.includes(i)) t.byId = null; // an ID changed: the index is rebuilt when next needed
        }
      }
      if (change.appends.length > 0) {
        if (!t.rowsOwned) (t.rows = [...t.rows]), (t.rowsOwned = true);
        for (const record of change.appends) {
          const row: CellValue[] = t.headers.map(() => null);
          for (const [header, value] of Object.entries(record)) row[column(header)] = value;
          t.owned.add(row);
          t.rows.push(row);
        }
        t.byId = null;
      }
      this.pending.push(change);
    }
    return { skipped };
  }

  /** Hands over the changes recorded since the last call and starts a new record. */
  takeChanges(): TableChanges[] {
    const taken = this.pending;
    this.pending = [];
    return taken;
  }
}

function columnsOf(t: MutableTable): Map<string, number> {
  if (!t.columns) {
    const columns = new Map<string, number>();
    t.headers.forEach((h, i) => {
      const key = normalizeHeader(h);
      if (!columns.has(key)) columns.set(key, i);
    });
    t.columns = columns;
  }
  return t.columns;
}

function keyHeadersOf(t: { name: string; headers: readonly string[] }): readonly string[] {
  return registerNamed(t.name)?.key ?? [t.headers[0] ?? ""];
}

function keyIndexesOf(t: MutableTable): number[] {
  if (!t.keyIndexes) {
    const columns = columnsOf(t);
    t.keyIndexes = keyHeadersOf(t).map((k) => columns.get(normalizeHeader(k)) ?? -1);
  }
  return t.keyIndexes;
}

function idOfRow(keyIdx: readonly number[], row: readonly CellValue[] | undefined): string {
  return row === undefined ? "\u0000" : keyIdx.map((i) => (i < 0 ? "" : cellText(row[i]))).join(" | ");
}

/** The row to write, copied first when a snapshot or the caller still shares it. */
function writableRow(t: MutableTable, index: number): CellValue[] {
  let row = t.rows[index]!;
  if (t.owned.has(row)) return row;
  if (!t.rowsOwned) (t.rows = [...t.rows]), (t.rowsOwned = true);
  row = [...row];
  while (row.length < t.headers.length) row.push(null);
  t.rows[index] = row;
  t.owned.add(row);
  return row;
}

/** locateRow with the table's cached key columns and ID index. */
function findRow(t: MutableTable, id: string, rowHint: number): number {
  const keyIdx = keyIndexesOf(t);
  const wanted = id === "" ? keyIdx.map(() => "").join(" | ") : id;
  if (idOfRow(keyIdx, t.rows[rowHint]) === wanted) return rowHint;
  if (id === "") return -1;
  if (!t.byId) {
    const byId = new Map<string, number>();
    t.rows.forEach((row, i) => {
      const key = idOfRow(keyIdx, row);
      if (!byId.has(key)) byId.set(key, i);
    });
    t.byId = byId;
  }
  return t.byId.get(wanted) ?? -1;
}

/**
 * The row a patch addresses: the hinted row when it still holds the ID, else the row that does;
 * -1 when none does. A blank ID addresses the hinted row only while its key is still blank.
 */
export function locateRow(t: { name: string; headers: string[]; rows: CellValue[][] }, id: string, rowHint: number): number {
  const keyHeaders = keyHeadersOf(t);
  const keyIdx = keyHeaders.map((k) => t.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(k)));
  const wanted = id === "" ? keyHeaders.map(() => "").join(" | ") : id;
  if (idOfRow(keyIdx, t.rows[rowHint]) === wanted) return rowHint;
  if (id !== "") {
    const found = t.rows.findIndex((row) => idOfRow(keyIdx, row) === wanted);
    if (found >= 0) return found;
  }
  return -1;
}
