// Report deadlines of a LAN Penilaian Kompetensi (seed 004, waktu penyelesaian): seleksi jabatan,
// laporan ringkas 10 hari kerja from intake and laporan lengkap + individual 15 hari kerja after
// it; pemetaan jabatan, 25 hari kerja from intake. The seed's participant threshold is garbled
// ("< 12> 12 orang"), so the threshold and the side it applies to are office settings; on the
// other side of it, and whenever the SPK names a date, the SPK's date is the deadline.
import type { DayCounter } from "../time/day-counter";
import type { LocalDate } from "../time/local-date";

export type ReportPurpose = "Seleksi Jabatan" | "Pemetaan Jabatan";
/** Which participant counts the seed's deadlines apply to, relative to the threshold. */
export const THRESHOLD_SIDES = ["lebih dari", "kurang dari", "semua"] as const;
export type ThresholdSide = (typeof THRESHOLD_SIDES)[number];

export interface ReportRule {
  readonly threshold: number;
  readonly side: ThresholdSide;
}

export interface ReportInput {
  readonly purpose: ReportPurpose;
  readonly participants: number;
  readonly intakeEnd: LocalDate;
  /** Seleksi: the day the short report was handed over, once it was. */
  readonly shortReportOn?: LocalDate | null;
  /** Tenggat Laporan (SPK): "or as agreed", overrides the seed's counts. */
  readonly spkDeadline?: LocalDate | null;
}

export type ReportDeadlines =
  | { readonly basis: "seed"; readonly short: LocalDate | null; readonly full: LocalDate | null }
  | { readonly basis: "SPK"; readonly full: LocalDate | null };

/** Whether the seed's working-day counts apply to this many participants. */
export function seedCountsApply(participants: number, rule: ReportRule): boolean {
  if (rule.side === "semua") return true;
  return rule.side === "lebih dari" ? participants > rule.threshold : participants < rule.threshold;
}

/**
 * The deadlines of a case's reports; `full` null under "SPK" means the SPK date is still missing
 * (Tenggat Laporan (SPK) must then be filled).
 * @example reportDeadlines({ purpose: "Pemetaan Jabatan", participants: 20, intakeEnd: "2026-11-12" }, rule, workDays)
 */
export function reportDeadlines(input: ReportInput, rule: ReportRule, workDays: DayCounter): ReportDeadlines {
  if (input.spkDeadline || !seedCountsApply(input.participants, rule)) return { basis: "SPK", full: input.spkDeadline ?? null };
  if (input.purpose === "Pemetaan Jabatan") return { basis: "seed", short: null, full: workDays.add(input.intakeEnd, 25) };
  const short = workDays.add(input.intakeEnd, 10);
  return { basis: "seed", short, full: input.shortReportOn ? workDays.add(input.shortReportOn, 15) : null };
}
