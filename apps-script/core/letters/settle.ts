// Approvals in every place: only a Kepala or Admin (tab Pengguna) may approve a letter. A
// "Disetujui" set by anyone else is put back to "Menunggu Persetujuan" (on record); a letter still
// without its document goes back to "Draf". The rest are numbered, and Riwayat says who approved.
import type { Role } from "../domain/reference";
import type { OfficeConfig } from "../engine/config";
import { approvalSettingsOf } from "../engine/case-letters";
import { firstFreeSequence } from "../engine/ids";
import { resolveRole } from "../engine/run-check";
import type { CellValue, RowPatch, TableChanges } from "../ports";
import { RIWAYAT, SURAT } from "../registers/catalog";
import { readRegister } from "../registers/table";
import { toOfficeDateTime } from "../time/local-date";
import { type ApprovalDeps, type ApprovedLetter, approveLetters, LETTER_EVENT_PREFIX, letterAudit } from "./approval";
import { LetterConfigError } from "./errors";
import { LETTER_STATUS, type LetterRecord, readLetterBook } from "./letter-book";

export const APPROVER_ROLES: readonly Role[] = ["Kepala", "Admin"];

/** Who asks for which rows: a menu click on selected rows, an edit of Status Surat, a local run, or the sweep. */
export interface ApprovalClaim {
  /** The acting user; null when the platform cannot tell (the sweep, accounts outside the domain). */
  readonly actorEmail: string | null;
  /** ID Surat of the rows the actor approves; any other "Disetujui" row is judged as by an unknown user. */
  readonly ids: ReadonlySet<string> | "all";
  /** Also approve claimed rows still "Menunggu Persetujuan" (the menu item), not only those set "Disetujui". */
  readonly markClaimed: boolean;
}

export interface ApprovalReport {
  readonly approved: readonly ApprovedLetter[];
  /** ID Surat put back because their approver may not approve. */
  readonly refused: readonly string[];
  /** ID Surat whose document is still queued (back to Draf). */
  readonly withoutDocument: readonly string[];
  /** Rows left unnumbered and configuration problems, for the summary. */
  readonly problems: readonly string[];
}

const mayApprove = (role: Role | null): boolean => role !== null && APPROVER_ROLES.includes(role);

/** The Riwayat row for an approval refused: the attempt stays on record with its reason. */
function refusalAudit(record: LetterRecord, email: string | null, role: Role | null, at: ReturnType<typeof toOfficeDateTime>, instant: Date, sequence: number): Record<string, CellValue> {
  const note = `Persetujuan surat ${record.id} ditolak: hanya ${APPROVER_ROLES.join("/")} yang dapat menyetujui surat`;
  return letterAudit(record, { email, role }, false, note, at, instant, sequence);
}

/**
 * Settles every approval waiting in the letter book under one hold of the lock. `waiting` names
 * ID Surat whose edit is still queued with its own actor (Apps Script): not judged here.
 */
export function settleApprovals(deps: ApprovalDeps, config: OfficeConfig, claim: ApprovalClaim, waiting: ReadonlySet<string> = new Set()): ApprovalReport {
  return deps.lock.runExclusive(() => {
    const surat = readRegister(deps.workbook, SURAT);
    if (!surat) return { approved: [], refused: [], withoutDocument: [], problems: [] };
    const claimed = (id: string) => claim.ids === "all" || claim.ids.has(id);
    const actorRole = resolveRole(config, claim.actorEmail);
    const othersRole = config.settings.unknownUserRole;
    const status = surat.sheetHeader("Status Surat");
    const patches: RowPatch[] = [];
    const audits: Record<string, CellValue>[] = [];
    const refused: string[] = [];
    const withoutDocument: string[] = [];
    const instant = deps.clock.now();
    const at = toOfficeDateTime(instant, config.settings.timeZone);
    let firstAudit: number | null = null;
    const nextAudit = () => (firstAudit ??= firstFreeSequence((readRegister(deps.workbook, RIWAYAT)?.rows ?? []).map((r) => r.id), LETTER_EVENT_PREFIX, at, instant)) + audits.length;
    const set = (record: LetterRecord, value: string) => patches.push({ id: record.id, rowHint: record.rowIndex, values: { [status]: value } });

    for (const record of readLetterBook(surat)) {
      if (record.id === "" || record.number) continue;
      const mine = claimed(record.id);
      if (!mine && waiting.has(record.id)) continue;
      const asked = record.status === LETTER_STATUS.approved || (mine && claim.markClaimed && record.status === LETTER_STATUS.awaitingApproval);
      if (!asked) continue;
      const [email, role] = mine ? [claim.actorEmail, actorRole] : [null, othersRole];
      if (!record.docLink) {
        withoutDocument.push(record.id);
        if (record.status === LETTER_STATUS.approved) set(record, LETTER_STATUS.draft);
      } else if (!mayApprove(role)) {
        refused.push(record.id);
        audits.push(refusalAudit(record, email, role, at, instant, nextAudit()));
        if (record.status === LETTER_STATUS.approved) set(record, LETTER_STATUS.awaitingApproval);
      } else if (record.status !== LETTER_STATUS.approved) {
        set(record, LETTER_STATUS.approved);
      }
    }
    const changes: TableChanges[] = [];
    if (patches.length > 0) changes.push({ table: SURAT.name, patches, appends: [] });
    if (audits.length > 0) changes.push({ table: RIWAYAT.name, patches: [], appends: audits });
    const written = changes.length > 0 ? deps.workbook.applyChanges(changes) : { skipped: [] };
    const approverOf = (record: LetterRecord) => (claimed(record.id) ? { email: claim.actorEmail, role: actorRole } : { email: null, role: othersRole });
    const notOurs = new Set([...waiting].filter((id) => !claimed(id)));
    try {
      // Same lock (re-entrant): nothing can set another row "Disetujui" through the engine in between.
      const result = approveLetters(deps, approvalSettingsOf(config.settings), notOurs, approverOf);
      return { approved: result.approved, refused, withoutDocument, problems: [...written.skipped, ...result.skipped] };
    } catch (error) {
      // A wrong "Format Nomor Surat": the rows stay "Disetujui" without a number until it is fixed.
      if (!(error instanceof LetterConfigError)) throw error;
      return { approved: [], refused, withoutDocument, problems: [...written.skipped, `Surat belum diberi nomor: ${error.message}`] };
    }
  });
}

/** Lines for a dialog, a toast, the log or the local summary (IDs and numbers only, no personal data). */
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
