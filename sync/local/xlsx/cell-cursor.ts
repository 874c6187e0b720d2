// The cursors the worksheet scanner fills in place — one <row>, one <c> — with the codes of a
// cell's type and formula kind, and a row's cells as offsets in typed arrays (no object per cell).
import type { SheetScanner } from "./sheet-scan";

/** Cell types (the `t` attribute). */
export const CELL_NUMBER = 0;
export const CELL_SHARED = 1;
export const CELL_INLINE = 2;
export const CELL_FORMULA_STRING = 3;
export const CELL_BOOLEAN = 4;
export const CELL_ERROR = 5;
export const CELL_DATE = 6;

/** Formula kinds (the `t` attribute of <f>). */
export const FORMULA_NORMAL = 0;
export const FORMULA_SHARED = 1;
export const FORMULA_ARRAY = 2;
export const FORMULA_DATA_TABLE = 3;

/** One <c>, filled in place for each cell of a row. Offsets are -1 where a part is absent. */
export class CellCursor {
  start = 0;
  end = 0;
  tagEnd = 0;
  col = 0;
  explicitRef = false;
  style = -1;
  type = CELL_NUMBER;
  vStart = -1;
  vEnd = -1;
  fStart = -1;
  fEnd = -1;
  fTextStart = -1;
  fTextEnd = -1;
  fKind = FORMULA_NORMAL;
  fShared = -1;
  fRefStart = -1;
  fRefEnd = -1;
  isStart = -1;
  isEnd = -1;
  /** The text of an inline string that is a single <t> (the common case), else -1. */
  isTextStart = -1;
  isTextEnd = -1;
}

/** One <row> start tag. */
export class RowCursor {
  start = 0;
  tagEnd = 0;
  /** Offset after </row> (or after the tag when it closes itself); set once its cells were walked. */
  end = 0;
  number = 0;
  explicitNumber = false;
  selfClosing = false;
  style = -1;
  customFormat = false;
  spansStart = -1;
  spansEnd = -1;
}

/** The cells of one row as offsets in typed arrays, reused row after row (no object per cell). */
export class CellList {
  count = 0;
  col = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  style = new Int32Array(64);
  fStart = new Int32Array(64);
  fEnd = new Int32Array(64);
  fKind = new Int32Array(64);
  private readonly add = (c: CellCursor) => {
    if (this.count === this.col.length) this.grow();
    const k = this.count;
    this.col[k] = c.col;
    this.start[k] = c.start;
    this.end[k] = c.end;
    this.style[k] = c.style;
    this.fStart[k] = c.fStart;
    this.fEnd[k] = c.fEnd;
    this.fKind[k] = c.fKind;
    this.count = k + 1;
  };

  /** Walks the cells of the row the scanner just read (`readRow`) into this list. */
  collect(scanner: SheetScanner): this {
    this.count = 0;
    scanner.walkCells(this.add);
    return this;
  }

  /** Whether the columns ascend, as the schema requires. */
  ordered(): boolean {
    for (let k = 1; k < this.count; k += 1) if (this.col[k]! <= this.col[k - 1]!) return false;
    return true;
  }

  private grow(): void {
    const twice = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    this.col = twice(this.col);
    this.start = twice(this.start);
    this.end = twice(this.end);
    this.style = twice(this.style);
    this.fStart = twice(this.fStart);
    this.fEnd = twice(this.fEnd);
    this.fKind = twice(this.fKind);
  }
}
