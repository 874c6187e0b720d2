// What the menu, an edit of Status Surat and the daily sweep do with letters: approve (with the
// role check) and finish approved Docs into PDFs; the sweep also creates the queued Docs first.
import { COL, LETTER_STATUS } from "../core/letters/letter-book";
import { SURAT } from "../core/registers/catalog";
import { LockBusyError } from "../core/ports";
import { type GasContext, log, openContext } from "./context";
import { messageOf } from "./errors";
import { type ApprovalClaim, approvalLines, settleApprovals } from "./letter-approval";
import { type FinishReport, finishApprovedLetters } from "./letter-finish";
import { clearQueueTriggers, createQueuedDocuments, queueLines, scheduleQueueRun } from "./letter-queue";
import { readLayout } from "./sheet-layout";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function finishLines(report: FinishReport): string[] {
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
      scheduleQueueRun(60_000);
    } catch (error) {
      log(`Lanjutan PDF surat belum terjadwal (${messageOf(error)}); pemeriksaan harian melanjutkannya.`);
    }
  }
  return finishLines(report);
}

/** Approves what the claim covers (refusing who may not), then numbers the Docs and saves PDFs. */
export function approveAndFinish(ctx: GasContext, claim: ApprovalClaim): string[] {
  const lines = approvalLines(settleApprovals(ctx, claim));
  return [...lines, ...finishLetters(ctx)];
}

/** The one-off trigger after a quota or the time budget: queued Docs, then approved letters' PDFs. */
export function continueLetters(): void {
  clearQueueTriggers();
  const ctx = openContext({ actorEmail: null, toasts: false, lockTimeoutMs: 120_000 });
  try {
    for (const line of [...queueLines(createQueuedDocuments(ctx)), ...finishLetters(ctx)]) log(line);
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    scheduleQueueRun(5 * 60_000);
  }
}

/** The daily sweep's letter work: queued Docs, approvals nobody confirmed, unfinished PDFs. */
export function lettersInSweep(ctx: GasContext): string[] {
  const queue = queueLines(createQueuedDocuments(ctx));
  return [...queue, ...approveAndFinish(ctx, { actorEmail: null, ids: new Set(), markClaimed: false })];
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
