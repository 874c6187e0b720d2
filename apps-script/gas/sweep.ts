// The daily sweep (time-driven trigger): retries queued form submissions, then checks every case.
// It reconciles what the edit trigger never saw (pastes by scripts, API edits, missed triggers).
import { runCheck } from "../core/engine/run-check";
import type { CheckSummary } from "../core/engine/types";
import { type GasContext, log, openContext } from "./context";
import { retryPending } from "./intake";
import { summaryLines } from "./summary-text";

export const LAST_SWEEP_KEY = "sertifikasi.lastSweep";

export function sweep(): CheckSummary {
  // Nobody is "acting" in a sweep: moves it finds were made by staff it cannot identify, so the
  // office's unknown-user setting decides (the owner's identity must not approve them).
  const ctx = openContext({ actorEmail: null, toasts: false, lockTimeoutMs: 120_000 });
  const retried = retryPending(ctx);
  if (retried > 0) log(`${retried} permohonan formulir yang tertunda kini dicatat.`);
  const summary = runCheck(ctx.deps);
  rememberSummary(summary, stamp(ctx));
  log(summaryLines(summary).join("\n"));
  return summary;
}

/** "2026-03-02 06:00" in the spreadsheet's zone. */
export function stamp(ctx: GasContext): string {
  const cell = ctx.workbook.values.toDateCell(new Date(), true);
  const minute = cell.minuteOfDay ?? 0;
  return `${cell.date} ${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

export function rememberSummary(summary: CheckSummary, at: string): void {
  const text = [`Pemeriksaan ${at}`, ...summaryLines(summary)].join("\n").slice(0, 8000);
  PropertiesService.getDocumentProperties().setProperty(LAST_SWEEP_KEY, text);
}
