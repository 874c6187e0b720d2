// Tab contents as snapshot files: values as JSON lines (one row per line), formulas as triples.
import { promisify } from "node:util";
import { gunzip as gunzipCb, gzip as gzipCb } from "node:zlib";
import { SyncError } from "../errors";
import { setFormula, tabHeight, type Cell, type FormulaMap, type Tab } from "../model";

export const gzip = promisify(gzipCb);
export const gunzip = promisify(gunzipCb);

/** One JSON array per row, header row first; JSON keeps numbers exact and text unambiguous. */
export function encodeValues(tab: Tab): Buffer {
  const height = tabHeight(tab);
  const parts: string[] = [];
  // Joined in slices so a 200,000-row tab does not build one string per concatenation step.
  for (let start = 0; start < height; start += 5_000) {
    const lines: string[] = [];
    for (let r = start; r < Math.min(height, start + 5_000); r++) lines.push(JSON.stringify(tab.rows[r] ?? []));
    parts.push(lines.join("\n") + "\n");
  }
  return Buffer.from(parts.join(""), "utf8");
}

export function encodeFormulas(tab: Tab): Buffer {
  const triples: [number, number, string][] = [];
  for (const [r, cols] of [...tab.formulas].sort((a, b) => a[0] - b[0])) {
    for (const [c, text] of [...cols].sort((a, b) => a[0] - b[0])) triples.push([r, c, text]);
  }
  return Buffer.from(JSON.stringify(triples), "utf8");
}

const isCell = (v: unknown): v is Cell =>
  v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));

export function decodeValues(plain: Buffer, expectedRows: number, file: string): Cell[][] {
  const text = plain.toString("utf8");
  const lines = text.length === 0 ? [] : text.slice(0, text.endsWith("\n") ? -1 : undefined).split("\n");
  if (lines.length !== expectedRows) {
    throw new SyncError("CORRUPT", `${file}: berisi ${lines.length} baris, manifest mencatat ${expectedRows}.`);
  }
  return lines.map((line, i) => {
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      row = undefined;
    }
    if (!Array.isArray(row) || !row.every(isCell)) throw new SyncError("CORRUPT", `${file}: baris ${i + 1} tidak sah.`);
    return row;
  });
}

export function decodeFormulas(plain: Buffer, expected: number, file: string): FormulaMap {
  let triples: unknown;
  try {
    triples = JSON.parse(plain.toString("utf8"));
  } catch {
    triples = undefined;
  }
  const ok = Array.isArray(triples) && triples.every((t) =>
    Array.isArray(t) && t.length === 3 && Number.isInteger(t[0]) && Number.isInteger(t[1]) && typeof t[2] === "string");
  if (!ok) throw new SyncError("CORRUPT", `${file}: daftar rumus tidak sah.`);
  const list = triples as [number, number, string][];
  if (list.length !== expected) throw new SyncError("CORRUPT", `${file}: berisi ${list.length} rumus, manifest mencatat ${expected}.`);
  const map: FormulaMap = new Map();
  for (const [r, c, text] of list) setFormula(map, r, c, text);
  return map;
}
