// One case, one pass: validate, take the recorded state from the case's history, reconcile the
// Status staff set with it, and recompute deadlines and flags. Pure: everything it needs is in
// its arguments; it returns the cells to write, the audit rows and the letters to record.
import { checkApplication } from "../domain/application";
import { checkEligibility, type Eligibility } from "../domain/eligibility";
import type { Role } from "../domain/reference";
import { referenceProblems } from "../domain/references";
import { assessCompetence, type Competence, type UnitResult } from "../domain/unit-results";
import type { PreparedLetter } from "../letters/render";
import { type CellValue, dateCell, isDateCell } from "../ports";
import { RECORDED_STATUS_COLUMN as RECORDED, CASE_STATUS_COLUMN as STATUS } from "../registers/catalog";
import { cellDate, cellText } from "../registers/cells";
import { normalizeHeader, type RegisterRow } from "../registers/table";
import type { LocalDate, OfficeDateTime } from "../time/local-date";
import type { MoveDef, WorkflowDef } from "../workflow/definition";
import { stateOf } from "../workflow/definition";
import { BLANK, type Effect, transition } from "../workflow/transition";
import type { LetterPreparer } from "./case-letters";
import type { OfficeConfig } from "./config";
import { FINAL_STATE_GUARD, guardFailures, type GuardInput, type PendingLetter } from "./guards";
import { effectiveDate, type HistoryEvent, replayHistory } from "./history";

export interface CaseContext {
  readonly config: OfficeConfig;
  readonly now: OfficeDateTime;
  readonly actorEmail: string | null;
  readonly role: Role | null;
  readonly currentYear: number;
  /** Renders the letters a move calls for; without it (intake) no letters are made. */
  readonly prepareLetters?: LetterPreparer;
  /** The case's applied moves from Riwayat, oldest first; empty for a case never recorded. */
  readonly history: readonly HistoryEvent[];
  /** Per-unit results (Hasil Asesmen) of the case, when any were recorded. */
  readonly unitResults?: ReadonlyMap<string, UnitResult>;
  /** The case's letters still waiting for the head's approval. */
  readonly pendingLetters: readonly PendingLetter[];
}

export interface AuditEntry {
  readonly caseId: string;
  readonly from: string;
  readonly to: string;
  readonly applied: boolean;
  readonly note: string;
}

export interface CaseOutcome {
  /** Cells to write (engine columns, plus Status only when put back or first set). */
  readonly values: Record<string, CellValue>;
  readonly audits: readonly AuditEntry[];
  /** Letters the applied move produced, rendered and ready to record. */
  readonly letters: readonly PreparedLetter[];
  readonly status: string;
  readonly flag: "" | "Terlambat" | "Segera" | "Jam Berhenti";
  readonly errors: readonly string[];
  readonly moveApplied: boolean;
  /** The move staff asked for and why it was refused, when it was. */
  readonly refused: { readonly from: string; readonly to: string; readonly reason: string } | null;
}

/** The day counting starts from: an event at or after the cut-off hour counts from the next day. */
export function effectiveEventDate(now: OfficeDateTime, cutOffMinute: number): LocalDate {
  return effectiveDate(now.date, now.minuteOfDay, cutOffMinute);
}

/** The engine's state columns as the row holds them (a cache of the history; staff can type over it). */
function cachedState(row: RegisterRow) {
  return {
    status: cellText(row.get(RECORDED)),
    enteredOn: cellDate(row.get("Status Sejak")),
    serviceStart: cellDate(row.get("Mulai Layanan")),
    pausedDays: Number(cellText(row.get("Hari Jeda")) || "0") || 0,
    pausedSince: cellDate(row.get("Jeda Sejak")),
    message: cellText(row.get("Pesan Langkah")),
  };
}

const shown = (value: string | LocalDate | number | null) => (value === null || value === "" ? "(kosong)" : `"${value}"`);

/** The note a move leaves in Riwayat: the reason staff gave, when the move asks for one. */
function moveNote(move: MoveDef, row: RegisterRow): string {
  const asksReason = move.requiredFields.some((f) => normalizeHeader(f) === normalizeHeader("Catatan Petugas"));
  const reason = cellText(row.get("Catatan Petugas"));
  return asksReason && reason !== "" ? `Alasan: ${reason.slice(0, 500)}` : "";
}

export function processCase(row: RegisterRow, workflow: WorkflowDef, ctx: CaseContext): CaseOutcome {
  const { config, now } = ctx;
  const { calendar, settings } = config;
  const today = now.date;
  const check = checkApplication(row, config.schemes, ctx.currentYear);
  const scheme = config.schemes.get(check.application.schemeCode);
  const eligibility = scheme ? checkEligibility(check.application, scheme) : null;
  const references = referenceProblems(row, config.references, today);
  const competence = assessCompetence(scheme, ctx.unitResults, cellText(row.get("Rekomendasi Asesor")));
  const errors = [...check.errors, ...[...references].map(([header, problem]) => `${header}: ${problem}`), ...competence.problems];
  const eventDate = effectiveEventDate(now, settings.cutOffMinute);
  const next: Record<string, CellValue> = {};
  const audits: AuditEntry[] = [];
  const letters: PreparedLetter[] = [];
  let moveApplied = false;
  let refused: CaseOutcome["refused"] = null;

  // The recorded state: the history's, the cells only for what the history does not settle.
  const cached = cachedState(row);
  let moveMessage = cached.message;
  /** What this run put back from the history, kept in front of any later message of the run. */
  let restoredNote = "";
  let recorded = "";
  let enteredOn: LocalDate | null = cached.enteredOn;
  let serviceStart = cached.serviceStart;
  let pausedDays = cached.pausedDays;
  let pausedSince = cached.pausedSince;
  const replayed = ctx.history.length > 0 ? replayHistory(ctx.history, workflow, calendar, settings.cutOffMinute) : null;
  const restart = (note: string, message?: string) => {
    recorded = workflow.initial;
    enteredOn = check.application.submittedOn ?? eventDate;
    serviceStart = null;
    pausedDays = 0;
    pausedSince = null;
    if (message) moveMessage = message;
    audits.push({ caseId: row.id, from: "", to: recorded, applied: true, note });
  };
  if (replayed && stateOf(workflow, replayed.status)) {
    recorded = stateOf(workflow, replayed.status)!.status;
    const restored: string[] = [];
    if (cached.status !== recorded) restored.push(`${RECORDED} ${shown(cached.status)} → "${recorded}"`);
    // Whatever the history settles wins over the cell; a cell that disagreed is named.
    const settle = <T extends LocalDate | number | null>(label: string, cell: T, fromHistory: T | undefined): T => {
      if (fromHistory === undefined) return cell;
      if (cell !== fromHistory) restored.push(`${label} ${shown(cell)} → ${shown(fromHistory)}`);
      return fromHistory;
    };
    enteredOn = settle("Status Sejak", enteredOn, replayed.enteredOn);
    serviceStart = settle("Mulai Layanan", serviceStart, replayed.serviceStart);
    pausedDays = settle("Hari Jeda", pausedDays, replayed.pausedDays);
    pausedSince = settle("Jeda Sejak", pausedSince, replayed.pausedSince);
    enteredOn ??= check.application.submittedOn ?? eventDate;
    if (restored.length > 0) {
      restoredNote = `Kolom mesin tidak sesuai Riwayat dan ditulis ulang dari Riwayat: ${restored.join("; ")}`;
      moveMessage = restoredNote;
      audits.push({ caseId: row.id, from: recorded, to: cached.status || recorded, applied: false, note: restoredNote });
    }
  } else if (replayed) {
    restart(`Dimulai ulang: status "${replayed.status}" di Riwayat tidak ada di alur ${workflow.code}`,
      `Status tercatat "${replayed.status}" tidak ada di alur ${workflow.code}; kasus dimulai ulang dari ${workflow.initial}`);
  } else if (cached.status !== "" && stateOf(workflow, cached.status)) {
    // A case from before the audit trail (or imported): adopted once from its own cells, on record.
    recorded = stateOf(workflow, cached.status)!.status;
    enteredOn ??= check.application.submittedOn ?? eventDate;
    audits.push({ caseId: row.id, from: "", to: recorded, applied: true, note: `Dicatat dari kolom ${RECORDED}: belum ada Riwayat untuk kasus ini` });
  } else if (cached.status !== "") {
    restart("Permohonan dicatat", `Status tercatat "${cached.status}" tidak ada di alur ${workflow.code}; kasus dimulai ulang dari ${workflow.initial}`);
  } else {
    restart("Permohonan dicatat");
  }

  // The move staff asked for. A formula in Status is reported (validation) and never replaced.
  const statusIsFormula = row.formula(STATUS) !== undefined;
  const requested = statusIsFormula ? recorded : cellText(row.get(STATUS));
  const wanted = requested === "" ? recorded : requested;
  if (requested === "") next[STATUS] = recorded;
  if (wanted.toLowerCase() !== recorded.toLowerCase()) {
    const guardInput: GuardInput = {
      errors, eligibility, competence, testDate: cellDate(row.get("Jadwal Uji")), today, pendingLetters: ctx.pendingLetters,
    };
    const result = transition(workflow, recorded, wanted, {
      role: ctx.role,
      guardFailures: (guard) => guardFailures(guard, guardInput),
      fieldProblem: (header) => (cellText(row.get(header)) === "" ? BLANK : (referenceOf(references, header) ?? null)),
      finalStateFailures: () => guardFailures(FINAL_STATE_GUARD, guardInput),
    });
    const rendered = result.ok && result.move.letters.length > 0 && ctx.prepareLetters
      ? ctx.prepareLetters(result.move.letters, row, scheme ?? null, eligibility, competence)
      : null;
    if (result.ok && (rendered === null || rendered.ok)) {
      const from = recorded;
      for (const effect of result.effects) applyEffect(effect);
      moveApplied = true;
      moveMessage = "";
      audits.push({ caseId: row.id, from, to: recorded, applied: true, note: moveNote(result.move, row) });
      if (rendered?.ok) letters.push(...rendered.letters);
    } else {
      const reason = result.ok ? `Langkah ${recorded} → ${result.move.to} belum dapat membuat suratnya: ${rendered && !rendered.ok ? rendered.reason : ""}` : result.reason;
      refused = { from: recorded, to: wanted, reason };
      moveMessage = reason;
      next[STATUS] = recorded;
      audits.push({ caseId: row.id, from: recorded, to: wanted, applied: false, note: reason });
    }
  }

  function applyEffect(effect: Effect): void {
    switch (effect.kind) {
      case "enterState":
        recorded = effect.state.status;
        enteredOn = eventDate;
        return;
      case "startServiceClock":
        serviceStart ??= eventDate;
        return;
      case "pauseClock":
        pausedSince = eventDate;
        return;
      case "resumeClock":
        if (pausedSince) pausedDays += calendar.countWorkingDays(pausedSince, eventDate);
        pausedSince = null;
        return;
      case "letter":
      case "audit":
        return;
    }
  }
  if (statusIsFormula) delete next[STATUS];
  if (restoredNote !== "" && moveMessage !== restoredNote) moveMessage = moveMessage === "" ? restoredNote : `${restoredNote}. ${moveMessage}`;

  const state = stateOf(workflow, recorded)!;
  const paused = state.clockStops;
  const counted = state.dueFrom ? cellDate(row.get(state.dueFrom)) : enteredOn;
  const stepDue = !state.final && !paused && state.slaDays !== null && counted ? calendar.addWorkingDays(counted, state.slaDays) : null;
  const serviceDue = serviceStart && !paused ? calendar.addWorkingDays(serviceStart, settings.serviceSlaDays + pausedDays) : null;
  let flag: CaseOutcome["flag"] = "";
  if (paused) flag = "Jam Berhenti";
  else if (!state.final) {
    const dues = [stepDue, serviceDue].filter((d): d is LocalDate => d !== null);
    if (dues.some((d) => today > d)) flag = "Terlambat";
    else if (dues.some((d) => calendar.countWorkingDays(today, d) <= settings.dueSoonDays)) flag = "Segera";
  }

  const notes = [...errors, ...check.warnings.map((w) => `Peringatan: ${w}`)];
  const computed: Record<string, CellValue> = {
    [RECORDED]: recorded,
    "Status Sejak": enteredOn ? dateCell(enteredOn) : null,
    "Tenggat Langkah": stepDue ? dateCell(stepDue) : null,
    "Mulai Layanan": serviceStart ? dateCell(serviceStart) : null,
    "Tenggat Layanan": serviceDue ? dateCell(serviceDue) : null,
    "Hari Jeda": pausedDays === 0 ? null : pausedDays,
    "Jeda Sejak": pausedSince ? dateCell(pausedSince) : null,
    Penanda: flag === "" ? null : flag,
    "Pesan Langkah": moveMessage === "" ? null : moveMessage,
    Kelayakan: describeEligibility(eligibility, check.application.schemeCode),
    "Metode Asesmen": eligibility ? eligibility.method : null,
    "Catatan Validasi": notes.length === 0 ? null : notes.join("; "),
  };
  for (const [header, value] of Object.entries(computed)) {
    if (!sameCell(row.get(header), value)) next[header] = value;
  }
  if (Object.keys(next).length > 0) next["Diperiksa Mesin"] = dateCell(now.date, now.minuteOfDay);

  return { values: next, audits, letters, status: recorded, flag, errors, moveApplied, refused };
}

function referenceOf(problems: ReadonlyMap<string, string>, header: string): string | undefined {
  const wanted = normalizeHeader(header);
  for (const [column, problem] of problems) if (normalizeHeader(column) === wanted) return problem;
  return undefined;
}

function sameCell(a: CellValue, b: CellValue): boolean {
  if (isDateCell(a) || isDateCell(b)) {
    return isDateCell(a) && isDateCell(b) && a.date === b.date && (a.minuteOfDay ?? -1) === (b.minuteOfDay ?? -1);
  }
  return cellText(a) === cellText(b);
}

function describeEligibility(eligibility: Eligibility | null, schemeCode: string): string | null {
  if (!eligibility) return schemeCode === "" ? null : "Skema tidak dikenal";
  return eligibility.eligible ? "Memenuhi syarat" : `Belum memenuhi: ${eligibility.unmet.join("; ")}`;
}

export type { Competence };
