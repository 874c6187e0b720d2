// A small XML tag scanner over bytes (no DOM, no copy of the document): finds the next start or
// end tag, its local name (a prefix such as `x:` in `<x:c>` is skipped), its attributes with either
// quote, and whether it closes itself; comments, processing instructions, DOCTYPE and CDATA are
// stepped over. Enough of XML 1.0 §3 for the parts an .xlsx holds, and fast: the reader and the
// writer address the original bytes by offset.
import { XlsxFormatError } from "./format-error";

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;

export function isSpace(byte: number | undefined): boolean {
  return byte === 32 || byte === 10 || byte === 13 || byte === 9;
}

/** One tag, filled in place by `nextTag` (reused to spare allocations on a million cells). */
export class Tag {
  /** Offset of "<". */
  start = 0;
  /** Offset just after ">". */
  end = 0;
  nameStart = 0;
  /** Where the local name starts: after the prefix's colon, or at nameStart. */
  localStart = 0;
  nameEnd = 0;
  closing = false;
  selfClosing = false;
}

function malformed(at: number): XlsxFormatError {
  return new XlsxFormatError(`XML rusak di sekitar bita ${at}`);
}

function skipPast(bytes: Buffer, from: number, marker: string): number {
  const at = bytes.indexOf(marker, from, "latin1");
  if (at < 0) throw malformed(from);
  return at + marker.length;
}

/** Offset after the ">" that ends a tag whose attributes start at `from` (quotes respected). */
export function tagEnd(bytes: Buffer, from: number): number {
  let i = from;
  const n = bytes.length;
  let quote = 0;
  // A plain loop: attribute values are short, and a native indexOf call costs more than it saves.
  while (i < n) {
    const b = bytes[i]!;
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === GT) return i + 1;
    else if (b === 34 || b === 39) quote = b;
    i += 1;
  }
  throw malformed(from);
}

/** The text of bytes [start, end) as UTF-8 (Buffer's own slice method, without toString's argument handling). */
export function utf8(bytes: Buffer, start: number, end: number): string {
  return (bytes as unknown as { utf8Slice(start: number, end: number): string }).utf8Slice(start, end);
}

/** The bytes [start, end) as Latin-1 text: for ASCII names and numbers. */
export function latin1(bytes: Buffer, start: number, end: number): string {
  return (bytes as unknown as { latin1Slice(start: number, end: number): string }).latin1Slice(start, end);
}

/** Offset of the next "<" at or after `from`, or -1. */
function nextLt(bytes: Buffer, from: number): number {
  const n = bytes.length;
  // Between tags there is little text; for a long run hand over to the native search.
  const stop = Math.min(n, from + 64);
  for (let i = from; i < stop; i += 1) if (bytes[i] === LT) return i;
  return stop === n ? -1 : bytes.indexOf(LT, stop);
}

/**
 * Finds the next start or end tag at or after `from`, before `limit`. Returns false when there is
 * none. Comments, PIs, DOCTYPE and CDATA sections are skipped (text is read by the callers).
 */
export function nextTag(bytes: Buffer, from: number, limit: number, tag: Tag): boolean {
  let i = from;
  for (;;) {
    i = nextLt(bytes, i);
    if (i < 0 || i >= limit) return false;
    const next = bytes[i + 1];
    if (next === BANG) {
      if (bytes[i + 2] === 45 && bytes[i + 3] === 45) i = skipPast(bytes, i + 4, "-->");
      else if (bytes[i + 2] === 91) i = skipPast(bytes, i + 9, "]]>");
      else i = tagEnd(bytes, i + 2);
      continue;
    }
    if (next === QUESTION) {
      i = skipPast(bytes, i + 2, "?>");
      continue;
    }
    tag.start = i;
    tag.closing = next === SLASH;
    let p = tag.closing ? i + 2 : i + 1;
    tag.nameStart = p;
    tag.localStart = p;
    const n = bytes.length;
    while (p < n) {
      const b = bytes[p]!;
      if (b === GT || b === SLASH || isSpace(b)) break;
      if (b === COLON) tag.localStart = p + 1;
      p += 1;
    }
    tag.nameEnd = p;
    if (p === tag.nameStart) throw malformed(i);
    tag.end = bytes[p] === GT ? p + 1 : tagEnd(bytes, p);
    tag.selfClosing = !tag.closing && bytes[tag.end - 2] === SLASH;
    return true;
  }
}

/** Whether the tag's local name is `name` (ASCII). */
export function isNamed(bytes: Buffer, tag: Tag, name: string): boolean {
  const length = tag.nameEnd - tag.localStart;
  if (length !== name.length) return false;
  for (let k = 0; k < length; k += 1) if (bytes[tag.localStart + k] !== name.charCodeAt(k)) return false;
  return true;
}

/** The prefix of a tag's name with its colon ("x:"), or "" for an unprefixed one. */
export function prefixOf(bytes: Buffer, tag: Tag): string {
  return tag.localStart === tag.nameStart ? "" : latin1(bytes, tag.nameStart, tag.localStart);
}

/** Offset after the end tag matching the start tag `open` (after `open` itself when it closes itself). */
const scratch = new Tag();

export function elementEnd(bytes: Buffer, open: Tag, limit = bytes.length): number {
  if (open.selfClosing) return open.end;
  const tag = scratch;
  let depth = 1;
  let at = open.end;
  while (nextTag(bytes, at, limit, tag)) {
    if (tag.closing) depth -= 1;
    else if (!tag.selfClosing) depth += 1;
    at = tag.end;
    if (depth === 0) return tag.end;
  }
  throw malformed(open.start);
}

/**
 * Offset of the "<" of the end tag that closes a text-only element whose content starts at
 * `from`: CDATA sections and comments inside the text are stepped over.
 */
export function textEnd(bytes: Buffer, from: number): number {
  let i = from;
  for (;;) {
    i = nextLt(bytes, i);
    if (i < 0) throw malformed(from);
    if (bytes[i + 1] !== BANG && bytes[i + 1] !== QUESTION) return i;
    if (bytes[i + 2] === 91) i = skipPast(bytes, i + 9, "]]>");
    else if (bytes[i + 1] === QUESTION) i = skipPast(bytes, i + 2, "?>");
    else i = skipPast(bytes, i + 4, "-->");
  }
}
