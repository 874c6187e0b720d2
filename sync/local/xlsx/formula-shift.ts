// Moves an A1 formula by rows and columns the way a shared formula applies to each of its cells
// (ECMA-376 §18.3.1.40, `t="shared"`): relative references shift, $-anchored parts stay, text in
// "quotes" and structured references in [brackets] are left alone. A reference pushed off the
// sheet becomes #REF!, as a spreadsheet shows it.
import { columnLetters as columnLettersFrom0 } from "../../../apps-script/core/registers/a1";

const MAX_COLUMN = 16_384;
const MAX_ROW = 1_048_576;

// Strings, quoted sheet names and bracketed table references first (kept whole), then cell references, whole-column
// ranges (A:C) and whole-row ranges (3:5). A reference must not be part of a longer name or a
// function name (LOG10( is a function, not column LOG row 10).
const TOKENS =
  /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])|(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])|(?<![A-Za-z0-9_.$:])(\$?)(\d+):(\$?)(\d+)(?![A-Za-z0-9_(.:])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based column number → letters (the core's function counts from 0). */
const columnLetters = (n: number): string => columnLettersFrom0(n - 1);

function shiftColumn(abs: string, letters: string, by: number): string | null {
  const n = abs === "$" ? columnNumber(letters) : columnNumber(letters) + by;
  return n < 1 || n > MAX_COLUMN ? null : `${abs}${columnLetters(n)}`;
}

function shiftRow(abs: string, digits: string, by: number): string | null {
  const n = abs === "$" ? Number(digits) : Number(digits) + by;
  return n < 1 || n > MAX_ROW ? null : `${abs}${n}`;
}

/**
 * The formula as it reads `rows` rows down and `cols` columns right of where it was written.
 * @example shiftFormula("A1+$B$1*B2", 2, 1) // "B3+$B$1*C4"
 */
export function shiftFormula(text: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return text;
  return text.replace(TOKENS, (match: string, ...g: (string | undefined)[]) => {
    if (match.startsWith('"') || match.startsWith("'") || match.startsWith("[")) return match;
    if (g[1] !== undefined) {
      if (columnNumber(g[1]) > MAX_COLUMN) return match; // a name such as "ZZZ1"? not a cell on any sheet
      const col = shiftColumn(g[0]!, g[1], cols);
      const row = shiftRow(g[2]!, g[3]!, rows);
      return col && row ? col + row : "#REF!";
    }
    if (g[5] !== undefined) {
      const from = shiftColumn(g[4]!, g[5], cols);
      const to = shiftColumn(g[6]!, g[7]!, cols);
      return from && to ? `${from}:${to}` : "#REF!";
    }
    const from = shiftRow(g[8]!, g[9]!, rows);
    const to = shiftRow(g[10]!, g[11]!, rows);
    return from && to ? `${from}:${to}` : "#REF!";
  });
}
