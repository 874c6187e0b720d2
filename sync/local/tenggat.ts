// `npm run --silent tenggat -- 2026-03-12 10` (date n working days later) or
// `npm run --silent tenggat -- 2026-03-12 2026-04-02` (working days between two dates).
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig, shippedHolidays } from "../../apps-script/core/engine/config";
import { hariTanggal } from "../../apps-script/core/letters/format";
import { angkaTerbilang } from "../../apps-script/core/letters/words";
import { type Holiday, WorkingCalendar } from "../../apps-script/core/time/calendar";
import { type LocalDate, parseLocalDate } from "../../apps-script/core/time/local-date";
import { runCli } from "./cli-support";
import { DEFAULT_WORKBOOK } from "./defaults";
import { XlsxWorkbookFile } from "./xlsx-workbook";

const HELP = `Pemakaian:
  npm run --silent tenggat -- TANGGAL JUMLAH     tanggal JUMLAH hari kerja setelah TANGGAL
  npm run --silent tenggat -- TANGGAL TANGGAL2   jumlah hari kerja di antara dua tanggal
Tanggal ditulis YYYY-MM-DD. Hari libur diambil dari register Libur buku kerja lokal
(--berkas, bawaan ${DEFAULT_WORKBOOK}), atau daftar bawaan 2025–2026 bila belum ada.`;

export class UsageError extends Error {}

/** Holidays from the local workbook's Libur register, or the shipped list when there is none. */
export async function holidaysFor(path: string): Promise<{ holidays: readonly Holiday[]; source: string }> {
  if (!existsSync(path)) return { holidays: shippedHolidays(), source: "daftar bawaan SKB 3 Menteri 2025–2026" };
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

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { berkas: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 2) {
    console.error(HELP);
    return 64;
  }
  const { holidays, source } = await holidaysFor(values.berkas ?? process.env.SERTIFIKASI_BERKAS ?? DEFAULT_WORKBOOK);
  try {
    const lines = tenggatLines(new WorkingCalendar(holidays), positionals[0]!, positionals[1]!);
    console.log([...lines, `Sumber hari libur: ${source}.`].join("\n"));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof RangeError) {
      console.error(error.message);
      return 64;
    }
    throw error;
  }
}

runCli(import.meta.url, main);
