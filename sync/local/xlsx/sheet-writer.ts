// The surgical worksheet writer: only <row>s holding a written cell are rebuilt, and inside them
// every other <c> is copied byte for byte; everything outside <sheetData> stays as it was except
// <dimension ref>, widened to cover new cells. New rows go in row order, a styled empty row or
// cell where a value lands is reused with its style. A written cell keeps its style when that
// style's number format suits the value, else it gets a new xf (StyleBook.derive) — an existing
// xf is never changed. Writing into a merged block or inside an array formula is refused.
import { type CellValue, isDateCell } from "../../../apps-script/core/ports";
import { a1, ByteSink, cellXml } from "./cell-xml";
import { XlsxWriteRefused } from "./format-error";
import { shiftFormula } from "./formula-shift";
import type { ColumnKind } from "./serial-date";
import { parseBlock, type Block, type SheetIndex } from "./sheet-reader";
import { CellList } from "./cell-cursor";
import { SheetScanner } from "./sheet-scan";
import type { StyleBook } from "./styles";
import { nextTag, Tag } from "./xml-scan";
import { encodeText } from "./xml-text";

/** One cell to write, in 0-based sheet coordinates (row 0 is the header row). */
export interface CellWrite {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  /** Formula text without "=", for a formula cell whose cached result is `value`. */
  readonly formula?: string;
  /** The column's kind, so a midnight date-time still gets a date-time format. */
  readonly kind?: ColumnKind;
}

export interface SheetWriteResult {
  readonly bytes: Buffer;
  /** Whether an existing formula was replaced (the calculation chain must then go). */
  readonly formulaRemoved: boolean;
  /** Shared-formula cells that got their own copy of the formula because their master was overwritten. */
  readonly materialized: readonly (readonly [number, number])[];
}

interface Op {
  readonly write?: CellWrite;
  /** Formula text (without "=") to store explicitly in a shared-formula child. */
  readonly materialize?: string;
}

/** The xf a written value gets, starting from the style the cell has or would inherit. */
export function styleFor(styles: StyleBook, base: number, value: CellValue, kind?: ColumnKind): number {
  if (isDateCell(value)) {
    const shown = styles.kindOf(base);
    if (shown === "date" || shown === "datetime") return base;
    return styles.derive(base, value.minuteOfDay !== undefined || kind === "datetime" ? "datetime" : "date");
  }
  if (typeof value === "number") {
    const shown = styles.kindOf(base);
    if (shown === "date" || shown === "datetime" || shown === "time") return styles.derive(base, "general");
  }
  return base;
}

function inside(block: Block, row: number, col: number): boolean {
  return row >= block.top && row <= block.bottom && col >= block.left && col <= block.right;
}

function refOf(block: Block): string {
  return block.top === block.bottom && block.left === block.right ? a1(block.top, block.left) : `${a1(block.top, block.left)}:${a1(block.bottom, block.right)}`;
}

function refuseUnsafe(index: SheetIndex, writes: readonly CellWrite[], sheet: string): void {
  for (const w of writes) {
    const merge = index.merges.find((m) => inside(m, w.row, w.col));
    if (merge) {
      throw new XlsxWriteRefused(
        `tab "${sheet}" sel ${a1(w.row, w.col)} termasuk sel gabungan ${refOf(merge)}; mesin tidak menulis ke sel gabungan. Pisahkan sel gabungan itu (Unmerge) lalu jalankan lagi`,
      );
    }
    const array = index.arrays.find((b) => inside(b, w.row, w.col) && !(b.top === w.row && b.left === w.col));
    if (array) {
      throw new XlsxWriteRefused(`tab "${sheet}" sel ${a1(w.row, w.col)} berada di dalam rumus larik ${refOf(array)}; hapus rumus larik itu lalu jalankan lagi`);
    }
  }
}

/** The operations by sheet row number (1-based), each a map of column → op. */
function planOps(index: SheetIndex, writes: readonly CellWrite[]): { ops: Map<number, Map<number, Op>>; materialized: [number, number][] } {
  const ops = new Map<number, Map<number, Op>>();
  const put = (row: number, col: number, op: Op) => {
    let cols = ops.get(row + 1);
    if (!cols) ops.set(row + 1, (cols = new Map()));
    cols.set(col, op);
  };
  for (const w of writes) put(w.row, w.col, { write: w });
  const materialized: [number, number][] = [];
  for (const [si, master] of index.sharedMasters) {
    if (!ops.get(master.row + 1)?.get(master.col)?.write) continue;
    for (const [r, c] of index.sharedChildren.get(si) ?? []) {
      if (ops.get(r + 1)?.get(c)) continue;
      put(r, c, { materialize: shiftFormula(master.text, r - master.row, c - master.col) });
      materialized.push([r, c]);
    }
  }
  return { ops, materialized };
}

function dimensionText(old: string, writes: readonly CellWrite[]): string {
  let block = parseBlock(old);
  for (const w of writes) {
    if (w.value === null && w.formula === undefined) continue;
    block = block
      ? { top: Math.min(block.top, w.row), left: Math.min(block.left, w.col), bottom: Math.max(block.bottom, w.row), right: Math.max(block.right, w.col) }
      : { top: w.row, left: w.col, bottom: w.row, right: w.col };
  }
  return block ? refOf(block) : old;
}

/** Rewrites a worksheet part with `writes` applied. */
export function writeSheet(bytes: Buffer, index: SheetIndex, writes: readonly CellWrite[], styles: StyleBook, date1904: boolean, sheet: string): SheetWriteResult {
  refuseUnsafe(index, writes, sheet);
  const { ops, materialized } = planOps(index, writes);
  const { layout } = index;
  const p = layout.prefix;
  const out = new ByteSink(bytes.length + writes.length * 96 + 4096);
  let formulaRemoved = false;

  // Before <sheetData>: as read, but for the dimension.
  if (layout.dimensionRef) {
    out.bytes(bytes, 0, layout.dimensionRef.start);
    out.text(dimensionText(bytes.toString("latin1", layout.dimensionRef.start, layout.dimensionRef.end), writes));
    out.bytes(bytes, layout.dimensionRef.end, layout.dataOpenStart);
  } else out.bytes(bytes, 0, layout.dataOpenStart);
  if (layout.dataSelfClosing) out.text(`<${p}sheetData>`);
  else out.bytes(bytes, layout.dataOpenStart, layout.dataOpenEnd);

  const scanner = new SheetScanner(bytes);
  const list = new CellList();
  const tag = new Tag();
  const rowNumbers = [...ops.keys()].sort((a, b) => a - b);
  let i = 0;
  let copied = layout.dataOpenEnd;
  const end = layout.dataSelfClosing ? layout.dataOpenEnd : layout.dataCloseStart;

  const newCell = (row: number, col: number, base: number, op: Op): string => {
    const w = op.write!;
    const value = w.value;
    const style = w.formula !== undefined || value !== null ? styleFor(styles, base, value, w.kind) : base;
    return cellXml(p, row, col, style > 0 ? style : -1, value, date1904, w.formula);
  };

  for (const number of rowNumbers) {
    const cols = ops.get(number)!;
    while (i < index.rowCount && index.rowNumbers[i]! < number) i += 1;
    const row0 = number - 1;
    const sorted = [...cols.keys()].sort((a, b) => a - b);
    if (i < index.rowCount && index.rowNumbers[i] === number) {
      out.bytes(bytes, copied, index.rowStarts[i]!);
      nextTag(bytes, index.rowStarts[i]!, bytes.length, tag);
      const row = scanner.readRow(tag, number - 1);
      const cells = list.collect(scanner);
      if (!cells.ordered()) throw new XlsxWriteRefused(`tab "${sheet}" baris ${number}: urutan selnya rusak; buka dan simpan ulang berkas di LibreOffice atau Excel`);
      const rowBase = row.customFormat && row.style >= 0 ? row.style : -1;
      // The start tag, with spans widened when a new cell falls outside them.
      if (row.spansStart >= 0) {
        const spans = bytes.toString("latin1", row.spansStart, row.spansEnd).match(/\d+/g)?.map(Number) ?? [];
        let low = spans.length > 0 ? Math.min(...spans) : Infinity;
        let high = spans.length > 0 ? Math.max(...spans) : -Infinity;
        const widen = (col: number) => ((low = Math.min(low, col + 1)), (high = Math.max(high, col + 1)));
        for (let k = 0; k < cells.count; k += 1) widen(cells.col[k]!);
        for (const col of sorted) if (cols.get(col)!.write && (cols.get(col)!.write!.value !== null || cols.get(col)!.write!.formula !== undefined)) widen(col);
        const same = spans.length > 0 && low === Math.min(...spans) && high === Math.max(...spans);
        out.bytes(bytes, row.start, row.spansStart);
        if (same || high < low) out.bytes(bytes, row.spansStart, row.spansEnd);
        else out.text(`${low}:${high}`);
        out.bytes(bytes, row.spansEnd, row.selfClosing ? row.tagEnd - 2 : row.tagEnd);
      } else out.bytes(bytes, row.start, row.selfClosing ? row.tagEnd - 2 : row.tagEnd);
      if (row.selfClosing) out.text(">");
      let at = row.tagEnd;
      let k = 0;
      for (const col of sorted) {
        while (k < cells.count && cells.col[k]! < col) k += 1;
        const op = cols.get(col)!;
        if (k < cells.count && cells.col[k] === col) {
          const start = cells.start[k]!;
          const end = cells.end[k]!;
          out.bytes(bytes, at, start);
          if (op.materialize !== undefined) {
            out.bytes(bytes, start, cells.fStart[k]!);
            out.text(`<${p}f>${encodeText(op.materialize)}</${p}f>`);
            out.bytes(bytes, cells.fEnd[k]!, end);
          } else {
            if (cells.fStart[k]! >= 0) formulaRemoved = true;
            out.text(newCell(row0, col, Math.max(0, cells.style[k]!), op));
          }
          at = end;
          k += 1;
        } else if (op.write && (op.write.value !== null || op.write.formula !== undefined)) {
          const before = k < cells.count ? cells.start[k]! : row.selfClosing ? row.tagEnd : lastCloseStart(bytes, row.end);
          out.bytes(bytes, at, before);
          at = before;
          const colStyle = index.colStyle(col);
          out.text(newCell(row0, col, rowBase >= 0 ? rowBase : colStyle >= 0 ? colStyle : 0, op));
        }
      }
      if (row.selfClosing) out.text(`</${p}row>`);
      else out.bytes(bytes, at, row.end);
      copied = row.end;
      i += 1;
    } else {
      const before = i < index.rowCount ? index.rowStarts[i]! : end;
      out.bytes(bytes, copied, before);
      copied = before;
      const parts: string[] = [];
      for (const col of sorted) {
        const op = cols.get(col)!;
        if (!op.write || (op.write.value === null && op.write.formula === undefined)) continue;
        const colStyle = index.colStyle(col);
        parts.push(newCell(row0, col, colStyle >= 0 ? colStyle : 0, op));
      }
      if (parts.length > 0) out.text(`<${p}row r="${number}">${parts.join("")}</${p}row>`);
    }
  }
  out.bytes(bytes, copied, end);
  if (layout.dataSelfClosing) {
    out.text(`</${p}sheetData>`);
    out.bytes(bytes, layout.dataOpenEnd, bytes.length);
  } else out.bytes(bytes, layout.dataCloseStart, bytes.length);
  return { bytes: out.result(), formulaRemoved, materialized };
}

/** The "<" of the row's end tag. */
function lastCloseStart(bytes: Buffer, rowEnd: number): number {
  return bytes.lastIndexOf(60, rowEnd - 1);
}
