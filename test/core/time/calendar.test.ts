import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shippedHolidays } from "../../../apps-script/core/engine/config";
import { WorkingCalendar } from "../../../apps-script/core/time/calendar";
import { fromDayNumber, isoWeekday, type LocalDate, toDayNumber } from "../../../apps-script/core/time/local-date";

const d = (text: string) => text as LocalDate;
const calendar = new WorkingCalendar(shippedHolidays());
const bare = new WorkingCalendar([]);

describe("isWorkingDay", () => {
  it.each([
    ["2026-11-23", true, "Monday"],
    ["2026-11-21", false, "Saturday"],
    ["2026-11-22", false, "Sunday"],
    ["2026-08-17", false, "Proklamasi"],
    ["2026-03-20", false, "cuti bersama Idulfitri"],
    ["2025-08-18", false, "cuti bersama HUT RI ke-80 (amendment)"],
    ["2026-12-24", false, "cuti bersama Natal"],
    ["2026-12-28", true, "Monday after Christmas"],
  ])("%s is %s (%s)", (date, expected) => {
    expect(calendar.isWorkingDay(d(date))).toBe(expected);
  });
});

describe("addWorkingDays", () => {
  it("moves Friday to Monday", () => {
    expect(bare.addWorkingDays(d("2026-11-20"), 1)).toBe("2026-11-23");
  });
  it("starting on a weekend counts from Monday as day one", () => {
    expect(bare.addWorkingDays(d("2026-11-21"), 1)).toBe("2026-11-23");
    expect(bare.addWorkingDays(d("2026-11-22"), 5)).toBe("2026-11-27");
  });
  it("starting on a holiday counts from the next working day", () => {
    expect(calendar.addWorkingDays(d("2026-08-17"), 1)).toBe("2026-08-18");
  });
  it("zero returns the start itself", () => {
    expect(calendar.addWorkingDays(d("2026-11-21"), 0)).toBe("2026-11-21");
  });
  it("negative amounts count back", () => {
    expect(bare.addWorkingDays(d("2026-11-23"), -1)).toBe("2026-11-20");
    expect(calendar.addWorkingDays(d("2026-04-02"), -10)).toBe("2026-03-12");
  });
  it("skips Nyepi and the whole Idul Fitri 2026 block", () => {
    // 18–24 March 2026: cuti bersama Nyepi, Nyepi, cuti bersama, Idulfitri (weekend), cuti bersama ×2.
    expect(calendar.addWorkingDays(d("2026-03-12"), 10)).toBe("2026-04-02");
    expect(calendar.addWorkingDays(d("2026-03-17"), 1)).toBe("2026-03-25");
  });
  it("crosses the year end past Christmas and New Year", () => {
    // 24 Dec cuti bersama, 25 Natal, 26–27 weekend, 1 Jan 2027 is not in the shipped list.
    expect(calendar.addWorkingDays(d("2025-12-23"), 3)).toBe("2025-12-30");
    expect(calendar.addWorkingDays(d("2025-12-31"), 1)).toBe("2026-01-02");
    expect(calendar.addWorkingDays(d("2026-12-23"), 2)).toBe("2026-12-29");
  });
  it("refuses absurd amounts instead of looping for ever", () => {
    expect(() => calendar.addWorkingDays(d("2026-01-01"), 10_000_000)).toThrow(/terlalu besar/);
    expect(() => calendar.addWorkingDays(d("2026-01-01"), 1.5)).toThrow(/bilangan bulat/);
  });
});

describe("countWorkingDays", () => {
  it("counts the days after the start up to and including the end", () => {
    expect(calendar.countWorkingDays(d("2026-03-12"), d("2026-04-02"))).toBe(10);
    expect(bare.countWorkingDays(d("2026-11-20"), d("2026-11-23"))).toBe(1);
  });
  it("is zero when the end is not later", () => {
    expect(calendar.countWorkingDays(d("2026-04-02"), d("2026-03-12"))).toBe(0);
    expect(calendar.countWorkingDays(d("2026-04-02"), d("2026-04-02"))).toBe(0);
  });
});

describe("properties over 2025–2026", () => {
  const dayIn2025to2026 = fc.integer({ min: toDayNumber(d("2025-01-01")), max: toDayNumber(d("2026-12-31")) }).map(fromDayNumber);
  const holidayDays = new Set(shippedHolidays().map((h) => h.date));

  it("adding n working days then counting gives n", () => {
    fc.assert(fc.property(dayIn2025to2026, fc.integer({ min: 0, max: 120 }), (start, n) => {
      expect(calendar.countWorkingDays(start, calendar.addWorkingDays(start, n))).toBe(n);
    }));
  });
  it("a result of n ≥ 1 is never a weekend or a holiday, and is after the start", () => {
    fc.assert(fc.property(dayIn2025to2026, fc.integer({ min: 1, max: 120 }), (start, n) => {
      const due = calendar.addWorkingDays(start, n);
      expect(isoWeekday(due)).toBeLessThan(6);
      expect(holidayDays.has(due)).toBe(false);
      expect(due > start).toBe(true);
    }));
  });
  it("adding then subtracting returns to the start when the start is a working day", () => {
    fc.assert(fc.property(dayIn2025to2026, fc.integer({ min: 1, max: 60 }), (start, n) => {
      fc.pre(calendar.isWorkingDay(start));
      expect(calendar.addWorkingDays(calendar.addWorkingDays(start, n), -n)).toBe(start);
    }));
  });
  it("adding is monotonic in n", () => {
    fc.assert(fc.property(dayIn2025to2026, fc.integer({ min: 0, max: 60 }), (start, n) => {
      expect(calendar.addWorkingDays(start, n + 1) > calendar.addWorkingDays(start, n)).toBe(true);
    }));
  });
});
