// The worksheet scanner: reads a <row> start tag, then each <c> in it with its position (explicit
// `r` or implicit, ECMA-376 §18.3.1.4 / §18.3.1.73), style, type and the offsets of its <v>, <f>
// and <is>. The reader, the writer and the self-check all walk a sheet through this one scanner,
// so they can never disagree on what a cell is. The common cell shapes have a one-pass fast path.
import { CELL_NUMBER, CellCursor, FORMULA_ARRAY, FORMULA_DATA_TABLE, FORMULA_NORMAL, FORMULA_SHARED, RowCursor } from "./cell-cursor";
import { XlsxFormatError } from "./format-error";
import { digits, eachAttribute, nextAttribute, parseRef, typeCode } from "./sheet-attributes";
import { elementEnd, isNamed, isSpace, latin1, nextTag, Tag, textEnd } from "./xml-scan";

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const SPACE = 32;
const C = 99;
const V = 118;
const I = 105;
const S = 115;
const T = 116;
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const CLOSE_V_C = ascii("</v></c>");
const CLOSE_T_IS_C = ascii("</t></is></c>");
const PRESERVE = ascii(' xml:space="preserve">');

function matches(bytes: Buffer, at: number, expected: readonly number[]): boolean {
  for (let k = 0; k < expected.length; k += 1) if (bytes[at + k] !== expected[k]) return false;
  return true;
}

const FORMULA_CODES: Record<string, number> = { normal: FORMULA_NORMAL, shared: FORMULA_SHARED, array: FORMULA_ARRAY, dataTable: FORMULA_DATA_TABLE };

/** Walks worksheet rows and cells. One instance per sheet; its cursors are reused for every row and cell. */
export class SheetScanner {
  readonly row = new RowCursor();
  readonly cell = new CellCursor();
  private readonly tag = new Tag();
  private readonly child = new Tag();
  private readonly ref = new Int32Array(2);
  private readonly attribute = new Int32Array(4);

  /** "</row>" with the sheet's prefix, for finding row ends fast. */
  closeRow = Buffer.from("</row>");

  constructor(readonly bytes: Buffer) {}

  /**
   * Reads the <row> start tag at the current tag into `this.row`. `previous` is the number of the
   * row before (for a row without `r`).
   */
  readRow(tag: Tag, previous: number): RowCursor {
    const { bytes, row } = this;
    if (tag.localStart !== tag.nameStart && this.closeRow.length === 6) this.closeRow = Buffer.from(`</${latin1(bytes, tag.nameStart, tag.localStart)}row>`);
    row.start = tag.start;
    row.tagEnd = tag.end;
    row.end = tag.end;
    row.selfClosing = tag.selfClosing;
    row.number = previous + 1;
    row.explicitNumber = false;
    row.style = -1;
    row.customFormat = false;
    row.spansStart = -1;
    row.spansEnd = -1;
    const a = this.attribute;
    let at = tag.nameEnd;
    while ((at = nextAttribute(bytes, at, tag.end - 1, a)) >= 0) {
      const ns = a[0]!;
      const length = a[1]! - ns;
      const first = bytes[ns];
      if (length === 1 && first === 114) {
        const n = digits(bytes, a[2]!, a[3]!);
        if (n > 0) (row.number = n), (row.explicitNumber = true);
      } else if (length === 1 && first === 115) row.style = digits(bytes, a[2]!, a[3]!);
      else if (length === 12 && latin1(bytes, ns, a[1]!) === "customFormat") row.customFormat = bytes[a[2]!] === 49 || bytes[a[2]!] === 116;
      else if (length === 5 && latin1(bytes, ns, a[1]!) === "spans") (row.spansStart = a[2]!), (row.spansEnd = a[3]!);
    }
    return row;
  }

  /**
   * Walks the cells of the row just read by `readRow`, calling `onCell` with `this.cell` filled
   * in; sets `this.row.end`. Elements other than <c> inside a row (extLst) are stepped over.
   */
  walkCells(onCell: (cell: CellCursor) => void): void {
    const { bytes, row, tag } = this;
    if (row.selfClosing) return;
    let at = row.tagEnd;
    let previousCol = -1;
    for (;;) {
      // The usual <c r="…" s="…" t="…"> is read in one pass over its bytes.
      if (bytes[at] === LT && bytes[at + 1] === C && bytes[at + 2] === SPACE && this.plainCellTag(at, previousCol)) {
        this.readCellContent(this.cell.tagEnd, this.tag.selfClosing);
        previousCol = this.cell.col;
        at = this.cell.end;
        onCell(this.cell);
        continue;
      }
      if (!nextTag(bytes, at, bytes.length, tag)) throw new XlsxFormatError(`baris ${row.number} tidak ditutup`);
      if (tag.closing) {
        row.end = tag.end;
        return;
      }
      if (isNamed(bytes, tag, "c")) {
        this.readCell(tag, previousCol);
        previousCol = this.cell.col;
        at = this.cell.end;
        onCell(this.cell);
      } else at = elementEnd(bytes, tag);
    }
  }

  private resetCell(start: number, previousCol: number): void {
    const { cell } = this;
    cell.start = start;
    cell.col = previousCol + 1;
    cell.explicitRef = false;
    cell.style = -1;
    cell.type = CELL_NUMBER;
    cell.vStart = cell.vEnd = cell.fStart = cell.fEnd = cell.fTextStart = cell.fTextEnd = -1;
    cell.fKind = FORMULA_NORMAL;
    cell.fShared = cell.fRefStart = cell.fRefEnd = cell.isStart = cell.isEnd = cell.isTextStart = cell.isTextEnd = -1;
  }

  /**
   * Reads an unprefixed `<c …>` start tag at `at` and its r, s and t attributes in one pass.
   * Returns false (nothing consumed) for anything unusual; the general path reads it then.
   */
  private plainCellTag(at: number, previousCol: number): boolean {
    const { bytes, cell, ref } = this;
    this.resetCell(at, previousCol);
    const n = bytes.length;
    let i = at + 3;
    for (;;) {
      while (i < n && isSpace(bytes[i])) i += 1;
      const b = bytes[i];
      if (b === GT) {
        this.tag.selfClosing = false;
        cell.tagEnd = cell.end = i + 1;
        return true;
      }
      if (b === SLASH && bytes[i + 1] === GT) {
        this.tag.selfClosing = true;
        cell.tagEnd = cell.end = i + 2;
        return true;
      }
      const nameStart = i;
      while (i < n && bytes[i] !== EQUALS && !isSpace(bytes[i]) && bytes[i] !== GT) i += 1;
      const nameLength = i - nameStart;
      while (i < n && isSpace(bytes[i])) i += 1;
      if (bytes[i] !== EQUALS) return false;
      i += 1;
      while (i < n && isSpace(bytes[i])) i += 1;
      const quote = bytes[i];
      if (quote !== 34 && quote !== 39) return false;
      const valueStart = i + 1;
      i = valueStart;
      while (i < n && bytes[i] !== quote) i += 1;
      if (i >= n) return false;
      if (nameLength === 1) {
        const name = bytes[nameStart];
        if (name === 114) {
          if (parseRef(bytes, valueStart, i, ref)) (cell.col = ref[0]!), (cell.explicitRef = true);
        } else if (name === 115) cell.style = digits(bytes, valueStart, i);
        else if (name === 116) cell.type = typeCode(bytes, valueStart, i);
      }
      i += 1;
    }
  }

  private readCell(tag: Tag, previousCol: number): void {
    const { bytes, cell, ref } = this;
    this.resetCell(tag.start, previousCol);
    cell.tagEnd = tag.end;
    cell.end = tag.end;
    const a = this.attribute;
    let p = tag.nameEnd;
    while ((p = nextAttribute(bytes, p, tag.end - 1, a)) >= 0) {
      const ns = a[0]!;
      if (a[1]! - ns !== 1) continue;
      const name = bytes[ns];
      if (name === 114) {
        if (parseRef(bytes, a[2]!, a[3]!, ref)) (cell.col = ref[0]!), (cell.explicitRef = true);
      } else if (name === 115) cell.style = digits(bytes, a[2]!, a[3]!);
      else if (name === 116) cell.type = typeCode(bytes, a[2]!, a[3]!);
    }
    this.readCellContent(tag.end, tag.selfClosing);
  }

  /** The children of a <c> whose start tag ends at `from`: <v>, <f>, <is>; sets cell.end. */
  private readCellContent(from: number, selfClosing: boolean): void {
    const { bytes, cell, child } = this;
    if (selfClosing) return;
    if (this.plainCell(from)) return;
    let at = from;
    for (;;) {
      if (!nextTag(bytes, at, bytes.length, child)) throw new XlsxFormatError(`sel di baris ${this.row.number} tidak ditutup`);
      if (child.closing) {
        cell.end = child.end;
        return;
      }
      if (isNamed(bytes, child, "v")) {
        if (child.selfClosing) (cell.vStart = cell.vEnd = child.end), (at = child.end);
        else {
          cell.vStart = child.end;
          cell.vEnd = textEnd(bytes, child.end);
          at = this.closeOf(cell.vEnd);
        }
      } else if (isNamed(bytes, child, "f")) {
        cell.fStart = child.start;
        eachAttribute(bytes, child, (ns, ne, vs, ve) => {
          const name = latin1(bytes, ns, ne);
          if (name === "t") cell.fKind = FORMULA_CODES[latin1(bytes, vs, ve)] ?? FORMULA_NORMAL;
          else if (name === "si") cell.fShared = digits(bytes, vs, ve);
          else if (name === "ref") (cell.fRefStart = vs), (cell.fRefEnd = ve);
        });
        if (child.selfClosing) (cell.fEnd = child.end), (at = child.end);
        else {
          cell.fTextStart = child.end;
          cell.fTextEnd = textEnd(bytes, child.end);
          at = cell.fEnd = this.closeOf(cell.fTextEnd);
        }
      } else if (isNamed(bytes, child, "is")) {
        cell.isStart = child.end;
        at = child.selfClosing ? child.end : this.inlineString(child.end);
        cell.isEnd = child.selfClosing ? child.end : bytes.lastIndexOf(60, at - 1);
      } else at = elementEnd(bytes, child);
    }
  }

  /**
   * The two cell shapes nearly every writer emits, matched byte for byte without the general
   * walk: `<v>…</v></c>` and `<is><t>…</t></is></c>` (with or without xml:space="preserve"),
   * unprefixed. Anything else (a prefix, a formula, CDATA, white space) returns false and is
   * read by the general walk.
   */
  private plainCell(at: number): boolean {
    const { bytes, cell } = this;
    if (bytes[at] !== LT) return false;
    let text: number;
    let tail: readonly number[];
    if (bytes[at + 1] === V && bytes[at + 2] === GT) {
      text = at + 3;
      tail = CLOSE_V_C;
    } else if (bytes[at + 1] === I && bytes[at + 2] === S && bytes[at + 3] === GT && bytes[at + 4] === LT && bytes[at + 5] === T) {
      if (bytes[at + 6] === GT) text = at + 7;
      else if (matches(bytes, at + 6, PRESERVE)) text = at + 6 + PRESERVE.length;
      else return false;
      tail = CLOSE_T_IS_C;
    } else return false;
    let end = text;
    const n = bytes.length;
    while (end < n && bytes[end] !== LT) end += 1;
    if (!matches(bytes, end, tail)) return false;
    if (tail === CLOSE_V_C) (cell.vStart = text), (cell.vEnd = end);
    else (cell.isStart = at + 4), (cell.isEnd = end + 4), (cell.isTextStart = text), (cell.isTextEnd = end);
    cell.end = end + tail.length;
    return true;
  }

  /**
   * Steps over an <is> whose content starts at `from`; returns the offset after </is>. A lone
   * <t> (what we and most writers write) is recorded as the cell's text range on the way.
   */
  private inlineString(from: number): number {
    const { bytes, child, cell } = this;
    if (!nextTag(bytes, from, bytes.length, child)) throw new XlsxFormatError(`XML rusak di sekitar bita ${from}`);
    if (child.closing) return child.end;
    if (isNamed(bytes, child, "t") && !child.selfClosing) {
      const start = child.end;
      const end = textEnd(bytes, start);
      const after = this.closeOf(end);
      if (!nextTag(bytes, after, bytes.length, child)) throw new XlsxFormatError(`XML rusak di sekitar bita ${after}`);
      if (child.closing) {
        cell.isTextStart = start;
        cell.isTextEnd = end;
        return child.end;
      }
    }
    // Rich text runs or phonetic parts: walk to the matching </is>.
    let depth = 1;
    let at = child.start;
    while (depth > 0) {
      if (!nextTag(bytes, at, bytes.length, child)) throw new XlsxFormatError(`XML rusak di sekitar bita ${at}`);
      if (child.closing) depth -= 1;
      else if (!child.selfClosing) depth += 1;
      at = child.end;
    }
    return at;
  }

  /** Offset after the end tag whose "<" is at `at`. */
  private closeOf(at: number): number {
    const { bytes, child } = this;
    if (!nextTag(bytes, at, bytes.length, child) || !child.closing) throw new XlsxFormatError(`XML rusak di sekitar bita ${at}`);
    return child.end;
  }
}

