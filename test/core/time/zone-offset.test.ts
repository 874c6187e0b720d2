import { tzOffset } from "@date-fns/tz";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fixedOffset, intlOffset, isOfficeTimeZone, useOffsetSource, zoneAbbreviation, zoneOffsetMinutes } from "../../../apps-script/core/time/zone-offset";
import { startOfOfficeDay, toOfficeDateTime } from "../../../apps-script/core/time/local-date";

const HOUR = 3_600_000;
/** Every 7 hours through 2025–2027, so DST changes of other zones fall between samples. */
const SAMPLES = Array.from({ length: 3 * 365 * 24 / 7 }, (_, i) => new Date(Date.UTC(2025, 0, 1) + i * 7 * HOUR));

afterEach(() => {
  vi.unstubAllGlobals();
  useOffsetSource(null);
});

describe("zone offsets", () => {
  it.each(["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"])("the table agrees with the IANA data for %s", (zone) => {
    for (const at of SAMPLES) expect(fixedOffset(zone, at)).toBe(tzOffset(zone, at));
  });

  it.each(["Europe/London", "America/Los_Angeles", "Australia/Adelaide", "Asia/Kolkata"])("Intl without longOffset agrees with the IANA data for %s, DST included", (zone) => {
    for (const at of SAMPLES) expect(intlOffset(zone, at)).toBe(tzOffset(zone, at));
  });

  it("works for Indonesian zones with no Intl at all, and says 'unknown' for the rest", () => {
    vi.stubGlobal("Intl", undefined);
    expect(toOfficeDateTime(new Date("2026-03-12T17:30:00Z"), "Asia/Makassar")).toEqual({ date: "2026-03-13", minuteOfDay: 90 });
    expect(startOfOfficeDay(toOfficeDateTime(new Date("2026-03-12T17:30:00Z"), "Asia/Jayapura").date, "Asia/Jayapura").toISOString()).toBe("2026-03-12T15:00:00.000Z");
    expect(zoneOffsetMinutes("Europe/London", new Date())).toBeUndefined();
    expect(() => toOfficeDateTime(new Date(), "Europe/London")).toThrow(/Zona waktu tidak dikenal: Europe\/London/);
  });

  it("asks the place's source before Intl for zones outside the table, and never for Indonesian ones", () => {
    const asked: string[] = [];
    useOffsetSource((zone) => {
      asked.push(zone);
      return zone === "Europe/London" ? 60 : undefined;
    });
    expect(zoneOffsetMinutes("Europe/London", new Date("2026-01-10T00:00:00Z"))).toBe(60);
    expect(zoneOffsetMinutes("Asia/Jakarta", new Date())).toBe(420);
    expect(zoneOffsetMinutes("America/Los_Angeles", new Date("2026-01-10T00:00:00Z"))).toBe(-480);
    expect(asked).toEqual(["Europe/London", "America/Los_Angeles"]);
  });

  it("accepts only Indonesian zones as the office's, and tells a misspelt zone from a real one", () => {
    expect(isOfficeTimeZone("Asia/Makassar")).toBe(true);
    expect(isOfficeTimeZone("Asia/Makasar")).toBe(false);
    expect(isOfficeTimeZone("Europe/London")).toBe(false);
    expect(isOfficeTimeZone("constructor")).toBe(false);
    expect(zoneAbbreviation("constructor")).toBe("");
    expect(zoneOffsetMinutes("Europe/London", new Date("2026-07-01T00:00:00Z"))).toBe(60);
    expect(zoneOffsetMinutes("Asia/Makasar", new Date())).toBeUndefined();
  });
});
