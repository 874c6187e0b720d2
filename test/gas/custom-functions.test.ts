// =TENGGAT and =HARIKERJA as Sheets evaluates them: Date arguments in the spreadsheet's zone,
// ranges as 2-D arrays, holidays from the Libur register (a Libur edit takes effect at once).
import { describe, expect, it } from "vitest";
import { shippedHolidays } from "../../apps-script/core/engine/config";
import { WorkingCalendar } from "../../apps-script/core/time/calendar";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { STAFF, newOffice } from "./office";

const calendar = new WorkingCalendar(shippedHolidays());
/** A date cell's value as a custom function receives it: midnight WITA (UTC+8). */
const wita = (date: string) => new Date(`${date}T00:00:00+08:00`);

describe("TENGGAT", () => {
  it("returns the date n working days later, skipping Idulfitri and cuti bersama", async () => {
    const rt = await newOffice({ installTriggers: false });
    const run = rt.customFunction("TENGGAT", wita("2026-03-12"), 10);
    expect(run.error).toBeNull();
    const expected = calendar.addWorkingDays("2026-03-12" as LocalDate, 10);
    expect(expected > "2026-03-26").toBe(true); // the holidays pushed it past two plain weeks
    expect((run.value as Date).toISOString()).toBe(wita(expected).toISOString());
  });

  it("maps a range cell by cell and leaves blanks blank", async () => {
    const rt = await newOffice({ installTriggers: false });
    const run = rt.customFunction("TENGGAT", [[wita("2026-11-20")], [""]], 1);
    expect(run.error).toBeNull();
    const [[monday], [blank]] = run.value as [[Date], [string]];
    expect(monday.toISOString()).toBe(wita("2026-11-23").toISOString());
    expect(blank).toBe("");
  });

  it("explains a bad argument in Indonesian", async () => {
    const rt = await newOffice({ installTriggers: false });
    expect(rt.customFunction("TENGGAT", "besok", 3).error).toMatch(/bukan tanggal/);
    expect(rt.customFunction("TENGGAT", wita("2026-03-12"), 1.5).error).toMatch(/bilangan bulat/);
  });
});

describe("HARIKERJA", () => {
  it("counts working days between two dates, negative when reversed", async () => {
    const rt = await newOffice({ installTriggers: false });
    const expected = calendar.countWorkingDays("2026-03-12" as LocalDate, "2026-04-02" as LocalDate);
    expect(rt.customFunction("HARIKERJA", wita("2026-03-12"), wita("2026-04-02")).value).toBe(expected);
    expect(rt.customFunction("HARIKERJA", wita("2026-04-02"), wita("2026-03-12")).value).toBe(-expected);
    expect(rt.customFunction("HARIKERJA", "2026-03-12", "12/03/2026").value).toBe(0);
  });

  it("sees a holiday added to Libur at once, though results are cached", async () => {
    const rt = await newOffice();
    const before = rt.customFunction("HARIKERJA", wita("2026-06-08"), wita("2026-06-12")).value as number;
    const row = rt.sheet("Libur").getLastRow() + 1;
    rt.edit(STAFF.admin, "Libur", row, 1, [[wita("2026-06-10"), "Libur Daerah", "HUT Kota"]]);
    expect(rt.customFunction("HARIKERJA", wita("2026-06-08"), wita("2026-06-12")).value).toBe(before - 1);
  });

  it("with the Libur range as third argument, uses that range's dates (so Sheets recalculates when Libur changes)", async () => {
    const rt = await newOffice({ installTriggers: false });
    const libur = [["Tanggal"], [wita("2026-06-10")], [""], ["2026-06-11"]];
    expect(rt.customFunction("HARIKERJA", wita("2026-06-08"), wita("2026-06-12")).value).toBe(4);
    expect(rt.customFunction("HARIKERJA", wita("2026-06-08"), wita("2026-06-12"), libur).value).toBe(2);
    const due = rt.customFunction("TENGGAT", wita("2026-06-09"), 1, libur);
    expect(due.error).toBeNull();
    expect((due.value as Date).toISOString()).toBe(wita("2026-06-12").toISOString());
  });
});
