// Moves a formula to another row the way pasting does in Sheets: relative row numbers shift,
// $-anchored rows and text inside "quotes" stay. Needed when a case row is restored at a
// different row than it was backed up from (its "=M8*2" must become "=M31*2" on row 31).

// A string literal, or a cell reference not preceded by a letter/digit/_/./! chain that would make
// it part of a name, and not followed by "(" (a function such as LOG10).
const TOKENS = /"(?:[^"]|"")*"|(?<![A-Za-z0-9_.])((?:'(?:[^']|'')+'|[A-Za-z0-9_]+)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

export function shiftFormula(text: string, rowDelta: number): string {
  if (rowDelta === 0) return text;
  return text.replace(TOKENS, (match, sheet: string | undefined, colAbs: string, col: string, rowAbs: string, row: string) => {
    if (match.startsWith('"') || row === undefined) return match;
    const shifted = rowAbs === "$" ? Number(row) : Number(row) + rowDelta;
    if (shifted < 1) return "#REF!"; // as Sheets shows a reference moved above row 1
    return `${sheet ?? ""}${colAbs}${col}${rowAbs}${shifted}`;
  });
}
