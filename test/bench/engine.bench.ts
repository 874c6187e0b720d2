// Engine figures: validating and sweeping 1,000 / 10,000 / 50,000 applications, and peak memory.
// Each size runs in a fresh child process so its peak RSS is its own.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runCheck } from "../../apps-script/core/engine/run-check";
import type { CellValue } from "../../apps-script/core/ports";
import { PERMOHONAN } from "../../apps-script/core/registers/catalog";
import { clockAt, makeApplication, makeOffice, passThroughLock } from "../factories";

const SIZES = [1_000, 10_000, 50_000];
const STATUSES = ["Diterima", "Verifikasi", "Perencanaan", "Uji Kompetensi", "Dikembalikan", "Selesai"];

function applications(count: number): Record<string, CellValue>[] {
  return Array.from({ length: count }, (_, i) => {
    const status = STATUSES[i % STATUSES.length]!;
    const bad: Record<string, string> = i % 10 === 0 ? { NIP: "12345", Email: "salah" } : {};
    return makeApplication({
      "ID Permohonan": `PRM-2026-${String(i + 1).padStart(5, "0")}`,
      Nama: `Peserta ${i + 1}`,
      Status: status,
      "Status Tercatat": i % 3 === 0 ? "" : status,
      ...bad,
    });
  });
}

async function child(size: number): Promise<void> {
  const workbook = makeOffice(applications(size));
  const deps = (at: string) => ({ workbook, clock: clockAt(at), lock: passThroughLock, actor: { email: "admin@contoh.go.id" } });
  let start = performance.now();
  const first = runCheck(deps("2026-11-23"));
  const firstMs = performance.now() - start;
  start = performance.now();
  const steady = runCheck(deps("2026-11-23"));
  const steadyMs = performance.now() - start;
  start = performance.now();
  runCheck(deps("2026-11-30"));
  const nextDayMs = performance.now() - start;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ size, firstMs, steadyMs, nextDayMs, peakMb, cells: first.cellsWritten, steadyCells: steady.cellsWritten, rowsWithErrors: first.rowsWithErrors }));
}

export async function run(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
  console.log("permohonan | sweep pertama (validasi + tenggat) | sweep ulang tanpa perubahan | sweep seminggu kemudian | memori puncak (RSS) | sel ditulis");
  for (const size of SIZES) {
    const out = execFileSync(tsx, [self, "--child", String(size)], { encoding: "utf8", maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, number>;
    console.log(
      `${String(size).padStart(10)} | ${r.firstMs!.toFixed(0).padStart(8)} ms | ${r.steadyMs!.toFixed(0).padStart(8)} ms | ${r.nextDayMs!.toFixed(0).padStart(8)} ms | ${r.peakMb!.toFixed(0).padStart(5)} MB | ${r.cells} (ulang: ${r.steadyCells})`,
    );
  }
  console.log(`(${PERMOHONAN.name} in memory; the same core runs in Apps Script where I/O is one batch read and one batch write per register)`);
  console.log("(the local job as a whole process, .xlsx included: local.bench.ts)");
}

if (process.argv[2] === "--child") await child(Number(process.argv[3]));
