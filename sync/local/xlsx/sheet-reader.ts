// Reads one worksheet into the port's RawTable (row 1 = headers, then data rows up to the last
// row holding anything) plus the index the writer needs: where each <row> sits in the bytes,
// column styles from <cols>, merged blocks, shared-formula masters and their children, and
// array-formula ranges. One pass over the bytes; strings are decoded, nothing else is copied.
import type { CellValue, MergedRange, RawTable } from "../../../apps-script/core/ports";
import { cellValue } from "./cell-value";
import { XlsxFormatError } from "./format-error";
import { shiftFormula } from "./formula-shift";
import type { ColumnKind } from "./serial-date";
import { CELL_SHARED, FORMULA_ARRAY, FORMULA_SHARED, type CellCursor } from "./cell-cursor";
import { parseRef } from "./sheet-attributes";
import { scanWorksheet, walkRows, type WorksheetLayout } from "./worksheet-layout";
import { decodeAttribute, decodeText } from "./xml-text";

/** A block of cells, 0-based and inclusive, in sheet coordinates (row 0 is the header row). */
export interface Block {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SharedMaster {
  readonly row: number;
  readonly col: number;
  /** Formula text without "=". */
  readonly text: string;
}

/** Everything the writer and the self-check need to know about a sheet besides its values. */
export interface SheetIndex {
  readonly layout: WorksheetLayout;
  /** Row numbers (1-based) and byte ranges of every <row>, in document order (ascending). */
  readonly rowNumbers: Int32Array;
  readonly rowStarts: Int32Array;
  readonly rowEnds: Int32Array;
  readonly rowCount: number;
  /** Column style (xf index) of each 0-based column from <cols>, -1 where none is set. */
  colStyle(col: number): number;
  readonly merges: readonly Block[];
  readonly arrays: readonly Block[];
  readonly sharedMasters: ReadonlyMap<number, SharedMaster>;
  /** si → cells (0-based sheet coordinates) that use the shared formula without holding its text. */
  readonly sharedChildren: ReadonlyMap<number, readonly (readonly [number, number])[]>;
}

export interface SheetRead {
  readonly table: RawTable;
  readonly index: SheetIndex;
}

export interface ReadContext {
  readonly strings: readonly string[];
  readonly date1904: boolean;
  /** How each column's numbers are read, decided from the header texts. */
  readonly kinds: (headers: readonly string[]) => readonly ColumnKind[];
}

/** "A1:C3" (or "B2") as a block, or null. */
export function parseBlock(ref: string): Block | null {
  const [from, to = from] = ref.trim().split(":");
  const a = new Int32Array(2);
  const b = new Int32Array(2);
  const fromBytes = Buffer.from(from!.replace(/\$/g, ""), "latin1");
  const toBytes = Buffer.from(to!.replace(/\$/g, ""), "latin1");
  if (!parseRef(fromBytes, 0, fromBytes.length, a) || !parseRef(toBytes, 0, toBytes.length, b) || a[1]! < 1 || b[1]! < 1) return null;
  return { top: Math.min(a[1]!, b[1]!) - 1, left: Math.min(a[0]!, b[0]!), bottom: Math.max(a[1]!, b[1]!) - 1, right: Math.max(a[0]!, b[0]!) };
}

function headerText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "object") return value.date;
  return String(value).trim();
}

/**
 * The <cols> lookup, made outside readSheet on purpose: a closure created inside it would keep
 * readSheet's whole scope — the sheet's 80 MB of XML included — alive as long as the index.
 */
function columnStyles(ranges: readonly { min: number; max: number; style: number }[]): (col: number) => number {
  return (col) => ranges.find((r) => col >= r.min && col <= r.max)?.style ?? -1;
}

function growRows(rows: (CellValue[] | null)[], length: number): void {
  while (rows.length < length) rows.push(null);
}

/** Reads a worksheet part. Throws XlsxFormatError (Indonesian) when its XML is broken. */
export function readSheet(bytes: Buffer, name: string, context: ReadContext): SheetRead {
  const { strings, date1904 } = context;
  const headerCells: CellValue[] = [];
  const rows: (CellValue[] | null)[] = [];
  const formulas = new Map<number, Map<number, string>>();
  const masters = new Map<number, SharedMaster>();
  const children = new Map<number, [number, number][]>();
  const arrays: { block: Block; text: string }[] = [];
  let numbers = new Int32Array(1024);
  let starts = new Int32Array(1024);
  let ends = new Int32Array(1024);
  let count = 0;
  let width = 0;
  let lastRow = 0; // last data row (1-based sheet row) holding anything
  let kinds: readonly ColumnKind[] | null = null;
  let previousNumber = 0;
  // Inline strings repeat down a column ("Diterapkan", "Pemerintah Provinsi …"): a text equal to
  // one of the column's last two keeps that one copy. Cheaper than a table of every string, and
  // it catches most repeats.
  const recent: (string | undefined)[] = [];
  const reuse = (col: number, text: string): string => {
    const a = recent[2 * col];
    if (a === text) return a;
    const b = recent[2 * col + 1];
    if (b === text) return b;
    recent[2 * col + 1] = a;
    recent[2 * col] = text;
    return text;
  };

  const setFormula = (sheetRow: number, col: number, text: string) => {
    if (sheetRow < 2) return;
    let map = formulas.get(sheetRow - 2);
    if (!map) formulas.set(sheetRow - 2, (map = new Map()));
    if (!map.has(col)) map.set(col, `=${text}`);
  };

  const formulaOf = (cell: CellCursor, sheetRow: number): string | null => {
    if (cell.fStart < 0) return null;
    const text = cell.fTextStart >= 0 ? decodeText(bytes.toString("utf8", cell.fTextStart, cell.fTextEnd)) : "";
    if (cell.fKind === FORMULA_SHARED && cell.fShared >= 0) {
      if (text !== "") masters.set(cell.fShared, { row: sheetRow - 1, col: cell.col, text });
      else {
        let list = children.get(cell.fShared);
        if (!list) children.set(cell.fShared, (list = []));
        list.push([sheetRow - 1, cell.col]);
        return null; // resolved once every master is known
      }
    }
    if (cell.fKind === FORMULA_ARRAY && cell.fRefStart >= 0) {
      const block = parseBlock(decodeAttribute(bytes.toString("latin1", cell.fRefStart, cell.fRefEnd)));
      if (block) arrays.push({ block, text });
    }
    return text;
  };

  const layout = scanWorksheet(bytes, (scanner, from) =>
    walkRows(scanner, from, (row) => {
      if (row.number <= previousNumber) {
        throw new XlsxFormatError(`tab "${name}": baris ${row.number} muncul setelah baris ${previousNumber} (urutan baris rusak)`);
      }
      previousNumber = row.number;
      if (count === numbers.length) {
        const grow = (a: Int32Array) => Int32Array.from({ length: a.length * 2 }, (_, i) => a[i] ?? 0);
        numbers = grow(numbers);
        starts = grow(starts);
        ends = grow(ends);
      }
      const at = count;
      count += 1;
      numbers[at] = row.number;
      starts[at] = row.start;
      const sheetRow = row.number;
      if (sheetRow === 1) {
        scanner.walkCells((cell) => {
          const value = cellValue(bytes, cell, strings, "other", date1904);
          formulaOf(cell, 1);
          if (value !== null) {
            while (headerCells.length < cell.col) headerCells.push(null);
            headerCells[cell.col] = value;
            width = Math.max(width, cell.col + 1);
          }
        });
      } else {
        if (!kinds) kinds = context.kinds(headerCells.map(headerText));
        const known = kinds;
        let cells: CellValue[] | null = null;
        scanner.walkCells((cell) => {
          const formula = formulaOf(cell, sheetRow);
          let value = cellValue(bytes, cell, strings, known[cell.col] ?? "other", date1904);
          if (value === null && cell.fStart < 0) return; // a styled empty cell is not content
          if (typeof value === "string" && cell.type !== CELL_SHARED) value = reuse(cell.col, value);
          if (!cells) cells = new Array<CellValue>(Math.max(width, cell.col + 1)).fill(null);
          while (cells.length < cell.col) cells.push(null);
          cells[cell.col] = value;
          if (formula !== null) setFormula(sheetRow, cell.col, formula);
          width = Math.max(width, cell.col + 1);
        });
        if (cells) {
          growRows(rows, sheetRow - 1);
          rows[sheetRow - 2] = cells;
          lastRow = sheetRow;
        }
      }
      ends[at] = row.end;
    }),
  );

  for (const [si, list] of children) {
    const master = masters.get(si);
    for (const [r, c] of list) {
      setFormula(r + 1, c, master ? shiftFormula(master.text, r - master.row, c - master.col) : "#REF!");
    }
  }
  // Cells covered by an array formula hold it too, though only its first cell stores the text.
  for (const { block, text } of arrays) {
    for (let r = Math.max(block.top, 1); r <= block.bottom; r += 1) {
      if (r > lastRow - 1) break;
      for (let c = block.left; c <= block.right; c += 1) setFormula(r + 1, c, text);
    }
  }

  const merges: Block[] = [];
  for (const tag of layout.mergeTags) {
    const ref = /\bref\s*=\s*["']([^"']*)["']/.exec(bytes.toString("latin1", tag.start, tag.end));
    const block = ref ? parseBlock(ref[1]!) : null;
    if (block) merges.push(block);
  }
  const colRanges: { min: number; max: number; style: number }[] = [];
  for (const tag of layout.colTags) {
    const text = bytes.toString("latin1", tag.start, tag.end);
    const value = (attr: string) => new RegExp(`\\b${attr}\\s*=\\s*["']([^"']*)["']`).exec(text)?.[1];
    const min = Number(value("min"));
    const max = Number(value("max") ?? min);
    const style = value("style");
    if (style !== undefined && Number.isInteger(min)) colRanges.push({ min: min - 1, max: max - 1, style: Number(style) });
  }

  const headers = headerCells.map(headerText);
  while (headers.length < width) headers.push("");
  const empty: CellValue[] = new Array<CellValue>(width).fill(null);
  const data: CellValue[][] = [];
  for (let i = 0; i < lastRow - 1; i += 1) {
    const cells = rows[i];
    if (!cells) {
      data.push(empty); // shared: the MemoryWorkbook copies a row before it writes into it
      continue;
    }
    while (cells.length < width) cells.push(null);
    data.push(cells);
  }
  const tableMerges: MergedRange[] = merges.map((m) => ({ top: m.top - 1, left: m.left, bottom: m.bottom - 1, right: m.right }));
  return {
    table: { name, headers, rows: data, formulas, merges: tableMerges },
    index: {
      layout,
      rowNumbers: numbers.subarray(0, count),
      rowStarts: starts.subarray(0, count),
      rowEnds: ends.subarray(0, count),
      rowCount: count,
      colStyle: columnStyles(colRanges),
      merges,
      arrays: arrays.map((a) => a.block),
      sharedMasters: masters,
      sharedChildren: children,
    },
  };
}
