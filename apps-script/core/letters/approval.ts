// Numbers approved letters under the lock: one read of Surat and Pengaturan, one batch of writes.
import type { Role } from "../domain/reference";
import { eventId, firstFreeSequence } from "../engine/ids";
import { type CellValue, type Clock, type Lock, type RowPatch, type TableChanges, type Workbook, dateCell, WorkbookError } from "../ports";
import { PENGATURAN, RIWAYAT, SURAT } from "../registers/catalog";
import { cellText } from "../registers/cells";
import { registerProblems } from "../registers/required";
import { readRegister, type RegisterTable } from "../registers/table";
import { engineText } from "../text/sanitize";
import { dateParts, type LocalDate, toOfficeDateTime } from "../time/local-date";
import { COL, LETTER_STATUS, type LetterRecord, readLetterBook } from "./letter-book";
import { LETTER_KINDS, letterTypeOf } from "./letter-types";
import { allocateNumbers, Numbering, type NumberingSettings, sequenceIn } from "./numbering";

/** Pengaturan key prefix of the persisted counters, e.g. "Nomor Surat Terakhir 2026". */
export const COUNTER_PREFIX = "Nomor Surat Terakhir ";

export interface ApprovalDeps {
  readonly workbook: Workbook;
  readonly clock: Clock;
  readonly lock: Lock;
}

export interface ApprovalSettings extends NumberingSettings {
  /** The office's zone ("Zona Waktu"): the letter date is the approval day there. */
  readonly timeZone: string;
}

/** Who approved a letter, as the audit trail records it. */
export interface Approver {
  readonly email: string | null;
  readonly role: Role | null;
}

/** ID Riwayat prefix of letter events (not case moves: replaying a case skips them). */
export const LETTER_EVENT_PREFIX = "RWS";

export interface ApprovedLetter {
  readonly id: string;
  readonly caseId: string;
  readonly type: string;
  readonly number: string;
  readonly date: LocalDate;
  readonly documentLink: string | null;
  /** A certificate's verification code, when the Sertifikat register recorded it in this cycle. */
  readonly verificationCode?: string;
}

export interface ApprovalResult {
  readonly approved: readonly ApprovedLetter[];
  /** Approved rows left without a number, for the run summary ("Surat: baris 7 tanpa ID Surat"). */
  readonly skipped: readonly string[];
}

interface Counter {
  readonly rowIndex: number;
  readonly value: number;
}

/** Counters by series from Pengaturan rows keyed "Nomor Surat Terakhir <series>". */
export function readCounters(table: RegisterTable | null): Map<string, Counter> {
  const counters = new Map<string, Counter>();
  for (const row of table?.rows ?? []) {
    if (!row.id.startsWith(COUNTER_PREFIX)) continue;
    const n = Number(cellText(row.get("Nilai")));
    counters.set(row.id.slice(COUNTER_PREFIX.length).trim(), { rowIndex: row.rowIndex, value: Number.isInteger(n) && n > 0 ? n : 0 });
  }
  return counters;
}

/**
 * The highest sequence per series (from the counters and from every number in the book, so
 * neither a deleted row nor a deleted counter lets a number come back) and the numbers taken.
 */
export function numberingState(
  numbering: Numbering,
  records: readonly LetterRecord[],
  counters: ReadonlyMap<string, Counter>,
): { last: Map<string, number>; taken: Set<string> } {
  const last = new Map<string, number>();
  const raise = (series: string, sequence: number) => last.set(series, Math.max(last.get(series) ?? 0, sequence));
  for (const [series, counter] of counters) raise(series, counter.value);
  const taken = new Set<string>();
  for (const record of records) {
    if (!record.number) continue;
    taken.add(record.number);
    if (record.series && record.sequence) raise(record.series, record.sequence);
    else if (record.date) {
      const sequence = sequenceIn(numbering.formatOf(record.type), record.number);
      if (sequence) raise(numbering.seriesOf(record.type, dateParts(record.date).year), sequence);
    }
  }
  return { last, taken };
}

/**
 * Gives every letter whose Status Surat is "Disetujui" and that has no Nomor Surat yet its
 * number and the approval date, in sheet order. Runs under the lock, so concurrent approvals
 * never share a number; the counters in Pengaturan move forward in the same batch. `except`
 * names ID Surat left for another run (an approval whose approver is still to be checked).
 */
export function approveLetters(
  deps: ApprovalDeps,
  settings: ApprovalSettings,
  except: ReadonlySet<string> = new Set(),
  approverOf: (record: LetterRecord) => Approver = () => ({ email: null, role: null }),
): ApprovalResult {
  const numbering = new Numbering(settings);
  return deps.lock.runExclusive(() => {
    const surat = readRegister(deps.workbook, SURAT);
    const records = readLetterBook(surat);
    const pending = records.filter((r) => r.status === LETTER_STATUS.approved && !r.number && !except.has(r.id));
    const skipped = pending.filter((r) => !r.id).map((r) => `${SURAT.name}: baris ${r.rowIndex + 2} tanpa ID Surat`);
    const numberable = pending.filter((r) => r.id);
    if (!surat || numberable.length === 0) return { approved: [], skipped };

    const pengaturan = readRegister(deps.workbook, PENGATURAN);
    const riwayat = readRegister(deps.workbook, RIWAYAT);
    // Registers staff deleted or renamed are never recreated here: no number without its record.
    const missing = [...registerProblems(surat, SURAT), ...registerProblems(pengaturan, PENGATURAN), ...registerProblems(riwayat, RIWAYAT)];
    if (missing.length > 0) throw new WorkbookError("INVALID", missing.join(" "));
    const counters = readCounters(pengaturan);
    const { last, taken } = numberingState(numbering, records, counters);

    const date = toOfficeDateTime(deps.clock.now(), settings.timeZone).date;
    const requests = numberable.map((r) => ({ id: r.id, type: r.type, date }));
    const allocation = allocateNumbers(numbering, last, taken, requests);

    const byId = new Map(numberable.map((r) => [r.id, r]));
    const patches: RowPatch[] = allocation.assignments.map((a) => ({
      id: a.id,
      rowHint: byId.get(a.id)!.rowIndex,
      values: {
        [surat.sheetHeader(COL.number)]: a.number,
        [surat.sheetHeader(COL.date)]: dateCell(a.date),
        [surat.sheetHeader(COL.series)]: a.series,
        [surat.sheetHeader(COL.sequence)]: a.sequence,
      },
    }));
    const counterChanges = counterPatches(counters, allocation.last, new Set(allocation.assignments.map((a) => a.series)));
    const instant = deps.clock.now();
    const at = toOfficeDateTime(instant, settings.timeZone);
    const first = firstFreeSequence((riwayat?.rows ?? []).map((r) => r.id), LETTER_EVENT_PREFIX, at, instant);
    const audit = allocation.assignments.map((a, i) => approvalAudit(byId.get(a.id)!, a.number, approverOf(byId.get(a.id)!), at, instant, first + i));
    const written = deps.workbook.applyChanges([
      { table: SURAT.name, patches, appends: [] }, counterChanges, { table: RIWAYAT.name, patches: [], appends: audit },
    ]);

    // A row the adapter could not find keeps no number; the counter has moved, so it is a gap, never a reuse.
    const lost = new Set(written.skipped);
    const approved = allocation.assignments
      .filter((a) => !lost.has(`${SURAT.name}: ${a.id}`))
      .map((a) => {
        const record = byId.get(a.id)!;
        return { id: a.id, caseId: record.caseId, type: record.type, number: a.number, date: a.date, documentLink: record.docLink };
      });
    return { approved, skipped: [...skipped, ...written.skipped] };
  });
}

/** A letter's approval (or a refused one) on record in Riwayat, under the case it belongs to. */
export function letterAudit(record: LetterRecord, approver: Approver, applied: boolean, note: string, at: ReturnType<typeof toOfficeDateTime>, instant: Date, sequence: number): Record<string, CellValue> {
  return {
    "ID Riwayat": eventId(LETTER_EVENT_PREFIX, at, instant, sequence),
    Waktu: dateCell(at.date, at.minuteOfDay),
    "ID Permohonan": record.caseId || null,
    Dari: LETTER_STATUS.awaitingApproval,
    Ke: LETTER_STATUS.approved,
    Oleh: approver.email ?? "tidak dikenal",
    Peran: approver.role ?? "-",
    Hasil: applied ? "Diterapkan" : "Ditolak",
    Keterangan: engineText(note),
  };
}

function approvalAudit(record: LetterRecord, number: string, approver: Approver, at: ReturnType<typeof toOfficeDateTime>, instant: Date, sequence: number): Record<string, CellValue> {
  const type = letterTypeOf(record.type);
  return letterAudit(record, approver, true, `Surat ${record.id} (${type ? LETTER_KINDS[type].label : record.type}) disetujui dengan nomor ${number}`, at, instant, sequence);
}

/** Moves the counters of the series used in this run forward (patching or adding their rows). */
function counterPatches(counters: ReadonlyMap<string, Counter>, last: ReadonlyMap<string, number>, used: ReadonlySet<string>): TableChanges {
  const patches: RowPatch[] = [];
  const appends: Record<string, CellValue>[] = [];
  for (const series of used) {
    const key = COUNTER_PREFIX + series;
    const value = last.get(series)!;
    const existing = counters.get(series);
    if (existing) patches.push({ id: key, rowHint: existing.rowIndex, values: { Nilai: value } });
    else appends.push({ Kunci: key, Nilai: value, Keterangan: "Diisi mesin: nomor urut surat terakhir. Jangan diturunkan." });
  }
  return { table: PENGATURAN.name, patches, appends };
}
