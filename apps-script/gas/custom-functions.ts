// Sheet formulas staff type: TENGGAT (date n working days later) and HARIKERJA (working days
// between two dates), on the holidays in the Libur register. Custom functions may only read,
// run once per cell, and get dates as Date objects; the holiday list is cached for 10 minutes.
// Sheets recalculates a custom function only when its arguments change, so a formula that reads
// Libur itself keeps an old result after a holiday is added: an optional last argument, the Libur
// range (=TENGGAT(A2; 10; Libur!A:A)), makes Sheets recalculate it when Libur changes.
import { shippedHolidays } from "../core/engine/config";
import { cellDate } from "../core/registers/cells";
import { LIBUR } from "../core/registers/catalog";
import { readRegister } from "../core/registers/table";
import { type Holiday, WorkingCalendar } from "../core/time/calendar";
import type { LocalDate } from "../core/time/local-date";
import { GasWorkbook } from "./gas-workbook";
import { isDate, type SheetValueConverter } from "./sheet-values";

const CACHE_KEY = "sertifikasi.libur";
const CACHE_SECONDS = 600;

interface Env {
  readonly calendar: WorkingCalendar;
  readonly values: SheetValueConverter;
}

function loadEnv(holidayRange: unknown): Env {
  const workbook = new GasWorkbook(SpreadsheetApp.getActiveSpreadsheet());
  if (holidayRange !== undefined) return { calendar: calendarOf(datesIn(workbook.values, holidayRange)), values: workbook.values };
  const cache = CacheService.getDocumentCache();
  const cached = cache?.get(CACHE_KEY);
  let dates: string[];
  if (cached) dates = JSON.parse(cached) as string[];
  else {
    const table = readRegister(workbook, LIBUR);
    const listed = (table?.rows ?? []).map((r) => cellDate(r.get("Tanggal"))).filter((d): d is LocalDate => d !== null);
    dates = listed;
    cache?.put(CACHE_KEY, JSON.stringify(dates), CACHE_SECONDS);
  }
  return { calendar: calendarOf(dates), values: workbook.values };
}

function calendarOf(dates: readonly string[]): WorkingCalendar {
  const listed = dates.length > 0 ? dates : shippedHolidays().map((h) => h.date);
  const holidays: Holiday[] = listed.map((date) => ({ date: date as LocalDate, kind: "Libur", name: "" }));
  return new WorkingCalendar(holidays);
}

/** The dates of a holiday range argument (its header and blanks skipped; text dates as 2026-03-12). */
function datesIn(values: SheetValueConverter, range: unknown): LocalDate[] {
  const cells = Array.isArray(range) ? (range as unknown[][]).flat() : [range];
  const dates: LocalDate[] = [];
  for (const cell of cells) {
    const date = isDate(cell) ? values.toDateCell(cell).date : typeof cell === "string" ? cellDate(cell) : null;
    if (date) dates.push(date);
  }
  return dates;
}

/** Called when Libur is edited, so formulas see the change at once. */
export function forgetHolidayCache(): void {
  CacheService.getDocumentCache()?.remove(CACHE_KEY);
}

type Grid<T> = T | T[][];

/** Applies `fn` cell by cell when Sheets passes ranges (2-D arrays); `b` may be a range of the same shape. */
function elementwise<R>(a: unknown, b: unknown, fn: (x: unknown, y: unknown) => R): Grid<R> {
  if (Array.isArray(a)) {
    return (a as unknown[][]).map((line, r) => line.map((x, c) => fn(x, Array.isArray(b) ? (b as unknown[][])[r]?.[c] : b)));
  }
  return fn(a, Array.isArray(b) ? (b as unknown[][])[0]?.[0] : b);
}

function toLocalDate(env: Env, value: unknown, fn: string): LocalDate | null {
  if (value === "" || value === null || value === undefined) return null;
  const date = isDate(value) ? env.values.toDateCell(value).date : typeof value === "string" ? cellDate(value) : null;
  if (!date) throw new Error(`${fn}: "${String(value)}" bukan tanggal; gunakan sel bertanggal atau teks 2026-03-12.`);
  return date;
}

export function tenggat(start: unknown, days: unknown, holidays?: unknown): Grid<Date | string> {
  const env = loadEnv(holidays);
  return elementwise(start, days, (s, d) => {
    const date = toLocalDate(env, s, "TENGGAT");
    if (date === null || d === "" || d === null) return "";
    const n = Number(d);
    if (!Number.isInteger(n)) throw new Error(`TENGGAT: jumlah hari kerja harus bilangan bulat, bukan "${String(d)}".`);
    return env.values.toDate({ kind: "date", date: env.calendar.addWorkingDays(date, n) });
  });
}

export function hariKerja(from: unknown, to: unknown, holidays?: unknown): Grid<number | string> {
  const env = loadEnv(holidays);
  return elementwise(from, to, (f, t) => {
    const a = toLocalDate(env, f, "HARIKERJA");
    const b = toLocalDate(env, t, "HARIKERJA");
    if (a === null || b === null) return "";
    return b >= a ? env.calendar.countWorkingDays(a, b) : -env.calendar.countWorkingDays(b, a);
  });
}
