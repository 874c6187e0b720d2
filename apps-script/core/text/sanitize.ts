// Text the engine writes or prints: never a NIK or NIP, never a control character, never longer
// than a spreadsheet cell holds. Applied where engine text leaves the core (cells, audit, summary).
import type { CellValue } from "../ports";

/** Excel's and LibreOffice's limit for one cell (Google Sheets allows 50,000). */
export const CELL_TEXT_LIMIT = 32_767;

/** What a masked number reads as: staff see that something was there, not what. */
export const MASK = "[angka disamarkan]";

// 15 or more digits, optionally grouped by single spaces or dots: a NIK (16), a NIP or NI PPPK
// (18, often "19690610 199503 1 012"), or a mistyped one. Dashes are not separators, so dates,
// case IDs and letter numbers stay readable.
const LONG_NUMBER = /\d(?:[ .]?\d){14,}/g;

// C0 controls except tab, line feed and carriage return, DEL, and the two non-characters XML
// refuses; lone surrogates too (a broken paste), since no file format can store them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Masks digit runs that look like a NIK or NIP.
 * @example redactPersonalNumbers('Status "198501012010011001" tidak dikenal') // 'Status "[angka disamarkan]" tidak dikenal'
 */
export function redactPersonalNumbers(text: string): string {
  return text.replace(LONG_NUMBER, MASK);
}

// A cheap first look (no lookaround): almost every cell has none of these, and the engine asks
// for every staff cell of every row.
const MAYBE_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\uD800-\uDFFF]/;

/** Whether text holds characters no workbook can store (see CONTROL). */
export function hasControlCharacters(text: string): boolean {
  if (!MAYBE_CONTROL.test(text)) return false;
  CONTROL.lastIndex = 0;
  const found = CONTROL.test(text);
  CONTROL.lastIndex = 0;
  return found;
}

/** The control characters of a text as "U+0007", for a message that names them. */
export function controlCharacterNames(text: string): string[] {
  if (!MAYBE_CONTROL.test(text)) return [];
  const names = new Set<string>();
  for (const match of text.matchAll(CONTROL)) {
    names.add(`U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  }
  return [...names];
}

export function stripControlCharacters(text: string): string {
  return text.replace(CONTROL, "");
}

/** Cuts text to the cell limit, saying so at the end. */
export function capCellText(text: string, limit = CELL_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  const tail = " … (dipotong)";
  return text.slice(0, limit - tail.length) + tail;
}

/** Every text the engine writes into a cell or the audit trail, or prints: safe to store and to show. */
export function engineText(text: string): string {
  return capCellText(redactPersonalNumbers(stripControlCharacters(text)));
}

/** The engine's cells of a patch or an appended row, every text made safe by `engineText`. */
export function engineCells(values: Readonly<Record<string, CellValue>>): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const [header, value] of Object.entries(values)) out[header] = typeof value === "string" ? engineText(value) : value;
  return out;
}
