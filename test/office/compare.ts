// Cell-by-cell comparison of two read-backs of a sheet, rows matched by a key column (staff may sort).
import type { ReadCell, ReadSheet } from "./operations";

export interface CompareOptions {
  /** Header(s) of the columns that identify a row (default: the first column). */
  readonly key?: string | readonly string[];
  /** Only these headers (default: every header present in `before`). */
  readonly columns?: readonly string[];
  /** Headers to leave out (the engine's own columns, say). */
  readonly except?: readonly string[];
  /** Compare number-format codes too (default true). */
  readonly formats?: boolean;
}

function describeCell(cell: ReadCell | undefined): string {
  if (!cell) return "(tidak ada)";
  const value = cell.t === "formula" ? `${cell.f} → ${JSON.stringify(cell.v)}` : JSON.stringify(cell.v);
  return `${value} [${cell.fmt}]`;
}

/** Same kind, value, formula and (for a filled cell) format; an empty cell's format is not data. */
function same(a: ReadCell | undefined, b: ReadCell | undefined, formats: boolean): boolean {
  const emptyA = !a || a.t === "empty";
  const emptyB = !b || b.t === "empty";
  if (emptyA || emptyB) return emptyA && emptyB;
  return a.t === b.t && a.v === b.v && (a.f ?? null) === (b.f ?? null) && (!formats || a.fmt === b.fmt);
}

function byKey(sheet: ReadSheet, keyColumns: readonly number[]): Map<string, readonly ReadCell[]> {
  const rows = new Map<string, readonly ReadCell[]>();
  sheet.rows.slice(1).forEach((row, i) => {
    const parts = keyColumns.map((c) => row[c]?.v ?? null);
    if (parts.every((p) => p === null)) {
      if (row.some((c) => c.t !== "empty")) rows.set(`(baris ${i + 2} tanpa kunci)`, row);
      return;
    }
    const key = parts.map(String).join(" | ");
    rows.set(rows.has(key) ? `${key} (baris ${i + 2})` : key, row);
  });
  return rows;
}

/** Every cell of `before` whose kind, value, formula or number format differs in `after`, described. */
export function cellDifferences(before: ReadSheet, after: ReadSheet, options: CompareOptions = {}): string[] {
  const keys = typeof options.key === "string" ? [options.key] : options.key ?? [before.headers[0]!];
  const formats = options.formats ?? true;
  const except = new Set(options.except ?? []);
  const columns = (options.columns ?? before.headers).filter((h) => h !== "" && !except.has(h));
  const keyBefore = keys.map((k) => before.headers.indexOf(k));
  const keyAfter = keys.map((k) => after.headers.indexOf(k));
  if ([...keyBefore, ...keyAfter].some((i) => i < 0)) return [`${before.name}: kolom kunci ${keys.join(", ")} tidak ada`];
  const afterRows = byKey(after, keyAfter);
  const problems: string[] = [];
  for (const [id, row] of byKey(before, keyBefore)) {
    const other = afterRows.get(id);
    if (!other) {
      problems.push(`${before.name} ${id}: baris hilang`);
      continue;
    }
    for (const header of columns) {
      const a = row[before.headers.indexOf(header)];
      const ci = after.headers.indexOf(header);
      const b = ci < 0 ? undefined : other[ci];
      if (ci < 0) problems.push(`${before.name}: kolom ${header} hilang`);
      else if (!same(a, b, formats)) problems.push(`${before.name} ${id} / ${header}: ${describeCell(a)} → ${describeCell(b)}`);
    }
  }
  return [...new Set(problems)];
}

/** 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let out = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Position-by-position differences (for sheets without a key column); `skip` holds "row,col" (0-based) cells written on purpose. */
export function gridDifferences(before: ReadSheet, after: ReadSheet, skip: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  before.rows.forEach((row, r) => row.forEach((cell, c) => {
    if (skip.has(`${r},${c}`)) return;
    const other = after.rows[r]?.[c];
    if (!same(cell, other, true)) problems.push(`${before.name} ${columnLetters(c)}${r + 1}: ${describeCell(cell)} → ${describeCell(other)}`);
  }));
  return problems;
}
