// Finds the sheet row a patch addresses: the hinted row when it still holds the ID, else the
// row that does (staff sorted or inserted rows meanwhile); never guesses for a blank ID.
import type { CellValue } from "../core/ports";
import { cellText } from "../core/registers/cells";
import type { SheetValueConverter } from "./sheet-values";

/** A row's key as the core spells it: one ID, or composite parts joined by " | "; "" when blank. */
export function keyOf(cells: readonly CellValue[]): string {
  const parts = cells.map((c) => cellText(c));
  return parts.every((p) => p === "") ? "" : parts.join(" | ");
}

export class RowLocator {
  private byId: Map<string, number> | null = null;

  /** `read`: the data-row indexes whose keys were read; null = every row's. */
  private constructor(
    private readonly ids: readonly string[],
    private readonly read: ReadonlySet<number> | null = null,
  ) {}

  /**
   * Reads the key cells of the given data rows only (in runs of consecutive rows). For a patch
   * whose row still holds its ID this is as sure as reading the whole column; `holds` tells, and
   * the caller reads the whole column when any patch does not hold.
   */
  static readRows(
    sheet: GoogleAppsScript.Spreadsheet.Sheet,
    keyColumns: readonly number[],
    runs: readonly (readonly [number, number])[],
    converter: SheetValueConverter,
  ): RowLocator {
    const present = keyColumns.filter((c) => c > 0);
    const ids: string[] = [];
    const read = new Set<number>();
    if (present.length === 0) return new RowLocator(ids, read);
    const first = Math.min(...present);
    const last = Math.max(...present);
    for (const [start, length] of runs) {
      // One call per run (getSheetValues, not getRange + getValues).
      const grid = sheet.getSheetValues(start + 2, first, length, last - first + 1);
      grid.forEach((line, i) => {
        ids[start + i] = keyOf(keyColumns.map((c) => (c > 0 ? converter.toCell(line[c - first]) : null)));
        read.add(start + i);
      });
    }
    return new RowLocator(ids, read);
  }

  /** Whether the hinted row was read and still holds this key ("" for a row without ID yet). */
  holds(id: string, rowHint: number): boolean {
    return (this.read === null || this.read.has(rowHint)) && rowHint >= 0 && rowHint < this.ids.length && (this.ids[rowHint] ?? "") === id;
  }

  /** Reads the key column(s) of every data row in one call. `keyColumns` are 1-based, 0 = missing. */
  static read(
    sheet: GoogleAppsScript.Spreadsheet.Sheet,
    keyColumns: readonly number[],
    lastRow: number,
    converter: SheetValueConverter,
  ): RowLocator {
    const present = keyColumns.filter((c) => c > 0);
    if (lastRow < 2 || present.length === 0) return new RowLocator([]);
    const first = Math.min(...present);
    const last = Math.max(...present);
    const grid = sheet.getRange(2, first, lastRow - 1, last - first + 1).getValues();
    return new RowLocator(grid.map((line) => keyOf(keyColumns.map((c) => (c > 0 ? converter.toCell(line[c - first]) : null)))));
  }

  /** The key of the data row at this index now ("" when blank or beyond the data). */
  idAt(index: number): string {
    return this.ids[index] ?? "";
  }

  /** Data-row index for the patch, or -1 when its row is gone or moved without an ID. */
  locate(id: string, rowHint: number): number {
    if (rowHint >= 0 && rowHint < this.ids.length && this.ids[rowHint] === id) return rowHint;
    if (id === "") return -1;
    if (!this.byId) {
      this.byId = new Map();
      this.ids.forEach((key, i) => {
        if (key !== "" && !this.byId!.has(key)) this.byId!.set(key, i);
      });
    }
    return this.byId.get(id) ?? -1;
  }
}
