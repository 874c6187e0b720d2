// The daily sweep (time-driven trigger): retries queued form submissions, takes in responses whose
// trigger never ran, then runs the office
// cycle: every case checked, queued letter Docs created, approvals the edit trigger did not see
// settled, approved letters finished. It reconciles what the edit trigger never saw (pastes by
// scripts, API edits, missed triggers).
import { migrateWorkbook, migrationMessage } from "../core/engine/migrate";
import { runOfficeCycle } from "../core/engine/office-cycle";
import { reconcileStatusTokens, statusTokenLines } from "../core/engine/status-link";
import type { CheckSummary } from "../core/engine/types";
import { type GasContext, log, openContext, TIME_BUDGET_MS } from "./context";
import { refreshDashboardAfterCheck } from "./dashboard";
import { messageOf } from "./errors";
import { storedFormId } from "./form";
import { storedSurveyLink, takeInMissedSurveyResponses } from "./ikm-form";
import { retryPending, takeInMissedResponses } from "./intake";
import { officePorts } from "./letter-actions";
import { summaryLines } from "./summary-text";
import { documentProperties } from "./properties";

export const LAST_SWEEP_KEY = "sertifikasi.lastSweep";
export const SWEEP_RESUME_KEY = "sertifikasi.sweepResumeAt";
export const CONTINUE_SWEEP_HANDLER = "continueSweep";
const CONTINUE_AFTER_MS = 60_000;

/**
 * The daily sweep, or its continuation: a sweep that reaches the time budget writes what it has
 * checked, saves where it stopped and resumes there from a one-off trigger a minute later.
 */
export function sweep(options: { readonly continuing?: boolean } = {}): CheckSummary {
  // Nobody is "acting" in a sweep: moves it finds were made by staff it cannot identify, so the
  // office's unknown-user setting decides (the owner's identity must not approve them).
  const ctx = openContext({ actorEmail: null, toasts: false, lockTimeoutMs: 120_000, mail: true });
  const properties = documentProperties();
  const saved = options.continuing ? Number(properties.getProperty(SWEEP_RESUME_KEY) ?? "0") : 0;
  if (options.continuing) ctx.scheduler.cancel(CONTINUE_SWEEP_HANDLER);
  if (!options.continuing) {
    const migrated = migrationMessage(ctx.deps.lock.runExclusive(() => migrateWorkbook(ctx.workbook, ctx.deps.clock))); // once per workbook; new tabs get their layout from set-up
    if (migrated) log(migrated);
    const retried = retryPending(ctx);
    if (retried > 0) log(`${retried} permohonan formulir yang tertunda kini dicatat.`);
    const missed = takeInMissedResponses(ctx, storedFormId());
    if (missed > 0) log(`${missed} jawaban formulir yang tidak tercatat oleh pemicunya kini dicatat.`);
    const surveys = takeInMissedSurveyResponses(ctx);
    if (surveys > 0) log(`${surveys} jawaban survei IKM yang tidak tercatat oleh pemicunya kini dicatat.`);
  }
  // Leave room after the cases for the letters and the write-back.
  const stopAt = ctx.startedAt + TIME_BUDGET_MS * 0.7;
  const cycle = runOfficeCycle(
    // The survey mail's link: the generated survey form's, prefilled with the case.
    { ...ctx.deps, surveyUrl: storedSurveyLink() },
    // A Drive or Docs failure is reported with the summary; it must not hide the check's results.
    { ...officePorts(ctx), letterFailure: (error) => [`Surat: ${messageOf(error)}`] },
    {
      check: { startAt: Number.isFinite(saved) ? saved : 0, shouldStop: () => Date.now() > stopAt },
      approvals: { actorEmail: null, ids: new Set(), markClaimed: false },
      reconcileAll: true,
    },
  );
  const summary = cycle.check!;
  if (summary.resumeAt !== null && summary.resumeAt !== undefined) {
    properties.setProperty(SWEEP_RESUME_KEY, String(summary.resumeAt));
    continueLater(ctx);
    log(`Batas waktu hampir habis: pemeriksaan berhenti di permohonan ke-${summary.resumeAt} dan dilanjutkan otomatis sebentar lagi.`);
    return summary;
  }
  properties.deleteProperty(SWEEP_RESUME_KEY);
  refreshDashboardAfterCheck(ctx);
  // After the check gave new rows their IDs: cases without a status-link token get one (counts only).
  const tokens = statusTokenLines(reconcileStatusTokens(ctx.deps));
  const letters = [...(cycle.letters?.lines ?? []), ...tokens];
  rememberSummary(summary, stamp(ctx), letters);
  log([...summaryLines(summary), ...letters].join("\n"));
  return summary;
}

/** One pending continuation at most; past the trigger limit the next daily sweep checks everything. */
function continueLater(ctx: GasContext): void {
  try {
    ctx.scheduler.runLater(CONTINUE_SWEEP_HANDLER, CONTINUE_AFTER_MS);
  } catch (error) {
    log(`Lanjutan pemeriksaan belum terjadwal (${messageOf(error)}); pemeriksaan harian berikutnya memeriksa semua permohonan.`);
  }
}

/** "2026-03-02 06:00" in the spreadsheet's zone. */
export function stamp(ctx: GasContext): string {
  const cell = ctx.workbook.values.toDateCell(new Date(), true);
  const minute = cell.minuteOfDay ?? 0;
  return `${cell.date} ${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

export function rememberSummary(summary: CheckSummary, at: string, extra: readonly string[] = []): void {
  const text = [`Pemeriksaan ${at}`, ...summaryLines(summary), ...extra].join("\n").slice(0, 8000);
  documentProperties().setProperty(LAST_SWEEP_KEY, text);
}
