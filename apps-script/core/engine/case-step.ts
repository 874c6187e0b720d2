// One case, one pass: validate, take the recorded state from the case's history, reconcile the
// Status staff set with it, and recompute deadlines and flags. Pure: everything it needs is in
// its arguments; it returns the cells to write, the audit rows and the letters to record.
import { checkApplication } from "../domain/application";
import { type CaseIdLookup, checkCaseRow } from "../domain/case-row";
import { checkEligibility, type Eligibility } from "../domain/eligibility";
import type { Role } from "../domain/reference";
import { referenceProblems } from "../domain/references";
import { assessCompetence, type Competence, type UnitResult } from "../domain/unit-results";
import type { PreparedLetter } from "../letters/render";
import { type CellValue, dateCell, isDateCell } from "../ports";
import { PERMOHONAN, RECORDED_STATUS_COLUMN as RECORDED, CASE_STATUS_COLUMN as STATUS, STAFF_NOTE_COLUMN } from "../registers/catalog";
import type { RegisterDef } from "../registers/schema";
import { cellDate, cellText } from "../registers/cells";
import { normalizeHeader, type RegisterRow } from "../registers/table";
import type { LocalDate, OfficeDateTime } from "../time/local-date";
import type { MoveDef, WorkflowDef } from "../workflow/definition";
import { movesFrom, stateOf } from "../workflow/definition";
import { BLANK, type Effect, transition, type TransitionContext } from "../workflow/transition";
import { automaticNote, MAX_AUTOMATIC_MOVES } from "./auto-move";
import { type LetterContext, prepareCaseLetters } from "./case-letters";
import { type DayCounter, dayCounter } from "../time/day-counter";
import type { ServiceDef } from "../workflow/service";
import { chooseMethod, METHOD_EVENT_PREFIX, type MethodDecision } from "./method-choice";
import type { OfficeConfig } from "./config";
import { type AppealFacts, FINAL_STATE_GUARD, guardFailures, type GuardInput, type PendingLetter } from "./guards";
import { type HistoryEvent, type ReplayedState, replayHistory } from "./history";

export interface CaseContext {
  readonly config: OfficeConfig;
  readonly now: OfficeDateTime;
  readonly actorEmail: string | null;
  readonly role: Role | null;
  readonly currentYear: number;
  /** The service the case belongs to (its register, promise, cut-off and day unit). */
  readonly service: ServiceDef;
  /** The case register's definition (Permohonan, or one declared in Kolom Kasus). */
  readonly register: RegisterDef;
  /** What letters need, loaded before the step (office, cohorts, results); null: no letters (intake). */
  readonly letters: LetterContext | null;
  /** The case IDs of the registers a `case` column refers to (Banding → Permohonan). */
  readonly caseIds: ReadonlyMap<string, ReadonlySet<string>>;
  /** The codes present (Ada = Ya) in the case's Dokumen Kasus checklist, upper case. */
  readonly documents: ReadonlySet<string>;
  /** The method a Verifikator chose for this application, as Riwayat records it (process A). */
  readonly methodDecision: MethodDecision | null;
  /** For each `case` column of the row: the referenced case's applied moves (Banding → Permohonan). */
  readonly linkedHistories: ReadonlyMap<string, readonly HistoryEvent[]>;
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
  /** A note on another case's history (an appeal's progress on the appealed case); no move. */
  readonly remark?: boolean;
  /** The engine took the move itself (an Otomatis move): Riwayat says "mesin". */
  readonly byEngine?: boolean;
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
  /**
   * The history and the row's engine cells disagreed: cells rewritten from Riwayat, or a recorded
   * case with no Riwayat line adopted from its cells. A history read in part (an edit's search)
   * is confirmed by a complete read before such an outcome is trusted.
   */
  readonly historyDisagreed: boolean;
  /** A move was applied whose guards asked whether any letter of the case still waits. */
  readonly movedOnLetterBook: boolean;
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
  const asksReason = move.requiredFields.some((f) => normalizeHeader(f) === normalizeHeader(STAFF_NOTE_COLUMN));
  const reason = cellText(row.get(STAFF_NOTE_COLUMN));
  return asksReason && reason !== "" ? `Alasan: ${reason.slice(0, 500)}` : "";
}

/** The Riwayat note of a case's first recording: "Permohonan dicatat", "Surat Masuk dicatat". */
const recordedNote = (ctx: CaseContext): string => `${ctx.register.name} dicatat`;

const caseExists = (ctx: CaseContext): CaseIdLookup => (register, id) => ctx.caseIds.get(register)?.has(id) ?? false;

/** Validation of the row by its register: process A's applicant rules, or the column types. */
function checkRow(row: RegisterRow, ctx: CaseContext) {
  const { config } = ctx;
  if (ctx.register.name === PERMOHONAN.name) {
    const check = checkApplication(row, config.schemes, ctx.currentYear);
    const scheme = config.schemes.get(check.application.schemeCode);
    const eligibility = scheme ? checkEligibility(check.application, scheme) : null;
    const references = referenceProblems(row, config.references, ctx.now.date);
    const competence = assessCompetence(scheme, ctx.unitResults, cellText(row.get("Rekomendasi Asesor")));
    const method = chooseMethod(row, eligibility?.method ?? null, ctx.methodDecision, ctx.role);
    return {
      errors: [...check.errors, ...[...references].map(([header, problem]) => `${header}: ${problem}`), ...competence.problems],
      warnings: [...check.warnings, ...(method.problem ? [method.problem] : [])],
      method,
      received: check.application.submittedOn ? { date: check.application.submittedOn, minuteOfDay: 0 } : null,
      scheme: scheme ?? null, eligibility: eligibility && method.method ? { ...eligibility, method: method.method } : eligibility,
      competence, references: references as ReadonlyMap<string, string>, schemeCode: check.application.schemeCode,
    };
  }
  const check = checkCaseRow(row, ctx.register, ctx.currentYear, caseExists(ctx));
  return {
    errors: check.errors, warnings: check.warnings, received: check.receivedOn,
    scheme: null, eligibility: null, competence: assessCompetence(undefined, undefined, ""), references: check.badColumns, schemeCode: "", method: null,
  };
}

/** The appealed case's decision and how long after it the appeal came (BANDING_TEPAT_WAKTU). */
function appealFacts(row: RegisterRow, ctx: CaseContext, filedOn: LocalDate | null): AppealFacts | null {
  const references = Object.keys(ctx.register.cases?.caseReferences ?? {});
  const linkedId = references.map((h) => cellText(row.get(h))).find((id) => id !== "");
  if (!linkedId || !caseExists(ctx)(ctx.register.cases!.caseReferences![references[0]!]!, linkedId)) return null;
  // Being recorded is no decision: only a move staff made decides anything.
  const events = (ctx.linkedHistories.get(linkedId) ?? []).filter((e) => e.from !== "");
  const decidedOn = events.length > 0 ? events[events.length - 1]!.date : null;
  const days = filedOn && decidedOn && filedOn >= decidedOn ? ctx.config.calendar.countWorkingDays(decidedOn, filedOn) : null;
  return { filedOn, decidedOn, limitDays: ctx.config.settings.appealDeadlineDays, daysAfterDecision: days };
}

export function processCase(row: RegisterRow, workflow: WorkflowDef, ctx: CaseContext): CaseOutcome {
  const { config, now, service } = ctx;
  const { calendar, settings } = config;
  const today = now.date;
  const check = checkRow(row, ctx);
  const { scheme, eligibility, competence, references, errors } = check;
  const cutOffMinute = service.cutOffMinute ?? settings.cutOffMinute;
  const days = dayCounter(calendar, service.dayUnit);
  const eventDate = days.effectiveDate(now.date, now.minuteOfDay, cutOffMinute);
  /** The day a new case's first state counts from: when it was received, after the cut-off the next day. */
  const receivedOn = check.received ? days.effectiveDate(check.received.date, check.received.minuteOfDay, cutOffMinute) : null;
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
  let historyDisagreed = false;
  let recorded = "";
  let enteredOn: LocalDate | null = cached.enteredOn;
  let serviceStart = cached.serviceStart;
  let pausedDays = cached.pausedDays;
  let pausedSince = cached.pausedSince;
  const replayed = ctx.history.length > 0 ? replayHistory(ctx.history, workflow, calendar, cutOffMinute, days) : null;
  // A first state that starts the service clock (a letter's promise runs from its receipt) starts
  // it when the case is recorded, from the day the case counts from.
  const startsOnRecord = stateOf(workflow, workflow.initial)?.startsService === true;
  const restart = (note: string, message?: string) => {
    recorded = workflow.initial;
    enteredOn = receivedOn ?? eventDate;
    serviceStart = startsOnRecord ? enteredOn : null;
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
    serviceStart = settle("Mulai Layanan", serviceStart, startsOnRecord ? recordedServiceStart(replayed, ctx.history, receivedOn, days, cutOffMinute) : replayed.serviceStart);
    pausedDays = settle("Hari Jeda", pausedDays, replayed.pausedDays);
    pausedSince = settle("Jeda Sejak", pausedSince, replayed.pausedSince);
    enteredOn ??= receivedOn ?? eventDate;
    if (restored.length > 0) {
      historyDisagreed = true;
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
    historyDisagreed = true;
    enteredOn ??= receivedOn ?? eventDate;
    audits.push({ caseId: row.id, from: "", to: recorded, applied: true, note: `Dicatat dari kolom ${RECORDED}: belum ada Riwayat untuk kasus ini` });
  } else if (cached.status !== "") {
    restart(recordedNote(ctx), `Status tercatat "${cached.status}" tidak ada di alur ${workflow.code}; kasus dimulai ulang dari ${workflow.initial}`);
  } else {
    restart(recordedNote(ctx));
  }

  // The move staff asked for. A formula in Status is reported (validation) and never replaced.
  const statusIsFormula = row.formula(STATUS) !== undefined;
  const requested = statusIsFormula ? recorded : cellText(row.get(STATUS));
  const wanted = requested === "" ? recorded : requested;
  if (requested === "") next[STATUS] = recorded;
  /** What the guards of a move out of `status` read. */
  let lettersConsulted = false;
  const guardInputAt = (status: string): GuardInput => ({
    errors, eligibility, competence, testDate: cellDate(row.get("Jadwal Uji")), today,
    get pendingLetters() {
      lettersConsulted = true;
      return ctx.pendingLetters;
    },
    cell: (header) => cellText(row.get(header)),
    date: (header) => cellDate(row.get(header)),
    daysBetween: (from, to, unit) => {
      const counter = unit === days.unit ? days : dayCounter(ctx.config.calendar, unit);
      return to >= from ? counter.count(from, to) : -counter.count(to, from);
    },
    documents: { expected: stateOf(workflow, status)?.expectedDocuments ?? [], present: ctx.documents },
    appeal: ctx.register.cases?.caseReferences && Object.keys(ctx.register.cases.caseReferences).length > 0 ? appealFacts(row, ctx, check.received?.date ?? null) : null,
  });
  const transitionContext = (status: string, automatic: boolean): TransitionContext => {
    const guardInput = guardInputAt(status);
    return {
      role: ctx.role,
      automatic,
      guardFailures: (guard) => guardFailures(guard, guardInput),
      fieldProblem: (header) => (cellText(row.get(header)) === "" ? BLANK : (referenceOf(references, header) ?? null)),
      finalStateFailures: () => guardFailures(FINAL_STATE_GUARD, guardInput),
    };
  };
  if (wanted.toLowerCase() !== recorded.toLowerCase()) {
    const result = transition(workflow, recorded, wanted, transitionContext(recorded, false));
    const rendered = result.ok && result.move.letters.length > 0 && ctx.letters
      ? prepareCaseLetters(result.move.letters, row, { scheme, eligibility, competence, service, register: ctx.register, dueDate: cellDate(row.get("Tenggat Langkah")) }, ctx.letters)
      : null;
    if (result.ok && (rendered === null || rendered.ok)) {
      const from = recorded;
      for (const effect of result.effects) applyEffect(effect);
      moveApplied = true;
      moveMessage = "";
      audits.push({ caseId: row.id, from, to: recorded, applied: true, note: moveNote(result.move, row) });
      audits.push(...linkedRemarks(row, ctx, from, recorded));
      if (rendered?.ok) letters.push(...rendered.letters);
      takeAutomaticMoves();
    } else {
      const reason = result.ok ? `Langkah ${recorded} → ${result.move.to} belum dapat membuat suratnya: ${rendered && !rendered.ok ? rendered.reason : ""}` : result.reason;
      refused = { from: recorded, to: wanted, reason };
      moveMessage = reason;
      next[STATUS] = recorded;
      audits.push({ caseId: row.id, from: recorded, to: wanted, applied: false, note: reason });
    }
  }

  /**
   * The Otomatis moves out of the state just entered, taken by the engine in the same step: the first
   * whose columns and guards hold, in sheet order (seed 003: LKS closed late goes to the plenary's
   * discretion). A few in a row at most, so a loop in the sheet cannot spin.
   */
  function takeAutomaticMoves(): void {
    for (let taken = 0; taken < MAX_AUTOMATIC_MOVES; taken++) {
      const from = recorded;
      const candidates = movesFrom(workflow, from).filter((m) => m.automatic);
      const context = transitionContext(from, true);
      const found = candidates.map((m) => transition(workflow, from, m.to, context)).find((r) => r.ok);
      if (!found || !found.ok) return;
      const rendered = found.move.letters.length > 0 && ctx.letters
        ? prepareCaseLetters(found.move.letters, row, { scheme, eligibility, competence, service, register: ctx.register, dueDate: cellDate(row.get("Tenggat Langkah")) }, ctx.letters)
        : null;
      if (rendered && !rendered.ok) {
        audits.push({ caseId: row.id, from, to: found.move.to, applied: false, byEngine: true, note: `Langkah otomatis belum dapat membuat suratnya: ${rendered.reason}` });
        return;
      }
      for (const effect of found.effects) applyEffect(effect);
      next[STATUS] = recorded;
      audits.push({ caseId: row.id, from, to: recorded, applied: true, byEngine: true, note: automaticNote(found.move, guardInputAt(from)) });
      if (rendered?.ok) letters.push(...rendered.letters);
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
        if (pausedSince) pausedDays += days.count(pausedSince, eventDate);
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
  const stepDue = !state.final && !paused && state.slaDays !== null && counted ? days.add(counted, state.slaDays) : null;
  const serviceDue = serviceStart && !paused && service.slaDays !== null ? days.add(serviceStart, service.slaDays + pausedDays) : null;
  let flag: CaseOutcome["flag"] = "";
  if (paused) flag = "Jam Berhenti";
  else if (!state.final) {
    const dues = [stepDue, serviceDue].filter((d): d is LocalDate => d !== null);
    if (dues.some((d) => today > d)) flag = "Terlambat";
    else if (dues.some((d) => days.count(today, d) <= settings.dueSoonDays)) flag = "Segera";
  }

  // A Verifikator's method choice goes on record; from then the record, not the cell, decides.
  if (check.method?.record) {
    audits.push({ caseId: row.id, from: "", to: `${METHOD_EVENT_PREFIX}${check.method.record.method}`, applied: true, remark: true, note: `Alasan: ${check.method.record.reason}` });
  }
  const notes = [...errors, ...check.warnings.map((w) => `Peringatan: ${w}`)];
  const permohonan = ctx.register.name === PERMOHONAN.name;
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
    ...(permohonan ? {
      Kelayakan: describeEligibility(eligibility, check.schemeCode),
      "Metode Asesmen": eligibility ? `${eligibility.method}${check.method?.chosen ? " (ditetapkan Verifikator)" : ""}` : null,
    } : {}),
    "Catatan Validasi": notes.length === 0 ? null : notes.join("; "),
  };
  for (const [header, value] of Object.entries(computed)) {
    if (!sameCell(row.get(header), value)) next[header] = value;
  }
  if (Object.keys(next).length > 0) next["Diperiksa Mesin"] = dateCell(now.date, now.minuteOfDay);

  return { values: next, audits, letters, status: recorded, flag, errors, moveApplied, refused, historyDisagreed, movedOnLetterBook: moveApplied && lettersConsulted };
}

/**
 * The service start a complete history settles when the first state starts the clock: the day
 * the case counts from (its received cell, else the day it was last recorded). Riwayat holds
 * when the engine recorded the case, not when it was received, so replay alone cannot tell;
 * a later return to the first state does not restart the clock.
 */
function recordedServiceStart(
  replayed: ReplayedState, history: readonly HistoryEvent[], receivedOn: LocalDate | null, days: DayCounter, cutOffMinute: number,
): LocalDate | null | undefined {
  if (replayed.serviceStart === undefined) return undefined;
  const recording = [...history].reverse().find((e) => e.from === "");
  if (!recording) return replayed.serviceStart;
  return receivedOn ?? days.effectiveDate(recording.date, recording.minuteOfDay, cutOffMinute);
}

/**
 * A move of a case that refers to another case (an appeal to the application it appeals) is
 * noted on that case's history too, with the decision when the move records one.
 */
function linkedRemarks(row: RegisterRow, ctx: CaseContext, from: string, to: string): AuditEntry[] {
  const references = ctx.register.cases?.caseReferences ?? {};
  const remarks: AuditEntry[] = [];
  for (const [header, register] of Object.entries(references)) {
    const linkedId = cellText(row.get(header));
    if (linkedId === "" || !caseExists(ctx)(register, linkedId)) continue;
    const decision = ctx.register.columns.find((c) => c.type === "choice" && /putusan|keputusan/i.test(c.header));
    const decided = decision ? cellText(row.get(decision.header)) : "";
    remarks.push({
      caseId: linkedId, from, to, applied: true, remark: true,
      note: `${ctx.service.name} ${row.id}: ${from} → ${to}${decided !== "" ? `; ${decision!.header}: ${decided}` : ""}`,
    });
  }
  return remarks;
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
