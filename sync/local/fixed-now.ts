// SERTIFIKASI_SEKARANG, the fixed "now" of demos and tests: a strict ISO 8601 instant or date.
import { LocalFileError } from "./errors";

// Date.parse accepts far more than ISO ("Nov 20 2026", "1", "2026-11-20 10:00" in the machine's
// zone) and rolls 30 February over to 2 March; a fixed "now" must mean the same instant everywhere.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-](\d{2}):(\d{2})))?$/;

const EXAMPLE = "SERTIFIKASI_SEKARANG=2026-11-20T03:00:00Z (pukul 10.00 WIB), 2026-11-20T10:00+07:00, atau 2026-11-20";

/**
 * The instant a SERTIFIKASI_SEKARANG value names. A date alone is its midnight UTC (07.00 WIB,
 * the same calendar day in every Indonesian zone); a time needs its zone (Z or ±HH:MM).
 * @example parseFixedNow("2026-11-20T10:00+07:00").toISOString() // "2026-11-20T03:00:00.000Z"
 */
export function parseFixedNow(text: string): Date {
  const value = text.trim();
  const m = ISO.exec(value);
  const bad = (why: string) => new LocalFileError("BAD_ARGS", `SERTIFIKASI_SEKARANG "${value}" ${why}. Contoh yang sah: ${EXAMPLE}.`);
  if (!m) {
    const zoneMissing = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value);
    throw bad(zoneMissing ? "tidak menyebut zona waktu (tambahkan Z untuk UTC atau +07:00 untuk WIB)" : "bukan waktu ISO 8601 (YYYY-MM-DDTHH:MM:SSZ)");
  }
  const part = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]));
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [1, 2, 3, 4, 5, 6, 9, 10].map(part) as [number, number, number, number, number, number, number, number];
  const daysInMonth = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
  if (year < 1900 || day < 1 || day > daysInMonth) throw bad("bukan tanggal yang ada di kalender");
  if (hour > 23 || minute > 59 || second > 59) throw bad("memuat jam yang tidak ada");
  if (offsetHours > 14 || offsetMinutes > 59) throw bad("memuat zona waktu yang tidak ada");
  const sign = m[8]?.startsWith("-") ? -1 : 1;
  const milliseconds = m[7] === undefined ? 0 : Number(m[7].padEnd(3, "0"));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  return new Date(utc);
}
