// Indonesian letter conventions for dates, Roman months, NIP, decision items and list letters.
import { columnLetters } from "../registers/a1";
import { type LocalDate, addCalendarDays, dateParts, isoWeekday, localDate, parseLocalDate } from "../time/local-date";
import { zoneAbbreviation } from "../time/zone-offset";
import { terbilang } from "./words";

export const BULAN = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;

/** ISO weekday order: index 0 = Monday. */
export const HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"] as const;

/** Accepts a LocalDate or its `YYYY-MM-DD` text; throws a readable error otherwise. */
export function toLocalDate(value: string): LocalDate {
  const date = parseLocalDate(String(value));
  if (date === null) throw new RangeError(`Tanggal "${value}" tidak valid (format YYYY-MM-DD).`);
  return date;
}

/**
 * Long Indonesian date.
 * @example tanggalPanjang("2026-11-22") // "22 November 2026"
 */
export function tanggalPanjang(value: string): string {
  const { year, month, day } = dateParts(toLocalDate(value));
  return `${day} ${BULAN[month - 1]} ${year}`;
}

/**
 * Weekday and long date, as invitations write the day of an event.
 * @example hariTanggal("2026-01-12") // "Senin, 12 Januari 2026"
 */
export function hariTanggal(value: string): string {
  const date = toLocalDate(value);
  return `${HARI[isoWeekday(date) - 1]}, ${tanggalPanjang(date)}`;
}

/**
 * A date fully in words, as a berita acara opens.
 * @example tanggalTerbilang("2026-01-12") // "Senin tanggal dua belas bulan Januari tahun dua ribu dua puluh enam"
 */
export function tanggalTerbilang(value: string): string {
  const date = toLocalDate(value);
  const { year, month, day } = dateParts(date);
  return `${HARI[isoWeekday(date) - 1]} tanggal ${terbilang(day)} bulan ${BULAN[month - 1]} tahun ${terbilang(year)}`;
}

const ROMAN: readonly [number, string][] = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

/**
 * Roman numeral for 1–3999.
 * @example romawi(11) // "XI"
 */
export function romawi(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`Angka ${n} tidak dapat ditulis dengan angka Romawi.`);
  let rest = n;
  let out = "";
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/**
 * Roman month as letter numbers use it.
 * @example bulanRomawi(9) // "IX"
 */
export function bulanRomawi(month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Bulan ${month} tidak valid (1–12).`);
  return romawi(month);
}

/**
 * An 18-digit NIP with its customary spaces (birth date, TMT, gender, sequence). Other text
 * (an old 9-digit NIP, an empty value) is returned trimmed and unchanged.
 * @example formatNip("198501012010011001") // "19850101 201001 1 001"
 */
export function formatNip(nip: string): string {
  const digits = String(nip).replace(/\s+/g, "");
  if (!/^\d{18}$/.test(digits)) return String(nip).trim();
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/**
 * The label of the n-th item (1-based) of a decision's Menetapkan part.
 * @example diktum(1) // "KESATU"
 * @example diktum(11) // "KESEBELAS"
 */
export function diktum(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Nomor diktum ${n} tidak valid.`);
  return n === 1 ? "KESATU" : `KE${terbilang(n).toUpperCase()}`;
}

/**
 * The list letter of the n-th item (1-based) as Menimbang uses: a, b, …, z, aa, ab, ….
 * @example abjad(3) // "c"
 */
export function abjad(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Nomor butir ${n} tidak valid.`);
  // The same bijective base-26 as spreadsheet columns (a … z, aa …), in lower case.
  return columnLetters(n - 1).toLowerCase();
}

/**
 * The last day of a validity of `years` starting on `start` (the day before the anniversary),
 * so "3 years from 1 March 2026" runs to 28 February 2029; 29 February starts count from 1 March.
 */
export function berlakuSampai(start: string, years: number): LocalDate {
  const { year, month, day } = dateParts(toLocalDate(start));
  const target = year + years;
  const anniversary = month === 2 && day === 29 && parseLocalDate(`${target}-02-29`) === null
    ? localDate(target, 3, 1)
    : localDate(target, month, day);
  return addCalendarDays(anniversary, -1);
}

/** Indonesian zone abbreviation for an IANA zone, or "" when it is not an Indonesian zone. */
export function singkatanZona(timeZone: string): string {
  return zoneAbbreviation(timeZone);
}

/**
 * A clock time as letters print it, with the office's zone when it is an Indonesian one.
 * @example pukul("08:00", "Asia/Makassar") // "08.00 WITA"
 */
export function pukul(time: string, timeZone: string | undefined): string {
  return [time.trim().replace(":", "."), singkatanZona(timeZone ?? "")].filter(Boolean).join(" ");
}

/**
 * Where a date counted from the letter's own date goes until the head approves it: a certificate
 * is valid N years from its issue (the approval), not from the day it was drafted.
 */
export function validUntilPlaceholder(years: number): string {
  return `[BERLAKU SAMPAI: ${years} TAHUN SEJAK TANGGAL SURAT]`;
}

export const VALID_UNTIL = /\[BERLAKU SAMPAI: (\d{1,2}) TAHUN SEJAK TANGGAL SURAT\]/g;

/** Every validity placeholder a letter may hold (1–10 years), for places that replace plain text (Docs). */
export const VALID_UNTIL_YEARS = Array.from({ length: 20 }, (_, i) => i + 1);
