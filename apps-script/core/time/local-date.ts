// Calendar dates in an office's time zone, kept apart from instants on purpose.
//
// A `LocalDate` is a wall-calendar day ("2026-03-12") with no time and no zone: the unit
// working days are counted in. An `Instant` is a JavaScript `Date` (a point in time). The
// only way from one to the other is through an office time zone (`toOfficeDateTime`).
import { zoneOffsetMinutes } from "./zone-offset";

declare const localDateBrand: unique symbol;
/** A calendar date `YYYY-MM-DD` in some office's zone. Not an instant. */
export type LocalDate = string & { readonly [localDateBrand]: true };

/** A point in time. Alias to make signatures say which of the two they take. */
export type Instant = Date;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Whether y-m-d names a day that exists on the calendar (no 31 February). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * Parses `YYYY-MM-DD` into a LocalDate, or returns null when the text is not a real date.
 * @example parseLocalDate("2026-02-29") // null (2026 is not a leap year)
 */
export function parseLocalDate(text: string): LocalDate | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  return isRealDate(Number(y), Number(m), Number(d)) ? (text.trim() as LocalDate) : null;
}

/** Builds a LocalDate from parts; throws on an impossible date (a programming error). */
export function localDate(year: number, month: number, day: number): LocalDate {
  if (!isRealDate(year, month, day)) throw new RangeError(`Tanggal tidak valid: ${year}-${month}-${day}`);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as LocalDate;
}

/** Days since 1970-01-01 for a LocalDate: the integer the calendar does arithmetic on. */
export function toDayNumber(date: LocalDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Inverse of `toDayNumber`. */
export function fromDayNumber(dayNumber: number): LocalDate {
  const probe = new Date(dayNumber * MS_PER_DAY);
  return localDate(probe.getUTCFullYear(), probe.getUTCMonth() + 1, probe.getUTCDate());
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: LocalDate): number {
  // 1970-01-01 was a Thursday (ISO 4).
  const mod = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return mod + 1;
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Date parts of a LocalDate. */
export function dateParts(date: LocalDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Wall-clock reading of an instant in an office's zone. */
export interface OfficeDateTime {
  readonly date: LocalDate;
  /** Minutes since local midnight, 0–1439. */
  readonly minuteOfDay: number;
}

/**
 * The calendar date and wall-clock time of an instant in the given zone.
 * @example toOfficeDateTime(new Date("2026-03-12T17:30:00Z"), "Asia/Makassar") // 2026-03-13, 01:30
 */
export function toOfficeDateTime(instant: Instant, timeZone: string): OfficeDateTime {
  const offsetMinutes = zoneOffsetMinutes(timeZone, instant);
  if (offsetMinutes === undefined) throw new RangeError(`Zona waktu tidak dikenal: ${timeZone}`);
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  return {
    date: localDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()),
    minuteOfDay: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  };
}

/** The instant of local midnight starting `date` in `timeZone` (for writing date cells). */
export function startOfOfficeDay(date: LocalDate, timeZone: string): Instant {
  const { year, month, day } = dateParts(date);
  const utcMidnight = Date.UTC(year, month - 1, day);
  const offsetMinutes = zoneOffsetMinutes(timeZone, new Date(utcMidnight));
  if (offsetMinutes === undefined) throw new RangeError(`Zona waktu tidak dikenal: ${timeZone}`);
  return new Date(utcMidnight - offsetMinutes * 60_000);
}

/** Parses "HH:MM" into minutes since midnight, or null. */
export function parseClockTime(text: string): number | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}
