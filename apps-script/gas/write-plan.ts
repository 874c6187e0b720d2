// Groups cell writes into as few rectangular Range.setValues calls as possible.
//
// Writes are grouped by runs of adjacent columns. Within a group, rows whose every cell in the
// group is either written or may be rewritten unchanged ("fillable": engine-owned cells whose
// current value is known) join one rectangle with their neighbours, bridging short gaps of
// fillable rows. Rows that cannot be widened fall back to runs of the cells actually written.
import type { SheetValue } from "./sheet-values";

export interface CellWrite {
  /** Sheet row and column, 1-based. */
  readonly row: number;
  readonly column: number;
  readonly value: SheetValue;
}

export interface Block {
  readonly row: number;
  readonly column: number;
  readonly values: SheetValue[][];
}

/** The value a cell holds now, when rewriting it unchanged is safe; undefined otherwise. */
export type Fill = (row: number, column: number) => SheetValue | undefined;

/** Longest stretch of untouched rows bridged to save a call (a call costs far more than a cell). */
export const MAX_GAP_ROWS = 200;

/**
 * `bridgeColumns`: also join runs of columns across a gap when every row written in them can
 * fill the gap (engine cells rewritten unchanged), so an edited row's scattered engine cells go
 * in one call; a staff cell in the gap is never fillable and keeps the runs apart.
 */
export function planBlocks(writes: readonly CellWrite[], fill: Fill, maxGap = MAX_GAP_ROWS, options: { readonly bridgeColumns?: boolean } = {}): Block[] {
  const byRow = new Map<number, Map<number, SheetValue>>();
  for (const w of writes) {
    let line = byRow.get(w.row);
    if (!line) byRow.set(w.row, (line = new Map()));
    line.set(w.column, w.value);
  }
  const columns = [...new Set(writes.map((w) => w.column))].sort((a, b) => a - b);
  const blocks: Block[] = [];
  const groups = columnGroups(columns);
  for (const [first, last] of options.bridgeColumns ? bridgedGroups(groups, byRow, fill) : groups) {
    blocks.push(...planGroup(byRow, first, last, fill, maxGap));
  }
  return blocks;
}

/** Adjacent column runs joined while every row written in either fills the span between them. */
function bridgedGroups(groups: readonly [number, number][], byRow: Map<number, Map<number, SheetValue>>, fill: Fill): [number, number][] {
  const out: [number, number][] = [];
  for (const group of groups) {
    const previous = out[out.length - 1];
    if (previous && spanFillable(previous[0], group[1], byRow, fill)) previous[1] = group[1];
    else out.push([group[0], group[1]]);
  }
  return out;
}

function spanFillable(first: number, last: number, byRow: Map<number, Map<number, SheetValue>>, fill: Fill): boolean {
  for (const [row, line] of byRow) {
    if (![...line.keys()].some((c) => c >= first && c <= last)) continue;
    for (let c = first; c <= last; c += 1) if (!line.has(c) && fill(row, c) === undefined) return false;
  }
  return true;
}

function columnGroups(sorted: readonly number[]): [number, number][] {
  const groups: [number, number][] = [];
  for (const column of sorted) {
    const current = groups[groups.length - 1];
    if (current && column === current[1] + 1) current[1] = column;
    else groups.push([column, column]);
  }
  return groups;
}

function planGroup(byRow: Map<number, Map<number, SheetValue>>, first: number, last: number, fill: Fill, maxGap: number): Block[] {
  const rows = [...byRow.entries()]
    .filter(([, line]) => [...line.keys()].some((c) => c >= first && c <= last))
    .map(([row]) => row)
    .sort((a, b) => a - b);
  const cellAt = (row: number, column: number): SheetValue | undefined => byRow.get(row)?.get(column) ?? fill(row, column);
  const fullRow = (row: number): SheetValue[] | null => {
    const line: SheetValue[] = [];
    for (let c = first; c <= last; c += 1) {
      const value = cellAt(row, c);
      if (value === undefined) return null;
      line.push(value);
    }
    return line;
  };

  const blocks: Block[] = [];
  const partial: number[] = [];
  let run: { start: number; lines: SheetValue[][] } | null = null;
  const closeRun = () => {
    if (run) blocks.push({ row: run.start, column: first, values: run.lines });
    run = null;
  };
  for (const row of rows) {
    const line = fullRow(row);
    if (!line) {
      partial.push(row);
      continue;
    }
    const current = run as { start: number; lines: SheetValue[][] } | null;
    if (current) {
      const end = current.start + current.lines.length - 1;
      const gap = bridge(end + 1, row - 1, fullRow, maxGap);
      if (gap) {
        current.lines.push(...gap, line);
        continue;
      }
      closeRun();
    }
    run = { start: row, lines: [line] };
  }
  closeRun();
  blocks.push(...planPartialRows(byRow, partial, first, last));
  return blocks;
}

/** Full lines for rows from..to when every cell there is fillable and the gap is short enough. */
function bridge(from: number, to: number, fullRow: (row: number) => SheetValue[] | null, maxGap: number): SheetValue[][] | null {
  if (to - from + 1 > maxGap) return null;
  const lines: SheetValue[][] = [];
  for (let row = from; row <= to; row += 1) {
    const line = fullRow(row);
    if (!line) return null;
    lines.push(line);
  }
  return lines;
}

/** Rows that cannot be widened: runs of written cells, stacked when consecutive rows match. */
function planPartialRows(byRow: Map<number, Map<number, SheetValue>>, rows: readonly number[], first: number, last: number): Block[] {
  const blocks: { row: number; column: number; width: number; values: SheetValue[][] }[] = [];
  for (const row of rows) {
    const line = byRow.get(row)!;
    const columns = [...line.keys()].filter((c) => c >= first && c <= last).sort((a, b) => a - b);
    for (const [start, end] of columnGroups(columns)) {
      const values = columns.filter((c) => c >= start && c <= end).map((c) => line.get(c)!);
      const above = blocks.find((b) => b.column === start && b.width === end - start + 1 && b.row + b.values.length === row);
      if (above) above.values.push(values);
      else blocks.push({ row, column: start, width: end - start + 1, values: [values] });
    }
  }
  return blocks.map(({ row, column, values }) => ({ row, column, values }));
}
