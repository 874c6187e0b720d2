// A1 notation for the ranges the tool sends: quoted tab names, column letters, row spans.

import { columnLetters } from "../../apps-script/core/registers/a1";

export { columnLetters };

/** A tab name quoted for A1 notation: always quoted, inner quotes doubled, so any name is safe. */
export function quoteTab(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Range over rows [fromRow, toRow) and columns [fromCol, toCol), all 0-based, end-exclusive.
 * Example: range("Permohonan", 0, 10, 0, 3) → 'Permohonan'!A1:C10
 */
export function rangeOf(tab: string, fromRow: number, toRow: number, fromCol: number, toCol: number): string {
  return `${quoteTab(tab)}!${columnLetters(fromCol)}${fromRow + 1}:${columnLetters(toCol - 1)}${toRow}`;
}
