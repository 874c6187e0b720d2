// Working days ("hari kerja"): Monday–Friday minus the holidays an office keeps in its Libur register.
import { addCalendarDays, fromDayNumber, isoWeekday, type LocalDate, toDayNumber } from "./local-date";

export interface Holiday {
  readonly date: LocalDate;
  readonly kind: string;
  readonly name: string;
}

/** Upper bound on a single count, so a typo like 100000 days fails fast instead of hanging. */
const MAX_SPAN_DAYS = 366 * 50;

export class WorkingCalendar {
  private readonly holidayByDay: ReadonlyMap<number, Holiday>;

  constructor(holidays: readonly Holiday[]) {
    this.holidayByDay = new Map(holidays.map((h) => [toDayNumber(h.date), h]));
  }

  /**
   * Whether staff work on this date: not Saturday or Sunday, and not a holiday or cuti bersama.
   * @example calendar.isWorkingDay("2026-03-20") // false: Idulfitri 1447 H
   */
  isWorkingDay(date: LocalDate): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  /** The holiday on this date, if the register has one. */
  holidayOn(date: LocalDate): Holiday | undefined {
    return this.holidayByDay.get(toDayNumber(date));
  }

  /**
   * The date `amount` working days after `start`; counting begins the day after `start`, so
   * the start day itself never counts ("sejak berkas dinyatakan lengkap"). A negative amount
   * counts back. Zero returns `start` itself, even when it is not a working day.
   * @example calendar.addWorkingDays("2026-11-20", 1) // "2026-11-23" (Friday → Monday)
   */
  addWorkingDays(start: LocalDate, amount: number): LocalDate {
    if (!Number.isInteger(amount)) throw new RangeError(`Jumlah hari kerja harus bilangan bulat: ${amount}`);
    if (Math.abs(amount) > MAX_SPAN_DAYS) throw new RangeError(`Jumlah hari kerja terlalu besar: ${amount}`);
    const step = amount < 0 ? -1 : 1;
    let day = toDayNumber(start);
    let remaining = Math.abs(amount);
    while (remaining > 0) {
      day += step;
      if (this.isWorkingDayNumber(day)) remaining -= 1;
    }
    return fromDayNumber(day);
  }

  /**
   * Working days after `from` up to and including `to` (0 when `to` is not later). The
   * inverse of `addWorkingDays`: `count(d, add(d, n)) === n` for every n ≥ 0.
   * @example calendar.countWorkingDays("2026-03-12", "2026-04-02")
   */
  countWorkingDays(from: LocalDate, to: LocalDate): number {
    const first = toDayNumber(from);
    const last = toDayNumber(to);
    if (last - first > MAX_SPAN_DAYS) throw new RangeError("Rentang tanggal terlalu panjang");
    let count = 0;
    for (let day = first + 1; day <= last; day += 1) {
      if (this.isWorkingDayNumber(day)) count += 1;
    }
    return count;
  }

  /** The first working day on or after `date`. */
  nextWorkingDayFrom(date: LocalDate): LocalDate {
    return this.isWorkingDay(date) ? date : this.addWorkingDays(date, 1);
  }

  /** Holidays and weekends strictly after `from` up to and including `to`, for explaining a count. */
  holidaysBetween(from: LocalDate, to: LocalDate): Holiday[] {
    const found: Holiday[] = [];
    for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
      const holiday = this.holidayOn(date);
      if (holiday && isoWeekday(date) < 6) found.push(holiday);
    }
    return found;
  }

  private isWorkingDayNumber(day: number): boolean {
    // 1970-01-01 (day 0) was a Thursday; ((day + 3) mod 7) is 0 on Mondays.
    const weekdayFromMonday = (((day + 3) % 7) + 7) % 7;
    return weekdayFromMonday < 5 && !this.holidayByDay.has(day);
  }
}
