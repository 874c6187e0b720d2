// Serials in register date columns become the writer's dates; anything a date cannot hold exactly stays a number.
import { describe, expect, it } from "vitest";
import { columnKinds, writtenValue } from "../../sync/backup/places/xlsx-cells";

/** Independent of the code under test: Excel's 1900 serial of a UTC calendar day. */
const serial = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

describe("writtenValue", () => {
  it("turns a whole serial in a date column into that day", () => {
    expect(writtenValue(serial("2026-03-16"), "date")).toEqual({ kind: "date", date: "2026-03-16" });
  });

  it("keeps the minute of a date-time, and of a date column holding a time of day", () => {
    expect(writtenValue(serial("2026-01-02") + 0.5, "datetime")).toEqual({ kind: "date", date: "2026-01-02", minuteOfDay: 720 });
    expect(writtenValue(serial("2026-01-02") + 0.75, "date")).toEqual({ kind: "date", date: "2026-01-02", minuteOfDay: 1080 });
    expect(writtenValue(serial("2026-01-02"), "datetime")).toEqual({ kind: "date", date: "2026-01-02" });
  });

  it("leaves a serial with seconds, or one that names no day, as the exact number", () => {
    const withSeconds = serial("2026-01-02") + 0.5 + 1 / 86_400;
    expect(writtenValue(withSeconds, "datetime")).toBe(withSeconds);
    expect(writtenValue(0, "date")).toBe(0);
    expect(writtenValue(-3, "date")).toBe(-3);
    expect(writtenValue(60, "date")).toBe(60); // 1900-02-29, a day Excel shows and no calendar has
  });

  it("passes text, booleans, blanks and every value outside date columns through", () => {
    expect(writtenValue("belum", "date")).toBe("belum");
    expect(writtenValue(true, "date")).toBe(true);
    expect(writtenValue(null, "datetime")).toBeNull();
    expect(writtenValue(46_000, "other")).toBe(46_000);
  });
});

describe("columnKinds", () => {
  it("finds a register's date and date-time columns by header, as npm start matches them", () => {
    expect(columnKinds("Riwayat", ["ID Riwayat", "waktu ", "Tidak Dikenal"])).toEqual(["other", "datetime", "other"]);
    expect(columnKinds("Permohonan", ["Tanggal Permohonan", "Nama"])).toEqual(["date", "other"]);
  });

  it("gives every column of a tab that is not a register the kind other", () => {
    expect(columnKinds("Rekap", ["Tanggal", "Waktu"])).toEqual(["other", "other"]);
  });
});
