// `npm start`: runs the engine on the local workbook and prints a short summary in Indonesian.
import { parseArgs } from "node:util";
import type { CheckSummary } from "../../apps-script/core/engine/types";
import { runLocalJob, type LocalJobResult } from "./main-job";
import { runSheetsJob } from "../engine/sheets-job";
import { openSheetsPlace } from "../engine/sheets-place";
import { systemClock } from "./node-ports";
import { runCli } from "./cli-support";
import { DEFAULT_LOCAL_ACTOR, DEFAULT_WORKBOOK } from "./defaults";


const HELP = `Pemakaian: npm start -- [--berkas PATH] [--sebagai EMAIL] [--json]

Menjalankan mesin alur sertifikasi pada buku kerja lokal (.xlsx). Bila berkas belum ada, dibuat
dengan semua register, pengaturan kantor contoh, hari libur 2025–2026, skema Pelayanan Publik,
dan contoh permohonan.

  --berkas PATH    buku kerja (bawaan: ${DEFAULT_WORKBOOK}, atau SERTIFIKASI_BERKAS)
  --sebagai EMAIL  pengguna yang memindahkan kasus, dicari di register Pengguna
                   (bawaan: ${DEFAULT_LOCAL_ACTOR}, atau SERTIFIKASI_PENGGUNA)
  --surat DIR      folder surat HTML/PDF (bawaan: folder "surat" di samping buku kerja)
  --spreadsheet sheets:ID
                   jalankan pada spreadsheet Google yang hidup lewat Sheets API, bukan berkas
                   lokal (kredensial: --credentials KEY.json, atau Application Default Credentials)
  --json           keluaran JSON untuk skrip

Surat yang dibuat langkah alur tercatat di tab Surat sebagai "Menunggu Persetujuan". Ubah
Status Surat menjadi "Disetujui" lalu jalankan lagi: surat diberi nomor dan tanggal.`;

export function formatSheetsSummary(summary: CheckSummary, where: string, cellsWritten: number): string {
  const lines = [`Spreadsheet: ${where}`];
  if (summary.configErrors.length > 0) return [...lines, "Konfigurasi belum sah, tidak ada yang diubah:", ...summary.configErrors.map((e) => `  - ${e}`)].join("\n");
  lines.push(...Object.entries(summary.casesByStatus).map(([status, count]) => `  ${status}: ${count}`));
  lines.push(`Segera jatuh tempo: ${summary.dueSoon}   Terlambat: ${summary.overdue}   Baris bermasalah: ${summary.rowsWithErrors}   Sel ditulis: ${cellsWritten}`);
  return lines.join("\n");
}

export function formatSummary(result: LocalJobResult, path: string, actor: string | null): string {
  const s: CheckSummary = result.summary;
  const lines = [`Buku kerja: ${path}${result.created ? " (baru dibuat dengan data contoh)" : ""}`];
  lines.push(`Bertindak sebagai: ${actor ?? "tidak dikenal"} (${result.role ?? "tanpa peran: langkah akan ditolak"})`);
  if (s.configErrors.length > 0) {
    lines.push("", "Konfigurasi belum sah, tidak ada yang diubah:", ...s.configErrors.map((e) => `  - ${e}`));
    return lines.join("\n");
  }
  lines.push("", "Permohonan per tahap:");
  const width = Math.max(...Object.keys(s.casesByStatus).map((k) => k.length), 10);
  for (const [status, count] of Object.entries(s.casesByStatus)) lines.push(`  ${status.padEnd(width)}  ${count}`);
  lines.push(
    "",
    `Segera jatuh tempo: ${s.dueSoon}   Terlambat: ${s.overdue}   Baris bermasalah: ${s.rowsWithErrors}`,
    `Langkah diterapkan: ${s.movesApplied}   Langkah ditolak: ${s.movesRefused}   ID baru: ${s.idsAssigned}   Sel diperbarui: ${result.cellsSaved}`,
  );
  if (s.problems.length > 0) {
    lines.push("", "Baris bermasalah (lihat kolom Catatan Validasi):");
    for (const p of s.problems.slice(0, 20)) lines.push(`  ${p.id}: ${p.messages.join("; ")}`);
    if (s.problems.length > 20) lines.push(`  … dan ${s.problems.length - 20} lainnya`);
  }
  const l = result.letters;
  if (l.created + l.reworked + l.approved > 0) {
    lines.push("", `Surat: ${l.created} dibuat untuk ditinjau, ${l.reworked} dibuat ulang, ${l.approved} disetujui dan diberi nomor, ${l.pdfs} PDF.`);
    if (l.note) lines.push(`  ${l.note}`);
  }
  if (s.warnings.length > 0) lines.push("", ...s.warnings.map((w) => `Catatan: ${w}`));
  if (result.cellsSaved === 0 && !result.created) lines.push("", "Tidak ada perubahan sejak pemeriksaan terakhir.");
  return lines.join("\n");
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      berkas: { type: "string" }, sebagai: { type: "string" }, surat: { type: "string" }, json: { type: "boolean" },
      spreadsheet: { type: "string" }, credentials: { type: "string" }, help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.spreadsheet) {
    const actorEmail = values.sebagai ?? env.SERTIFIKASI_PENGGUNA ?? null;
    const place = openSheetsPlace(values.spreadsheet, values.credentials);
    const result = await runSheetsJob(place, { actorEmail, clock: systemClock(env), onProgress: (m) => console.error(m) });
    console.log(values.json ? JSON.stringify(result, null, 2) : formatSheetsSummary(result.summary, place.describe(), result.cellsWritten));
    return result.summary.configErrors.length > 0 ? 2 : 0;
  }
  const path = values.berkas ?? env.SERTIFIKASI_BERKAS ?? DEFAULT_WORKBOOK;
  const actor = values.sebagai ?? env.SERTIFIKASI_PENGGUNA ?? DEFAULT_LOCAL_ACTOR;
  const result = await runLocalJob({
    path,
    actorEmail: actor,
    ...(values.surat ? { lettersDir: values.surat } : {}),
    clock: systemClock(env),
    onProgress: values.json ? undefined : (message) => console.error(message),
  });
  console.log(values.json ? JSON.stringify({ path, ...result }, null, 2) : formatSummary(result, path, actor));
  return result.summary.configErrors.length > 0 ? 2 : 0;
}

runCli(import.meta.url, main);
