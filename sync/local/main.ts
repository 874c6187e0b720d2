// `npm start`: runs the engine on the local workbook (or a live spreadsheet) and prints a summary.
// Only light modules load here; the engine, exceljs, googleapis and Playwright come in through
// `import()` where a run needs them, so `--help` and argument errors answer at once.
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Clock } from "../../apps-script/core/ports";
import { SyncError } from "../backup/errors";
import { VERSION_LINE } from "../backup/version";
import { parseCliArgs } from "./cli-errors";
import { formatSheetsSummary, formatSummary, jsonSummary, spreadsheetJson, toJson } from "./cli-summary";
import { type CliIo, processIo, runCli, saysYes } from "./cli-support";
import { DEFAULT_LOCAL_ACTOR, DEFAULT_WORKBOOK } from "./defaults";
import { LOCAL_EXIT_CODES, LocalFileError } from "./errors";
import { systemClock } from "./node-ports";

export { formatSheetsSummary, formatSummary } from "./cli-summary";

export const HELP_HINT = "npm start -- --help";

const HELP = `Pemakaian: npm start -- [--berkas PATH] [--buat] [--sebagai EMAIL] [--surat DIR] [--json]
          npm start -- --spreadsheet sheets:ID [--credentials KEY.json] [--sebagai EMAIL] [--json]

Menjalankan mesin alur sertifikasi pada buku kerja lokal (.xlsx). Buku kerja bawaan dibuat bila
belum ada, dengan semua register, pengaturan kantor contoh, hari libur 2025–2026, skema Pelayanan
Publik, dan contoh permohonan.

  --berkas PATH    buku kerja (bawaan: ${DEFAULT_WORKBOOK}, atau SERTIFIKASI_BERKAS); bila belum
                   ada, perintah bertanya dulu sebelum membuat buku kerja contoh di sana
  --buat           buat buku kerja contoh di PATH tanpa bertanya (untuk skrip)
  --sebagai EMAIL  pengguna yang memindahkan kasus, dicari di register Pengguna
                   (bawaan: ${DEFAULT_LOCAL_ACTOR}, atau SERTIFIKASI_PENGGUNA)
  --surat DIR      folder surat HTML/PDF (bawaan: folder "surat" di samping buku kerja)
  --spreadsheet sheets:ID
                   jalankan pada spreadsheet Google yang hidup lewat Sheets API, bukan berkas
                   lokal (kredensial: --credentials KEY.json, atau Application Default Credentials);
                   tab Dasbor ikut ditulis ulang
  --json           keluaran JSON untuk skrip (hanya JSON di stdout: npm run --silent start -- --json)
  --version        nama dan versi alat

SERTIFIKASI_SEKARANG=2026-11-20T03:00:00Z menetapkan "sekarang" untuk demo yang bisa diulang;
SERTIFIKASI_DEBUG=1 menambahkan rincian teknis pada pesan galat.

Surat yang dibuat langkah alur tercatat di tab Surat sebagai "Menunggu Persetujuan". Ubah
Status Surat menjadi "Disetujui" lalu jalankan lagi: surat diberi nomor dan tanggal.

Kode keluar: 0 selesai, 1 galat tak terduga, 2 buku kerja atau konfigurasi tidak sah (tidak ada
yang diubah), 3 buku kerja sedang dipakai, 4 buku kerja tidak bisa ditulis, 5 penyimpanan ditolak
pemeriksaan (berkas lama tetap), 64 pilihan atau nilai lingkungan salah. Dengan --spreadsheet,
galat Sheets API memakai kode alat sync (README).`;

const OPTIONS = {
  berkas: { type: "string" },
  buat: { type: "boolean" },
  sebagai: { type: "string" },
  surat: { type: "string" },
  json: { type: "boolean" },
  spreadsheet: { type: "string" },
  credentials: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

type Values = ReturnType<typeof parseArguments>;

const parseArguments = (argv: string[]) => parseCliArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }, HELP_HINT).values;

const badArgs = (text: string) => new LocalFileError("BAD_ARGS", `${text} Lihat \`${HELP_HINT}\`.`);

/** A flag given as "" is a mistake; an environment variable set to "" counts as unset. */
function checkNotEmpty(values: Values): void {
  for (const name of ["berkas", "sebagai", "surat", "spreadsheet", "credentials"] as const) {
    if (values[name]?.trim() === "") throw badArgs(`Pilihan --${name} kosong.`);
  }
}

const fromEnv = (value: string | undefined): string | undefined => (value?.trim() ? value : undefined);

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env, io: CliIo = processIo): Promise<number> {
  const values = parseArguments(argv);
  if (values.version) {
    io.out(VERSION_LINE);
    return 0;
  }
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  checkNotEmpty(values);
  const clock = systemClock(env);
  const actor = values.sebagai ?? fromEnv(env.SERTIFIKASI_PENGGUNA);
  if (values.spreadsheet !== undefined) {
    const local = (["berkas", "buat", "surat"] as const).filter((name) => values[name] !== undefined);
    if (local.length > 0) throw badArgs(`${local.map((n) => `--${n}`).join(", ")} tidak dipakai bersama --spreadsheet.`);
    return runOnSpreadsheet(values.spreadsheet, values.credentials, actor ?? null, Boolean(values.json), clock, io);
  }
  if (values.credentials !== undefined) throw badArgs("--credentials hanya dipakai bersama --spreadsheet sheets:ID.");
  const { path, createIfMissing } = await chooseWorkbook(values, env, io);
  if (values.surat !== undefined) checkLettersDir(values.surat);
  const actorEmail = actor ?? DEFAULT_LOCAL_ACTOR;
  const { runLocalJob } = await import("./main-job");
  // Built apart from the call so the option compiles before and after runLocalJob declares it.
  const options = {
    path,
    createIfMissing,
    actorEmail,
    ...(values.surat !== undefined ? { lettersDir: values.surat } : {}),
    clock,
    onProgress: values.json ? undefined : (message: string) => io.err(message),
  };
  const result = await runLocalJob(options);
  io.out(values.json ? toJson({ path, ...result, summary: jsonSummary(result.summary) }) : formatSummary(result, path, actorEmail));
  return result.summary.configErrors.length > 0 ? LOCAL_EXIT_CODES.INVALID : 0;
}

/**
 * The workbook to open, and whether the run may create it. The default path (a newcomer's first
 * `npm start`, CI) is created silently; a path someone typed is created only when they agree,
 * since a typo would otherwise leave a fresh demo workbook where the office's file was meant.
 */
export async function chooseWorkbook(values: Pick<Values, "berkas" | "buat">, env: NodeJS.ProcessEnv, io: CliIo): Promise<{ path: string; createIfMissing: boolean }> {
  const typed = values.berkas ?? fromEnv(env.SERTIFIKASI_BERKAS);
  const path = typed ?? DEFAULT_WORKBOOK;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    throw new LocalFileError("INVALID", `${path} adalah folder, bukan buku kerja. Tulis jalur berkasnya, mis. --berkas ${join(path, "sertifikasi.xlsx")}.`);
  }
  if (stat && !stat.isFile()) throw new LocalFileError("INVALID", `${path} bukan berkas biasa, jadi tidak bisa dibuka sebagai buku kerja.`);
  if (stat) return { path, createIfMissing: false };
  if (!/\.xlsx$/i.test(path)) throw badArgs(`Berkas ${path} belum ada, dan buku kerja baru harus berakhiran .xlsx.`);
  if (typed === undefined || resolve(typed) === resolve(DEFAULT_WORKBOOK) || values.buat) return { path, createIfMissing: true };
  const source = values.berkas !== undefined ? "--berkas" : "SERTIFIKASI_BERKAS";
  if (!io.interactive) {
    throw new LocalFileError("NOT_FOUND", `Berkas ${path} (${source}) belum ada. Periksa jalurnya; untuk membuat buku kerja contoh baru di sana, jalankan lagi dengan --buat.`);
  }
  const answer = await io.ask(`Berkas ${path} belum ada. Buat buku kerja contoh baru di sana? (ya/tidak) `);
  if (!saysYes(answer)) {
    throw new LocalFileError("NOT_FOUND", `Tidak ada yang dibuat: berkas ${path} belum ada. Periksa jalur ${source}, atau jawab "ya" (atau pakai --buat) untuk membuat buku kerja contoh.`);
  }
  return { path, createIfMissing: true };
}

function checkLettersDir(dir: string): void {
  const stat = statSync(dir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new LocalFileError("INVALID", `--surat ${dir} adalah berkas, bukan folder. Tulis folder tempat surat disimpan.`);
}

async function runOnSpreadsheet(location: string, credentials: string | undefined, actorEmail: string | null, json: boolean, clock: Clock, io: CliIo): Promise<number> {
  const [{ openSheetsPlace }, { runSheetsJob }] = await Promise.all([import("../engine/sheets-place"), import("../engine/sheets-job")]);
  let place: ReturnType<typeof openSheetsPlace>;
  try {
    place = openSheetsPlace(location, credentials);
  } catch (error) {
    // A bad --spreadsheet is an argument error of this command (64), whatever sync numbers it.
    if (error instanceof SyncError && error.code === "BAD_ARGS") throw new LocalFileError("BAD_ARGS", `${error.message} Lihat \`${HELP_HINT}\`.`, { cause: error });
    throw error;
  }
  const result = await runSheetsJob(place, { actorEmail, clock, onProgress: (m) => io.err(m) });
  io.out(json ? spreadsheetJson(result, place.describe()) : formatSheetsSummary(result.summary, place.describe(), result.cellsWritten, result.dashboard));
  return result.summary.configErrors.length > 0 ? LOCAL_EXIT_CODES.INVALID : 0;
}

runCli(import.meta.url, main, HELP_HINT);
