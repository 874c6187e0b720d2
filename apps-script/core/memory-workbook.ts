// An in-memory Workbook: the engine's working copy for async places (Sheets API, .xlsx) and for tests.
// It behaves like the port demands: patches are found by ID, only named columns are written,
// unknown columns are refused, and every change is recorded so a caller can see exactly what a run wrote (`takeChanges`).
import { type ApplyResult, type CellValue, type RawTable, type TableChanges, type Workbook, WorkbookError } from "./ports";
import { cellText } from "./registers/cells";
import { normalizeHeader } from "./registers/table";
import { registerNamed } from "./registers/catalog";

interface MutableTable {
  name: string;
  headers: string[];
  rows: CellValue[][];
  formulas: Map<number, Map<number, string>>;
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
        rows: t.rows.map((r) => [...r]),
        formulas: new Map([...(t.formulas ?? new Map())].map(([r, cols]) => [r, new Map(cols)])),
      });
    }
  }

  tableNames(): string[] {
    return [...this.tables.keys()];
  }

  readTable(name: string): RawTable | null {
    const t = this.tables.get(name);
    if (!t) return null;
    return { name, headers: [...t.headers], rows: t.rows.map((r) => [...r]), formulas: t.formulas };
  }

  ensureTable(name: string, headers: readonly string[]): void {
    const existing = this.tables.get(name);
    if (!existing) {
      this.tables.set(name, { name, headers: [...headers], rows: [], formulas: new Map() });
      return;
    }
    const have = new Set(existing.headers.map(normalizeHeader));
    for (const h of headers) if (!have.has(normalizeHeader(h))) existing.headers.push(h);
  }

  applyChanges(changes: readonly TableChanges[]): ApplyResult {
    const skipped: string[] = [];
    for (const change of changes) {
      const t = this.tables.get(change.table);
      if (!t) throw new WorkbookError("NOT_FOUND", `Tab "${change.table}" tidak ada`);
      const column = (header: string): number => {
        const i = t.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
        if (i < 0) throw new WorkbookError("INVALID", `Kolom "${header}" tidak ada di tab ${t.name}`);
        return i;
      };
      for (const patch of change.patches) {
        const rowIndex = locateRow(t, patch.id, patch.rowHint);
        if (rowIndex < 0) {
          skipped.push(`${t.name}: ${patch.id || `baris ${patch.rowHint + 2} tanpa ID`}`);
          continue;
        }
        const row = t.rows[rowIndex]!;
        for (const [header, value] of Object.entries(patch.values)) {
          const i = column(header);
          row[i] = value;
          t.formulas.get(rowIndex)?.delete(i);
        }
      }
      for (const record of change.appends) {
        const row: CellValue[] = t.headers.map(() => null);
        for (const [header, value] of Object.entries(record)) row[column(header)] = value;
        t.rows.push(row);
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

/**
 * The row a patch addresses: the hinted row when it still holds the ID, else the row that does;
 * -1 when none does. A blank ID addresses the hinted row only while its key is still blank.
 */
export function locateRow(t: { name: string; headers: string[]; rows: CellValue[][] }, id: string, rowHint: number): number {
  const keyHeaders = registerNamed(t.name)?.key ?? [t.headers[0] ?? ""];
  const keyIdx = keyHeaders.map((k) => t.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(k)));
  const idOf = (row: CellValue[] | undefined): string =>
    row === undefined ? "\u0000" : keyIdx.map((i) => (i < 0 ? "" : cellText(row[i]))).join(" | ");
  const blankId = keyHeaders.map(() => "").join(" | ");
  const wanted = id === "" ? blankId : id;
  if (idOf(t.rows[rowHint]) === wanted) return rowHint;
  if (id !== "") {
    const found = t.rows.findIndex((row) => idOf(row) === wanted);
    if (found >= 0) return found;
  }
  return -1;
}
