// Where a register's columns are on its sheet right now (read by header, never by position).
import { columnLetters } from "../core/registers/a1";
import { normalizeHeader } from "../core/registers/table";
import type { ColumnDef, RegisterDef } from "../core/registers/schema";

export interface PlacedColumn {
  readonly def: ColumnDef;
  /** 1-based sheet column. */
  readonly column: number;
}

export interface SheetLayout {
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly lastColumn: number;
  readonly maxRows: number;
  readonly columns: readonly PlacedColumn[];
  columnOf(header: string): number | undefined;
}

/** Reads the header row once and places the register's columns on it. */
export function readLayout(sheet: GoogleAppsScript.Spreadsheet.Sheet, def: RegisterDef): SheetLayout {
  const lastColumn = Math.max(1, sheet.getLastColumn());
  const headers = sheet.getRange(1, 1, 1, lastColumn).getValues()[0]!.map((v) => normalizeHeader(String(v)));
  const columnOf = (header: string): number | undefined => {
    const i = headers.indexOf(normalizeHeader(header));
    return i < 0 ? undefined : i + 1;
  };
  const columns = def.columns.flatMap((c) => {
    const column = columnOf(c.header);
    return column === undefined ? [] : [{ def: c, column }];
  });
  return { sheet, lastColumn, maxRows: sheet.getMaxRows(), columns, columnOf };
}

/** A1 column letters for a 1-based column number. */
export function columnLetter(column: number): string {
  return columnLetters(column - 1);
}

/** Runs of adjacent columns sharing a key (e.g. the same number format), for one call per run. */
export function runsBy<T>(columns: readonly PlacedColumn[], key: (c: PlacedColumn) => T | null): { first: number; count: number; key: T }[] {
  const runs: { first: number; count: number; key: T }[] = [];
  for (const placed of [...columns].sort((a, b) => a.column - b.column)) {
    const k = key(placed);
    if (k === null) continue;
    const last = runs[runs.length - 1];
    if (last && last.key === k && last.first + last.count === placed.column) last.count += 1;
    else runs.push({ first: placed.column, count: 1, key: k });
  }
  return runs;
}
