import { describe, expect, it } from "vitest";
import { dateCell } from "../../../apps-script/core/ports";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { dateToSerial, isoToDate, serialToDate } from "../../../sync/local/xlsx/serial-date";

const day = (text: string, minute?: number) => dateCell(text as LocalDate, minute);

describe("serial dates in the 1900 system", () => {
  it("reads days as Excel counts them, its 29 February 1900 included", () => {
    expect(serialToDate(1, false, "date")).toEqual(day("1900-01-01"));
    expect(serialToDate(59, false, "date")).toEqual(day("1900-02-28"));
    expect(serialToDate(60, false, "date")).toBe("1900-02-29"); // shown by Excel, no such day
    expect(serialToDate(61, false, "date")).toEqual(day("1900-03-01"));
    expect(serialToDate(46_097, false, "date")).toEqual(day("2026-03-16"));
  });

  it("keeps the time of day to the minute in date-time columns only", () => {
    expect(serialToDate(46_346.416_666_666_7, false, "datetime")).toEqual(day("2026-11-20", 600));
    expect(serialToDate(46_346.416_666_666_7, false, "date")).toEqual(day("2026-11-20"));
    expect(serialToDate(46_346.999_999, false, "datetime")).toEqual(day("2026-11-21")); // rounds into the next day
  });

  it("leaves serials that name no day as numbers, for the core to report", () => {
    expect(serialToDate(0, false, "date")).toBe(0);
    expect(serialToDate(-3, false, "date")).toBe(-3);
    expect(serialToDate(3_000_000, false, "date")).toBe(3_000_000);
  });

  it("writes the serial Excel reads back as the same day and minute", () => {
    for (const cell of [day("1900-01-01"), day("1900-02-28"), day("1900-03-01"), day("2026-11-20", 600), day("9999-12-31")]) {
      const serial = dateToSerial(cell, false)!;
      expect(serialToDate(serial, false, "datetime")).toEqual(cell);
    }
    expect(dateToSerial(day("1899-12-31"), false)).toBeNull();
  });
});

describe("serial dates in the 1904 system", () => {
  it("counts from 1 January 1904", () => {
    expect(serialToDate(0, true, "date")).toEqual(day("1904-01-01"));
    expect(serialToDate(44_635, true, "date")).toEqual(day("2026-03-16"));
    expect(dateToSerial(day("2026-03-16"), true)).toBe(44_635);
  });
});

describe("ISO dates of t=\"d\" cells", () => {
  it("reads the day, and the time in date-time columns", () => {
    expect(isoToDate("2026-03-12T10:30:00", "datetime")).toEqual(day("2026-03-12", 630));
    expect(isoToDate("2026-03-12T10:30:00", "date")).toEqual(day("2026-03-12"));
    expect(isoToDate("2026-02-30", "date")).toBe("2026-02-30");
  });
});
