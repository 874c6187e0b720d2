// Backup/restore benchmark: 5 tabs, 200,000 rows × 20 columns in all, served by the loopback fake
// Sheets server; prints requests, time, peak memory and snapshot size for backup and restore.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { startFakeSheets, type FakeSheetsServer } from "../backup/fake-sheets/server";

const TABS = 5;
const ROWS = 200_000; // data rows in all
const COLUMNS = 20;
const SOURCE = "UJI-bench-sumber-000000001";
const TARGET = "UJI-bench-target-000000002";
const WORKER = fileURLToPath(new URL("../backup/bench-worker.ts", import.meta.url));

/** Register-like rows: IDs, dates as serials, digits as text, repeated choices, some blanks; the
 * first tab's last column is a formula. */
function tabRows(tab: number, count: number): unknown[][] {
  const header = Array.from({ length: COLUMNS }, (_, c) => `Kolom ${c + 1}`);
  header[0] = "ID Permohonan";
  const rows: unknown[][] = [header];
  for (let i = 1; i <= count; i++) {
    const id = `P${tab}-${String(i).padStart(6, "0")}`;
    rows.push([
      id, 45658 + (i % 700), `Peserta Uji ${tab}-${i}`, `19850101201001${String(i % 10_000).padStart(4, "0")}`,
      `3171${String(1e11 + i).slice(-12)}`, `peserta${i}@contoh.invalid`, `08120000${String(i % 10_000).padStart(4, "0")}`,
      "Pemerintah Provinsi Contoh", `Bidang ${i % 12}`, "Analis Kebijakan", ["II/b", "III/a", "III/c", "IV/a"][i % 4],
      ["D-III", "S1", "S2"][i % 3], (i % 15) + 1, "SKM-UJI-01", "KTP,CV,FOTO", ["Diterima", "Verifikasi", "Terjadwal"][i % 3],
      i % 4 === 0 ? 45700 + (i % 300) : null, `TUK-${i % 9}`, i % 5 === 0 ? "Berkas dikembalikan untuk perbaikan" : null,
      tab === 1 ? `=M${i + 1}*2` : i % 1000,
    ]);
  }
  return rows;
}

interface WorkerResult {
  code: number;
  ms: number;
  rssBefore: number;
  maxRss: number;
  heapPeak: number;
  lines: string[];
}

/** Each command runs in its own process so its peak memory is its own, not the server's. */
function runWorker(server: FakeSheetsServer, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, server.url, ...argv], {
      stdio: ["ignore", "pipe", "inherit"],
      cwd: fileURLToPath(new URL("../..", import.meta.url)), // where `--import tsx` resolves
      env: { ...process.env, SYNC_BACKUP_KEY: "", ...env },
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const result = JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as WorkerResult;
      if (code !== 0 || result.code !== 0) reject(new Error(`worker ${argv[0]} gagal (${code}/${result.code}): ${result.lines?.join(" | ")}`));
      else resolve(result);
    });
  });
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function requestsSince(server: FakeSheetsServer, from: number): string {
  const slice = server.requests.slice(from);
  const byOp = new Map<string, number>();
  for (const r of slice) byOp.set(r.op, (byOp.get(r.op) ?? 0) + 1);
  const maxBody = Math.max(0, ...slice.map((r) => r.bodyBytes));
  return `${slice.length} (${[...byOp].map(([op, n]) => `${op} ${n}`).join(", ")}; largest request body ${mb(maxBody)})`;
}

function report(label: string, server: FakeSheetsServer, from: number, r: WorkerResult): void {
  console.log(`  ${label}:`);
  console.log(`    requests      ${requestsSince(server, from)}`);
  console.log(`    time          ${(r.ms / 1000).toFixed(2)} s`);
  console.log(`    peak memory   RSS ${mb(r.maxRss)} (process at start ${mb(r.rssBefore)}), JS heap ${mb(r.heapPeak)}`);
}

export async function run(): Promise<void> {
  const server = await startFakeSheets();
  const dir = await mkdtemp(join(tmpdir(), "sync-backup-bench-"));
  try {
    const perTab = ROWS / TABS;
    server.add(SOURCE, "Bench sumber", Array.from({ length: TABS }, (_, t) => ({ title: `Register ${t + 1}`, rows: tabRows(t + 1, perTab), columnCount: COLUMNS })));
    server.add(TARGET, "Bench target", [{ title: "Sheet1" }]);
    console.log(`backup/restore: ${TABS} tabs, ${ROWS.toLocaleString("en")} rows × ${COLUMNS} columns (${perTab.toLocaleString("en")} rows a tab, ${perTab.toLocaleString("en")} formulas in tab 1), loopback fake Sheets server`);

    let from = server.requests.length;
    const backup = await runWorker(server, ["backup", `sheets:${SOURCE}`, dir, "--quiet"]);
    report("backup", server, from, backup);
    const snapshot = join(dir, (await readdir(dir)).find((n) => !n.startsWith("."))!);
    const manifest = JSON.parse(await readFile(join(snapshot, "manifest.json"), "utf8")) as { totals: { plainBytes: number; bytes: number; cells: number } };
    console.log(`    snapshot      ${mb(manifest.totals.plainBytes)} plain JSON, ${mb(manifest.totals.bytes)} gzip (${(manifest.totals.plainBytes / manifest.totals.bytes).toFixed(1)}×), ${manifest.totals.cells.toLocaleString("en")} cells`);

    const verify = await runWorker(server, ["verify", snapshot]);
    console.log(`  verify (hash, gunzip, parse every file): ${(verify.ms / 1000).toFixed(2)} s, peak RSS ${mb(verify.maxRss)}`);

    const sealed = join(dir, "terenkripsi");
    const encrypted = await runWorker(server, ["backup", `sheets:${SOURCE}`, sealed, "--quiet"], { SYNC_BACKUP_KEY: randomBytes(32).toString("hex") });
    const sealedManifest = JSON.parse(await readFile(join(sealed, (await readdir(sealed))[0]!, "manifest.json"), "utf8")) as { totals: { bytes: number } };
    console.log(`  backup with AES-256-GCM: ${(encrypted.ms / 1000).toFixed(2)} s, ${mb(sealedManifest.totals.bytes)} on disk, peak RSS ${mb(encrypted.maxRss)}`);

    from = server.requests.length;
    const restore = await runWorker(server, ["restore", snapshot, `sheets:${TARGET}`, "--yes", "--quiet"]);
    report("restore into an empty spreadsheet", server, from, restore);
    // Every tab, as typed and as computed, must equal the source.
    const tabs = server.book(SOURCE).sheets.map((s) => s.title);
    const equal = tabs.every((t) =>
      (["FORMULA", "UNFORMATTED_VALUE"] as const).every((r) => JSON.stringify(server.grid(TARGET, t, r)) === JSON.stringify(server.grid(SOURCE, t, r))));
    console.log(`    check         ${equal ? "all" : "NOT all"} ${tabs.length} tabs equal the source (values and formulas)`);
    if (!equal) throw new Error("restore benchmark: target differs from source");

    from = server.requests.length;
    const noop = await runWorker(server, ["restore", snapshot, `sheets:${TARGET}`, "--yes", "--quiet"]);
    report("restore again (target already equal: compare only)", server, from, noop);
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
