// The Workbook port on a bound spreadsheet: one batch read per register, patches verified by ID
// and grouped into few setValues calls, appends in one call, strings always written as text.
import { type ApplyResult, type CellValue, type RawTable, type TableChanges, type TableReadOptions, type Workbook, WorkbookError } from "../core/ports";
import { registerResolver } from "../core/registers/case-registers";
import { DOKUMEN_KASUS, HASIL_ASESMEN, KOLOM_KASUS, registerNamed, RIWAYAT, SURAT } from "../core/registers/catalog";
import type { RegisterDef } from "../core/registers/schema";
import { normalizeHeader } from "../core/registers/table";
import { cachedConfig, CONFIG_TABLES, forgetConfig, storeConfig, storeSizes } from "./config-cache";
import { atBoundary } from "./errors";
import { lockHolding } from "./gas-lock";
import { literalText, SheetValueConverter, type SheetValue } from "./sheet-values";
import { type CellWrite, planBlocks } from "./write-plan";
import { keyOf, RowLocator } from "./row-locator";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * How this execution treats the cached configuration tabs: `reuse` serves them from the cache
 * when it holds them (edits), `refresh` reads the tabs and stores them (sweep, menus).
 */
export interface ConfigCacheUse {
  readonly cache: GoogleAppsScript.Cache.Cache;
  readonly reuse: boolean;
}

/** Below this many rows one full read costs about the same as the partial reads. */
const PARTIAL_READ_MIN_ROWS = 500;
/** More runs of matching rows than this cost more calls than reading the tab whole. */
const MATCHING_MAX_RUNS = 6;
/** An edit's cases looked up with a TextFinder each (three calls); more are read the older way. */
const MAX_FOUND_IDS = 3;
/** Rows found by TextFinder cost a call each (Range.getRow): past this many, the column is read. */
const MAX_FOUND_ROWS = 12;
/** Tabs an edit searches for its cases' rows, whose size (small: read whole, large: searched) is hinted in the cache. */
const SIZED_TABS: ReadonlySet<string> = new Set([RIWAYAT.name, SURAT.name, HASIL_ASESMEN.name, DOKUMEN_KASUS.name]);
/** Audit lines appended one Sheet.appendRow call each; more go in one block after getLastRow. */
const MAX_APPEND_ROWS = 3;

/** Sorted row indexes as [start, length] runs of consecutive rows. */
function runs(sorted: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === r) last[1] += 1;
    else out.push([r, 1]);
  }
  return out;
}

/**
 * Every value of a tab in one call. The docs leave open what -1 gives on an empty sheet (an error
 * or an empty grid): an error falls back to the data range, which is defined for every sheet.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns
 */
function valuesOf(sheet: Sheet): unknown[][] {
  try {
    const grid = sheet.getSheetValues(1, 1, -1, -1);
    if (grid.length > 0) return grid;
  } catch {
    // an empty sheet: fall through
  }
  return sheet.getDataRange().getValues();
}

/** What the last read of a table saw: lets unchanged engine cells fill gaps between writes. */
interface Snapshot {
  readonly raw: RawTable;
  readonly rowById: ReadonlyMap<string, number>;
  /** The lock holding it was read (or last written) under: only a write under the same one fills gaps from it. */
  readonly holding: number | null;
}

export class GasWorkbook implements Workbook {
  private converter: SheetValueConverter | null = null;
  private readonly snapshots = new Map<string, Snapshot>();
  private declared: { readonly from: RawTable; readonly defOf: (name: string) => RegisterDef | undefined } | null = null;
  /** Sheets already looked up in this execution: each getSheetByName is a service call. */
  private readonly sheets = new Map<string, Sheet>();

  /** Header rows this execution already read (the edit handler's, a fast read's): reading one is a call. */
  private readonly headerRows = new Map<string, string[]>();
  /** Rows an edit read in full, by ID: unchanged engine cells of them may fill gaps between writes. */
  private readonly partialSnapshots = new Map<string, Snapshot>();
  /** An edit's execution (primed): header rows of every tab read are kept for its writes. */
  private editing = false;

  /** Every configuration tab, read (or taken from the cache) together on the first one asked for. */
  private configTables: Map<string, RawTable | null> | null = null;
  /** Size hints of the searched tabs from the cache (edits only; null: not read, sizes are asked). */
  private sizeHints: Map<string, boolean> | null = null;
  /** A size this execution measured differed from its hint: the hints are stored with the next write. */
  private sizesChanged = false;

  constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private readonly configCache: ConfigCacheUse | null = null,
  ) {}

  /** Converter in the spreadsheet's zone (read once per execution). */
  get values(): SheetValueConverter {
    this.converter ??= new SheetValueConverter(this.spreadsheet.getSpreadsheetTimeZone());
    return this.converter;
  }

  /**
   * What the edit handler already read of its tab: the sheet (from the event) and its header row.
   * Reads and writes of this tab in this execution then place columns by it without asking again.
   */
  prime(name: string, sheet: Sheet, headers: readonly unknown[]): void {
    this.editing = true;
    this.sheets.set(name, sheet);
    this.headerRows.set(name, headers.map((v) => String(v).trim()));
  }

  /** A header row, read once per execution (Sheet.getSheetValues, -1 = up to the last column with data). */
  private headerOf(sheet: Sheet, name: string): string[] {
    const known = this.headerRows.get(name);
    if (known) return known;
    const headers = (sheet.getSheetValues(1, 1, 1, -1)[0] ?? []).map((v) => String(v).trim());
    this.headerRows.set(name, headers);
    return headers;
  }

  /** The tab of that name, looked up once per execution (a missing tab is asked again: set-up may add it). */
  private sheetNamed(name: string): Sheet | null {
    const known = this.sheets.get(name);
    if (known) return known;
    const sheet = this.spreadsheet.getSheetByName(name);
    if (sheet) this.sheets.set(name, sheet);
    return sheet;
  }

  readTable(name: string, options?: TableReadOptions): RawTable | null {
    return atBoundary(() => {
      // A whole tab read earlier in this execution and not written since is not read again: the
      // office cycle's phases each load the configuration, and every write drops the snapshot.
      const seen = options?.rows || options?.matching ? undefined : this.snapshots.get(name);
      if (seen) return seen.raw;
      if (!options && this.configCache && CONFIG_TABLES.includes(name)) return this.configTable(name);
      const sheet = this.sheetNamed(name);
      if (!sheet) return null;
      const def = this.defOf(name);
      if (options?.rows && options.rows.length > 0 && def) {
        const partial = (this.headerRows.has(name) ? this.readEditedRows(sheet, name, def, options.rows) : null) ?? this.readRows(sheet, name, def, options.rows);
        if (partial) return partial;
      }
      if (options?.matching && def) {
        const found = options.matching.complete ? null : this.findMatching(sheet, name, def, options.matching.column, options.matching.values);
        const matching = found === "whole" ? null : (found ?? this.readMatching(sheet, name, def, options.matching.column, options.matching.values));
        if (matching) return matching;
      }
      const raw = this.readWhole(sheet, name);
      this.snapshots.set(name, { raw, rowById: indexById(raw, def), holding: lockHolding() });
      return raw;
    });
  }

  /** A configuration tab from the cache, or read with all the others and stored for the next edit. */
  private configTable(name: string): RawTable | null {
    if (!this.configTables) {
      const { cache, reuse } = this.configCache!;
      const hit = reuse ? cachedConfig(cache) : { stamp: null, tables: new Map<string, RawTable | null>(), timeZone: null, sizes: null };
      if (hit.timeZone) this.converter ??= new SheetValueConverter(hit.timeZone);
      if (hit.sizes) this.sizeHints = new Map(hit.sizes);
      const missing = new Map<string, RawTable | null>();
      for (const tab of CONFIG_TABLES) {
        if (hit.tables.has(tab)) continue;
        const sheet = this.sheetNamed(tab);
        missing.set(tab, sheet ? this.readWhole(sheet, tab) : null);
      }
      if (missing.size > 0) storeConfig(cache, missing, hit.stamp, this.values.timeZone);
      this.configTables = new Map([...hit.tables, ...missing]);
    }
    const table = this.configTables.get(name) ?? null;
    if (table) this.snapshots.set(name, { raw: table, rowById: indexById(table, this.defOf(name)), holding: lockHolding() });
    return table;
  }

  /**
   * The whole tab. Formulas matter only where the engine flags them (case registers): every other
   * read is one getSheetValues call (-1 = up to the last row and column with data).
   */
  private readWhole(sheet: Sheet, name: string): RawTable {
    const def = this.defOf(name);
    let grid: unknown[][];
    let formulaGrid: string[][] | null = null;
    if (registerNamed(name)?.formulasChecked) {
      const range = sheet.getDataRange();
      grid = range.getValues();
      formulaGrid = range.getFormulas();
    } else {
      grid = valuesOf(sheet);
    }
    const headers = (grid[0] ?? []).map((v) => String(v).trim());
    if (this.editing && headers.length > 0) this.headerRows.set(name, headers);
    const dateTimeColumn = dateTimeColumns(def, headers);
    let rows: CellValue[][] = grid.slice(1).map((line) => line.map((v, i) => this.values.toCell(v, dateTimeColumn[i])));
    let end = rows.length;
    while (end > 0 && rows[end - 1]!.every((v) => v === null)) end -= 1;
    rows = rows.slice(0, end);
    this.measured(name, rows.length);
    const formulas = new Map<number, Map<number, string>>();
    formulaGrid?.slice(1, end + 1).forEach((line, r) =>
      line.forEach((f, c) => {
        if (f !== "") (formulas.get(r) ?? formulas.set(r, new Map()).get(r)!).set(c, f);
      }),
    );
    return { name, headers, rows, formulas };
  }

  /**
   * The edit fast path: the header, the key column of every row, and the edited rows in full —
   * a few calls and a few thousand cells instead of the whole register. Null when the tab is
   * small enough that one full read is as cheap. Not kept as a snapshot: its other rows are empty.
   */
  private readRows(sheet: Sheet, name: string, def: RegisterDef, wanted: readonly number[]): RawTable | null {
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    const dataRows = lastRow - 1;
    const selected = [...new Set(wanted)].filter((r) => r >= 0 && r < dataRows).sort((a, b) => a - b);
    if (dataRows <= PARTIAL_READ_MIN_ROWS || selected.length === 0 || lastColumn === 0) return null;
    const headers = sheet.getRange(1, 1, 1, lastColumn).getValues()[0]!.map((v) => String(v).trim());
    const keyIndexes = def.key.map((k) => headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(k)));
    if (keyIndexes.some((i) => i < 0)) return null;
    const dateTimeColumn = dateTimeColumns(def, headers);
    const rows: CellValue[][] = Array.from({ length: dataRows }, () => headers.map(() => null));
    for (const k of keyIndexes) {
      sheet.getRange(2, k + 1, dataRows, 1).getValues().forEach((line, r) => (rows[r]![k] = this.values.toCell(line[0], dateTimeColumn[k])));
    }
    return { name, headers, rows, formulas: this.readSpans(sheet, runs(selected), lastColumn, dateTimeColumn, rows), partial: true };
  }

  /** Rows of these runs in full (values into `rows`, at their data-row index); their formulas. */
  private readSpans(sheet: Sheet, spans: readonly (readonly [number, number])[], width: number, dateTimeColumn: readonly boolean[], rows: CellValue[][]): Map<number, Map<number, string>> {
    const formulas = new Map<number, Map<number, string>>();
    for (const [start, length] of spans) {
      const range = sheet.getRange(start + 2, 1, length, width);
      const values = range.getValues();
      range.getFormulas().forEach((line, i) => {
        rows[start + i] = values[i]!.map((v, c) => this.values.toCell(v, dateTimeColumn[c]));
        line.forEach((f, c) => {
          if (f !== "") (formulas.get(start + i) ?? formulas.set(start + i, new Map()).get(start + i)!).set(c, f);
        });
      });
    }
    return formulas;
  }

  /**
   * The edit fast path once the edit handler has read the header: just the edited rows (values
   * and formulas), nothing of the other rows, and a TextFinder per ID to be sure no other row
   * holds it (a copied row is the engine's to report). Null (the read above instead) when an
   * edited row has no ID yet (a new ID must not repeat one: the ID column is needed), when an ID
   * is found elsewhere too, or when the rows are many. Kept for the write's fill, not as a snapshot.
   */
  private readEditedRows(sheet: Sheet, name: string, def: RegisterDef, wanted: readonly number[]): RawTable | null {
    const headers = this.headerRows.get(name)!;
    const keyIndex = def.key.length === 1 ? headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(def.key[0]!)) : -1;
    const selected = [...new Set(wanted)].filter((r) => r >= 0).sort((a, b) => a - b);
    const spans = runs(selected);
    if (keyIndex < 0 || selected.length === 0 || spans.length > MATCHING_MAX_RUNS) return null;
    const dateTimeColumn = dateTimeColumns(def, headers);
    const rows: CellValue[][] = Array.from({ length: selected[selected.length - 1]! + 1 }, () => headers.map(() => null));
    const formulas = this.readSpans(sheet, spans, headers.length, dateTimeColumn, rows);
    const keys = selected.map((r) => keyOf([rows[r]![keyIndex] ?? null]));
    const ids = new Set(keys);
    if (ids.has("") || ids.size > MAX_FOUND_IDS) return null;
    // TextFinder's defaults match part of a cell, ignoring case, in any column: a superset of the
    // cells holding the ID. More hits than edited rows holding it is read the older way.
    for (const id of ids) {
      if (sheet.createTextFinder(id).findAll().length !== keys.filter((k) => k === id).length) return null;
    }
    const raw: RawTable = { name, headers, rows, formulas, partial: true };
    this.partialSnapshots.set(name, { raw, rowById: new Map(selected.map((r, i) => [keys[i]!, r])), holding: lockHolding() });
    return raw;
  }

  /** Whether a search beats one full read of this tab: as the cache hints, else asked (Sheet.getLastRow). */
  private isLarge(sheet: Sheet, name: string): boolean {
    const hinted = this.sizeHints?.get(name);
    if (hinted !== undefined) return hinted;
    const dataRows = sheet.getLastRow() - 1;
    this.measured(name, dataRows);
    return dataRows > PARTIAL_READ_MIN_ROWS;
  }

  /** A searched tab's size as just seen: kept when it differs from the hint (only where hints are read). */
  private measured(name: string, dataRows: number): void {
    if (!this.sizeHints || !SIZED_TABS.has(name)) return;
    const large = dataRows > PARTIAL_READ_MIN_ROWS;
    if (this.sizeHints.get(name) === large) return;
    this.sizeHints.set(name, large);
    this.sizesChanged = true;
  }

  /** Sizes measured against the hints go into the cache with the execution's write: one call, and none when the hints held. */
  private storeMeasuredSizes(): void {
    if (!this.sizesChanged || !this.configCache || !this.sizeHints) return;
    this.sizesChanged = false;
    try {
      storeSizes(this.configCache.cache, this.sizeHints);
    } catch {
      // a hint only: the next edit asks the sizes again
    }
  }

  /**
   * The rows of a large tab holding one of a few case IDs, found with a TextFinder each (no
   * column read): the header, then the found rows, keeping those whose `column` holds the ID.
   * "whole" when one full read is as cheap (a small tab); null when the IDs or hits are many (the
   * column read below). https://developers.google.com/apps-script/reference/spreadsheet/text-finder
   */
  private findMatching(sheet: Sheet, name: string, def: RegisterDef, column: string, values: readonly string[]): RawTable | "whole" | null {
    const wanted = [...new Set(values.filter((v) => v !== ""))];
    if (wanted.length === 0 || wanted.length > MAX_FOUND_IDS) return null;
    if (!this.isLarge(sheet, name)) return "whole";
    const headers = this.headerOf(sheet, name);
    const at = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(column));
    if (at < 0 || headers.length === 0) return null;
    const found: GoogleAppsScript.Spreadsheet.Range[] = [];
    for (const id of wanted) {
      // The defaults (part of a cell, any case) find a superset: rows are kept below by `column`.
      found.push(...sheet.createTextFinder(id).findAll());
      if (found.length > MAX_FOUND_ROWS) return null;
    }
    const hits = [...new Set(found.map((range) => range.getRow() - 2))].filter((r) => r >= 0).sort((a, b) => a - b);
    const spans = runs(hits);
    if (spans.length > MATCHING_MAX_RUNS) return null;
    const dateTimeColumn = dateTimeColumns(def, headers);
    const keep = new Set(wanted);
    const rows: CellValue[][] = [];
    for (const [start, length] of spans) {
      for (const line of sheet.getSheetValues(start + 2, 1, length, headers.length)) {
        const cells = line.map((v, c) => this.values.toCell(v, dateTimeColumn[c]));
        if (keep.has(keyOf([cells[at] ?? null]))) rows.push(cells);
      }
    }
    return { name, headers, rows, partial: true, searched: true };
  }

  /**
   * The rows of a large tab whose `column` holds one of `values` (a case's history): the header,
   * that column, and the matching rows in a few runs. Null when one full read is as cheap (a
   * small tab, or matches spread over many runs). Read-only: positions are not the tab's.
   */
  private readMatching(sheet: Sheet, name: string, def: RegisterDef, column: string, values: readonly string[]): RawTable | null {
    const dataRows = sheet.getLastRow() - 1;
    const lastColumn = sheet.getLastColumn();
    if (dataRows <= PARTIAL_READ_MIN_ROWS || lastColumn === 0) return null;
    const headers = sheet.getRange(1, 1, 1, lastColumn).getValues()[0]!.map((v) => String(v).trim());
    if (this.editing) this.headerRows.set(name, headers);
    const at = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(column));
    if (at < 0) return null;
    const wanted = new Set(values.filter((v) => v !== ""));
    const hits: number[] = [];
    sheet.getRange(2, at + 1, dataRows, 1).getValues().forEach((line, r) => {
      if (wanted.has(String(line[0]).trim())) hits.push(r);
    });
    const spans = runs(hits);
    if (spans.length > MATCHING_MAX_RUNS) return null;
    const dateTimeColumn = dateTimeColumns(def, headers);
    const rows: CellValue[][] = [];
    for (const [start, length] of spans) {
      sheet.getRange(start + 2, 1, length, lastColumn).getValues().forEach((line) => rows.push(line.map((v, c) => this.values.toCell(v, dateTimeColumn[c]))));
    }
    return { name, headers, rows, partial: true };
  }

  /**
   * A tab's register: the catalog's, or a case register Kolom Kasus declares as this execution
   * read it (the engine reads Kolom Kasus first), so an edit of Surat Masuk gets the same partial
   * reads (formulas of the edited rows included), keyed writes and date-time columns as one of
   * Permohonan. No service call of its own.
   */
  private defOf(name: string): RegisterDef | undefined {
    const known = registerNamed(name);
    if (known) return known;
    const kolomKasus = this.snapshots.get(KOLOM_KASUS.name)?.raw;
    if (!kolomKasus) return undefined;
    if (this.declared?.from !== kolomKasus) this.declared = { from: kolomKasus, defOf: registerResolver(kolomKasus) };
    return this.declared.defOf(name);
  }

  /** The tab as this execution last read it, without a service call; null when not read since it was last written. */
  lastRead(name: string): RawTable | null {
    return this.snapshots.get(name)?.raw ?? null;
  }

  ensureTable(name: string, headers: readonly string[]): void {
    atBoundary(() => {
      const sheet = this.sheetNamed(name) ?? this.spreadsheet.insertSheet(name);
      this.sheets.set(name, sheet);
      const lastColumn = sheet.getLastColumn();
      const existing = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0]!.map((v) => normalizeHeader(String(v))) : [];
      const have = new Set(existing.filter((h) => h !== ""));
      const missing = headers.filter((h, i) => !have.has(normalizeHeader(h)) && headers.findIndex((x) => normalizeHeader(x) === normalizeHeader(h)) === i);
      if (missing.length === 0) return;
      const start = lastColumn + 1;
      const needed = start + missing.length - 1 - sheet.getMaxColumns();
      if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
      sheet.getRange(1, start, 1, missing.length).setValues([missing.map(literalText)]);
      this.headerRows.delete(name);
      this.forget(name);
    });
  }

  /** After a write: the tab is read again, and a configuration tab's cached copy is dropped. */
  private forget(name: string): void {
    this.snapshots.delete(name);
    this.partialSnapshots.delete(name);
    if (this.configCache && CONFIG_TABLES.includes(name)) {
      this.configTables = null;
      forgetConfig(this.configCache.cache);
    }
  }

  applyChanges(changes: readonly TableChanges[]): ApplyResult {
    return atBoundary(() => {
      const skipped: string[] = [];
      for (const change of changes) {
        if (change.patches.length === 0 && change.appends.length === 0) continue;
        const sheet = this.sheetNamed(change.table);
        if (!sheet) throw new WorkbookError("NOT_FOUND", `Tab "${change.table}" tidak ada; jalankan penyiapan register`);
        const known = this.headerRows.get(change.table);
        if (known) {
          skipped.push(...this.applyWithHeader(sheet, change, known));
          this.forget(change.table);
          continue;
        }
        const lastColumn = Math.max(1, sheet.getLastColumn());
        const headers = sheet.getRange(1, 1, 1, lastColumn).getValues()[0]!.map((v) => String(v));
        const columnOf = columnFinder(change.table, headers);
        const lastRow = sheet.getLastRow();
        const written = change.patches.length > 0 ? this.writePatches(sheet, change, headers, columnOf, lastRow) : { skipped: [], rows: [] };
        skipped.push(...written.skipped);
        if (change.appends.length > 0) this.writeAppends(sheet, change, lastColumn, columnOf, lastRow);
        this.keepWritten(change, headers, written.rows, lastRow);
      }
      this.storeMeasuredSizes();
      return { skipped };
    });
  }

  /**
   * Rewrites an engine-owned tab (the dashboard) with this grid in one setValues call from A1.
   * Cells the last grid filled beyond the new one are blanked by the same call (it covers the
   * sheet's used area too), so nothing stale is left and no clear is needed. A missing tab is
   * created only when `create` (set-up); otherwise nothing is written and the result is false.
   */
  writeGrid(name: string, grid: readonly (readonly CellValue[])[], options: { readonly create: boolean }): boolean {
    return atBoundary(() => {
      const found = this.sheetNamed(name);
      if (!found && !options.create) return false;
      const sheet = found ?? this.spreadsheet.insertSheet(name);
      this.sheets.set(name, sheet);
      const rows = Math.max(grid.length, sheet.getLastRow(), 1);
      const columns = Math.max(...grid.map((line) => line.length), sheet.getLastColumn(), 1);
      if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
      if (columns > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
      const values = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => this.values.toSheet(grid[r]?.[c] ?? null)));
      sheet.getRange(1, 1, rows, columns).setValues(values);
      this.headerRows.delete(name);
      this.forget(name);
      return true;
    });
  }

  /**
   * A change to a tab whose header this execution read (an edit's): no header read, the hinted
   * rows' keys checked with one call per run (the whole key column only when a row moved), and up
   * to MAX_APPEND_ROWS lines appended with one Sheet.appendRow each, which the reference calls
   * atomic: no getLastRow, no grid growing of our own.
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents
   */
  private applyWithHeader(sheet: Sheet, change: TableChanges, headers: readonly string[]): string[] {
    const columnOf = columnFinder(change.table, headers);
    let lastRow: number | null = null;
    const lastRowNow = () => (lastRow ??= sheet.getLastRow());
    const skipped: string[] = [];
    if (change.patches.length > 0) {
      const def = this.defOf(change.table);
      const keyColumns = (def?.key ?? [headers[0] ?? ""]).map((h) => headers.findIndex((x) => normalizeHeader(x) === normalizeHeader(h)) + 1);
      const locator = this.hintedLocator(sheet, keyColumns, change) ?? RowLocator.read(sheet, keyColumns, lastRowNow(), this.values);
      skipped.push(...this.writeLocated(sheet, change, headers, columnOf, locator, true).skipped);
    }
    if (change.appends.length > MAX_APPEND_ROWS) this.writeAppends(sheet, change, headers.length, columnOf, lastRowNow());
    else for (const line of this.appendLines(change, headers.length, columnOf)) sheet.appendRow(line);
    return skipped;
  }

  /** The patches' hinted rows when each still holds its ID (few runs, inside the grid); else null. */
  private hintedLocator(sheet: Sheet, keyColumns: readonly number[], change: TableChanges): RowLocator | null {
    const hints = [...new Set(change.patches.map((p) => p.rowHint))].filter((r) => r >= 0).sort((a, b) => a - b);
    const spans = runs(hints);
    if (hints.length !== change.patches.length || spans.length > MATCHING_MAX_RUNS) return null;
    try {
      const hinted = RowLocator.readRows(sheet, keyColumns, spans, this.values);
      return change.patches.every((p) => hinted.holds(p.id, p.rowHint)) ? hinted : null;
    } catch {
      return null; // a hint beyond the sheet's grid (rows deleted meanwhile): the whole column tells
    }
  }

  private writePatches(sheet: Sheet, change: TableChanges, headers: readonly string[], columnOf: (h: string) => number, lastRow: number): Written {
    const def = this.defOf(change.table);
    const keyColumns = (def?.key ?? [headers[0] ?? ""]).map((h) => headers.findIndex((x) => normalizeHeader(x) === normalizeHeader(h)) + 1);
    return this.writeLocated(sheet, change, headers, columnOf, this.locatorFor(sheet, keyColumns, lastRow, change));
  }

  private writeLocated(sheet: Sheet, change: TableChanges, headers: readonly string[], columnOf: (h: string) => number, locator: RowLocator, bridgeColumns = false): Written {
    const def = this.defOf(change.table);
    const writes: CellWrite[] = [];
    const skipped: string[] = [];
    const rows: number[] = [];
    for (const patch of change.patches) {
      const index = locator.locate(patch.id, patch.rowHint);
      rows.push(index);
      if (index < 0) {
        skipped.push(`${change.table}: ${patch.id || `baris ${patch.rowHint + 2} tanpa ID`}`);
        continue;
      }
      for (const [header, value] of Object.entries(patch.values)) {
        writes.push({ row: index + 2, column: columnOf(header), value: this.values.toSheet(value) });
      }
    }
    const fill = this.filler(change.table, def, headers, locator);
    for (const block of planBlocks(writes, fill, undefined, { bridgeColumns })) {
      sheet.getRange(block.row, block.column, block.values.length, block.values[0]!.length).setValues(block.values);
    }
    return { skipped, rows };
  }

  /**
   * After this execution's own write to a tab it read whole: the snapshot brought up to what a
   * read would now return (the written values through the same conversions, their formulas gone,
   * the appended lines at the end), so a later phase of the office cycle does not read a large
   * register again (a daily sweep read Permohonan twice). Kept only when every written row was
   * still where the snapshot had it and nothing was added below it; else dropped as before.
   * Configuration tabs are always dropped (their cache is keyed by the stamp).
   */
  private keepWritten(change: TableChanges, headers: readonly string[], located: readonly number[], lastRowBefore: number): void {
    const snapshot = this.snapshots.get(change.table);
    const sameHeaders = (a: readonly string[]) => a.length === headers.length && a.every((h, i) => normalizeHeader(h) === normalizeHeader(headers[i]!));
    if (
      !snapshot || CONFIG_TABLES.includes(change.table) || !sameHeaders(snapshot.raw.headers) ||
      lastRowBefore - 1 !== snapshot.raw.rows.length || change.patches.some((p, i) => located[i] !== p.rowHint)
    ) {
      this.forget(change.table);
      return;
    }
    const before = snapshot.raw;
    const def = this.defOf(change.table);
    const dateTime = dateTimeColumns(def, before.headers);
    const columnOf = columnFinder(change.table, before.headers);
    const asRead = (value: CellValue, column: number): CellValue => this.values.toCell(this.values.toSheet(value), dateTime[column]);
    const rows = before.rows.slice();
    const formulas = new Map(before.formulas ?? []);
    for (const patch of change.patches) {
      const line = [...rows[patch.rowHint]!];
      for (const [header, value] of Object.entries(patch.values)) {
        const column = columnOf(header) - 1;
        line[column] = asRead(value, column);
        const inRow = formulas.get(patch.rowHint);
        if (inRow?.has(column)) {
          const rest = new Map(inRow);
          rest.delete(column);
          formulas.set(patch.rowHint, rest);
        }
      }
      rows[patch.rowHint] = line;
    }
    // The appended lines as writeAppends and appendRow sent them, read back.
    for (const line of this.appendLines(change, before.headers.length, columnOf)) rows.push(line.map((v, c) => this.values.toCell(v, dateTime[c])));
    const raw: RawTable = { ...before, rows, formulas };
    // Rows it did not write are as old as the read: fillable only while that holding lasts.
    const holding = lockHolding();
    this.snapshots.set(change.table, { raw, rowById: indexById(raw, def), holding: snapshot.holding === holding ? holding : null });
    this.partialSnapshots.delete(change.table);
  }

  /**
   * Where each patch's row is now. An edit's few patches read just their hinted rows' keys (a
   * large register's ID column is tens of thousands of cells); when any row no longer holds its
   * ID (staff sorted or inserted rows meanwhile), or the rows are many, the whole column is read.
   */
  private locatorFor(sheet: Sheet, keyColumns: readonly number[], lastRow: number, change: TableChanges): RowLocator {
    const dataRows = lastRow - 1;
    const hints = [...new Set(change.patches.map((p) => p.rowHint))].filter((r) => r >= 0 && r < dataRows).sort((a, b) => a - b);
    const spans = runs(hints);
    if (dataRows > PARTIAL_READ_MIN_ROWS && hints.length === change.patches.length && spans.length <= MATCHING_MAX_RUNS) {
      const hinted = RowLocator.readRows(sheet, keyColumns, spans, this.values);
      if (change.patches.every((p) => hinted.holds(p.id, p.rowHint))) return hinted;
    }
    return RowLocator.read(sheet, keyColumns, lastRow, this.values);
  }

  /** Engine-owned cells of rows the last read saw (same ID, no formula) may be rewritten unchanged. */
  private filler(table: string, def: RegisterDef | undefined, headers: readonly string[], locator: RowLocator) {
    const snapshot = this.snapshots.get(table) ?? this.partialSnapshots.get(table);
    const holding = lockHolding();
    if (!snapshot || !def || holding === null || snapshot.holding !== holding) return () => undefined;
    const engineOwned = new Set(def.columns.filter((c) => c.owner === "engine").map((c) => normalizeHeader(c.header)));
    const snapshotColumn = headers.map((h) => {
      const key = normalizeHeader(h);
      return engineOwned.has(key) ? snapshot.raw.headers.findIndex((x) => normalizeHeader(x) === key) : -1;
    });
    return (row: number, column: number): SheetValue | undefined => {
      const at = snapshotColumn[column - 1] ?? -1;
      const id = locator.idAt(row - 2);
      const source = id === "" ? undefined : snapshot.rowById.get(id);
      if (at < 0 || source === undefined || snapshot.raw.formulas?.get(source)?.has(at)) return undefined;
      return this.values.toSheet(snapshot.raw.rows[source]?.[at] ?? null);
    };
  }

  private appendLines(change: TableChanges, width: number, columnOf: (h: string) => number): SheetValue[][] {
    return change.appends.map((record) => {
      const line: SheetValue[] = new Array<SheetValue>(width).fill("");
      for (const [header, value] of Object.entries(record)) line[columnOf(header) - 1] = this.values.toSheet(value);
      return line;
    });
  }

  private writeAppends(sheet: Sheet, change: TableChanges, width: number, columnOf: (h: string) => number, lastRow: number): void {
    const lines = this.appendLines(change, width, columnOf);
    const start = lastRow + 1;
    const needed = start + lines.length - 1 - sheet.getMaxRows();
    if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
    sheet.getRange(start, 1, lines.length, width).setValues(lines);
  }
}

function columnFinder(table: string, headers: readonly string[]): (header: string) => number {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (key !== "" && !index.has(key)) index.set(key, i + 1);
  });
  return (header) => {
    const column = index.get(normalizeHeader(header));
    if (column === undefined) throw new WorkbookError("INVALID", `Kolom "${header}" tidak ada di tab ${table}; jalankan penyiapan register`);
    return column;
  };
}

/** Where a write's patches landed (data-row index per patch, -1 when skipped). */
interface Written {
  readonly skipped: string[];
  readonly rows: readonly number[];
}

/** Which of these header columns the register types as date-time. */
function dateTimeColumns(def: RegisterDef | undefined, headers: readonly string[]): boolean[] {
  return headers.map((h) => def?.columns.some((c) => c.type === "datetime" && normalizeHeader(c.header) === normalizeHeader(h)) ?? false);
}

function indexById(raw: RawTable, def: RegisterDef | undefined): Map<string, number> {
  const keyIndexes = (def?.key ?? [raw.headers[0] ?? ""]).map((k) => raw.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(k)));
  const byId = new Map<string, number>();
  const duplicated = new Set<string>();
  raw.rows.forEach((line, i) => {
    const id = keyOf(keyIndexes.map((k) => (k < 0 ? null : (line[k] ?? null))));
    if (id === "") return;
    if (byId.has(id)) duplicated.add(id);
    byId.set(id, i);
  });
  for (const id of duplicated) byId.delete(id);
  return byId;
}
