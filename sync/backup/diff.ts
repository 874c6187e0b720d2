// Differences between two copies of a spreadsheet, found by row ID (or by position for tabs
// without a key): rows added, removed and changed, with changed columns named, never values.
import { keyOf, keySpec, rowLabel, type KeySpec } from "./keys";
import { headersOf, inputAt, sameCell, tabHeight, tabWidth, type Cell, type Spreadsheet, type Tab } from "./model";

export interface RowChange {
  readonly ref: string;
  readonly columns: readonly string[];
}

export interface TabDiff {
  readonly name: string;
  /** The tab exists on one side only. */
  readonly only?: "a" | "b";
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly RowChange[];
  readonly headerChanged: boolean;
  /** Same rows, different order (a wrong sort). */
  readonly orderChanged: boolean;
  /** Compared by row number because the tab has no usable key column. */
  readonly byPosition: boolean;
}

interface Keyed {
  readonly order: string[];
  /** ref → row index (0-based). */
  readonly rows: Map<string, number>;
}

function isBlank(tab: Tab, r: number): boolean {
  return (tab.rows[r]?.every((c) => c === null) ?? true) && !tab.formulas.has(r);
}

/** Rows by ref, without copying cells: a 200,000-row tab must stay cheap to compare. */
function index(tab: Tab, spec: KeySpec | null): Keyed {
  const order: string[] = [];
  const rows = new Map<string, number>();
  const keyCells = spec ? new Array<Cell>(Math.max(...spec.columns) + 1) : [];
  const height = tabHeight(tab); // hoisted: it scans the formula map
  for (let r = 1; r < height; r++) {
    if (isBlank(tab, r)) continue; // blank rows carry nothing
    let key: string | null = null;
    if (spec) {
      for (const c of spec.columns) keyCells[c] = inputAt(tab, r, c);
      key = keyOf(keyCells, spec);
    }
    // A row without an ID (or a tab without a key) is matched by its row number; a personal
    // key (e-mail) matches rows but is never shown.
    let ref = key === null ? `#${r}` : spec?.personal ? `@${key}` : key;
    if (rows.has(ref)) ref = `${ref}#${r}`; // duplicate IDs: keep both, matched in order
    order.push(ref);
    rows.set(ref, r);
  }
  return { order, rows };
}

/** Column pairs matched by header label (blank or extra headers by position). */
function columnPairs(a: Tab, b: Tab): { label: string; a: number; b: number }[] {
  const label = (headers: string[], c: number): string => headers[c] || `#kolom${c + 1}`;
  const ha = headersOf(a);
  const hb = headersOf(b);
  const wa = tabWidth(a);
  const wb = tabWidth(b);
  const pairs = new Map<string, { label: string; a: number; b: number }>();
  for (let c = 0; c < wb; c++) pairs.set(label(hb, c), { label: label(hb, c), a: -1, b: c });
  for (let c = 0; c < wa; c++) {
    const l = label(ha, c);
    const pair = pairs.get(l);
    if (pair && pair.a < 0) pair.a = c;
    else if (!pair) pairs.set(l, { label: l, a: c, b: -1 });
  }
  return [...pairs.values()];
}

/** Display text for a ref: the ID, or the row number when the key is personal or missing. */
function label(ref: string, row: number): string {
  return ref.startsWith("#") || ref.startsWith("@") ? rowLabel(row) : ref.replace(/#\d+$/, "");
}

/** Changes that turn `a` into `b`. */
export function diffTab(name: string, a: Tab | undefined, b: Tab | undefined): TabDiff {
  const base = { name, added: [], removed: [], changed: [], headerChanged: false, orderChanged: false, byPosition: false };
  if (!a && !b) return base;
  if (!a || !b) return { ...base, only: a ? "a" : "b" };
  const ha = headersOf(a);
  const hb = headersOf(b);
  const specA = keySpec(name, ha);
  const specB = keySpec(name, hb);
  const byPosition = !specA || !specB;
  const ka = index(a, byPosition ? null : specA);
  const kb = index(b, byPosition ? null : specB);
  const added = kb.order.filter((k) => !ka.rows.has(k)).map((k) => label(k, kb.rows.get(k)!));
  const removed = ka.order.filter((k) => !kb.rows.has(k)).map((k) => label(k, ka.rows.get(k)!));
  const pairs = columnPairs(a, b);
  const changed: RowChange[] = [];
  for (const k of kb.order) {
    const ra = ka.rows.get(k);
    const rb = kb.rows.get(k)!;
    if (ra === undefined) continue;
    const columns: string[] = [];
    for (const p of pairs) {
      const va = p.a < 0 ? null : inputAt(a, ra, p.a);
      const vb = p.b < 0 ? null : inputAt(b, rb, p.b);
      if (!sameCell(va, vb)) columns.push(p.label);
    }
    if (columns.length > 0) changed.push({ ref: label(k, rb), columns });
  }
  const commonA = ka.order.filter((k) => kb.rows.has(k));
  const commonB = kb.order.filter((k) => ka.rows.has(k));
  return {
    ...base,
    added,
    removed,
    changed,
    headerChanged: ha.length !== hb.length || ha.some((h, i) => h !== hb[i]),
    orderChanged: !byPosition && commonA.some((k, i) => k !== commonB[i]),
    byPosition,
  };
}

export function diffSpreadsheets(a: Spreadsheet, b: Spreadsheet, tabs?: readonly string[]): TabDiff[] {
  const names = tabs ?? [...new Set([...a.tabs.map((t) => t.name), ...b.tabs.map((t) => t.name)])];
  return names.map((n) => diffTab(n, a.tabs.find((t) => t.name === n), b.tabs.find((t) => t.name === n)));
}

export function hasChanges(d: TabDiff): boolean {
  return d.only !== undefined || d.added.length > 0 || d.removed.length > 0 || d.changed.length > 0 || d.headerChanged || d.orderChanged;
}
