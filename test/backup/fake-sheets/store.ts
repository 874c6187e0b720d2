// The fake server's spreadsheets: cells as users typed them (values, or formulas evaluated on
// read), grid sizes, and the value operations of the Sheets v4 API with their documented rules.
import { evaluate, type Primitive } from "./formula";
import { formatA1, parseA1, type A1Range } from "./a1";

/** A stored formula; every other cell holds its primitive value, blank = undefined/null. */
export class Formula {
  constructor(readonly text: string) {}
}
export type Stored = Primitive | Formula | undefined;

export interface FakeSheet {
  sheetId: number;
  title: string;
  index: number;
  rowCount: number;
  columnCount: number;
  cells: Stored[][];
  /** Embedded charts added by addChart, as sent (with the chartId given or generated). */
  charts?: FakeChart[];
  /** Number formats set by repeatCell, by "row,col" (0-based); other formatting is not modelled. */
  numberFormats?: Map<string, unknown>;
}

export interface FakeChart {
  readonly chartId: number;
  readonly spec: Record<string, unknown>;
  readonly position: Record<string, unknown>;
}

export interface FakeSpreadsheet {
  spreadsheetId: string;
  title: string;
  sheets: FakeSheet[];
}

/** A failure the server turns into `{error:{code,message,status}}`. */
export class ApiFailure extends Error {
  constructor(readonly code: number, readonly status: string, message: string) {
    super(message);
  }
}

export const invalid = (message: string): ApiFailure => new ApiFailure(400, "INVALID_ARGUMENT", message);

export interface Bounds {
  readonly sheet: FakeSheet;
  readonly r1: number;
  readonly r2: number;
  readonly c1: number;
  readonly c2: number;
}

/** Resolves a range against the grid; unknown tabs are "Unable to parse range", as the API says. */
export function resolve(book: FakeSpreadsheet, text: string, forWrite: boolean): Bounds {
  const a1: A1Range | null = parseA1(text);
  const sheet = a1 && book.sheets.find((s) => s.title === a1.sheet);
  if (!a1 || !sheet) throw invalid(`Unable to parse range: ${text}`);
  const r1 = a1.startRow ?? 0;
  const c1 = a1.startCol ?? 0;
  let r2 = a1.endRow ?? sheet.rowCount;
  let c2 = a1.endCol ?? sheet.columnCount;
  if (forWrite && (r2 > sheet.rowCount || c2 > sheet.columnCount)) {
    throw invalid(`Range (${text}) exceeds grid limits. Max rows: ${sheet.rowCount}, max columns: ${sheet.columnCount}`);
  }
  // Reads are clipped to the grid.
  r2 = Math.min(r2, sheet.rowCount);
  c2 = Math.min(c2, sheet.columnCount);
  return { sheet, r1, r2, c1, c2 };
}

/** Computed value of a stored cell; formulas evaluated with a per-read memo and cycle guard. */
export function computer(book: FakeSpreadsheet): (sheet: FakeSheet, r: number, c: number) => Primitive {
  const memo = new Map<string, Primitive>();
  const busy = new Set<string>();
  const compute = (sheet: FakeSheet, r: number, c: number): Primitive => {
    const cell = sheet.cells[r]?.[c];
    if (!(cell instanceof Formula)) return cell ?? null;
    const key = `${sheet.sheetId}:${r}:${c}`;
    if (memo.has(key)) return memo.get(key)!;
    if (busy.has(key)) return "#REF!";
    busy.add(key);
    const value = evaluate(cell.text, {
      value: (name, row, col) => {
        const target = name === undefined ? sheet : book.sheets.find((s) => s.title === name);
        return target ? compute(target, row, col) : "#REF!";
      },
    });
    busy.delete(key);
    memo.set(key, value);
    return value;
  };
  return compute;
}

export type Render = "FORMATTED_VALUE" | "UNFORMATTED_VALUE" | "FORMULA";

/** values.get semantics: ROWS major, trailing empty cells and rows omitted, "" for inner blanks. */
export function readValues(book: FakeSpreadsheet, text: string, render: Render, compute: ReturnType<typeof computer>) {
  const { sheet, r1, r2, c1, c2 } = resolve(book, text, false);
  const values: unknown[][] = [];
  for (let r = r1; r < r2; r++) {
    const row: unknown[] = [];
    const stored = sheet.cells[r];
    const end = Math.min(c2, stored?.length ?? 0);
    for (let c = c1; c < end; c++) {
      const cell = stored![c];
      let v: unknown = cell instanceof Formula ? (render === "FORMULA" ? cell.text : compute(sheet, r, c)) : cell;
      if (render === "FORMATTED_VALUE" && v !== null && v !== undefined) v = typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);
      row.push(v === null || v === undefined ? "" : v);
    }
    while (row.length > 0 && row[row.length - 1] === "") row.pop();
    values.push(row);
  }
  while (values.length > 0 && values[values.length - 1]!.length === 0) values.pop();
  const range = formatA1(sheet.title, r1, c1, Math.max(r2, r1 + 1), Math.max(c2, c1 + 1));
  return values.length > 0 ? { range, majorDimension: "ROWS", values } : { range, majorDimension: "ROWS" };
}

/** USER_ENTERED parsing: "=…" is a formula, numbers and TRUE/FALSE are typed, "'" forces text. */
function parseEntered(v: unknown): Stored {
  if (typeof v !== "string") return v as Primitive;
  if (v.startsWith("=")) return new Formula(v);
  if (v.startsWith("'")) return v.slice(1);
  if (/^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  if (/^(true|false)$/i.test(v)) return v.toUpperCase() === "TRUE";
  return v;
}

/** values.update semantics: null skips a cell, "" empties it; data must fit the range. */
export function writeValues(book: FakeSpreadsheet, range: string, values: unknown[][], input: "RAW" | "USER_ENTERED") {
  const { sheet, r1, r2, c1, c2 } = resolve(book, range, true);
  if (values.length > r2 - r1) throw invalid(`Requested writing within range [${range}], but tried writing to row [${r1 + values.length}]`);
  let cells = 0;
  let width = 0;
  values.forEach((row, i) => {
    if (row.length > c2 - c1) throw invalid(`Requested writing within range [${range}], but tried writing to column [${c1 + row.length}]`);
    const target = (sheet.cells[r1 + i] ??= []);
    row.forEach((v, j) => {
      if (v === null) return;
      if (typeof v === "object") throw invalid("Invalid values: only bool, string and number are supported");
      target[c1 + j] = v === "" ? undefined : input === "RAW" ? (v as Primitive) : parseEntered(v);
      cells++;
    });
    width = Math.max(width, row.length);
  });
  return {
    spreadsheetId: book.spreadsheetId,
    updatedRange: formatA1(sheet.title, r1, c1, r1 + Math.max(1, values.length), c1 + Math.max(1, width)),
    updatedRows: values.length,
    updatedColumns: width,
    updatedCells: cells,
  };
}

export function clearValues(book: FakeSpreadsheet, range: string): string {
  const { sheet, r1, r2, c1, c2 } = resolve(book, range, false);
  for (let r = r1; r < r2; r++) {
    const row = sheet.cells[r];
    if (row) for (let c = c1; c < Math.min(c2, row.length); c++) row[c] = undefined;
  }
  return formatA1(sheet.title, r1, c1, r2, c2);
}
