// Reads whole tabs in a constant number of requests: metadata, one FORMULA batch read, and one
// computed-value read covering only the cells that hold formulas (split only by size limits).
import type { sheets_v4 } from "googleapis/build/src/apis/sheets/index.js";
import { rangeOf } from "../a1";
import { setFormula, trimRows, type Cell, type Tab } from "../model";
import type { Progress } from "../progress";
import type { SheetsApi } from "./sheets-api";

export interface SheetMeta {
  readonly sheetId: number;
  readonly title: string;
  readonly index: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface Meta {
  readonly id: string;
  readonly title: string;
  /** Grid tabs only, in tab order; chart sheets hold no cells. */
  readonly sheets: SheetMeta[];
}

export async function fetchMeta(api: SheetsApi): Promise<Meta> {
  const data = await api.getMeta();
  const sheets = (data.sheets ?? [])
    .map((s) => s.properties ?? {})
    .filter((p) => (p.sheetType ?? "GRID") === "GRID")
    .map((p) => ({
      sheetId: p.sheetId ?? 0,
      title: p.title ?? "",
      index: p.index ?? 0,
      rowCount: p.gridProperties?.rowCount ?? 0,
      columnCount: p.gridProperties?.columnCount ?? 0,
    }))
    .sort((a, b) => a.index - b.index);
  return { id: data.spreadsheetId ?? api.spreadsheetId, title: data.properties?.title ?? "", sheets };
}

/** A rectangle of one tab, 0-based, end-exclusive. */
export interface Piece {
  readonly tab: string;
  readonly fromRow: number;
  readonly toRow: number;
  readonly fromCol: number;
  readonly toCol: number;
}

/** Cuts a rectangle into row slices of at most `maxCells` cells each. */
export function slice(tab: string, fromRow: number, toRow: number, fromCol: number, toCol: number, maxCells: number): Piece[] {
  const width = Math.max(1, toCol - fromCol);
  const step = Math.max(1, Math.floor(maxCells / width));
  const pieces: Piece[] = [];
  for (let r = fromRow; r < toRow; r += step) pieces.push({ tab, fromRow: r, toRow: Math.min(toRow, r + step), fromCol, toCol });
  return pieces;
}

/** Packs pieces into requests that stay under the cell and URL-length budgets. */
export function group(pieces: readonly Piece[], maxCells: number, maxUrlChars: number): Piece[][] {
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  let cells = 0;
  let chars = 0;
  for (const piece of pieces) {
    const pieceCells = (piece.toRow - piece.fromRow) * (piece.toCol - piece.fromCol);
    const pieceChars = encodeURIComponent(rangeOfPiece(piece)).length + "&ranges=".length;
    if (current.length > 0 && (cells + pieceCells > maxCells || chars + pieceChars > maxUrlChars)) {
      groups.push(current);
      current = [];
      cells = 0;
      chars = 0;
    }
    current.push(piece);
    cells += pieceCells;
    chars += pieceChars;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

export const rangeOfPiece = (p: Piece): string => rangeOf(p.tab, p.fromRow, p.toRow, p.fromCol, p.toCol);

async function readPieces(
  api: SheetsApi,
  pieces: readonly Piece[],
  render: "FORMULA" | "UNFORMATTED_VALUE",
  onCell: (piece: Piece, values: unknown[][]) => void,
  progress?: Progress,
): Promise<void> {
  const { maxCellsPerRead, maxUrlChars } = api.options;
  for (const batch of group(pieces, maxCellsPerRead, maxUrlChars)) {
    const answers: sheets_v4.Schema$ValueRange[] = await api.batchGet(batch.map(rangeOfPiece), render);
    batch.forEach((piece, i) => onCell(piece, (answers[i]?.values ?? []) as unknown[][]));
    progress?.advance(batch.length);
  }
}

export async function readTabs(api: SheetsApi, sheets: readonly SheetMeta[], progress?: Progress): Promise<Tab[]> {
  const { maxCellsPerRead } = api.options;
  const tabs = new Map<string, Tab>(sheets.map((s) => [s.title, { name: s.title, rows: [], formulas: new Map() }]));
  const pieces = sheets.flatMap((s) => slice(s.title, 0, s.rowCount, 0, s.columnCount, maxCellsPerRead));
  progress?.begin("Membaca", pieces.length);

  // Pass 1: formulas where there are any, unformatted values elsewhere (dates as serial numbers).
  await readPieces(api, pieces, "FORMULA", (piece, values) => {
    const tab = tabs.get(piece.tab)!;
    values.forEach((row, i) => {
      const r = piece.fromRow + i;
      // Reuse the answer's arrays in place: a 200,000-row tab should not be copied twice.
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === "") row[c] = null;
        else if (typeof v === "string" && v.startsWith("=")) setFormula(tab.formulas, r, c, v);
      }
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      row.length = end;
      tab.rows[r] = row as Cell[];
    });
  }, progress);

  // Pass 2: computed values, only over the box of each tab's formula cells.
  const valuePieces: Piece[] = [];
  for (const tab of tabs.values()) {
    for (let r = 0; r < tab.rows.length; r++) tab.rows[r] ??= [];
    if (tab.formulas.size === 0) continue;
    let minRow = Infinity, maxRow = -1, minCol = Infinity, maxCol = -1;
    for (const [r, cols] of tab.formulas) {
      minRow = Math.min(minRow, r);
      maxRow = Math.max(maxRow, r);
      for (const c of cols.keys()) {
        minCol = Math.min(minCol, c);
        maxCol = Math.max(maxCol, c);
      }
    }
    valuePieces.push(...slice(tab.name, minRow, maxRow + 1, minCol, maxCol + 1, maxCellsPerRead));
  }
  await readPieces(api, valuePieces, "UNFORMATTED_VALUE", (piece, values) => {
    const tab = tabs.get(piece.tab)!;
    values.forEach((row, i) => {
      const r = piece.fromRow + i;
      const cols = tab.formulas.get(r);
      if (!cols) return;
      for (const [c, text] of cols) {
        const raw = row[c - piece.fromCol];
        const value: Cell = raw === "" || raw === undefined ? null : (raw as Cell);
        const target = tab.rows[r]!;
        target[c] = value;
        // A text cell that merely starts with "=" reads the same in both passes: not a formula.
        if (value === text) cols.delete(c);
      }
      if (cols.size === 0) tab.formulas.delete(r);
    });
  });
  progress?.end();

  for (const tab of tabs.values()) {
    // A formula whose value is blank leaves a trailing null; trim again after pass 2.
    for (const row of tab.rows) {
      let end = row.length;
      while (end > 0 && row[end - 1] === null) end--;
      row.length = end;
    }
    trimRows(tab.rows);
  }
  return sheets.map((s) => tabs.get(s.title)!);
}
