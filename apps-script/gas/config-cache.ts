// The configuration tabs (Pengaturan, Libur, Skema, Alur, Pengguna, …) as an edit last needs
// them, kept in the document cache: an edit reads them with one Cache.getAll instead of two
// service calls per tab. Every cached tab carries the stamp it was stored under; an edit of any
// configuration tab (edit.ts) drops the stamp, so the next edit reads the tabs again.
//
// What the cache cannot see (a change by the Sheets API, a restore from the Node tool, another
// script) lasts at most CONFIG_CACHE_SECONDS for edits: the sweep and the menus always read the
// tabs and store them afresh. https://developers.google.com/apps-script/reference/cache/cache
import type { RawTable } from "../core/ports";
import { DOKUMEN_KASUS, HASIL_ASESMEN, PERMOHONAN, REGISTERS, RIWAYAT, SURAT } from "../core/registers/catalog";

type Cache = GoogleAppsScript.Cache.Cache;

/** Ten minutes: how long a change made outside the sheet's editor may go unseen by edits. */
export const CONFIG_CACHE_SECONDS = 600;
const STAMP_KEY = "sertifikasi.config.stamp";
/** The spreadsheet's time zone, stored with the tabs: an edit's dates need it, and asking is a call. */
const ZONE_KEY = "sertifikasi.config.timeZone";
const TABLE_PREFIX = "sertifikasi.config.";
/**
 * Whether each case-data tab (Riwayat, Surat, Hasil Asesmen, Dokumen Kasus) was past a partial
 * read's threshold when last measured: an edit then reads a small tab whole, or searches a large
 * one, without asking its size first. A hint only: either read is right for any size, a wrong
 * hint costs one read chosen badly and is corrected by it. Not tied to the stamp (a tab's size
 * does not depend on the configuration) and kept the longest the cache allows.
 */
const SIZES_KEY = "sertifikasi.tabSizes";
/** "The maximum time the value will remain in the cache, in seconds ... The maximum is 21600 (6 hours)" (Cache reference). */
const SIZE_HINT_SECONDS = 21_600;
/** "Individual keys can store up to 100KB of data" (Cache reference); a larger tab is read each time. */
const MAX_VALUE_CHARS = 100 * 1024;

/** Registers that describe the office rather than hold its cases: the tabs worth caching. */
const CASE_DATA = new Set([PERMOHONAN, HASIL_ASESMEN, RIWAYAT, SURAT, DOKUMEN_KASUS]);
export const CONFIG_TABLES: readonly string[] = REGISTERS.filter((r) => !CASE_DATA.has(r)).map((r) => r.name);

/** Whether an edit of this tab changes what edits must see (and so drops the cached copy). */
export function isConfigTable(name: string): boolean {
  return CONFIG_TABLES.includes(name);
}

/** A tab as cached: null when the workbook has no such tab (set-up adds it). */
type Cached = Pick<RawTable, "name" | "headers" | "rows"> | null;

interface Entry {
  readonly stamp: string;
  readonly table: Cached;
}

function keyOf(name: string): string {
  return TABLE_PREFIX + name;
}

/** The document cache, or null where there is none (a script not bound to a document). */
export function documentCache(): Cache | null {
  try {
    return CacheService.getDocumentCache();
  } catch {
    return null;
  }
}

export interface CachedConfig {
  /** The stamp the entries were stored under; null when there is none (expired or dropped). */
  readonly stamp: string | null;
  /** Tabs found under that stamp (null: the tab does not exist). */
  readonly tables: Map<string, RawTable | null>;
  /** The spreadsheet's time zone as stored under that stamp. */
  readonly timeZone: string | null;
  /** Case-data tabs by whether they were large when last measured (absent: not known). */
  readonly sizes: ReadonlyMap<string, boolean>;
}

/** Size hints as stored; anything else in the entry is ignored. */
function parseSizes(text: string | undefined): Map<string, boolean> {
  const sizes = new Map<string, boolean>();
  if (!text) return sizes;
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === "object") {
      for (const [name, large] of Object.entries(parsed)) if (typeof large === "boolean") sizes.set(name, large);
    }
  } catch {
    // a damaged entry: sizes are asked again
  }
  return sizes;
}

/** Reads the cached configuration tabs that share the current stamp, in one call. */
export function cachedConfig(cache: Cache): CachedConfig {
  const found = cache.getAll([STAMP_KEY, ZONE_KEY, SIZES_KEY, ...CONFIG_TABLES.map(keyOf)]);
  const stamp = found[STAMP_KEY] ?? null;
  const tables = new Map<string, RawTable | null>();
  const sizes = parseSizes(found[SIZES_KEY]);
  if (!stamp) return { stamp, tables, timeZone: null, sizes };
  const zone = found[ZONE_KEY] ?? "";
  const timeZone = zone.startsWith(`${stamp} `) ? zone.slice(stamp.length + 1) : null;
  for (const name of CONFIG_TABLES) {
    const text = found[keyOf(name)];
    if (!text) continue;
    try {
      const entry = JSON.parse(text) as Entry;
      if (entry.stamp !== stamp) continue;
      if (entry.table === null) tables.set(name, null);
      else if (entry.table.name === name) tables.set(name, { ...entry.table, formulas: new Map() });
    } catch {
      // a damaged entry is read from the tab again
    }
  }
  return { stamp, tables, timeZone, sizes };
}

/**
 * Stores tabs in one call: under `stamp` when only some were missing (the others stay valid),
 * else under a new stamp. A tab too large for one cache value is left out and read each time.
 */
export function storeConfig(cache: Cache, tables: ReadonlyMap<string, RawTable | null>, stamp: string | null, timeZone?: string): void {
  const values: Record<string, string> = {};
  const under = stamp ?? `${Date.now().toString(36)}.${Math.floor(Math.random() * 1e9).toString(36)}`;
  for (const [name, table] of tables) {
    const cached: Cached = table && { name: table.name, headers: table.headers, rows: table.rows };
    const text = JSON.stringify({ stamp: under, table: cached } satisfies Entry);
    if (text.length <= MAX_VALUE_CHARS) values[keyOf(name)] = text;
  }
  if (stamp === null) values[STAMP_KEY] = under;
  if (timeZone) values[ZONE_KEY] = `${under} ${timeZone}`;
  if (Object.keys(values).length > 0) cache.putAll(values, CONFIG_CACHE_SECONDS);
}

/** Stores the size hints (all of them: the entry is replaced whole), in one call. */
export function storeSizes(cache: Cache, sizes: ReadonlyMap<string, boolean>): void {
  cache.put(SIZES_KEY, JSON.stringify(Object.fromEntries(sizes)), SIZE_HINT_SECONDS);
}

/** After an edit of a configuration tab: every cached tab is stale (size hints stay: they are not configuration). */
export function forgetConfig(cache: Cache | null): void {
  cache?.remove(STAMP_KEY);
}
