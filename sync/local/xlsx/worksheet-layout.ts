// The top level of a worksheet (its root prefix, <dimension>, <cols>, <sheetData>,
// <mergeCells>) and the walk over its rows, for the reader, the writer and the self-check.
import type { RowCursor } from "./cell-cursor";
import { XlsxFormatError } from "./format-error";
import { eachAttribute } from "./sheet-attributes";
import { SheetScanner } from "./sheet-scan";
import { elementEnd, isNamed, latin1, nextTag, prefixOf, Tag } from "./xml-scan";

/** Where a worksheet's parts are: its root prefix, <dimension ref>, <cols>, <sheetData>, <mergeCells>. */
export interface WorksheetLayout {
  readonly prefix: string;
  readonly dimensionRef: { readonly start: number; readonly end: number } | null;
  /** Offset just after <sheetData ...> (or of `<sheetData/>` itself when it closes itself). */
  readonly dataOpenStart: number;
  readonly dataOpenEnd: number;
  readonly dataSelfClosing: boolean;
  /** Offset of "</sheetData>" and after it (both dataOpenEnd for a self-closing one). */
  readonly dataCloseStart: number;
  readonly dataCloseEnd: number;
  /** Byte ranges of the <col> tags and <mergeCell> tags, for their attributes. */
  readonly colTags: readonly Tag[];
  readonly mergeTags: readonly Tag[];
}

/**
 * Walks the worksheet's top level. `onSheetData` is called at <sheetData> with the scanner and
 * must walk its rows and return the offset of "</sheetData>".
 */
export function scanWorksheet(bytes: Buffer, onSheetData: (scanner: SheetScanner, from: number) => number): WorksheetLayout {
  const tag = new Tag();
  if (!nextTag(bytes, 0, bytes.length, tag) || !isNamed(bytes, tag, "worksheet")) throw new XlsxFormatError("bagian lembar kerja tidak berisi <worksheet>");
  const prefix = prefixOf(bytes, tag);
  let dimensionRef: WorksheetLayout["dimensionRef"] = null;
  const colTags: Tag[] = [];
  const mergeTags: Tag[] = [];
  let data: Omit<WorksheetLayout, "prefix" | "dimensionRef" | "colTags" | "mergeTags"> | null = null;
  let at = tag.end;
  while (nextTag(bytes, at, bytes.length, tag) && !tag.closing) {
    if (isNamed(bytes, tag, "sheetData")) {
      const scanner = new SheetScanner(bytes);
      if (tag.selfClosing) {
        data = { dataOpenStart: tag.start, dataOpenEnd: tag.end, dataSelfClosing: true, dataCloseStart: tag.end, dataCloseEnd: tag.end };
        at = tag.end;
        continue;
      }
      const openStart = tag.start;
      const openEnd = tag.end;
      const closeStart = onSheetData(scanner, tag.end);
      if (!nextTag(bytes, closeStart, bytes.length, tag) || !tag.closing) throw new XlsxFormatError("<sheetData> tidak ditutup");
      data = { dataOpenStart: openStart, dataOpenEnd: openEnd, dataSelfClosing: false, dataCloseStart: closeStart, dataCloseEnd: tag.end };
      at = tag.end;
      continue;
    }
    if (isNamed(bytes, tag, "dimension")) {
      eachAttribute(bytes, tag, (ns, ne, vs, ve) => {
        if (ne - ns === 3 && latin1(bytes, ns, ne) === "ref") dimensionRef = { start: vs, end: ve };
      });
    }
    const inner = isNamed(bytes, tag, "cols") ? colTags : isNamed(bytes, tag, "mergeCells") ? mergeTags : null;
    const end = elementEnd(bytes, tag);
    if (inner && !tag.selfClosing) {
      const child = new Tag();
      let p = tag.end;
      while (nextTag(bytes, p, end, child) && !child.closing) {
        inner.push(Object.assign(new Tag(), child));
        p = elementEnd(bytes, child, end);
      }
    }
    at = end;
  }
  if (!data) throw new XlsxFormatError("lembar kerja tanpa <sheetData>");
  return { prefix, dimensionRef, colTags, mergeTags, ...data };
}

/**
 * Offset after the </row> closing the row `open`: found by searching for the end tag itself
 * (text cannot hold "<" unescaped), unless a comment or CDATA section ("<!", at `markup`, the
 * next one in the sheet) lies before it and could hide one.
 */
function rowEnd(bytes: Buffer, open: Tag, closeRow: Buffer, markup: number): number {
  const close = bytes.indexOf(closeRow, open.end);
  if (close >= 0 && (markup < 0 || markup > close)) return close + closeRow.length;
  return elementEnd(bytes, open);
}

/** Walks every row of <sheetData> starting at `from`; returns the offset of "</sheetData>". */
export function walkRows(scanner: SheetScanner, from: number, onRow: (row: RowCursor) => void, onRowDone?: (row: RowCursor) => void): number {
  const { bytes } = scanner;
  const tag = new Tag();
  let at = from;
  let previous = 0;
  let markup = -2; // offset of the next "<!" in the sheet (-1: none), found when first needed
  for (;;) {
    if (!nextTag(bytes, at, bytes.length, tag)) throw new XlsxFormatError("<sheetData> tidak ditutup");
    if (tag.closing) return tag.start;
    if (isNamed(bytes, tag, "row")) {
      const row = scanner.readRow(tag, previous);
      onRow(row);
      // A caller that did not walk the cells still needs the row's end.
      if (!row.selfClosing && row.end <= row.tagEnd) {
        if (markup === -2 || (markup >= 0 && markup < tag.end)) markup = bytes.indexOf("<!", tag.end, "latin1");
        row.end = rowEnd(bytes, tag, scanner.closeRow, markup);
      }
      onRowDone?.(row);
      previous = row.number;
      at = row.end;
    } else at = elementEnd(bytes, tag);
  }
}

