// Counting a promise in its own unit: working days ("hari kerja") or calendar days ("hari kalender"),
// with the office's cut-off hour deciding which day an event counts from.
import type { WorkingCalendar } from "./calendar";
import { addCalendarDays, type LocalDate, toDayNumber } from "./local-date";

/** The unit a deadline is given in, as staff write it in the registers. */
export type DayUnit = "hari kerja" | "hari kalender";
export const DAY_UNITS: readonly DayUnit[] = ["hari kerja", "hari kalender"];

export interface DayCounter {
  readonly unit: DayUnit;
  /**
   * The date counting starts from for an event at (date, minuteOfDay).
   * @example workDays.effectiveDate("2026-04-06", 15 * 60 + 30, 15 * 60) // "2026-04-07" (after 15:00)
   * @example workDays.effectiveDate("2026-11-21", 9 * 60, 15 * 60) // "2026-11-23" (Saturday → Monday)
   * @example calendarDays.effectiveDate("2026-12-31", 15 * 60, 15 * 60) // "2027-01-01"
   */
  effectiveDate(date: LocalDate, minuteOfDay: number, cutOffMinute: number): LocalDate;
  /**
   * Deadline `amount` days (of this unit) after `start`; negative counts back; 0 = start itself.
   * @example workDays.add("2026-03-17", 1) // "2026-03-25" (past Nyepi and the Idulfitri block)
   * @example calendarDays.add("2026-03-02", -5) // "2026-02-25" (SPK "paling lambat 5 hari sebelum")
   */
  add(start: LocalDate, amount: number): LocalDate;
  /**
   * Days (of this unit) after `from` up to and including `to`; 0 when `to` is not later.
   * The inverse of `add`: `count(d, add(d, n)) === n` for every n ≥ 0.
   * @example workDays.count("2026-03-12", "2026-04-02") // 10
   * @example calendarDays.count("2026-02-25", "2026-03-02") // 5
   */
  count(from: LocalDate, to: LocalDate): number;
}

/** The same bound the working calendar puts on one count: a typo like 100000 fails fast. */
const MAX_SPAN_DAYS = 366 * 50;

/**
 * A counter for `unit` over the office's calendar.
 *
 * In working days an event at or after the cut-off, or on a day the office is closed (weekend,
 * holiday, cuti bersama), counts as if it happened on the next working day: a letter received by
 * 15:00 is disposed the same working day (BNSP "TS"), one received later the next working day.
 * So `add(effectiveDate(…), 0)` is always a working day. In calendar days only the cut-off moves
 * the event, to the next calendar day.
 * @example
 * const workDays = dayCounter(calendar, "hari kerja");
 * workDays.add(workDays.effectiveDate("2026-11-20", 16 * 60, 15 * 60), 1)
 * // "2026-11-24": Friday 16:00 counts from Monday, so one working day later is Tuesday
 */
export function dayCounter(calendar: WorkingCalendar, unit: DayUnit): DayCounter {
  return unit === "hari kerja" ? workingDays(calendar) : CALENDAR_DAYS;
}

function workingDays(calendar: WorkingCalendar): DayCounter {
  return {
    unit: "hari kerja",
    // A closed day is treated like after hours: the event waits for the next working day.
    effectiveDate(date, minuteOfDay, cutOffMinute) {
      if (minuteOfDay < cutOffMinute && calendar.isWorkingDay(date)) return date;
      return calendar.nextWorkingDayFrom(addCalendarDays(date, 1));
    },
    add: (start, amount) => calendar.addWorkingDays(start, amount),
    count: (from, to) => calendar.countWorkingDays(from, to),
  };
}

const CALENDAR_DAYS: DayCounter = {
  unit: "hari kalender",
  effectiveDate(date, minuteOfDay, cutOffMinute) {
    return minuteOfDay >= cutOffMinute ? addCalendarDays(date, 1) : date;
  },
  add(start, amount) {
    if (!Number.isInteger(amount)) throw new RangeError(`Jumlah hari kalender harus bilangan bulat: ${amount}`);
    if (Math.abs(amount) > MAX_SPAN_DAYS) throw new RangeError(`Jumlah hari kalender terlalu besar: ${amount}`);
    return addCalendarDays(start, amount);
  },
  count: (from, to) => Math.max(0, toDayNumber(to) - toDayNumber(from)),
};

/**
 * The unit as staff type it, in any case and spacing; null when it names neither.
 * @example parseDayUnit("Hari Kerja") // "hari kerja"
 * @example parseDayUnit("kalender") // "hari kalender"
 * @example parseDayUnit("") // null
 */
export function parseDayUnit(text: string): DayUnit | null {
  const words = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (words === "hari kerja" || words === "kerja") return "hari kerja";
  if (words === "hari kalender" || words === "kalender") return "hari kalender";
  return null;
}
