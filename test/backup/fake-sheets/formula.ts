// A small formula evaluator for the fake server, so computed values really come from the stored
// formula: numbers, "text", TRUE/FALSE, cell refs (same or other tab), + - * / &, parentheses,
// SUM(range…) and CONCATENATE(…). Anything else evaluates to "#NAME?", as Sheets shows it.

export type Primitive = string | number | boolean | null;

export interface CellLookup {
  /** Computed value of a cell (0-based), on `sheet` or the formula's own tab when undefined. */
  value(sheet: string | undefined, row: number, col: number): Primitive;
}

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

type Token = { t: "num"; v: number } | { t: "str"; v: string } | { t: "ref"; sheet?: string; row: number; col: number } | { t: "op"; v: string } | { t: "name"; v: string };

const colIndex = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_]*))!\$?([A-Za-z]+)\$?(\d+)|\$?([A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_(])|([A-Za-z_][A-Za-z0-9_.]*)|([-+*/&(),:]))/y;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < src.length) {
    re.lastIndex = pos;
    m = re.exec(src);
    if (!m || m[0].length === 0) {
      if (/^\s*$/.test(src.slice(pos))) break;
      throw new FormulaError("#ERROR!");
    }
    pos = re.lastIndex;
    if (m[1] !== undefined) out.push({ t: "num", v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: "str", v: m[2].replace(/""/g, '"') });
    else if (m[5] !== undefined) out.push({ t: "ref", sheet: (m[3]?.replace(/''/g, "'") ?? m[4])!, row: Number(m[6]) - 1, col: colIndex(m[5]) });
    else if (m[7] !== undefined) out.push({ t: "ref", row: Number(m[8]) - 1, col: colIndex(m[7]) });
    else if (m[9] !== undefined) out.push({ t: "name", v: m[9].toUpperCase() });
    else out.push({ t: "op", v: m[10]! });
  }
  return out;
}

const toNumber = (v: Primitive): number => {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v);
  if (Number.isNaN(n)) throw new FormulaError("#VALUE!");
  return n;
};
const toText = (v: Primitive): string => (v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));

export function evaluate(formula: string, cells: CellLookup): Primitive {
  let tokens: Token[];
  try {
    tokens = tokenize(formula.replace(/^=/, ""));
  } catch (e) {
    return e instanceof FormulaError ? e.code : "#ERROR!";
  }
  let i = 0;
  const peek = (): Token | undefined => tokens[i];
  const isOp = (v: string): boolean => peek()?.t === "op" && (peek() as { v: string }).v === v;
  const expect = (v: string): void => {
    if (!isOp(v)) throw new FormulaError("#ERROR!");
    i++;
  };
  // A function argument may be a range; it flattens into its cells' values.
  const arg = (): Primitive[] => {
    const tok = peek();
    if (tok?.t === "ref" && tokens[i + 1]?.t === "op" && (tokens[i + 1] as { v: string }).v === ":") {
      const end = tokens[i + 2];
      if (end?.t !== "ref") throw new FormulaError("#ERROR!");
      i += 3;
      const vals: Primitive[] = [];
      for (let r = Math.min(tok.row, end.row); r <= Math.max(tok.row, end.row); r++) {
        for (let c = Math.min(tok.col, end.col); c <= Math.max(tok.col, end.col); c++) vals.push(cells.value(tok.sheet, r, c));
      }
      return vals;
    }
    return [concat()];
  };
  const primary = (): Primitive => {
    const tok = tokens[i++];
    if (!tok) throw new FormulaError("#ERROR!");
    if (tok.t === "num" || tok.t === "str") return tok.v;
    if (tok.t === "ref") return cells.value(tok.sheet, tok.row, tok.col);
    if (tok.t === "op" && tok.v === "(") {
      const v = concat();
      expect(")");
      return v;
    }
    if (tok.t === "op" && tok.v === "-") return -toNumber(primary());
    if (tok.t === "name") {
      if (tok.v === "TRUE" || tok.v === "FALSE") return tok.v === "TRUE";
      expect("(");
      const args: Primitive[] = [];
      if (!isOp(")")) {
        args.push(...arg());
        while (isOp(",")) {
          i++;
          args.push(...arg());
        }
      }
      expect(")");
      if (tok.v === "SUM") return args.reduce<number>((s, v) => s + (typeof v === "number" ? v : 0), 0);
      if (tok.v === "CONCATENATE") return args.map(toText).join("");
      throw new FormulaError("#NAME?");
    }
    throw new FormulaError("#ERROR!");
  };
  const term = (): Primitive => {
    let v = primary();
    while (isOp("*") || isOp("/")) {
      const op = (tokens[i++] as { v: string }).v;
      const r = toNumber(primary());
      if (op === "/" && r === 0) throw new FormulaError("#DIV/0!");
      v = op === "*" ? toNumber(v) * r : toNumber(v) / r;
    }
    return v;
  };
  const additive = (): Primitive => {
    let v = term();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[i++] as { v: string }).v;
      const r = toNumber(term());
      v = op === "+" ? toNumber(v) + r : toNumber(v) - r;
    }
    return v;
  };
  function concat(): Primitive {
    let v = additive();
    while (isOp("&")) {
      i++;
      v = toText(v) + toText(additive());
    }
    return v;
  }
  try {
    const v = concat();
    if (i !== tokens.length) throw new FormulaError("#ERROR!");
    return v;
  } catch (e) {
    if (e instanceof FormulaError) return e.code;
    throw e;
  }
}
