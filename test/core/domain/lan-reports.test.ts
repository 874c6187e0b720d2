// Report deadlines of a LAN assessment (seed 004), on both sides of the participant threshold
// the office sets (the seed's "< 12> 12 orang" is garbled), and the SPK's own date overriding.
import { describe, expect, it } from "vitest";
import { reportDeadlines, seedCountsApply, type ReportRule, type ThresholdSide } from "../../../apps-script/core/domain/lan-reports";
import { WorkingCalendar } from "../../../apps-script/core/time/calendar";
import { dayCounter } from "../../../apps-script/core/time/day-counter";
import type { LocalDate } from "../../../apps-script/core/time/local-date";

// Weekends only: the counts below are checked by hand from Thursday 2026-11-12.
const workDays = dayCounter(new WorkingCalendar([]), "hari kerja");
const d = (text: string) => text as LocalDate;
const INTAKE_END = d("2026-11-12");

describe("which participant counts the seed's deadlines apply to", () => {
  it.each([
    ["lebih dari", 11, false], ["lebih dari", 12, false], ["lebih dari", 13, true],
    ["kurang dari", 11, true], ["kurang dari", 12, false], ["kurang dari", 13, false],
    ["semua", 11, true], ["semua", 12, true], ["semua", 13, true],
  ] as const)("%s 12 with %i participants: %s", (side, participants, applies) => {
    expect(seedCountsApply(participants, { threshold: 12, side })).toBe(applies);
  });
});

describe.each(["lebih dari", "kurang dari"] as ThresholdSide[])("threshold 12, seed counts for %s", (side) => {
  const rule: ReportRule = { threshold: 12, side };
  const inside = side === "lebih dari" ? 13 : 11;
  const outside = side === "lebih dari" ? 11 : 13;

  it("seleksi jabatan: short report 10 working days after intake, full 15 after the short one", () => {
    expect(reportDeadlines({ purpose: "Seleksi Jabatan", participants: inside, intakeEnd: INTAKE_END }, rule, workDays))
      .toEqual({ basis: "seed", short: "2026-11-26", full: null });
    expect(reportDeadlines({ purpose: "Seleksi Jabatan", participants: inside, intakeEnd: INTAKE_END, shortReportOn: d("2026-11-25") }, rule, workDays))
      .toEqual({ basis: "seed", short: "2026-11-26", full: "2026-12-16" });
  });

  it("pemetaan jabatan: 25 working days after intake", () => {
    expect(reportDeadlines({ purpose: "Pemetaan Jabatan", participants: inside, intakeEnd: INTAKE_END }, rule, workDays))
      .toEqual({ basis: "seed", short: null, full: "2026-12-17" });
  });

  it.each(["Seleksi Jabatan", "Pemetaan Jabatan"] as const)("%s on the other side (and at 12): the SPK's date, missing until filled", (purpose) => {
    for (const participants of [outside, 12]) {
      expect(reportDeadlines({ purpose, participants, intakeEnd: INTAKE_END }, rule, workDays)).toEqual({ basis: "SPK", full: null });
      expect(reportDeadlines({ purpose, participants, intakeEnd: INTAKE_END, spkDeadline: d("2027-01-15") }, rule, workDays))
        .toEqual({ basis: "SPK", full: "2027-01-15" });
    }
  });

  it.each(["Seleksi Jabatan", "Pemetaan Jabatan"] as const)("%s: a date agreed in the SPK overrides the seed's counts", (purpose) => {
    expect(reportDeadlines({ purpose, participants: inside, intakeEnd: INTAKE_END, spkDeadline: d("2026-12-04") }, rule, workDays))
      .toEqual({ basis: "SPK", full: "2026-12-04" });
  });
});
