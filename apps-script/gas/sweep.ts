// The daily sweep (time-driven trigger): retries queued form submissions, checks every case, then
// creates queued letter Docs and settles approvals the edit trigger did not see.
// It reconciles what the edit trigger never saw (pastes by scripts, API edits, missed triggers).
import { migrateWorkbook, migrationMessage } from "../core/engine/migrate";
import { runCheck } from "../core/engine/run-check";
import type { CheckSummary } from "../core/engine/types";
import { type GasContext, log, openContext, TIME_BUDGET_MS } from "./context";
import { messageOf } from "./errors";
import { retryPending } from "./intake";
import { lettersInSweep } from "./letter-actions";
import { summaryLines } from "./summary-text";

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
  const ctx = openContext({ actorEmail: null, toasts: false, lockTimeoutMs: 120_000 });
  const properties = PropertiesService.getDocumentProperties();
  const saved = options.continuing ? Number(properties.getProperty(SWEEP_RESUME_KEY) ?? "0") : 0;
  if (options.continuing) clearContinuations();
  if (!options.continuing) {
    const migrated = migrationMessage(ctx.deps.lock.runExclusive(() => migrateWorkbook(ctx.workbook, ctx.deps.clock))); // once per workbook; new tabs get their layout from set-up
    if (migrated) log(migrated);
    const retried = retryPending(ctx);
    if (retried > 0) log(`${retried} permohonan formulir yang tertunda kini dicatat.`);
  }
  // Leave room after the cases for the letters and the write-back.
  const stopAt = ctx.startedAt + TIME_BUDGET_MS * 0.7;
  const summary = runCheck(ctx.deps, { startAt: Number.isFinite(saved) ? saved : 0, shouldStop: () => Date.now() > stopAt });
  if (summary.resumeAt !== null && summary.resumeAt !== undefined) {
    properties.setProperty(SWEEP_RESUME_KEY, String(summary.resumeAt));
    scheduleContinuation();
    log(`Batas waktu hampir habis: pemeriksaan berhenti di permohonan ke-${summary.resumeAt} dan dilanjutkan otomatis sebentar lagi.`);
    return summary;
  }
  properties.deleteProperty(SWEEP_RESUME_KEY);
  const letters = summary.configErrors.length > 0 ? [] : sweepLetters(ctx);
  rememberSummary(summary, stamp(ctx), letters);
  log([...summaryLines(summary), ...letters].join("\n"));
  return summary;
}

/** One-off triggers stay listed after firing: remove them so they never pile up. */
function clearContinuations(): void {
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === CONTINUE_SWEEP_HANDLER) ScriptApp.deleteTrigger(trigger);
  }
}

/** One pending continuation at most. */
function scheduleContinuation(): void {
  clearContinuations();
  ScriptApp.newTrigger(CONTINUE_SWEEP_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
}

/** A Drive or Docs failure is reported with the summary; it must not hide the check's results. */
function sweepLetters(ctx: GasContext): string[] {
  try {
    return lettersInSweep(ctx);
  } catch (error) {
    return [`Surat: ${messageOf(error)}`];
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
  PropertiesService.getDocumentProperties().setProperty(LAST_SWEEP_KEY, text);
}
