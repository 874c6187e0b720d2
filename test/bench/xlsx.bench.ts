// Local .xlsx I/O figures: opening and saving a workbook of 1,000 / 10,000 / 50,000 Permohonan
// rows (35 columns, engine columns filled) with a Riwayat tab of twice as many rows: without
// changes, with 1 % of the cases moved on, and with every row rewritten; beside it exceljs reading
// and writing the same file (the old adapter's I/O). The file is one we wrote (inline strings, the
// heaviest to read); one saved by LibreOffice (shared strings) opens ~10 % faster.
// Every measurement runs in a fresh child process, so its peak RSS is its own; each is repeated
// and reported as min / median.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { type CellValue, dateCell, type RawTable } from "../../apps-script/core/ports";
import { PERMOHONAN, RIWAYAT } from "../../apps-script/core/registers/catalog";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { makeApplication, makeOffice } from "../factories";

const SIZES = [1_000, 10_000, 50_000];
const REPEAT = 3;
const STATUSES = ["Diterima", "Verifikasi", "Perencanaan", "Uji Kompetensi", "Dikembalikan", "Selesai"];

/** Every register of a sample office, Permohonan with `size` cases whose engine columns are filled. */
function tables(size: number): RawTable[] {
  const applications = Array.from({ length: size }, (_, i) => {
    const status = STATUSES[i % STATUSES.length]!;
    const day = (n: number) => dateCell(`2026-${String(1 + (n % 12)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}` as LocalDate);
    return makeApplication({
      "ID Permohonan": `PRM-2026-${String(i + 1).padStart(5, "0")}`,
      Nama: `Peserta ${i + 1}`,
      Status: status,
      "Status Tercatat": status,
      "Status Sejak": day(i),
      "Tenggat Langkah": day(i + 5),
      "Mulai Layanan": day(i + 1),
      "Tenggat Layanan": day(i + 30),
      "Hari Jeda": i % 4,
      Penanda: i % 7 === 0 ? "Terlambat" : "",
      Kelayakan: "Memenuhi syarat",
      "Metode Asesmen": "Portofolio dan wawancara",
      "Catatan Validasi": i % 10 === 0 ? "NIP: NIP harus 18 digit" : "",
      "Diperiksa Mesin": dateCell("2026-11-20" as LocalDate, 600),
    });
  });
  const office = makeOffice(applications);
  const riwayat: Record<string, CellValue>[] = Array.from({ length: size * 2 }, (_, i) => ({
    "ID Riwayat": `RWY-20261120-${String(i).padStart(8, "0")}`,
    Waktu: dateCell("2026-11-20" as LocalDate, 540 + (i % 300)),
    "ID Permohonan": `PRM-2026-${String((i % size) + 1).padStart(5, "0")}`,
    Dari: "Diterima",
    Ke: "Verifikasi",
    Oleh: "petugas@contoh.go.id",
    Peran: "Petugas",
    Hasil: "Diterapkan",
    Keterangan: "Langkah dicatat",
  }));
  office.applyChanges([{ table: RIWAYAT.name, patches: [], appends: riwayat }]);
  return office.tableNames().map((n) => office.readTable(n)!);
}

const peakMb = () => process.resourceUsage().maxRSS / 1024;

async function child(mode: string, path: string): Promise<void> {
  const { XlsxWorkbookFile } = await import("../../sync/local/xlsx-workbook");
  const replaceFile = async (target: string, data: Uint8Array) => writeFileSync(target, data);
  if (mode === "make") {
    const { newWorkbookBytes } = await import("../../sync/local/xlsx/new-workbook");
    writeFileSync(path, await newWorkbookBytes(tables(Number(process.argv[5]))));
    return;
  }
  if (mode === "exceljs") {
    const ExcelJS = (await import("exceljs")).default;
    let start = performance.now();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const openMs = performance.now() - start;
    start = performance.now();
    await book.xlsx.writeFile(`${path}.exceljs.xlsx`);
    console.log(JSON.stringify({ openMs, saveMs: performance.now() - start, peakMb: peakMb() }));
    return;
  }
  let start = performance.now();
  const file = await XlsxWorkbookFile.open(path, { replaceFile });
  const openMs = performance.now() - start;
  const openMb = peakMb();
  let cells = 0;
  if (mode === "change" || mode === "few") {
    // "change", the heaviest run: every case re-stamped, a tenth get a new note, 1,000 audit rows.
    // "few", a usual day: 1 % of the cases moved on (three engine cells each) and their audit rows.
    const table = file.workbook.readTable(PERMOHONAN.name)!;
    const id = table.headers.indexOf("ID Permohonan");
    const every = mode === "change" ? 1 : 100;
    const patches = table.rows.flatMap((row, i) => {
      if (i % every !== 0) return [];
      const values: Record<string, CellValue> = mode === "change"
        ? { "Diperiksa Mesin": dateCell("2026-11-23" as LocalDate, 540), ...(i % 10 === 3 ? { "Catatan Validasi": "Email: alamat e-mail tidak sah" } : {}) }
        : { "Status Tercatat": "Verifikasi", "Status Sejak": dateCell("2026-11-23" as LocalDate), "Tenggat Langkah": dateCell("2026-12-07" as LocalDate) };
      return [{ id: String(row[id]), rowHint: i, values }];
    });
    const audit = Array.from({ length: mode === "change" ? 1000 : patches.length }, (_, i) => ({ "ID Riwayat": `RWY-20261123-${i}`, Waktu: dateCell("2026-11-23" as LocalDate, 540), Hasil: "Diterapkan" }));
    file.workbook.applyChanges([{ table: PERMOHONAN.name, patches, appends: [] }, { table: RIWAYAT.name, patches: [], appends: audit }]);
  }
  start = performance.now();
  cells = await file.save();
  const saveMs = performance.now() - start;
  console.log(JSON.stringify({ openMs, saveMs, openMb, peakMb: peakMb(), cells }));
}

function measure(tsx: string, self: string, mode: string, path: string): Record<string, number>[] {
  return Array.from({ length: mode === "exceljs" ? 1 : REPEAT }, () => {
    const copy = `${path}.${mode}.xlsx`;
    writeFileSync(copy, readFileSync(path));
    const out = execFileSync(tsx, [self, "--child", mode, copy], { encoding: "utf8", maxBuffer: 1 << 20 });
    rmSync(copy, { force: true });
    rmSync(`${copy}.exceljs.xlsx`, { force: true });
    return JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, number>;
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const figure = (runs: Record<string, number>[], key: string, unit: string, digits = 0) => {
  const xs = runs.map((r) => r[key]!);
  return `${Math.min(...xs).toFixed(digits)}/${median(xs).toFixed(digits)} ${unit}`;
};

export async function run(): Promise<void> {
  const self = fileURLToPath(import.meta.url);
  const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
  const dir = mkdtempSync(join(tmpdir(), "bench-xlsx-"));
  console.log(`min/median of ${REPEAT} runs; each in its own process (peak RSS of that process)`);
  console.log("permohonan | berkas | buka | simpan tanpa perubahan | simpan, 1 % berubah (sel) | simpan, semua baris berubah (sel) | RSS puncak | exceljs baca / tulis / RSS");
  for (const size of SIZES) {
    const path = join(dir, `kantor-${size}.xlsx`);
    execFileSync(tsx, [self, "--child", "make", path, String(size)], { maxBuffer: 1 << 20 });
    const idle = measure(tsx, self, "none", path);
    const few = measure(tsx, self, "few", path);
    const busy = measure(tsx, self, "change", path);
    const old = size <= 10_000 || process.env.BENCH_EXCELJS_50K ? measure(tsx, self, "exceljs", path) : null;
    console.log(
      [
        String(size).padStart(10),
        `${(statSync(path).size / 1e6).toFixed(1)} MB`,
        figure(idle, "openMs", "ms"),
        figure(idle, "saveMs", "ms"),
        `${figure(few, "saveMs", "ms")} (${few[0]!.cells})`,
        `${figure(busy, "saveMs", "ms")} (${busy[0]!.cells})`,
        figure(busy, "peakMb", "MB"),
        old ? `${(old[0]!.openMs! / 1000).toFixed(1)} s / ${(old[0]!.saveMs! / 1000).toFixed(1)} s / ${old[0]!.peakMb!.toFixed(0)} MB` : "(50k: BENCH_EXCELJS_50K=1)",
      ].join(" | "),
    );
  }
  rmSync(dir, { recursive: true, force: true });
}

if (process.argv[2] === "--child") await child(process.argv[3]!, process.argv[4]!);
