// Applies planned tab writes to a live spreadsheet: grid first, then values (RAW), formulas
// (USER_ENTERED) and leftover rows, in requests that stay under the payload limit.
import type { sheets_v4 } from "googleapis/build/src/apis/sheets/index.js";
import { rangeOf } from "../a1";
import { asSyncError } from "../errors";
import type { Progress } from "../progress";
import { partialWriteError } from "../write-log";
import type { SheetsApi } from "./sheets-api";
import { fetchMeta, type Meta } from "./sheets-read";
import { fixedBlock, type RowBlock, type TabWrite, type WriteCell, type WrittenPart } from "./types";

interface Segment {
  readonly tab: string;
  readonly fromRow: number;
  readonly fromCol: number;
  readonly width: number;
  readonly rows: unknown[][];
  readonly bytes: number;
}

/** API form of a cell: null means "leave as is", "" empties the cell. */
const toApi = (v: WriteCell): unknown => (v === undefined ? null : v === null ? "" : v);

/** Cuts a block of rows into segments of at most `maxBytes` of JSON. */
function* segments(tab: string, block: RowBlock, fromCol: number, maxBytes: number): Generator<Segment> {
  const start = block.start;
  let out: unknown[][] = [];
  let bytes = 0;
  let width = 0;
  let first = start;
  for (let i = 0; i < block.length; i++) {
    const row = block.row(i).map(toApi);
    const size = JSON.stringify(row).length + 1;
    if (out.length > 0 && bytes + size > maxBytes) {
      yield { tab, fromRow: first, fromCol, width, rows: out, bytes };
      out = [];
      bytes = 0;
      width = 0;
      first = start + i;
    }
    out.push(row);
    bytes += size;
    width = Math.max(width, row.length);
  }
  if (out.length > 0) yield { tab, fromRow: first, fromCol, width, rows: out, bytes };
}

/** Formula cells grouped into runs of consecutive rows, each a block over the run's columns. */
function* formulaSegments(w: TabWrite, maxBytes: number): Generator<Segment> {
  const sorted = [...w.formulas].sort((a, b) => a.row - b.row || a.col - b.col);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1]!.row - sorted[j]!.row <= 1) j++;
    const run = sorted.slice(i, j + 1);
    // Loops, not Math.min(...run): a run can hold 200,000 cells, too many for spread arguments.
    let minCol = Infinity;
    let maxCol = -1;
    for (const f of run) {
      minCol = Math.min(minCol, f.col);
      maxCol = Math.max(maxCol, f.col);
    }
    const start = run[0]!.row;
    const rows: WriteCell[][] = [];
    for (const f of run) {
      const row = (rows[f.row - start] ??= new Array<WriteCell>(maxCol - minCol + 1).fill(undefined));
      row[f.col - minCol] = f.text;
    }
    yield* segments(w.name, fixedBlock(start, rows), minCol, maxBytes);
    i = j + 1;
  }
}

async function send(
  api: SheetsApi,
  all: Iterable<Segment>,
  input: "RAW" | "USER_ENTERED",
  what: WrittenPart["what"],
  log: WrittenPart[],
  progress?: Progress,
): Promise<void> {
  let batch: Segment[] = [];
  let bytes = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const data: sheets_v4.Schema$ValueRange[] = batch.map((s) => ({
      range: rangeOf(s.tab, s.fromRow, s.fromRow + s.rows.length, s.fromCol, s.fromCol + Math.max(1, s.width)),
      majorDimension: "ROWS",
      values: s.rows,
    }));
    await api.updateValues(data, input);
    for (const s of batch) {
      log.push({ tab: s.tab, what, fromRow: s.fromRow + 1, toRow: s.fromRow + s.rows.length });
      progress?.advance(s.rows.length);
    }
    batch = [];
    bytes = 0;
  };
  for (const segment of all) {
    if (batch.length > 0 && bytes + segment.bytes > api.options.maxBytesPerWrite) await flush();
    batch.push(segment);
    bytes += segment.bytes;
  }
  await flush();
}

/** A sheet ID no tab has, nor one added earlier in the same batch. */
function freeSheetId(meta: Meta, requests: readonly sheets_v4.Schema$Request[]): number {
  const used = new Set([...meta.sheets.map((s) => s.sheetId), ...requests.map((r) => r.addSheet?.properties?.sheetId ?? -1)]);
  let id = 1; // the smallest free one: sheet IDs are 32-bit, so "largest + 1" could overflow
  while (used.has(id)) id += 1;
  return id;
}

async function ensureGrids(api: SheetsApi, meta: Meta, writes: readonly TabWrite[], log: WrittenPart[]): Promise<void> {
  const parts: WrittenPart[] = [];
  await api.updateStructure(async (attempt) => {
    // After a lost answer the tabs may already exist: plan again from fresh metadata.
    const current = attempt === 1 ? meta : await fetchMeta(api);
    parts.length = 0;
    const requests: sheets_v4.Schema$Request[] = [];
    for (const w of writes) {
      const sheet = current.sheets.find((s) => s.title === w.name);
      const rowCount = Math.max(1, w.rows, sheet?.rowCount ?? 0);
      const columnCount = Math.max(1, w.columns, sheet?.columnCount ?? 0);
      if (!sheet) {
        // An ID chosen here lets requests in the same batch refer to the new tab; it must not be an
        // existing one's and must be non-negative.
        // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#sheetproperties
        const sheetId = w.onCreate ? freeSheetId(current, requests) : undefined;
        requests.push({ addSheet: { properties: { ...(sheetId === undefined ? {} : { sheetId }), title: w.name, gridProperties: { rowCount, columnCount } } } });
        if (sheetId !== undefined) requests.push(...(w.onCreate!(sheetId) as sheets_v4.Schema$Request[]));
        parts.push({ tab: w.name, what: "tab baru", fromRow: 1, toRow: rowCount });
      } else if (sheet.rowCount < rowCount || sheet.columnCount < columnCount) {
        requests.push({
          updateSheetProperties: {
            properties: { sheetId: sheet.sheetId, gridProperties: { rowCount, columnCount } },
            fields: "gridProperties.rowCount,gridProperties.columnCount",
          },
        });
        parts.push({ tab: w.name, what: "ukuran", fromRow: 1, toRow: rowCount });
      }
    }
    return requests;
  });
  log.push(...parts);
}

/** Writes everything; if it stops part-way the error lists exactly what was written. */
export async function writeTabs(api: SheetsApi, meta: Meta, writes: readonly TabWrite[], progress?: Progress): Promise<WrittenPart[]> {
  const log: WrittenPart[] = [];
  const max = api.options.maxBytesPerWrite;
  const total = writes.reduce((n, w) => n + w.blocks.reduce((m, b) => m + b.length, 0), 0);
  try {
    await ensureGrids(api, meta, writes, log);
    progress?.begin("Menulis", total);
    await send(api, (function* () {
      for (const w of writes) for (const b of w.blocks) yield* segments(w.name, b, 0, max);
    })(), "RAW", "nilai", log, progress);
    progress?.end();
    // Formulas need USER_ENTERED; values went RAW so text such as "=1+1" or "0012" stays text.
    await send(api, (function* () {
      for (const w of writes) yield* formulaSegments(w, max);
    })(), "USER_ENTERED", "rumus", log);
    const clears: { range: string; part: WrittenPart }[] = [];
    for (const w of writes) {
      if (w.clearFrom === undefined) continue;
      const sheet = meta.sheets.find((s) => s.title === w.name);
      const rows = Math.max(w.rows, sheet?.rowCount ?? 0);
      const cols = Math.max(1, w.columns, sheet?.columnCount ?? 0);
      if (w.clearFrom >= rows) continue;
      clears.push({ range: rangeOf(w.name, w.clearFrom, rows, 0, cols), part: { tab: w.name, what: "kosongkan", fromRow: w.clearFrom + 1, toRow: rows } });
    }
    if (clears.length > 0) {
      await api.clearRanges(clears.map((c) => c.range));
      log.push(...clears.map((c) => c.part));
    }
  } catch (error) {
    progress?.end();
    if (log.length === 0) throw asSyncError(error);
    throw partialWriteError(log, asSyncError(error));
  }
  return log;
}
