// Attribute and reference parsing straight from the bytes of a start tag, without strings:
// the scanner reads a million `r="AB12" s="3" t="s"` this way.
import { XlsxFormatError } from "./format-error";
import { CELL_BOOLEAN, CELL_DATE, CELL_ERROR, CELL_FORMULA_STRING, CELL_INLINE, CELL_NUMBER, CELL_SHARED } from "./cell-cursor";
import { isSpace, latin1, type Tag } from "./xml-scan";

/** A non-negative decimal at [start, end) (trailing white space allowed), or -1. */
export function digits(bytes: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i += 1) {
    const d = bytes[i]! - 48;
    if (d < 0 || d > 9) return isSpace(bytes[i]) ? n : -1;
    n = n * 10 + d;
  }
  return n;
}

/** Parses "AB12" at [start, end): the column (0-based) into `out[0]`, the row into `out[1]` (0 when absent). */
export function parseRef(bytes: Buffer, start: number, end: number, out: Int32Array): boolean {
  let col = 0;
  let i = start;
  for (; i < end; i += 1) {
    const b = bytes[i]! | 0x20; // lower case
    if (b < 97 || b > 122) break;
    col = col * 26 + (b - 96);
  }
  if (col === 0 || col > 16384) return false;
  out[0] = col - 1;
  out[1] = i < end ? digits(bytes, i, end) : 0;
  return out[1]! >= 0;
}

/**
 * Reads the attribute starting at or after `from` (before `stop`, the tag's ">") into `out` as
 * [nameStart, nameEnd, valueStart, valueEnd]; returns the offset after it, or -1 when none is left.
 */
export function nextAttribute(bytes: Buffer, from: number, stop: number, out: Int32Array): number {
  let i = from;
  while (i < stop && (isSpace(bytes[i]) || bytes[i] === 47)) i += 1;
  if (i >= stop) return -1;
  const nameStart = i;
  while (i < stop && bytes[i] !== 61 && !isSpace(bytes[i])) i += 1;
  out[0] = nameStart;
  out[1] = i;
  while (i < stop && bytes[i] !== 34 && bytes[i] !== 39) i += 1;
  const close = i < stop ? bytes.indexOf(bytes[i]!, i + 1) : -1;
  if (close < 0 || close > stop) throw new XlsxFormatError(`XML rusak di sekitar bita ${nameStart}`);
  out[2] = i + 1;
  out[3] = close;
  return close + 1;
}

/** Calls `sink` for each attribute of the start tag. */
export function eachAttribute(bytes: Buffer, tag: Tag, sink: (nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => void): void {
  const a = new Int32Array(4);
  let at = tag.nameEnd;
  while ((at = nextAttribute(bytes, at, tag.end - 1, a)) >= 0) sink(a[0]!, a[1]!, a[2]!, a[3]!);
}

const TYPE_CODES: Record<string, number> = { n: CELL_NUMBER, s: CELL_SHARED, inlineStr: CELL_INLINE, str: CELL_FORMULA_STRING, b: CELL_BOOLEAN, e: CELL_ERROR, d: CELL_DATE };

export function typeCode(bytes: Buffer, start: number, end: number): number {
  // Decided from the first byte and the length, without making a string (a million cells).
  const length = end - start;
  const first = bytes[start];
  if (length === 1) return first === 115 ? CELL_SHARED : first === 98 ? CELL_BOOLEAN : first === 101 ? CELL_ERROR : first === 100 ? CELL_DATE : CELL_NUMBER;
  if (length === 9 && first === 105) return CELL_INLINE;
  if (length === 3 && first === 115) return CELL_FORMULA_STRING;
  return TYPE_CODES[latin1(bytes, start, end)] ?? CELL_NUMBER;
}
