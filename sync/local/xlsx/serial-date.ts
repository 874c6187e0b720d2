// Spreadsheet serial dates ↔ the port's DateCell. 1900 system as Excel counts it: serial 1 is
// 1900-01-01 and serial 60 is the 29 February 1900 that never was (kept from Lotus 1-2-3), so
// serials from 61 on are days since 1899-12-30; 1904 system: days since 1904-01-01.
// https://learn.microsoft.com/en-us/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year
import { type CellValue, dateCell, type DateCell } from "../../../apps-script/core/ports";
import { fromDayNumber, toDayNumber } from "../../../apps-script/core/time/local-date";

/** What a column holds, as far as reading numbers is concerned. */
export type ColumnKind = "date" | "datetime" | "other";

const DAY_1900 = -25_569; // day number (since 1970-01-01) of 1899-12-30
const DAY_1904 = -24_107; // day number of 1904-01-01
const LAST_SERIAL_1900 = 2_958_465; // 9999-12-31
const MINUTES_PER_DAY = 1440;

/**
 * A serial number read in a date column. Date columns drop the time of day (as their
 * format shows it), date-time columns keep it to the minute. Serials that name no real day
 * (0, negative, 1900-02-29, after 9999) stay as they are, for the core to report.
 * @example serialToDate(46_097, false, "date") // { kind: "date", date: "2026-03-16" }
 */
export function serialToDate(serial: number, date1904: boolean, kind: "date" | "datetime"): CellValue {
  // A register repeats the same few hundred dates: convert each once (DateCells are read-only).
  const cache = CACHES[(date1904 ? 2 : 0) + (kind === "datetime" ? 1 : 0)]!;
  const known = cache.get(serial);
  if (known !== undefined) return known;
  const value = convert(serial, date1904, kind);
  if (cache.size > 200_000) cache.clear();
  cache.set(serial, value);
  return value;
}

const CACHES = [new Map<number, CellValue>(), new Map<number, CellValue>(), new Map<number, CellValue>(), new Map<number, CellValue>()];

function convert(serial: number, date1904: boolean, kind: "date" | "datetime"): CellValue {
  if (!Number.isFinite(serial)) return serial;
  let whole = Math.floor(serial);
  let minute = kind === "datetime" ? Math.round((serial - whole) * MINUTES_PER_DAY) : 0;
  if (minute === MINUTES_PER_DAY) (whole += 1), (minute = 0);
  let day: number;
  if (date1904) {
    if (whole < 0 || whole > LAST_SERIAL_1900 - 1462) return serial;
    day = DAY_1904 + whole;
  } else {
    if (whole < 1 || whole > LAST_SERIAL_1900) return serial;
    if (whole === 60) return "1900-02-29"; // Excel shows this day; it has no LocalDate
    day = DAY_1900 + whole + (whole < 60 ? 1 : 0);
  }
  const date = fromDayNumber(day);
  return minute === 0 ? dateCell(date) : dateCell(date, minute);
}

/** The serial number of a DateCell, or null for a day before the system's first day. */
export function dateToSerial(cell: DateCell, date1904: boolean): number | null {
  const day = toDayNumber(cell.date);
  let whole: number;
  if (date1904) whole = day - DAY_1904;
  else {
    whole = day - DAY_1900;
    if (whole < 61) whole -= 1; // before 1900-03-01 Excel's count is one lower
  }
  if (whole < (date1904 ? 0 : 1)) return null;
  const minute = cell.minuteOfDay ?? 0;
  return minute === 0 ? whole : whole + minute / MINUTES_PER_DAY;
}

/** An ISO 8601 value of a `t="d"` cell (ECMA-376 §18.18.11) as a DateCell, or null. */
export function isoToDate(text: string, kind: ColumnKind): CellValue {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(text.trim());
  if (!match) return text;
  const date = fromDayNumber(Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000));
  if (date !== `${match[1]}-${match[2]}-${match[3]}`) return text;
  const minute = match[4] && kind !== "date" ? Number(match[4]) * 60 + Number(match[5]) : 0;
  return minute === 0 ? dateCell(date) : dateCell(date, minute);
}
