// The core's MemoryWorkbook with test hooks: lock discipline, a mid-run hook, staff edits; and a Lock.
import { MemoryWorkbook } from "../../apps-script/core/memory-workbook";
import { type ApplyResult, type CellValue, LockBusyError, type Lock, type RawTable, type TableChanges, type Workbook } from "../../apps-script/core/ports";
import { registerNamed } from "../../apps-script/core/registers/catalog";

export class TestWorkbook implements Workbook {
  private inner = new MemoryWorkbook();
  applyCalls = 0;
  /** Called after every read, before it returns; lets a test start a second execution mid-run. */
  onRead: ((name: string) => void) | null = null;

  /** `lockHeld` says whether the caller holds the lock; writes without it fail the test. */
  constructor(private readonly lockHeld: () => boolean = () => true) {}

  readTable(name: string): RawTable | null {
    const snapshot = this.inner.readTable(name);
    this.onRead?.(name);
    return snapshot;
  }

  ensureTable(name: string, headers: readonly string[]): void {
    this.inner.ensureTable(name, headers);
  }

  applyChanges(changes: readonly TableChanges[]): ApplyResult {
    if (!this.lockHeld()) throw new Error("applyChanges dipanggil tanpa kunci");
    this.applyCalls += 1;
    return this.inner.applyChanges(changes);
  }

  /** Staff add a row (outside the engine: no lock, not counted). */
  append(table: string, values: Record<string, CellValue>): void {
    this.inner.applyChanges([{ table, patches: [], appends: [values] }]);
  }

  /** Staff edit one cell of the row with this key. */
  set(table: string, id: string, header: string, value: CellValue): void {
    const { skipped } = this.inner.applyChanges([{ table, patches: [{ id, rowHint: -1, values: { [header]: value } }], appends: [] }]);
    if (skipped.length > 0) throw new Error(`ID ${id} tidak ada di ${table}`);
  }

  /** Staff delete the row with this key. */
  deleteRow(table: string, id: string): void {
    const tables = this.inner.tableNames().map((name) => this.inner.readTable(name)!);
    const key = registerNamed(table)?.key[0];
    this.inner = new MemoryWorkbook(tables.map((t) => {
      if (t.name !== table) return t;
      const keyIndex = t.headers.indexOf(key ?? t.headers[0]!);
      return { ...t, rows: t.rows.filter((row) => row[keyIndex] !== id), formulas: new Map() };
    }));
  }

  /** Rows as header → value records. */
  records(table: string): Record<string, CellValue>[] {
    const t = this.inner.readTable(table);
    return t ? t.rows.map((row) => Object.fromEntries(t.headers.map((h, i) => [h, row[i] ?? null]))) : [];
  }
}

/** A non-reentrant lock: a second holder while held gets LockBusyError, like a busy LockService. */
export class MemoryLock implements Lock {
  held = false;

  runExclusive<T>(work: () => T): T {
    if (this.held) throw new LockBusyError();
    this.held = true;
    try {
      return work();
    } finally {
      this.held = false;
    }
  }
}
