// What a restore must write, reduced to what differs: whole tabs row by row, or chosen case IDs.
import { shiftFormula } from "./formula-shift";
import { CASE_ID_HEADER, keyOf, keySpec, rowLabel } from "./keys";
import { headersOf, inputAt, inputRow, tabHeight, tabWidth, type Tab } from "./model";
import { fixedBlock, type FormulaWrite, type RowBlock, type TabWrite, type WriteCell } from "./places/types";

/** Row `r` of `source` as cells to write over `width` columns: formula cells are left to the
 * formula pass (undefined), blanks become null so stale target values are emptied. */
function sourceRow(source: Tab, r: number, width: number): WriteCell[] {
  const values = source.rows[r];
  const formulas = source.formulas.get(r);
  const out: WriteCell[] = new Array<WriteCell>(width);
  for (let c = 0; c < width; c++) out[c] = formulas?.has(c) ? undefined : (values?.[c] ?? null);
  return out;
}

/** The row's formulas placed at `targetRow`; a formula moved to another row has its relative
 * row references shifted, as pasting it there would. */
function formulasOf(source: Tab, r: number, targetRow = r, columnMap?: (c: number) => number): FormulaWrite[] {
  const out: FormulaWrite[] = [];
  for (const [c, text] of source.formulas.get(r) ?? []) {
    const col = columnMap ? columnMap(c) : c;
    if (col >= 0) out.push({ row: targetRow, col, text: shiftFormula(text, targetRow - r), value: source.rows[r]?.[c] ?? null });
  }
  return out;
}

/** Same inputs in row `r` of both tabs, compared in place (no copies of a 200,000-row tab). */
function sameRow(a: Tab, b: Tab, r: number, width: number): boolean {
  for (let c = 0; c < width; c++) if (inputAt(a, r, c) !== inputAt(b, r, c)) return false;
  return true;
}

/**
 * Makes the target tab equal to the source tab. Only rows that differ at the same position are
 * written (a wrong sort rewrites the sorted rows, an untouched tab costs nothing); rows the
 * target has beyond the source's end are emptied.
 */
export function planReplace(source: Tab, current: Tab | undefined): TabWrite | null {
  const height = tabHeight(source);
  const currentHeight = current ? tabHeight(current) : 0;
  const width = Math.max(tabWidth(source), current ? tabWidth(current) : 0);
  const runs: { start: number; length: number }[] = [];
  const formulas: FormulaWrite[] = [];
  for (let r = 0; r < height; r++) {
    if (current && r < currentHeight && sameRow(source, current, r, width)) continue;
    const last = runs[runs.length - 1];
    if (last && last.start + last.length === r) last.length++;
    else runs.push({ start: r, length: 1 });
    for (const f of formulasOf(source, r)) formulas.push(f);
  }
  const blocks: RowBlock[] = runs.map(({ start, length }) => ({ start, length, row: (i) => sourceRow(source, start + i, width) }));
  const clearFrom = currentHeight > height ? height : undefined;
  if (current && blocks.length === 0 && clearFrom === undefined) return null;
  return {
    name: source.name,
    create: !current,
    rows: height,
    columns: tabWidth(source),
    blocks,
    formulas,
    ...(clearFrom === undefined ? {} : { clearFrom }),
  };
}

export interface RowsPlan {
  readonly write: TabWrite | null;
  /** IDs (or case IDs) found in this tab of the source. */
  readonly found: Set<string>;
  /** Rows overwritten in place and rows added, named by ID (row number if the ID is personal). */
  readonly overwritten: string[];
  readonly appended: string[];
  readonly warnings: string[];
}

/**
 * Brings back only the rows of chosen cases: rows whose key or "ID Permohonan" is one of `ids`.
 * A row found by key in the target is overwritten in place; a missing one is added after the
 * last row. Columns are matched by header label; nothing else in the target is touched.
 */
export function planRows(source: Tab, current: Tab | undefined, ids: ReadonlySet<string>): RowsPlan {
  const warnings: string[] = [];
  const found = new Set<string>();
  const sourceHeaders = headersOf(source);
  // Heights hoisted out of the loops below: tabHeight scans the formula map.
  const currentHeight = current ? tabHeight(current) : 0;
  const sourceHeight = tabHeight(source);
  const targetHeaders = currentHeight > 0 ? headersOf(current!) : sourceHeaders;
  const sourceKey = keySpec(source.name, sourceHeaders);
  const targetKey = keySpec(source.name, targetHeaders);
  const overwritten: string[] = [];
  const appended: string[] = [];
  if (!sourceKey || !targetKey) {
    return { write: null, found, overwritten, appended, warnings: [`Tab "${source.name}": tidak ada kolom ID; dilewati.`] };
  }
  const caseCol = sourceHeaders.indexOf(CASE_ID_HEADER);
  // By header label; a column without a label cannot be matched and is left alone.
  const toTarget = sourceHeaders.map((h) => (h === "" ? -1 : targetHeaders.indexOf(h)));
  const lost = sourceHeaders.filter((h, i) => h !== "" && toTarget[i]! < 0);
  if (lost.length > 0) warnings.push(`Tab "${source.name}": kolom ${lost.map((h) => `"${h}"`).join(", ")} tidak ada di target; tidak dipulihkan.`);

  const targetWidth = Math.max(targetHeaders.length, current ? tabWidth(current) : 0);
  const where = new Map<string, number>();
  for (let r = 1; current && r < currentHeight; r++) {
    const key = keyOf(inputRow(current, r, targetWidth), targetKey);
    if (key !== null && !where.has(key)) where.set(key, r);
  }
  let next = Math.max(1, currentHeight);
  const blocks: RowBlock[] = [];
  const formulas: FormulaWrite[] = [];

  for (let r = 1; r < sourceHeight; r++) {
    const inputs = inputRow(source, r, sourceHeaders.length);
    const key = keyOf(inputs, sourceKey);
    const caseId = caseCol >= 0 ? String(inputs[caseCol] ?? "").trim() : "";
    const hit = key !== null && ids.has(key) ? key : ids.has(caseId) ? caseId : null;
    if (hit === null || key === null) continue;
    found.add(hit);
    const at = where.get(key);
    const row: WriteCell[] = new Array<WriteCell>(targetWidth).fill(undefined);
    toTarget.forEach((tc, sc) => {
      if (tc >= 0) row[tc] = source.formulas.get(r)?.has(sc) ? undefined : (source.rows[r]?.[sc] ?? null);
    });
    if (at !== undefined && current) {
      const now = inputRow(current, at, targetWidth);
      if (toTarget.every((tc, sc) => tc < 0 || now[tc] === inputs[sc])) continue; // already the same
    }
    const targetRow = at ?? next++;
    (at === undefined ? appended : overwritten).push(sourceKey.personal ? rowLabel(targetRow) : key);
    blocks.push(fixedBlock(targetRow, [row]));
    formulas.push(...formulasOf(source, r, targetRow, (c) => toTarget[c] ?? -1));
  }
  if (blocks.length === 0) return { write: null, found, overwritten, appended, warnings };
  // A tab new to the target (or empty there) gets the header row too.
  if (currentHeight === 0) blocks.unshift(fixedBlock(0, [sourceHeaders]));
  return {
    write: { name: source.name, create: !current, rows: next, columns: targetWidth, blocks, formulas },
    found,
    overwritten,
    appended,
    warnings,
  };
}
