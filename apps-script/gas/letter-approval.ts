// Approving letters on Google: only a Kepala or Admin (tab Pengguna) may. A "Disetujui" set by
// anyone else is put back to "Menunggu Persetujuan"; a letter still without its Doc goes back to
// "Draf". The rest are numbered by the core's approveLetters, all under one hold of the lock.
import { approvalSettingsOf } from "../core/engine/case-letters";
import { loadConfig } from "../core/engine/config";
import { resolveRole } from "../core/engine/run-check";
import type { Role } from "../core/domain/reference";
import { type ApprovedLetter, approveLetters } from "../core/letters/approval";
import { LetterConfigError } from "../core/letters/errors";
import { COL, LETTER_STATUS, readLetterBook } from "../core/letters/letter-book";
import type { RowPatch } from "../core/ports";
import { SURAT } from "../core/registers/catalog";
import { readRegister } from "../core/registers/table";
import type { GasContext } from "./context";
import { deferredIds } from "./deferred-edits";

export const APPROVER_ROLES: readonly Role[] = ["Kepala", "Admin"];

/** Who asks for which rows: a menu click on selected rows, an edit of Status Surat, or the sweep. */
export interface ApprovalClaim {
  /** The acting user; null when Apps Script cannot tell (the sweep, accounts outside the domain). */
  readonly actorEmail: string | null;
  /** ID Surat of the rows the actor approves; any other "Disetujui" row is judged as by an unknown user. */
  readonly ids: ReadonlySet<string>;
  /** Also approve claimed rows still "Menunggu Persetujuan" (the menu item), not only those set "Disetujui". */
  readonly markClaimed: boolean;
}

export interface ApprovalReport {
  readonly approved: readonly ApprovedLetter[];
  /** ID Surat put back because their approver may not approve. */
  readonly refused: readonly string[];
  /** ID Surat whose Doc is still queued (back to Draf). */
  readonly withoutDocument: readonly string[];
  /** Rows left unnumbered and configuration problems, for the summary. */
  readonly problems: readonly string[];
}

const mayApprove = (role: Role | null): boolean => role !== null && APPROVER_ROLES.includes(role);

export function settleApprovals(ctx: GasContext, claim: ApprovalClaim): ApprovalReport {
  return ctx.deps.lock.runExclusive(() => {
    const config = loadConfig(ctx.workbook);
    if (config.errors.length > 0) return { approved: [], refused: [], withoutDocument: [], problems: [...config.errors] };
    const surat = readRegister(ctx.workbook, SURAT);
    if (!surat) return { approved: [], refused: [], withoutDocument: [], problems: [] };
    // Approvals still waiting for the lock are settled later with their own actor, not judged here.
    const waiting = deferredIds(SURAT.name);
    const actorMay = mayApprove(resolveRole(config, claim.actorEmail));
    const othersMay = mayApprove(config.settings.unknownUserRole);
    const status = surat.sheetHeader(COL.status);
    const patches: RowPatch[] = [];
    const refused: string[] = [];
    const withoutDocument: string[] = [];
    const set = (id: string, rowHint: number, value: string) => patches.push({ id, rowHint, values: { [status]: value } });

    for (const record of readLetterBook(surat)) {
      if (record.id === "" || record.number) continue;
      const claimed = claim.ids.has(record.id);
      if (!claimed && waiting.has(record.id)) continue;
      const asked = record.status === LETTER_STATUS.approved || (claimed && claim.markClaimed && record.status === LETTER_STATUS.awaitingApproval);
      if (!asked) continue;
      if (!record.docLink) {
        withoutDocument.push(record.id);
        if (record.status === LETTER_STATUS.approved) set(record.id, record.rowIndex, LETTER_STATUS.draft);
      } else if (!(claimed ? actorMay : othersMay)) {
        refused.push(record.id);
        if (record.status === LETTER_STATUS.approved) set(record.id, record.rowIndex, LETTER_STATUS.awaitingApproval);
      } else if (record.status !== LETTER_STATUS.approved) {
        set(record.id, record.rowIndex, LETTER_STATUS.approved);
      }
    }
    const written = patches.length > 0 ? ctx.workbook.applyChanges([{ table: SURAT.name, patches, appends: [] }]) : { skipped: [] };
    try {
      // Same lock (re-entrant): nothing can set another row "Disetujui" through the engine in between.
      const result = approveLetters(ctx.deps, approvalSettingsOf(config.settings), new Set([...waiting].filter((id) => !claim.ids.has(id))));
      return { approved: result.approved, refused, withoutDocument, problems: [...written.skipped, ...result.skipped] };
    } catch (error) {
      // A wrong "Format Nomor Surat": the rows stay "Disetujui" without a number until it is fixed.
      if (!(error instanceof LetterConfigError)) throw error;
      return { approved: [], refused, withoutDocument, problems: [...written.skipped, `Surat belum diberi nomor: ${error.message}`] };
    }
  });
}

/** Lines for a dialog, a toast or the log (IDs and numbers only, no personal data). */
export function approvalLines(report: ApprovalReport): string[] {
  const lines: string[] = [];
  if (report.approved.length > 0) {
    lines.push(`${report.approved.length} surat disetujui dan diberi nomor: ${report.approved.map((a) => `${a.id} → ${a.number}`).join("; ")}.`);
  }
  if (report.refused.length > 0) {
    lines.push(`Hanya pengguna berperan Kepala atau Admin (tab Pengguna) yang dapat menyetujui surat; Status Surat ${report.refused.join(", ")} dikembalikan ke "${LETTER_STATUS.awaitingApproval}".`);
  }
  if (report.withoutDocument.length > 0) {
    lines.push(`Dokumen surat ${report.withoutDocument.join(", ")} belum dibuat (antre kuota); setujui setelah Tautan Dokumen terisi.`);
  }
  for (const problem of report.problems) lines.push(problem);
  return lines;
}
