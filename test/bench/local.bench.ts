// The local job as staff run it: `npm start` on a workbook of 1,000 / 10,000 / 50,000 applications
// with their history, timed as whole processes (wall time and peak RSS from the OS), repeated.
// Each size is prepared in a child process; every timed run starts from a fresh copy of the file.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type CellValue, dateCell } from "../../apps-script/core/ports";
import { PERMOHONAN, RIWAYAT } from "../../apps-script/core/registers/catalog";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { clockAt, makeApplication, makeOffice } from "../factories";

export const LOCAL_SIZES = [1_000, 10_000, 50_000];
const RUNS = 3;
/** "Now" of every run: a Monday morning in Jakarta. */
const NOW = "2026-11-23T02:00:00Z";
/** Share of cases whose Status staff changed before the run. */
const MOVED_SHARE = 0.01;

const PATHS: readonly (readonly string[])[] = [
  [], [], ["Verifikasi"], ["Verifikasi", "Perencanaan"], ["Verifikasi", "Perencanaan", "Uji Kompetensi"], ["Dikembalikan"],
];

/** Cases spread over the early states, each with the Riwayat rows its state took. */
function office(size: number) {
  const cases: Record<string, CellValue>[] = [];
  const history: Record<string, CellValue>[] = [];
  for (let i = 0; i < size; i += 1) {
    const id = `PRM-2026-${String(i + 1).padStart(5, "0")}`;
    const path = PATHS[i % PATHS.length]!;
    const status = path.at(-1) ?? "Diterima";
    const day = (text: string) => dateCell(text as LocalDate);
    const since = day("2026-11-16");
    // The last move on the 16th, earlier ones on the 9th: the cells say what the history says.
    const dateOf = (step: number) => (step === path.length - 1 ? "2026-11-16" : "2026-11-09");
    const verified = path.indexOf("Verifikasi");
    cases.push(makeApplication({
      "ID Permohonan": id, Nama: `Peserta ${i + 1}`, Status: status, "Status Tercatat": status, "Status Sejak": path.length > 0 ? since : day("2026-11-02"),
      ...(verified >= 0 ? { "Mulai Layanan": day(dateOf(verified)) } : {}),
      ...(status === "Dikembalikan" ? { "Jeda Sejak": since, "Catatan Petugas": "Pasfoto belum ada" } : {}),
      ...(status === "Uji Kompetensi" ? { "Jadwal Uji": since, "Kode TUK": "TUK-01", Asesor: "MET.000.000001 2026" } : {}),
    }));
    const event = (n: number, from: string, to: string, date: string) => ({
      "ID Riwayat": `RWY-${date.replace(/-/g, "")}-BENCH${String(i).padStart(6, "0")}-${String(n).padStart(4, "0")}`,
      Waktu: dateCell(date as LocalDate, 600), "ID Permohonan": id, Dari: from || null, Ke: to,
      Oleh: from ? "admin@contoh.go.id" : "mesin", Peran: from ? "Admin" : null, Hasil: "Diterapkan", Keterangan: from ? null : "Permohonan dicatat",
    });
    history.push(event(1, "", "Diterima", "2026-11-02"));
    let from = "Diterima";
    path.forEach((to, n) => {
      history.push(event(n + 2, from, to, dateOf(n)));
      from = to;
    });
  }
  const workbook = makeOffice(cases);
  workbook.applyChanges([{ table: RIWAYAT.name, patches: [], appends: history }]);
  return workbook;
}

/** Child: writes `base.xlsx` (settled by one run) and `changed.xlsx` (1 % of Status cells moved on). */
async function prepare(size: number, dir: string): Promise<void> {
  const { writeNewWorkbook } = await import("../../sync/local/xlsx/new-workbook");
  const { XlsxWorkbookFile } = await import("../../sync/local/xlsx-workbook");
  const { runLocalJob } = await import("../../sync/local/main-job");
  const base = join(dir, "base.xlsx");
  const workbook = office(size);
  await writeNewWorkbook(base, workbook.tableNames().map((name) => workbook.readTable(name)!));
  await runLocalJob({ path: base, actorEmail: "admin@contoh.go.id", clock: clockAt("2026-11-23"), lettersDir: join(dir, "surat"), createIfMissing: false });
  const changed = join(dir, "changed.xlsx");
  copyFileSync(base, changed);
  const file = await XlsxWorkbookFile.open(changed);
  const table = file.workbook.readTable(PERMOHONAN.name)!;
  const col = (h: string) => table.headers.indexOf(h);
  const patches = table.rows.flatMap((row, rowHint) => {
    if (rowHint % Math.round(1 / MOVED_SHARE) !== 0) return [];
    const next = row[col("Status")] === "Diterima" ? "Verifikasi" : row[col("Status")] === "Verifikasi" ? "Perencanaan" : null;
    return next ? [{ id: String(row[col("ID Permohonan")]), rowHint, values: { Status: next } }] : [];
  });
  file.workbook.applyChanges([{ table: PERMOHONAN.name, patches, appends: [] }]);
  await file.save();
}

interface Timed { readonly wallS: number; readonly peakMb: number; readonly exit: number }

/** One whole `npm start`-equivalent process on a fresh copy of `source`. */
function timedRun(source: string, dir: string): Timed {
  const target = join(dir, "run.xlsx");
  copyFileSync(source, target);
  rmSync(join(dir, "surat-run"), { recursive: true, force: true });
  const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
  const command = [tsx, "sync/local/main.ts", "--berkas", target, "--surat", join(dir, "surat-run"), "--json"];
  // PDF printing is Chromium's time, not the engine's (letters.bench.ts times it): left out here.
  const env = { ...process.env, SERTIFIKASI_SEKARANG: NOW, SERTIFIKASI_PENGGUNA: "admin@contoh.go.id", CHROMIUM_PATH: "/nonexistent/chromium" };
  if (existsSync("/usr/bin/time")) {
    const out = spawnSync("/usr/bin/time", ["-f", "BENCH %e %M", ...command], { env, encoding: "utf8", maxBuffer: 1 << 28 });
    const line = out.stderr.split("\n").find((l) => l.startsWith("BENCH "));
    const [, wall, kb] = (line ?? "BENCH NaN NaN").split(" ");
    return { wallS: Number(wall), peakMb: Number(kb) / 1024, exit: out.status ?? -1 };
  }
  const start = performance.now();
  const out = spawnSync(command[0]!, command.slice(1), { env, encoding: "utf8", maxBuffer: 1 << 28 });
  return { wallS: (performance.now() - start) / 1000, peakMb: Number.NaN, exit: out.status ?? -1 };
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: readonly number[], digits: number) => `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

export interface LocalFigures {
  readonly size: number;
  readonly changed: { readonly wallS: number; readonly peakMb: number };
  readonly unchanged: { readonly wallS: number; readonly peakMb: number };
}

export async function run(options: { json?: boolean } = {}): Promise<LocalFigures[]> {
  const self = fileURLToPath(import.meta.url);
  const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
  const figures: LocalFigures[] = [];
  if (!options.json) {
    console.log(`npm start pada buku kerja .xlsx, proses utuh, ${RUNS} kali tiap ukuran (median, min–max); 1 % Status diubah staf; tanpa cetak PDF:`);
    console.log("permohonan | dengan perubahan: waktu (s) | memori puncak (MB) | tanpa perubahan: waktu (s) | memori puncak (MB)");
  }
  for (const size of LOCAL_SIZES) {
    const dir = mkdtempSync(join(tmpdir(), `bench-lokal-${size}-`));
    execFileSync(tsx, [self, "--prepare", String(size), dir], { stdio: ["ignore", "ignore", "inherit"], maxBuffer: 1 << 26 });
    const changed = Array.from({ length: RUNS }, () => timedRun(join(dir, "changed.xlsx"), dir));
    const unchanged = Array.from({ length: RUNS }, () => timedRun(join(dir, "base.xlsx"), dir));
    const failed = [...changed, ...unchanged].find((r) => r.exit !== 0);
    if (failed) throw new Error(`npm start pada ${size} permohonan berakhir dengan kode ${failed.exit}`);
    const pick = (rs: Timed[]) => ({ wallS: median(rs.map((r) => r.wallS)), peakMb: median(rs.map((r) => r.peakMb)) });
    figures.push({ size, changed: pick(changed), unchanged: pick(unchanged) });
    if (!options.json) {
      console.log(`${String(size).padStart(10)} | ${spread(changed.map((r) => r.wallS), 2).padStart(24)} | ${spread(changed.map((r) => r.peakMb), 0).padStart(16)} | ${spread(unchanged.map((r) => r.wallS), 2).padStart(24)} | ${spread(unchanged.map((r) => r.peakMb), 0)}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

if (process.argv[2] === "--prepare") await prepare(Number(process.argv[3]), process.argv[4]!);
