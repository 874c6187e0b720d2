// A scanned <c> as the port's typed value: shared and inline strings (rich-text runs joined,
// phonetic <rPh> runs left out), formula strings, booleans, errors as their text, numbers, and
// dates by COLUMN type (a number in a date column is a serial date; elsewhere it stays a number,
// whatever its number format says). Strings come back exactly as stored, control characters too.
import type { CellValue } from "../../../apps-script/core/ports";
import { isoToDate, serialToDate, type ColumnKind } from "./serial-date";
import { CELL_BOOLEAN, CELL_DATE, CELL_ERROR, CELL_FORMULA_STRING, CELL_INLINE, CELL_SHARED, type CellCursor } from "./cell-cursor";
import { elementEnd, isNamed, latin1, nextTag, Tag, textEnd, utf8 } from "./xml-scan";
import { decodeText } from "./xml-text";

/** Text at [start, end) of a text-only element, decoded. */
export function textAt(bytes: Buffer, start: number, end: number): string {
  return decodeText(utf8(bytes, start, end));
}

const scratch = new Tag();

/** The text of a string item (<si> or <is> content): its <t>, or its runs' <t>s, without <rPh>. */
export function itemText(bytes: Buffer, start: number, end: number): string {
  let out = "";
  let at = start;
  const tag = scratch;
  while (nextTag(bytes, at, end, tag)) {
    if (tag.closing) {
      at = tag.end;
      continue;
    }
    if (isNamed(bytes, tag, "rPh")) {
      at = elementEnd(bytes, tag, end);
      continue;
    }
    if (isNamed(bytes, tag, "t") && !tag.selfClosing) {
      const close = textEnd(bytes, tag.end);
      out += textAt(bytes, tag.end, close);
      at = close;
      continue;
    }
    at = tag.end;
  }
  return out;
}

/** A <v> as a number: integers straight from the bytes, anything else through Number(). */
export function numberAt(bytes: Buffer, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (bytes[i] === 45) (negative = true), (i += 1);
  let n = 0;
  if (end - i > 0 && end - i < 16) {
    for (; i < end; i += 1) {
      const d = bytes[i]! - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === end) return negative ? -n : n;
  }
  const text = latin1(bytes, start, end).trim();
  return text === "" ? Number.NaN : Number(text);
}

/** The typed value of the cell under the cursor. */
export function cellValue(bytes: Buffer, cell: CellCursor, strings: readonly string[], kind: ColumnKind, date1904: boolean): CellValue {
  if (cell.type === CELL_INLINE) {
    if (cell.isStart < 0) return null;
    const text = cell.isTextStart >= 0 ? textAt(bytes, cell.isTextStart, cell.isTextEnd) : itemText(bytes, cell.isStart, cell.isEnd);
    return text === "" ? null : text;
  }
  if (cell.vStart < 0 || cell.vEnd === cell.vStart) return null;
  switch (cell.type) {
    case CELL_SHARED: {
      const text = strings[numberAt(bytes, cell.vStart, cell.vEnd)];
      return text === undefined || text === "" ? null : text;
    }
    case CELL_FORMULA_STRING:
    case CELL_ERROR: {
      const text = textAt(bytes, cell.vStart, cell.vEnd);
      return text === "" ? null : text;
    }
    case CELL_BOOLEAN: {
      const b = bytes[cell.vStart];
      return b === 49 || b === 116; // "1" or "true"
    }
    case CELL_DATE:
      return isoToDate(textAt(bytes, cell.vStart, cell.vEnd), kind);
    default: {
      const n = numberAt(bytes, cell.vStart, cell.vEnd);
      if (Number.isNaN(n)) {
        const text = textAt(bytes, cell.vStart, cell.vEnd).trim();
        return text === "" ? null : text; // a broken number: show what is there, the core reports it
      }
      return kind === "other" ? n : serialToDate(n, date1904, kind);
    }
  }
}

/** Reads a shared-string table (xl/sharedStrings.xml, ECMA-376 §18.4.9). */
export function readSharedStrings(bytes: Buffer): string[] {
  const out: string[] = [];
  const tag = new Tag();
  let at = 0;
  while (nextTag(bytes, at, bytes.length, tag)) {
    if (!tag.closing && isNamed(bytes, tag, "si")) {
      const end = elementEnd(bytes, tag);
      if (tag.selfClosing) out.push("");
      else {
        const closeSi = bytes.lastIndexOf(60, end - 1);
        out.push(itemText(bytes, tag.end, closeSi));
      }
      at = end;
    } else at = tag.end;
  }
  return out;
}
