// A set-up office in the fake: staff accounts, the sample scheme, and applications made by small
// factories with overrides, written straight into the sheet (as existing data, no triggers).
import { cellFromInput } from "./fake/cells";
import { GasRuntime } from "./harness";

export const SCHEME = "SS-05/LSP-BPSDM DKI/V/2022";
export const DOCUMENTS = "DIKLAT_PP, REKOMENDASI, SK_ASN, IJAZAH, SK_JABATAN, SURAT_PENGALAMAN, KTP, CV, PASFOTO";

export const STAFF = {
  petugas: "petugas@bkpsdm.go.id",
  verifikator: "verifikator@bkpsdm.go.id",
  kepala: "kepala@bkpsdm.go.id",
  admin: "admin@bkpsdm.go.id",
} as const;

/**
 * Writes values into a tab as if typed long ago: parsing rules apply, no trigger fires, and every
 * cache entry made before has expired since (CacheService keeps nothing beyond 6 hours).
 */
export function put(rt: GasRuntime, sheetName: string, row: number, column: number, values: unknown[][]): void {
  const sheet = rt.sheet(sheetName);
  rt.store.caches.document.clear();
  const tz = rt.store.spreadsheet.timeZone;
  const lastRow = row + values.length - 1;
  if (lastRow > sheet.maxRows) sheet.maxRows = lastRow;
  sheet._writeCells(row, column, values, (v, r, c) => cellFromInput(v, tz, () => sheet._formatAt(r, c)));
}

/** `count` rows of past cases (IDs from 2025, none of this year's) under the tab's header: a grown Surat or Hasil Asesmen. */
export function fillWithOtherCases(rt: GasRuntime, tab: string, count: number): void {
  const sheet = rt.sheet(tab);
  const headers = Array.from({ length: sheet.getLastColumn() }, (_, c) => String(sheet._plain(1, c + 1)));
  const rows = Array.from({ length: count }, (_, i) => headers.map((h, c) => (h === "ID Permohonan" ? `PRM-2025-${String(i + 1).padStart(5, "0")}` : c === 0 ? `${tab.slice(0, 3).toUpperCase()}-2025-${i + 1}` : "")));
  put(rt, tab, sheet.getLastRow() + 1, 1, rows);
}

/** Pengguna: the office's real staff instead of the sample addresses. */
export function registerStaff(rt: GasRuntime): void {
  const rows = [
    [STAFF.petugas, "Petugas Layanan", "Petugas", "Ya"],
    [STAFF.verifikator, "Verifikator", "Verifikator", "Ya"],
    [STAFF.kepala, "Kepala Badan", "Kepala", "Ya"],
    [STAFF.admin, "Admin", "Admin", "Ya"],
    ["asesor@bkpsdm.go.id", "Asesor", "Asesor", "Ya"],
  ];
  put(rt, "Pengguna", 2, 1, rows);
}

/** A second Admin: an editor of the spreadsheet with an active Admin row in Pengguna. */
export function addAdmin(rt: GasRuntime, email: string): void {
  if (!rt.store.spreadsheetEditors.includes(email)) rt.store.spreadsheetEditors.push(email);
  put(rt, "Pengguna", rt.sheet("Pengguna").getLastRow() + 1, 1, [[email, "Admin Kedua", "Admin", "Ya"]]);
}

export interface OfficeOptions {
  readonly now?: string;
  readonly installTriggers?: boolean;
}

/** A spreadsheet after "Siapkan register" (and, by default, "Pasang pemicu otomatis"). */
export async function newOffice(options: OfficeOptions = {}): Promise<GasRuntime> {
  const rt = await GasRuntime.create(options.now ? { now: options.now } : {});
  expectOk(rt.open(), "onOpen");
  expectOk(rt.menu("menuSetup"), "menuSetup");
  registerStaff(rt);
  if (options.installTriggers ?? true) expectOk(rt.menu("menuInstallTriggers"), "menuInstallTriggers");
  return rt;
}

export function expectOk(result: { ok: boolean; error: string | null }, what: string): void {
  if (!result.ok) throw new Error(`${what} failed: ${result.error}`);
}

/** An application as the fields staff see, valid unless overridden. `i` varies NIP/NIK/name. */
export function application(i: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const year = 1970 + (i % 30);
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  const female = i % 2 === 1;
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  const nip = `${year}${pad(month, 2)}${pad(day, 2)}${year + 25}${pad(month, 2)}${female ? 2 : 1}${pad(1 + (i % 999), 3)}`;
  const nik = `317401${pad(day + (female ? 40 : 0), 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad(1 + (i % 9999), 4)}`;
  return {
    "ID Permohonan": `PRM-2026-${pad(i + 1, 5)}`,
    "Tanggal Permohonan": new Date(Date.UTC(2026, 1, 23) - 8 * 3_600_000),
    Nama: `Pemohon ${i + 1}`,
    NIP: `'${nip}`,
    NIK: `'${nik}`,
    Email: `pemohon${i + 1}@contoh.go.id`,
    Telepon: "'081234567890",
    Instansi: "Pemerintah Provinsi DKI Jakarta",
    Golongan: "III/a",
    "Pendidikan Terakhir": "S1",
    "Pengalaman Pelayanan Publik (tahun)": 4,
    "Kode Skema": SCHEME,
    "Dokumen Diserahkan": DOCUMENTS,
    ...overrides,
  };
}

/** Appends applications below the existing rows, by header. Returns the first sheet row used. */
export function addApplications(rt: GasRuntime, records: readonly Record<string, unknown>[]): number {
  const sheet = rt.sheet("Permohonan");
  const width = sheet.getLastColumn();
  const headers = Array.from({ length: width }, (_, c) => String(sheet._plain(1, c + 1)));
  const first = Math.max(2, sheet.getLastRow() + 1);
  put(rt, "Permohonan", first, 1, records.map((record) => headers.map((h) => record[h] ?? "")));
  return first;
}

/** Sheet row of a case ID on Permohonan (found by value, as staff would). */
export function rowOf(rt: GasRuntime, id: string): number {
  const sheet = rt.sheet("Permohonan");
  const column = rt.column("Permohonan", "ID Permohonan");
  for (let r = 2; r <= sheet.getLastRow(); r += 1) if (sheet._plain(r, column) === id) return r;
  throw new Error(`No row for ${id}`);
}

/** One case as plain values by header. */
export function caseRow(rt: GasRuntime, id: string): Record<string, string | number | boolean> {
  const row = rowOf(rt, id);
  return rt.table("Permohonan")[row - 2]!;
}

/**
 * Runs jobs as overlapping executions: each running execution lets the next job start (and run to
 * its end, as another Apps Script execution would) at one random point among its first
 * `horizon` service calls — deterministic for a seed. While any execution holds the document lock
 * the point is postponed, so work done under the lock is never interleaved, and code that forgets
 * the lock gets interleaved exactly where it hurts.
 */
export function interleave(rt: GasRuntime, jobs: readonly (() => void)[], seed = 7, horizon = 120): { overlapped: number } {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const queue = [...jobs];
  const plans = new Map<number, { calls: number; at: number; spawned: boolean }>();
  rt.store.onServiceCall = (execution) => {
    let plan = plans.get(execution.id);
    if (!plan) plans.set(execution.id, (plan = { calls: 0, at: 1 + Math.floor(random() * horizon), spawned: false }));
    plan.calls += 1;
    if (plan.spawned || plan.calls < plan.at || rt.store.lockHolder !== null || rt.store.scriptLockHolder !== null || queue.length === 0) return;
    plan.spawned = true;
    overlapped += 1;
    queue.shift()!();
  };
  let overlapped = 0;
  try {
    while (queue.length > 0) queue.shift()!();
  } finally {
    rt.store.onServiceCall = null;
  }
  return { overlapped };
}

/** Form answers for applicant i, keyed by question title. */
export function formAnswers(i: number, overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  const a = application(i);
  return {
    Nama: String(a["Nama"]),
    NIP: String(a["NIP"]).slice(1),
    NIK: String(a["NIK"]).slice(1),
    Email: String(a["Email"]),
    Telepon: "081234567890",
    Instansi: "Pemerintah Provinsi DKI Jakarta",
    "Unit Kerja": "Biro Umum",
    Jabatan: "Analis Pelayanan",
    Golongan: "III/a",
    "Pendidikan Terakhir": "S1",
    "Pengalaman Pelayanan Publik (tahun)": "4",
    "Kode Skema": SCHEME,
    "Dokumen Diserahkan": DOCUMENTS.split(", "),
    ...overrides,
  };
}

/**
 * Staff sort Permohonan by `column` right after the next execution has read its rows (values,
 * then formulas), i.e. between that execution's read and its write. Returns whether it happened;
 * call `done()` to stop watching.
 */
export function sortAfterNextRead(rt: GasRuntime, column: string, descending = true): { sorted(): boolean; done(): void } {
  const sheet = rt.sheet("Permohonan");
  let armed = false;
  let sorted = false;
  rt.store.onServiceCall = (_execution, name, target) => {
    if (armed && !sorted) {
      sorted = true;
      sheet.sort(rt.column("Permohonan", column), !descending);
    }
    if (name === "Range.getFormulas" && (target as { sheet?: { name: string } }).sheet?.name === "Permohonan") armed = true;
  };
  return { sorted: () => sorted, done: () => void (rt.store.onServiceCall = null) };
}
