// The self-check of one rewritten worksheet, on the NEW bytes with the same scanner the reader
// uses: every row and cell the engine did not write must be exactly as it was (its stored <c>
// bytes: style index, type, value and formula, so also its number format), every written cell
// must read back as intended, and nothing outside <sheetData> may differ but the dimension.
// Identical bytes hold identical cells, so differing rows and cells alone are looked at closely.
import { type CellValue, isDateCell } from "../../../apps-script/core/ports";
import { a1 } from "./cell-xml";
import { cellValue } from "./cell-value";
import { parseBlock, type SheetIndex } from "./sheet-reader";
import { CellList, FORMULA_SHARED, type CellCursor, type RowCursor } from "./cell-cursor";
import { SheetScanner } from "./sheet-scan";
import { scanWorksheet, walkRows } from "./worksheet-layout";
import type { CellWrite } from "./sheet-writer";
import { sameCell, storedValue } from "./stored-value";
import type { StyleBook } from "./styles";
import { nextTag, Tag, utf8 } from "./xml-scan";
import { decodeText } from "./xml-text";

/** One difference found: where (A1 and header), and what kind (never the value). */
export interface Difference {
  readonly cell: string;
  readonly what: string;
}

export interface SheetCheck {
  readonly name: string;
  readonly original: Buffer;
  readonly index: SheetIndex;
  readonly next: Buffer;
  readonly writes: readonly CellWrite[];
  readonly materialized: readonly (readonly [number, number])[];
  readonly headers: readonly string[];
  readonly strings: readonly string[];
  readonly date1904: boolean;
  /** The new styles, to tell whether a written cell's number format suits its value. */
  readonly styles: StyleBook;
  /** The formula text (without "=") a materialized shared-formula cell must now hold. */
  readonly materializedText: (row: number, col: number) => string | undefined;
}

function equalRange(a: Buffer, aStart: number, aEnd: number, b: Buffer, bStart: number, bEnd: number): boolean {
  const length = aEnd - aStart;
  if (length !== bEnd - bStart) return false;
  if (length > 64) return a.compare(b, bStart, bEnd, aStart, aEnd) === 0;
  for (let k = 0; k < length; k += 1) if (a[aStart + k] !== b[bStart + k]) return false;
  return true;
}

/** Rows of a worksheet: numbers and byte ranges (the cells are not walked). */
function rowIndex(bytes: Buffer) {
  const numbers: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let previous = 0;
  const layout = scanWorksheet(bytes, (scanner, from) =>
    walkRows(
      scanner,
      from,
      (row) => {
        if (row.number <= previous) throw new Error(`row ${row.number} after ${previous}`);
        previous = row.number;
        numbers.push(row.number);
        starts.push(row.start);
      },
      (row) => ends.push(row.end),
    ),
  );
  return { layout, numbers, starts, ends };
}

/** The row's start tag without its spans (the one attribute the writer may change). */
function rowTag(bytes: Buffer, row: RowCursor): string {
  const tag = row.spansStart >= 0 ? utf8(bytes, row.start, row.spansStart) + utf8(bytes, row.spansEnd, row.tagEnd) : utf8(bytes, row.start, row.tagEnd);
  return tag.replace(/\s*\/?>$/, "");
}

/** What differs between two renderings of one untouched cell, for the message. */
function cellDifference(a: Buffer, ac: CellCursor, b: Buffer, bc: CellCursor): string {
  const text = (bytes: Buffer, s: number, e: number) => (s < 0 ? null : utf8(bytes, s, e));
  if (Math.max(0, ac.style) !== Math.max(0, bc.style)) return "gaya atau format angka berubah";
  if (text(a, ac.fStart, ac.fEnd) !== text(b, bc.fStart, bc.fEnd)) return "rumus berubah";
  if (ac.type !== bc.type || text(a, ac.vStart, ac.vEnd) !== text(b, bc.vStart, bc.vEnd) || text(a, ac.isStart, ac.isEnd) !== text(b, bc.isStart, bc.isEnd)) return "nilai berubah";
  return "";
}

/** Differences between what the sheet should hold and what the new bytes hold (empty when none). */
export function verifySheet(check: SheetCheck, limit = 20): Difference[] {
  const { original, next, index, name } = check;
  const found: Difference[] = [];
  const where = (row: number, col: number) => {
    const header = check.headers[col];
    return `${name}!${a1(row, col)}${header && row > 0 ? ` (${header})` : ""}`;
  };
  const add = (cell: string, what: string) => {
    if (found.length < limit) found.push({ cell, what });
  };
  let fresh: ReturnType<typeof rowIndex>;
  try {
    fresh = rowIndex(next);
  } catch {
    return [{ cell: name, what: "lembar kerja baru tidak dapat dibaca ulang" }];
  }
  const o = index.layout;
  const n = fresh.layout;
  const same = (from: number, to: number, nextFrom: number, nextTo: number) => equalRange(original, from, to, next, nextFrom, nextTo);
  const oDim = o.dimensionRef;
  const nDim = n.dimensionRef;
  const beforeData =
    oDim && nDim ? same(0, oDim.start, 0, nDim.start) && same(oDim.end, o.dataOpenStart, nDim.end, n.dataOpenStart) : !oDim && !nDim && same(0, o.dataOpenStart, 0, n.dataOpenStart);
  const afterData = same(o.dataSelfClosing ? o.dataOpenEnd : o.dataCloseEnd, original.length, n.dataCloseEnd, next.length);
  if (!beforeData || !afterData) add(name, "bagian di luar data sel (kolom, gabungan sel, validasi, tampilan) berubah");

  const writes = new Map<number, Map<number, CellWrite>>();
  for (const w of check.writes) {
    let cols = writes.get(w.row);
    if (!cols) writes.set(w.row, (cols = new Map()));
    cols.set(w.col, w);
  }
  const materialized = new Set(check.materialized.map(([r, c]) => r * 16_384 + c));
  const materializedRows = new Set(check.materialized.map(([r]) => r));
  if (nDim) {
    const dim = parseBlock(next.toString("latin1", nDim.start, nDim.end));
    for (const w of check.writes) {
      if (w.value === null && w.formula === undefined) continue;
      if (!dim || w.row < dim.top || w.row > dim.bottom || w.col < dim.left || w.col > dim.right) add(where(w.row, w.col), "di luar <dimension> lembar kerja");
    }
  }

  const checkWritten = (row: number, w: CellWrite, cell: CellCursor, beforeStyle: number | undefined) => {
    const col = w.col;
    const kind = w.kind ?? "other";
    const expected = storedValue(w.value, kind, check.date1904);
    const got: CellValue = cellValue(next, cell, check.strings, kind, check.date1904);
    if (!sameCell(expected, got)) add(where(row, col), "nilai yang ditulis terbaca lain");
    const formula = cell.fStart < 0 ? undefined : cell.fTextStart >= 0 ? decodeText(utf8(next, cell.fTextStart, cell.fTextEnd)) : "";
    if (formula !== w.formula) add(where(row, col), w.formula === undefined ? "masih berisi rumus" : "rumus yang ditulis terbaca lain");
    // The format follows the value written: a date shows as a date, a plain number never does.
    const style = Math.max(0, cell.style);
    const shown = check.styles.kindOf(style);
    const intended = w.value;
    if (isDateCell(intended) && shown !== "date" && shown !== "datetime") add(where(row, col), "tanggal tanpa format tanggal");
    if (typeof intended === "number" && (shown === "date" || shown === "datetime" || shown === "time")) add(where(row, col), "angka dengan format tanggal");
    // Text, yes/no and blanks never need another format: an existing cell keeps its very style.
    if (!isDateCell(intended) && typeof intended !== "number" && beforeStyle !== undefined && style !== beforeStyle) add(where(row, col), "gaya sel berubah");
  };

  const oldScanner = new SheetScanner(original);
  const newScanner = new SheetScanner(next);
  const oldCells = new CellList();
  const tag = new Tag();
  const oldCursor = new SheetScanner(original);
  const compareRow = (number: number, oStart: number, nStart: number) => {
    const row = number - 1;
    const rowWrites = writes.get(row);
    nextTag(original, oStart, original.length, tag);
    const oRow = oldScanner.readRow(tag, number - 1);
    oldCells.collect(oldScanner);
    nextTag(next, nStart, next.length, tag);
    const nRow = newScanner.readRow(tag, number - 1);
    const oTag = rowTag(original, oRow);
    let k = 0;
    const seen = new Set<number>();
    newScanner.walkCells((c) => {
      const w = rowWrites?.get(c.col);
      while (k < oldCells.count && oldCells.col[k]! < c.col) {
        if (!rowWrites?.has(oldCells.col[k]!)) add(where(row, oldCells.col[k]!), "sel hilang");
        k += 1;
      }
      const matched = k < oldCells.count && oldCells.col[k] === c.col;
      seen.add(c.col);
      if (w) {
        checkWritten(row, w, c, matched ? Math.max(0, oldCells.style[k]!) : undefined);
      } else if (!matched) {
        add(where(row, c.col), "sel baru yang tidak diminta");
      } else if (materialized.has(row * 16_384 + c.col)) {
        const want = check.materializedText(row, c.col);
        const got = c.fTextStart >= 0 ? decodeText(utf8(next, c.fTextStart, c.fTextEnd)) : undefined;
        if (got !== want || c.fKind === FORMULA_SHARED) add(where(row, c.col), "rumus bersama tidak dipertahankan");
        if (Math.max(0, c.style) !== Math.max(0, oldCells.style[k]!)) add(where(row, c.col), "gaya atau format angka berubah");
      } else if (!equalRange(original, oldCells.start[k]!, oldCells.end[k]!, next, c.start, c.end)) {
        // Not the same bytes: find out what changed, on a fresh walk of the old row.
        nextTag(original, oStart, original.length, tag);
        oldCursor.readRow(tag, number - 1);
        let what = "isi sel berubah";
        oldCursor.walkCells((old) => {
          if (old.col === c.col) what = cellDifference(original, old, next, c) || what;
        });
        add(where(row, c.col), what);
      }
      if (matched) k += 1;
    });
    for (; k < oldCells.count; k += 1) if (!rowWrites?.has(oldCells.col[k]!)) add(where(row, oldCells.col[k]!), "sel hilang");
    if (rowTag(next, nRow) !== oTag) add(`${name} baris ${number}`, "atribut baris (tinggi, gaya, tersembunyi) berubah");
    for (const [col, w] of rowWrites ?? []) {
      if (!seen.has(col) && (w.value !== null || w.formula !== undefined)) add(where(row, col), "sel yang ditulis tidak ada");
    }
  };

  const newRow = (number: number, nStart: number) => {
    const row = number - 1;
    const rowWrites = writes.get(row);
    nextTag(next, nStart, next.length, tag);
    newScanner.readRow(tag, number - 1);
    newScanner.walkCells((c) => {
      const w = rowWrites?.get(c.col);
      if (w) checkWritten(row, w, c, undefined);
      else add(where(row, c.col), "sel baru yang tidak diminta");
    });
  };

  let oi = 0;
  let ni = 0;
  while ((oi < index.rowCount || ni < fresh.numbers.length) && found.length < limit) {
    const on = oi < index.rowCount ? index.rowNumbers[oi]! : Infinity;
    const nn = ni < fresh.numbers.length ? fresh.numbers[ni]! : Infinity;
    const untouched = (number: number) => !writes.has(number - 1) && !materializedRows.has(number - 1);
    if (on === nn && untouched(on)) {
      // A run of untouched rows with the same numbers on both sides is compared in one go.
      let o = oi + 1;
      let m = ni + 1;
      while (o < index.rowCount && m < fresh.numbers.length && index.rowNumbers[o] === fresh.numbers[m] && untouched(index.rowNumbers[o]!)) (o += 1), (m += 1);
      if (!equalRange(original, index.rowStarts[oi]!, index.rowEnds[o - 1]!, next, fresh.starts[ni]!, fresh.ends[m - 1]!)) {
        for (let k = 0; k < o - oi; k += 1) {
          if (!equalRange(original, index.rowStarts[oi + k]!, index.rowEnds[oi + k]!, next, fresh.starts[ni + k]!, fresh.ends[ni + k]!)) {
            compareRow(index.rowNumbers[oi + k]!, index.rowStarts[oi + k]!, fresh.starts[ni + k]!);
          }
        }
      }
      oi = o;
      ni = m;
    } else if (on === nn) {
      compareRow(on, index.rowStarts[oi]!, fresh.starts[ni]!);
      oi += 1;
      ni += 1;
    } else if (on < nn) {
      add(`${name} baris ${on}`, "baris hilang");
      oi += 1;
    } else {
      newRow(nn, fresh.starts[ni]!);
      ni += 1;
    }
  }
  return found;
}
