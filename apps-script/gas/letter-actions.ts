// What the menu, an edit of Status Surat, the daily sweep and the queue's one-off trigger do with
// letters, all through the core's office cycle: this place adds the Google Docs finisher (number
// into the Doc, PDF beside it) and the approvals its deferred edits still hold.
import { type FinishReport, type LetterFinisher, type OfficePorts, runOfficeCycle } from "../core/engine/office-cycle";
import { COL, LETTER_STATUS } from "../core/letters/letter-book";
import type { ApprovalClaim } from "../core/letters/settle";
import { SURAT } from "../core/registers/catalog";
import { LockBusyError } from "../core/ports";
import { type GasContext, log, openContext, QUEUE_HANDLER } from "./context";
import { deferredIds } from "./deferred-edits";
import { messageOf } from "./errors";
import { type FinishReport as DocsFinishReport, finishApprovedLetters } from "./letter-finish";
import { readLayout } from "./sheet-layout";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function finishLines(report: DocsFinishReport): string[] {
  const lines: string[] = [];
  if (report.finished > 0) lines.push(`${report.finished} surat disetujui: nomor dan tanggal ditulis ke dokumennya, PDF disimpan di folder yang sama.`);
  if (report.waiting > 0) lines.push(`${report.waiting} surat disetujui masih menunggu PDF-nya; dilanjutkan otomatis.`);
  return [...lines, ...report.problems];
}

/** Numbers the approved Docs and saves their PDFs; what the time budget left over continues by trigger. */
export function finishLetters(ctx: GasContext): string[] {
  const report = finishApprovedLetters(ctx);
  if (report.waiting > 0) {
    try {
      ctx.scheduler.runLater(QUEUE_HANDLER, 60_000);
    } catch (error) {
      log(`Lanjutan PDF surat belum terjadwal (${messageOf(error)}); pemeriksaan harian melanjutkannya.`);
    }
  }
  return finishLines(report);
}

/**
 * The office cycle's ports on Google. The finisher works from the sheet (numbered, linked, no PDF
 * yet), so it also finishes what an earlier run left; approvals whose edit still waits for the
 * lock are settled later with their own actor.
 */
export function officePorts(ctx: GasContext): OfficePorts<LetterFinisher<FinishReport>> {
  return {
    finisher: { finish: () => ({ lines: finishLetters(ctx) }) },
    waitingApprovals: () => deferredIds(SURAT.name),
  };
}

/** Approves what the claim covers (refusing who may not), then numbers the Docs and saves PDFs. */
export function approveAndFinish(ctx: GasContext, claim: ApprovalClaim): string[] {
  return runOfficeCycle(ctx.deps, officePorts(ctx), { check: null, rerender: false, approvals: claim }).letters?.lines.slice() ?? [];
}

/** The one-off trigger after a quota or the time budget: queued Docs, then approved letters' PDFs. */
export function continueLetters(): void {
  const ctx = openContext({ actorEmail: null, toasts: false, lockTimeoutMs: 120_000, mail: true });
  ctx.scheduler.cancel(QUEUE_HANDLER);
  try {
    for (const line of runOfficeCycle(ctx.deps, officePorts(ctx), { check: null, approvals: null }).letters?.lines ?? []) log(line);
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    ctx.scheduler.runLater(QUEUE_HANDLER, 5 * 60_000);
  }
}

/** ID Surat of sheet rows first..last of the Surat tab (blank IDs left out). */
export function letterIdsIn(sheet: Sheet, first: number, last: number): string[] {
  const idColumn = readLayout(sheet, SURAT).columnOf(COL.id);
  if (idColumn === undefined || last < first) return [];
  return sheet.getRange(first, idColumn, last - first + 1, 1).getValues().map((line) => String(line[0]).trim()).filter((id) => id !== "");
}

/**
 * The rows an edit of the Surat tab set to "Disetujui" (by ID), or an empty list when the edit
 * did not touch Status Surat (staff typing a note) so the edit costs only the header read.
 */
export function approvalsInEdit(range: GoogleAppsScript.Spreadsheet.Range): string[] {
  const sheet = range.getSheet();
  const layout = readLayout(sheet, SURAT);
  const statusColumn = layout.columnOf(COL.status);
  const idColumn = layout.columnOf(COL.id);
  const first = Math.max(2, range.getRow());
  const last = range.getLastRow();
  if (statusColumn === undefined || idColumn === undefined || last < first) return [];
  if (statusColumn < range.getColumn() || statusColumn > range.getLastColumn()) return [];
  const statuses = sheet.getRange(first, statusColumn, last - first + 1, 1).getValues();
  if (!statuses.some((line) => String(line[0]).trim() === LETTER_STATUS.approved)) return [];
  const ids = sheet.getRange(first, idColumn, last - first + 1, 1).getValues();
  return ids.filter((_, i) => String(statuses[i]![0]).trim() === LETTER_STATUS.approved).map((line) => String(line[0]).trim()).filter((id) => id !== "");
}
