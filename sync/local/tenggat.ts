// `npm run --silent tenggat -- 2026-03-12 10` (date n working days later),
// `npm run --silent tenggat -- 2026-03-12 2026-04-02` (working days between two dates), and either
// with a time (`"2026-04-06 15:30" 1`: the office cut-off applied) or a service (`--alur KODE`).
import { existsSync, statSync } from "node:fs";
import { loadConfig, shippedHolidays } from "../../apps-script/core/engine/config";
import { hariTanggal } from "../../apps-script/core/letters/format";
import { angkaTerbilang } from "../../apps-script/core/letters/words";
import { SHIPPED_SERVICES } from "../../apps-script/core/seed/services";
import { type Holiday, WorkingCalendar } from "../../apps-script/core/time/calendar";
import { type DayUnit, dayCounter } from "../../apps-script/core/time/day-counter";
import { type LocalDate, parseClockTime, parseLocalDate } from "../../apps-script/core/time/local-date";
import type { ServiceDef } from "../../apps-script/core/workflow/service";
import { parseCliArgs } from "./cli-errors";
import { type CliIo, processIo, runCli } from "./cli-support";
import { DEFAULT_WORKBOOK } from "./defaults";
import { LocalFileError } from "./errors";
import { VERSION_LINE } from "../backup/version";

/** The office's cut-off when no workbook says otherwise (Pengaturan "Jam Batas" as shipped; BNSP 15:00). */
const DEFAULT_CUT_OFF = 15 * 60;

const HELP = `Pemakaian:
  npm run --silent tenggat -- TANGGAL JUMLAH     tanggal JUMLAH hari kerja setelah TANGGAL
  npm run --silent tenggat -- TANGGAL TANGGAL2   jumlah hari kerja di antara dua tanggal
  npm run --silent tenggat -- "TANGGAL JAM" JUMLAH   kejadian pada jam itu: jam batas kantor berlaku
Tanggal ditulis YYYY-MM-DD, jam JJ:MM (mis. "2026-04-06 15:30"); JUMLAH boleh negatif (mundur).
Kejadian pada atau setelah jam batas, atau pada Sabtu, Minggu atau hari libur, dihitung mulai hari
kerja berikutnya. Jam batas diambil dari Pengaturan "Jam Batas" buku kerja (tanpa buku kerja 15:00).
Tanpa jam, TANGGAL adalah hari awal hitungan apa adanya.
  --alur KODE     pakai jam batas dan satuan hari (hari kerja / hari kalender) layanan itu
                  (register Layanan; tanpa buku kerja: layanan bawaan, mis. SURAT_MASUK)
  --berkas PATH   buku kerja lain
  --version       nama dan versi alat
Hari libur diambil dari register Libur buku kerja --berkas PATH (atau SERTIFIKASI_BERKAS; berkasnya
harus ada), bila tidak disebut dari ${DEFAULT_WORKBOOK}, atau dari daftar bawaan 2025–2026 bila
buku kerja itu belum ada.
Kode keluar: 0 selesai, 1 galat tak terduga, 2 buku kerja tidak ada atau tidak sah, 64 argumen salah.`;

const HELP_HINT = "npm run --silent tenggat -- --help";

export class UsageError extends Error {}

/** What counting needs from the office: holidays, its cut-off, its services, and where each came from. */
export interface OfficeDays {
  readonly holidays: readonly Holiday[];
  readonly source: string;
  readonly cutOffMinute: number;
  readonly cutOffSource: string;
  readonly services: readonly ServiceDef[];
  /** Where the services come from, for messages: "register Layanan di PATH" or the shipped list. */
  readonly servicesSource: string;
  /** Configuration problems of the workbook (the tool still answers; `npm start` would not run). */
  readonly problems: readonly string[];
}

/** Holidays, cut-off and services from the local workbook, or the shipped lists when there is none. */
export async function holidaysFor(path: string): Promise<OfficeDays> {
  if (!existsSync(path)) {
    return {
      holidays: shippedHolidays(), source: "daftar bawaan SKB 3 Menteri 2025–2026",
      cutOffMinute: DEFAULT_CUT_OFF, cutOffSource: "bawaan (tanpa buku kerja)",
      services: SHIPPED_SERVICES, servicesSource: "layanan bawaan", problems: [],
    };
  }
  // exceljs loads only when a workbook is read, so --help and the shipped list answer at once.
  const { XlsxWorkbookFile } = await import("./xlsx-workbook");
  const config = loadConfig((await XlsxWorkbookFile.open(path)).workbook);
  return {
    holidays: config.holidays, source: `register Libur di ${path}`,
    cutOffMinute: config.settings.cutOffMinute, cutOffSource: `Pengaturan "Jam Batas" di ${path}`,
    services: [...config.services.values()], servicesSource: `register Layanan di ${path}`, problems: config.errors,
  };
}

export interface CountOptions {
  /** Minutes after midnight; an event at or after it counts from the next day. Default 15:00. */
  readonly cutOffMinute?: number;
  readonly unit?: DayUnit;
}

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** "YYYY-MM-DD", or with a time "YYYY-MM-DD JJ:MM" (or "…T…"); minuteOfDay null when no time. */
function parseEvent(text: string): { date: LocalDate; minuteOfDay: number | null } {
  const [dayText = "", timeText, ...rest] = text.trim().split(/[\sT]+/);
  const date = parseLocalDate(dayText);
  if (!date || rest.length > 0) throw new UsageError(`"${text}" bukan tanggal YYYY-MM-DD yang sah. Jam boleh ditulis sesudahnya: "2026-04-06 15:30".`);
  if (timeText === undefined) return { date, minuteOfDay: null };
  const minuteOfDay = parseClockTime(timeText);
  if (minuteOfDay === null) throw new UsageError(`"${timeText}" bukan jam JJ:MM yang sah (00:00–23:59).`);
  return { date, minuteOfDay };
}

/** Why counting starts where it does, for an event with a time. */
function startNote(calendar: WorkingCalendar, unit: DayUnit, date: LocalDate, minute: number, cutOff: number, start: LocalDate): string {
  const next = unit === "hari kerja" ? "hari kerja berikutnya" : "hari berikutnya";
  if (unit === "hari kerja" && !calendar.isWorkingDay(date)) {
    return `${hariTanggal(date)} bukan hari kerja: hitungan dimulai dari ${next}, ${hariTanggal(start)}.`;
  }
  if (minute >= cutOff) return `Pukul ${clock(minute)} pada atau setelah jam batas ${clock(cutOff)}: hitungan dimulai dari ${next}, ${hariTanggal(start)}.`;
  return `Pukul ${clock(minute)} sebelum jam batas ${clock(cutOff)}: hitungan dimulai dari hari itu juga, ${hariTanggal(start)}.`;
}

function describeSkipped(calendar: WorkingCalendar, unit: DayUnit, from: LocalDate, to: LocalDate): string[] {
  if (unit === "hari kalender") return ["Dihitung dalam hari kalender: Sabtu, Minggu dan hari libur ikut dihitung."];
  const skipped = calendar.holidaysBetween(from, to);
  if (skipped.length === 0) return ["Tidak ada hari libur yang dilewati."];
  return ["Hari libur yang dilewati:", ...skipped.map((h) => `  ${h.date}  ${hariTanggal(h.date)}  ${h.name}`)];
}

/** The answer first (a date or a count), then why, in Indonesian. */
export function tenggatLines(calendar: WorkingCalendar, first: string, second: string, options: CountOptions = {}): string[] {
  const unit = options.unit ?? "hari kerja";
  const cutOff = options.cutOffMinute ?? DEFAULT_CUT_OFF;
  const counter = dayCounter(calendar, unit);
  const event = parseEvent(first);
  const start = event.minuteOfDay === null ? event.date : counter.effectiveDate(event.date, event.minuteOfDay, cutOff);
  const note = event.minuteOfDay === null ? [] : [startNote(calendar, unit, event.date, event.minuteOfDay, cutOff, start)];
  if (/^-?\d+$/.test(second)) {
    const amount = Number(second);
    const due = counter.add(start, amount);
    const [from, to] = amount >= 0 ? [start, due] : [due, start];
    return [
      due,
      ...note,
      `${hariTanggal(due)}: ${angkaTerbilang(Math.abs(amount))} ${unit} ${amount >= 0 ? "setelah" : "sebelum"} ${hariTanggal(start)}.`,
      ...describeSkipped(calendar, unit, from, to),
    ];
  }
  const end = parseLocalDate(second);
  if (!end) throw new UsageError(`"${second}" bukan jumlah hari atau tanggal YYYY-MM-DD yang sah.`);
  const [from, to] = end >= start ? [start, end] : [end, start];
  const count = counter.count(from, to);
  return [
    String(count),
    ...note,
    `${angkaTerbilang(count)} ${unit} setelah ${hariTanggal(from)} sampai dengan ${hariTanggal(to)}.`,
    ...describeSkipped(calendar, unit, from, to),
  ];
}

/** The office's days by where they come from: a named workbook must exist; the default one may not. */
async function officeDaysFrom(typed: string | undefined): Promise<OfficeDays> {
  const path = typed ?? DEFAULT_WORKBOOK;
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) throw new LocalFileError("INVALID", `${path} adalah folder, bukan buku kerja. Tulis jalur berkas .xlsx-nya.`);
  if (!stat && typed !== undefined) {
    throw new LocalFileError("NOT_FOUND", `Buku kerja ${path} tidak ada. Periksa jalurnya, atau jalankan tanpa --berkas (dan tanpa SERTIFIKASI_BERKAS) untuk memakai daftar hari libur bawaan.`);
  }
  return holidaysFor(path);
}

/** The service `--alur` names (any case), or a usage error listing the codes there are. */
function serviceNamed(office: OfficeDays, code: string): ServiceDef {
  const found = office.services.find((s) => s.code.toUpperCase() === code.trim().toUpperCase());
  if (found) return found;
  const known = office.services.map((s) => s.code);
  const hint = office.problems.length > 0 ? " Konfigurasi buku kerja belum sah; jalankan `npm start` untuk rinciannya." : "";
  throw new LocalFileError("BAD_ARGS", `Alur "${code}" tidak dikenal (${office.servicesSource}). ${known.length > 0 ? `Kode yang dikenal: ${known.join(", ")}.` : "Tidak ada layanan tercatat."}${hint}`);
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
  const { values, positionals } = parseCliArgs({ args: argv, allowPositionals: true, options: { berkas: { type: "string" }, alur: { type: "string" }, help: { type: "boolean", short: "h" }, version: { type: "boolean" } } }, HELP_HINT);
  if (values.version) {
    io.out(VERSION_LINE);
    return 0;
  }
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  // A time typed without quotes arrives as its own argument: "2026-04-06" "15:30" "1".
  const args = positionals.length === 3 && parseClockTime(positionals[1]!) !== null ? [`${positionals[0]} ${positionals[1]}`, positionals[2]!] : positionals;
  if (args.length !== 2) {
    throw new LocalFileError("BAD_ARGS", `Perlu dua argumen (diberikan ${positionals.length}): TANGGAL (boleh dengan jam) lalu JUMLAH atau TANGGAL2.\n${HELP}`);
  }
  for (const option of ["berkas", "alur"] as const) {
    if (values[option]?.trim() === "") throw new LocalFileError("BAD_ARGS", `Pilihan --${option} kosong. Lihat \`${HELP_HINT}\`.`);
  }
  const [first, second] = args as [string, string];
  const office = await officeDaysFrom(values.berkas ?? (env.SERTIFIKASI_BERKAS?.trim() ? env.SERTIFIKASI_BERKAS : undefined));
  const service = values.alur === undefined ? null : serviceNamed(office, values.alur);
  const cutOffMinute = service?.cutOffMinute ?? office.cutOffMinute;
  const cutOffSource = service?.cutOffMinute != null ? `layanan ${service.code} (${office.servicesSource})` : office.cutOffSource;
  let lines: string[];
  try {
    lines = tenggatLines(new WorkingCalendar(office.holidays), first, second, { cutOffMinute, unit: service?.dayUnit ?? "hari kerja" });
  } catch (error) {
    if (error instanceof UsageError || error instanceof RangeError) throw new LocalFileError("BAD_ARGS", error.message, { cause: error });
    throw error;
  }
  const withTime = parseEvent(first).minuteOfDay !== null;
  // A Jam Batas cell the workbook could not read falls back to 15:00: say so rather than guess quietly.
  const cutOffProblems = withTime ? office.problems.filter((p) => p.includes("Jam Batas")).map((p) => `Catatan: ${p}`) : [];
  io.out([
    ...lines,
    ...(service?.dayUnit === "hari kalender" ? [] : uncoveredYearsNote(office.holidays, [first.slice(0, 10), second, lines[0]!])),
    ...(service ? [`Alur: ${service.code} — ${service.name}, dihitung dalam ${service.dayUnit}.`] : []),
    ...(withTime || service ? [`Jam batas ${clock(cutOffMinute)}${withTime ? "" : " (berlaku bila jam kejadian ditulis)"}: ${cutOffSource}.`] : []),
    ...cutOffProblems,
    `Sumber hari libur: ${office.source}.`,
  ].join("\n"));
  return 0;
}

runCli(import.meta.url, main, HELP_HINT);
