// A1 notation as the Sheets API accepts it ('Tab'!A1:C10, Tab!A:C, Tab!2:5, 'Tab'), written
// separately from the tool's own helpers so a shared mistake cannot hide.

export interface A1Range {
  readonly sheet: string;
  /** 0-based, inclusive start; end exclusive. Undefined ends mean "to the edge of the grid". */
  readonly startRow?: number;
  readonly endRow?: number;
  readonly startCol?: number;
  readonly endCol?: number;
}

export function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits "'It''s'!A1:B2" into the sheet name and the cell part; null when malformed. */
function splitSheet(range: string): { sheet: string; cells: string | undefined } | null {
  if (range.startsWith("'")) {
    let i = 1;
    let name = "";
    for (; i < range.length; i++) {
      if (range[i] === "'") {
        if (range[i + 1] === "'") {
          name += "'";
          i++;
          continue;
        }
        break;
      }
      name += range[i];
    }
    if (i >= range.length) return null;
    const rest = range.slice(i + 1);
    if (rest === "") return { sheet: name, cells: undefined };
    return rest.startsWith("!") ? { sheet: name, cells: rest.slice(1) } : null;
  }
  const bang = range.lastIndexOf("!");
  return bang < 0 ? { sheet: range, cells: undefined } : { sheet: range.slice(0, bang), cells: range.slice(bang + 1) };
}

export function parseA1(range: string): A1Range | null {
  const split = splitSheet(range);
  if (!split || split.sheet === "") return null;
  if (split.cells === undefined) return { sheet: split.sheet };
  const ends = split.cells.split(":");
  if (ends.length > 2) return null;
  const parsed = ends.map((e) => /^\$?([A-Za-z]*)\$?(\d*)$/.exec(e));
  if (parsed.some((m) => !m || (m[1] === "" && m[2] === ""))) return null;
  const [a, b = a] = parsed as RegExpExecArray[];
  const col = (m: RegExpExecArray): number | undefined => (m[1] ? colIndex(m[1]) : undefined);
  const row = (m: RegExpExecArray): number | undefined => (m[2] ? Number(m[2]) - 1 : undefined);
  const out: { sheet: string; startRow?: number; endRow?: number; startCol?: number; endCol?: number } = { sheet: split.sheet };
  const sr = row(a!), er = row(b!), sc = col(a!), ec = col(b!);
  if (sr !== undefined) out.startRow = sr;
  if (er !== undefined) out.endRow = er + 1;
  if (sc !== undefined) out.startCol = sc;
  if (ec !== undefined) out.endCol = ec + 1;
  return out;
}

/** How the API writes a range back: quotes only when the name needs them. */
export function formatA1(sheet: string, r1: number, c1: number, r2: number, c2: number): string {
  const name = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${letters(c1)}${r1 + 1}:${letters(c2 - 1)}${r2}`;
}
