import { describe, expect, it } from "vitest";
import { shippedHolidays } from "../../../apps-script/core/engine/config";
import { WorkingCalendar } from "../../../apps-script/core/time/calendar";
import { DAY_UNITS, dayCounter, parseDayUnit } from "../../../apps-script/core/time/day-counter";
import { fromDayNumber, type LocalDate, toDayNumber } from "../../../apps-script/core/time/local-date";

const d = (text: string) => text as LocalDate;
const at = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const CUT_OFF = at("15:00");
// The shipped 2025–2026 list does not reach 2027: add Tahun Baru for the year-end cases.
const calendar = new WorkingCalendar([...shippedHolidays(), { date: d("2027-01-01"), kind: "Libur Nasional", name: "Tahun Baru 2027 Masehi" }]);
const workDays = dayCounter(calendar, "hari kerja");
const calendarDays = dayCounter(calendar, "hari kalender");

/** The deadline `amount` days after an event at `date` `hhmm`, the cut-off applied. */
const due = (counter: typeof workDays, date: string, hhmm: string, amount: number) =>
  counter.add(counter.effectiveDate(d(date), at(hhmm), CUT_OFF), amount);

describe("hari kerja: the 15:00 rule around a weekend", () => {
  it.each([
    ["2026-11-20", "14:59", "2026-11-20", "2026-11-23", "Friday before the cut-off: the same day"],
    ["2026-11-20", "15:00", "2026-11-23", "2026-11-24", "Friday at the cut-off: Monday"],
    ["2026-11-20", "16:00", "2026-11-23", "2026-11-24", "Friday after the cut-off: Monday"],
    ["2026-11-21", "09:00", "2026-11-23", "2026-11-24", "Saturday morning: Monday"],
    ["2026-11-22", "23:59", "2026-11-23", "2026-11-24", "Sunday night: Monday"],
    ["2026-11-23", "08:00", "2026-11-23", "2026-11-24", "Monday morning: the same day"],
  ])("%s %s counts from %s, one working day later is %s (%s)", (date, hhmm, effective, plusOne) => {
    expect(workDays.effectiveDate(d(date), at(hhmm), CUT_OFF)).toBe(effective);
    expect(due(workDays, date, hhmm, 1)).toBe(plusOne);
  });

  it("a letter received after 15:00 on Friday is disposed on Monday (+0), not the same day", () => {
    expect(due(workDays, "2026-11-20", "15:00", 0)).toBe("2026-11-23");
    expect(due(workDays, "2026-11-20", "14:59", 0)).toBe("2026-11-20");
  });

  it("after the cut-off on a weekday counts from the next day (the examples in the brief)", () => {
    expect(due(workDays, "2026-04-06", "15:30", 1)).toBe("2026-04-08");
    expect(due(workDays, "2026-04-06", "14:59", 1)).toBe("2026-04-07");
  });

  it("a cut-off of 00:00 moves every event to the next working day", () => {
    expect(workDays.effectiveDate(d("2026-11-19"), 0, 0)).toBe("2026-11-20");
  });
});

describe("hari kerja: around cuti bersama Idulfitri 2026", () => {
  // 18 Mar cuti bersama Nyepi, 19 Nyepi, 20 cuti bersama, 21–22 Idulfitri (weekend), 23–24 cuti bersama.
  it("an event on Tuesday 17 March after 15:00 counts from Wednesday 25 March", () => {
    expect(workDays.effectiveDate(d("2026-03-17"), at("15:00"), CUT_OFF)).toBe("2026-03-25");
    expect(due(workDays, "2026-03-17", "15:00", 1)).toBe("2026-03-26");
  });
  it("before the cut-off that Tuesday still counts from the Tuesday", () => {
    expect(due(workDays, "2026-03-17", "14:59", 0)).toBe("2026-03-17");
    expect(due(workDays, "2026-03-17", "14:59", 1)).toBe("2026-03-25");
  });
  it("an event on a day of cuti bersama, even in the morning, waits for the first working day", () => {
    expect(workDays.effectiveDate(d("2026-03-20"), at("09:00"), CUT_OFF)).toBe("2026-03-25");
    expect(workDays.effectiveDate(d("2026-03-24"), at("08:00"), CUT_OFF)).toBe("2026-03-25");
    expect(due(workDays, "2026-03-23", "10:00", 3)).toBe("2026-03-30");
  });
});

describe("hari kerja: at the year end", () => {
  it("31 December 2026 after 15:00 skips Tahun Baru 2027 and the weekend", () => {
    expect(workDays.effectiveDate(d("2026-12-31"), at("15:30"), CUT_OFF)).toBe("2027-01-04");
    expect(due(workDays, "2026-12-31", "15:30", 1)).toBe("2027-01-05");
    expect(due(workDays, "2026-12-31", "14:00", 1)).toBe("2027-01-04");
  });
  it("without Tahun Baru in the register, 1 January is an ordinary Friday", () => {
    const bare = dayCounter(new WorkingCalendar(shippedHolidays()), "hari kerja");
    expect(bare.effectiveDate(d("2026-12-31"), at("15:30"), CUT_OFF)).toBe("2027-01-01");
  });
  it("Christmas Eve and Christmas (cuti bersama, Natal) count from Monday 28 December", () => {
    expect(workDays.effectiveDate(d("2026-12-23"), at("15:00"), CUT_OFF)).toBe("2026-12-28");
  });
});

describe("hari kerja: add and count are the working calendar's", () => {
  it("counts back and forth like addWorkingDays / countWorkingDays", () => {
    expect(workDays.add(d("2026-04-02"), -10)).toBe("2026-03-12");
    expect(workDays.count(d("2026-03-12"), d("2026-04-02"))).toBe(10);
    expect(workDays.count(d("2026-04-02"), d("2026-03-12"))).toBe(0);
    expect(workDays.add(d("2026-11-21"), 0)).toBe("2026-11-21");
  });
});

describe("hari kalender", () => {
  it("after the cut-off counts from the next calendar day, weekend or not", () => {
    expect(calendarDays.effectiveDate(d("2026-11-20"), at("15:00"), CUT_OFF)).toBe("2026-11-21");
    expect(calendarDays.effectiveDate(d("2026-11-20"), at("14:59"), CUT_OFF)).toBe("2026-11-20");
    expect(calendarDays.effectiveDate(d("2026-11-21"), at("09:00"), CUT_OFF)).toBe("2026-11-21");
    expect(due(calendarDays, "2026-12-31", "15:00", 1)).toBe("2027-01-02");
  });
  it("counts every day, holidays included", () => {
    expect(calendarDays.add(d("2026-03-17"), 8)).toBe("2026-03-25");
    expect(calendarDays.count(d("2026-03-17"), d("2026-03-25"))).toBe(8);
    expect(calendarDays.count(d("2026-03-25"), d("2026-03-17"))).toBe(0);
    expect(calendarDays.add(d("2026-03-17"), 0)).toBe("2026-03-17");
  });
  it("negative amounts count back across a month end (SPK paling lambat 5 hari sebelum asesmen)", () => {
    expect(calendarDays.add(d("2026-03-02"), -5)).toBe("2026-02-25");
    expect(calendarDays.add(d("2028-03-02"), -5)).toBe("2028-02-26"); // 2028 is a leap year
    expect(calendarDays.add(d("2027-01-03"), -5)).toBe("2026-12-29");
    expect(calendarDays.add(d("2026-05-01"), -1)).toBe("2026-04-30");
  });
  it("refuses amounts that are not whole or absurdly large", () => {
    expect(() => calendarDays.add(d("2026-01-01"), 1.5)).toThrow("Jumlah hari kalender harus bilangan bulat: 1.5");
    expect(() => calendarDays.add(d("2026-01-01"), 100_000)).toThrow(/terlalu besar/);
  });
});

describe("parseDayUnit", () => {
  it.each([
    ["Hari Kerja", "hari kerja"],
    ["hari kerja", "hari kerja"],
    ["  HARI   KERJA ", "hari kerja"],
    ["kerja", "hari kerja"],
    ["Hari Kalender", "hari kalender"],
    ["kalender", "hari kalender"],
    ["", null],
    ["hari", null],
    ["working days", null],
  ])("%j → %j", (text, unit) => {
    expect(parseDayUnit(text)).toBe(unit);
  });
  it("knows every unit it lists", () => {
    expect(DAY_UNITS.map(parseDayUnit)).toEqual(DAY_UNITS);
  });
});

/** mulberry32: a small seeded generator, so a failing case is the same on every run. */
function seeded(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * max);
  };
}

describe("properties over 2025–2027 (seeded)", () => {
  const first = toDayNumber(d("2025-01-01"));
  const span = toDayNumber(d("2027-12-31")) - first + 1;
  const RUNS = 2000;

  it.each(DAY_UNITS)("in %s, counting what was added gives the amount back (n ≥ 0)", (unit) => {
    const counter = dayCounter(calendar, unit);
    const random = seeded(unit === "hari kerja" ? 3 : 4);
    for (let i = 0; i < RUNS; i += 1) {
      const start = fromDayNumber(first + random(span));
      const n = random(121);
      expect(counter.count(start, counter.add(start, n)), `${start} + ${n}`).toBe(n);
    }
  });

  it("in hari kerja, an event's effective date is a working day (the same-day rule), never earlier", () => {
    const random = seeded(15);
    for (let i = 0; i < RUNS; i += 1) {
      const date = fromDayNumber(first + random(span));
      const minute = random(24 * 60);
      const cutOff = random(24 * 60 + 1);
      const effective = workDays.effectiveDate(date, minute, cutOff);
      const label = `${date} minute ${minute}, cut-off ${cutOff}`;
      expect(calendar.isWorkingDay(workDays.add(effective, 0)), label).toBe(true);
      expect(effective >= date, label).toBe(true);
      // Only a working-day event before the cut-off keeps its own date.
      expect(effective === date, label).toBe(minute < cutOff && calendar.isWorkingDay(date));
    }
  });

  it("in hari kalender, the effective date is the date itself or the day after", () => {
    const random = seeded(16);
    for (let i = 0; i < RUNS; i += 1) {
      const date = fromDayNumber(first + random(span));
      const minute = random(24 * 60);
      const shift = toDayNumber(calendarDays.effectiveDate(date, minute, CUT_OFF)) - toDayNumber(date);
      expect(shift).toBe(minute >= CUT_OFF ? 1 : 0);
    }
  });
});
