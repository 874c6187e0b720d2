import { isOfficeTimeZone } from "../../../apps-script/core/time/zone-offset";
import { describe, expect, it } from "vitest";
import { parseLocalDate, startOfOfficeDay, toOfficeDateTime } from "../../../apps-script/core/time/local-date";
import { dayCounter } from "../../../apps-script/core/time/day-counter";
import { WorkingCalendar } from "../../../apps-script/core/time/calendar";

describe("office dates are calendar dates in the office's zone", () => {
  it("the same instant is a different date in Jakarta and Makassar", () => {
    const instant = new Date("2026-03-12T16:30:00Z"); // 23:30 WIB, 00:30 WITA next day
    expect(toOfficeDateTime(instant, "Asia/Jakarta")).toEqual({ date: "2026-03-12", minuteOfDay: 23 * 60 + 30 });
    expect(toOfficeDateTime(instant, "Asia/Makassar")).toEqual({ date: "2026-03-13", minuteOfDay: 30 });
  });
  it("does not depend on the machine's own zone", () => {
    const before = process.env.TZ;
    process.env.TZ = "America/Los_Angeles";
    try {
      expect(toOfficeDateTime(new Date("2026-01-01T00:30:00Z"), "Asia/Jayapura").date).toBe("2026-01-01");
      expect(startOfOfficeDay(parseLocalDate("2026-01-01")!, "Asia/Jakarta").toISOString()).toBe("2025-12-31T17:00:00.000Z");
    } finally {
      process.env.TZ = before;
    }
  });
  it("an event at or after the cut-off counts from the next working day", () => {
    const cutOff = 15 * 60;
    const weekdays = dayCounter(new WorkingCalendar([]), "hari kerja");
    expect(weekdays.effectiveDate(parseLocalDate("2026-11-20")!, 14 * 60 + 59, cutOff)).toBe("2026-11-20");
    // Friday 15:00 counts from Monday, not Saturday (a Saturday start would make Monday day one).
    expect(weekdays.effectiveDate(parseLocalDate("2026-11-20")!, 15 * 60, cutOff)).toBe("2026-11-23");
  });
  it("rejects impossible dates and unknown zones", () => {
    expect(parseLocalDate("2026-02-29")).toBeNull();
    expect(parseLocalDate("2028-02-29")).toBe("2028-02-29");
    expect(parseLocalDate("12/03/2026")).toBeNull();
    expect(isOfficeTimeZone("Asia/Makassar")).toBe(true);
    expect(isOfficeTimeZone("Asia/Bandung")).toBe(false);
    expect(isOfficeTimeZone("=1+1")).toBe(false);
  });
});
