// `npm run --silent tenggat -- 2026-03-12 10` (date n working days later) or
// `npm run --silent tenggat -- 2026-03-12 2026-04-02` (working days between two dates).
import { existsSync, statSync } from "node:fs";
import { loadConfig, shippedHolidays } from "../../apps-script/core/engine/config";
import { hariTanggal } from "../../apps-script/core/letters/format";
import { angkaTerbilang } from "../../apps-script/core/letters/words";
import { type Holiday, WorkingCalendar } from "../../apps-script/core/time/calendar";
import { type LocalDate, parseLocalDate } from "../../apps-script/core/time/local-date";
import { parseCliArgs } from "./cli-errors";
import { type CliIo, processIo, runCli } from "./cli-support";
import { DEFAULT_WORKBOOK } from "./defaults";
import { LocalFileError } from "./errors";

const HELP = `Pemakaian:
  npm run --silent tenggat -- TANGGAL JUMLAH     tanggal JUMLAH hari kerja setelah TANGGAL
  npm run --silent tenggat -- TANGGAL TANGGAL2   jumlah hari kerja di antara dua tanggal
Tanggal ditulis YYYY-MM-DD; JUMLAH boleh negatif (mundur). Hari libur diambil dari register Libur
buku kerja --berkas PATH (atau SERTIFIKASI_BERKAS; berkasnya harus ada), bila tidak disebut dari
${DEFAULT_WORKBOOK}, atau dari daftar bawaan 2025–2026 bila buku kerja itu belum ada.
Kode keluar: 0 selesai, 1 galat tak terduga, 2 buku kerja tidak ada atau tidak sah, 64 argumen salah.`;

const HELP_HINT = "npm run --silent tenggat -- --help";

export class UsageError extends Error {}

/** Holidays from the local workbook's Libur register, or the shipped list when there is none. */
export async function holidaysFor(path: string): Promise<{ holidays: readonly Holiday[]; source: string }> {
  if (!existsSync(path)) return { holidays: shippedHolidays(), source: "daftar bawaan SKB 3 Menteri 2025–2026" };
  // exceljs loads only when a workbook is read, so --help and the shipped list answer at once.
  const { XlsxWorkbookFile } = await import("./xlsx-workbook");
  const file = await XlsxWorkbookFile.open(path);
  return { holidays: loadConfig(file.workbook).holidays, source: `register Libur di ${path}` };
}

function describeSkipped(calendar: WorkingCalendar, from: LocalDate, to: LocalDate): string[] {
  const skipped = calendar.holidaysBetween(from, to);
  if (skipped.length === 0) return ["Tidak ada hari libur yang dilewati."];
  return ["Hari libur yang dilewati:", ...skipped.map((h) => `  ${h.date}  ${hariTanggal(h.date)}  ${h.name}`)];
}

export function tenggatLines(calendar: WorkingCalendar, first: string, second: string): string[] {
  const start = parseLocalDate(first);
  if (!start) throw new UsageError(`"${first}" bukan tanggal YYYY-MM-DD yang sah.`);
  if (/^-?\d+$/.test(second)) {
    const amount = Number(second);
    const due = calendar.addWorkingDays(start, amount);
    const [from, to] = amount >= 0 ? [start, due] : [due, start];
    return [
      due,
      `${hariTanggal(due)}: ${angkaTerbilang(Math.abs(amount))} hari kerja ${amount >= 0 ? "setelah" : "sebelum"} ${hariTanggal(start)}.`,
      ...describeSkipped(calendar, from, to),
    ];
  }
  const end = parseLocalDate(second);
  if (!end) throw new UsageError(`"${second}" bukan jumlah hari atau tanggal YYYY-MM-DD yang sah.`);
  const [from, to] = end >= start ? [start, end] : [end, start];
  const count = calendar.countWorkingDays(from, to);
  return [
    String(count),
    `${angkaTerbilang(count)} hari kerja setelah ${hariTanggal(from)} sampai dengan ${hariTanggal(to)}.`,
    ...describeSkipped(calendar, from, to),
  ];
}

/** Holidays by where they come from: a named workbook must exist; the default one may not. */
async function holidaysFrom(typed: string | undefined): Promise<{ holidays: readonly Holiday[]; source: string }> {
  const path = typed ?? DEFAULT_WORKBOOK;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new LocalFileError("INVALID", `${path} adalah folder, bukan buku kerja. Tulis jalur berkas .xlsx-nya.`);
  if (!stat && typed !== undefined) {
    throw new LocalFileError("NOT_FOUND", `Buku kerja ${path} tidak ada. Periksa jalurnya, atau jalankan tanpa --berkas (dan tanpa SERTIFIKASI_BERKAS) untuk memakai daftar hari libur bawaan.`);
  }
  return holidaysFor(path);
}

/** A note when the dates reach years the holiday list does not cover (only weekends are skipped there). */
function uncoveredYearsNote(holidays: readonly Holiday[], dates: readonly string[]): string[] {
  const years = dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).map((d) => Number(d.slice(0, 4)));
  const missing: number[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1) {
    if (!holidays.some((h) => h.date.startsWith(`${year}-`))) missing.push(year);
  }
  if (missing.length === 0) return [];
  return [`Catatan: tidak ada hari libur tercatat untuk tahun ${missing.join(", ")}; pada tahun itu hanya Sabtu dan Minggu yang dilewati.`];
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env, io: CliIo = processIo): Promise<number> {
  const { values, positionals } = parseCliArgs({ args: argv, allowPositionals: true, options: { berkas: { type: "string" }, help: { type: "boolean", short: "h" } } }, HELP_HINT);
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length !== 2) {
    throw new LocalFileError("BAD_ARGS", `Perlu dua argumen (diberikan ${positionals.length}): TANGGAL lalu JUMLAH atau TANGGAL2.\n${HELP}`);
  }
  if (values.berkas?.trim() === "") throw new LocalFileError("BAD_ARGS", `Pilihan --berkas kosong. Lihat \`${HELP_HINT}\`.`);
  const [first, second] = positionals as [string, string];
  const { holidays, source } = await holidaysFrom(values.berkas ?? (env.SERTIFIKASI_BERKAS?.trim() ? env.SERTIFIKASI_BERKAS : undefined));
  let lines: string[];
  try {
    lines = tenggatLines(new WorkingCalendar(holidays), first, second);
  } catch (error) {
    if (error instanceof UsageError || error instanceof RangeError) throw new LocalFileError("BAD_ARGS", error.message, { cause: error });
    throw error;
  }
  io.out([...lines, ...uncoveredYearsNote(holidays, [first, second, lines[0]!]), `Sumber hari libur: ${source}.`].join("\n"));
  return 0;
}

runCli(import.meta.url, main, HELP_HINT);
