// One case, one pass: validate, reconcile the Status staff set with the one recorded, and
// recompute deadlines and flags. Pure: it returns the cells to write and the rows to append.
import { type Application, checkApplication } from "../domain/application";
import { checkEligibility, type Eligibility } from "../domain/eligibility";
import type { Role } from "../domain/reference";
import type { Scheme } from "../domain/schemes";
import { competenceGaps, type UnitResult } from "../domain/unit-results";
import { type CellValue, dateCell, isDateCell } from "../ports";
import { cellDate, cellText } from "../registers/cells";
import { RECORDED_STATUS_COLUMN as RECORDED, CASE_STATUS_COLUMN as STATUS } from "../registers/catalog";
import type { RegisterRow } from "../registers/table";
import type { LocalDate, OfficeDateTime } from "../time/local-date";
import { addCalendarDays } from "../time/local-date";
import type { GuardName, WorkflowDef } from "../workflow/definition";
import { stateOf } from "../workflow/definition";
import { type Effect, transition } from "../workflow/transition";
import type { PreparedLetter } from "../letters/render";
import type { LetterPreparer } from "./case-letters";
import type { OfficeConfig } from "./config";

export interface CaseContext {
  readonly config: OfficeConfig;
  readonly now: OfficeDateTime;
  readonly actorEmail: string | null;
  readonly role: Role | null;
  readonly currentYear: number;
  /** Renders the letters a move calls for; without it (intake) no letters are made. */
  readonly prepareLetters?: LetterPreparer;
  /** Per-unit results (Hasil Asesmen) of a case, when any were recorded. */
  readonly unitResults?: (caseId: string) => ReadonlyMap<string, UnitResult> | undefined;
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
  readonly moveRefused: boolean;
}

/** The day counting starts from: an event at or after the cut-off hour counts from the next day. */
export function effectiveEventDate(now: OfficeDateTime, cutOffMinute: number): LocalDate {
  return now.minuteOfDay >= cutOffMinute ? addCalendarDays(now.date, 1) : now.date;
}

function guardFailures(
  guard: GuardName,
  errors: readonly string[],
  eligibility: Eligibility | null,
  row: RegisterRow,
  scheme: Scheme | undefined,
  resultsOf: () => ReadonlyMap<string, UnitResult> | undefined,
): string[] {
  const recommendation = cellText(row.get("Rekomendasi Asesor")).toUpperCase();
  // Per-unit results decide when the assessor recorded them; otherwise the overall recommendation.
  const results = guard === "KOMPETEN" || guard === "BELUM_KOMPETEN" ? resultsOf() : undefined;
  if (scheme && results && results.size > 0) {
    const { unassessed, notCompetent } = competenceGaps(scheme, results);
    if (guard === "BELUM_KOMPETEN") return notCompetent.length > 0 ? [] : ["tidak ada unit BK di Hasil Asesmen"];
    return [
      ...(unassessed.length > 0 ? [`unit belum dinilai di Hasil Asesmen: ${unassessed.join(", ")}`] : []),
      ...(notCompetent.length > 0 ? [`unit BK: ${notCompetent.join(", ")}`] : []),
    ];
  }
  switch (guard) {
    case "DATA_VALID":
      return errors.length === 0 ? [] : [`data belum valid (${errors.length} masalah di Catatan Validasi)`];
    case "BERKAS_LENGKAP":
      if (!eligibility) return ["skema belum dipilih"];
      return eligibility.missingDocuments.length === 0 ? [] : [`berkas belum lengkap: ${eligibility.missingDocuments.map((d) => d.code).join(", ")}`];
    case "MEMENUHI_SYARAT":
      if (!eligibility) return ["skema belum dipilih"];
      return eligibility.unmet.length === 0 ? [] : [`belum memenuhi persyaratan: ${eligibility.unmet.join("; ")}`];
    case "KOMPETEN":
      return recommendation === "K" ? [] : ["rekomendasi asesor belum K (Kompeten)"];
    case "BELUM_KOMPETEN":
      return recommendation === "BK" ? [] : ["rekomendasi asesor bukan BK (Belum Kompeten)"];
  }
}

function sameCell(a: CellValue, b: CellValue): boolean {
  if (isDateCell(a) || isDateCell(b)) {
    return isDateCell(a) && isDateCell(b) && a.date === b.date && (a.minuteOfDay ?? -1) === (b.minuteOfDay ?? -1);
  }
  return cellText(a) === cellText(b);
}

export function processCase(row: RegisterRow, workflow: WorkflowDef, ctx: CaseContext): CaseOutcome {
  const { config, now } = ctx;
  const { calendar, settings } = config;
  const check = checkApplication(row, config.schemes, ctx.currentYear);
  const scheme = config.schemes.get(check.application.schemeCode);
  const eligibility = scheme ? checkEligibility(check.application, scheme) : null;
  const next: Record<string, CellValue> = {};
  const audits: AuditEntry[] = [];
  const letters: PreparedLetter[] = [];
  let moveApplied = false;
  let moveRefused = false;

  let recorded = cellText(row.get(RECORDED));
  const requested = cellText(row.get(STATUS));
  let enteredOn = cellDate(row.get("Status Sejak"));
  let serviceStart = cellDate(row.get("Mulai Layanan"));
  let pausedDays = Number(cellText(row.get("Hari Jeda")) || "0") || 0;
  let pausedSince = cellDate(row.get("Jeda Sejak"));
  let moveMessage = cellText(row.get("Pesan Langkah"));
  const today = now.date;
  const eventDate = effectiveEventDate(now, settings.cutOffMinute);

  if (recorded === "" || !stateOf(workflow, recorded)) {
    if (recorded !== "") moveMessage = `Status tercatat "${recorded}" tidak ada di alur ${workflow.code}; kasus dimulai ulang dari ${workflow.initial}`;
    recorded = workflow.initial;
    enteredOn = check.application.submittedOn ?? eventDate;
    audits.push({ caseId: row.id, from: "", to: recorded, applied: true, note: "Permohonan dicatat" });
    if (requested === "") next[STATUS] = recorded;
  }

  const wanted = requested === "" ? recorded : requested;
  if (wanted.toLowerCase() !== recorded.toLowerCase()) {
    const result = transition(workflow, recorded, wanted, {
      role: ctx.role,
      guardFailures: (guard) => guardFailures(guard, check.errors, eligibility, row, scheme, () => ctx.unitResults?.(row.id)),
      isFilled: (header) => cellText(row.get(header)) !== "",
    });
    const rendered = result.ok && result.move.letters.length > 0 && ctx.prepareLetters
      ? ctx.prepareLetters(result.move.letters, row, scheme ?? null, eligibility)
      : null;
    if (result.ok && (rendered === null || rendered.ok)) {
      const from = recorded;
      for (const effect of result.effects) applyEffect(effect);
      moveApplied = true;
      moveMessage = "";
      audits.push({ caseId: row.id, from, to: recorded, applied: true, note: ctx.actorEmail ?? "pengguna tidak dikenal" });
      if (rendered?.ok) letters.push(...rendered.letters);
    } else {
      const reason = result.ok ? `Langkah ${recorded} → ${result.move.to} belum dapat membuat suratnya: ${rendered && !rendered.ok ? rendered.reason : ""}` : result.reason;
      moveRefused = true;
      moveMessage = reason;
      next[STATUS] = recorded;
      audits.push({ caseId: row.id, from: recorded, to: wanted, applied: false, note: reason });
    }
  } else if (requested === "") {
    next[STATUS] = recorded;
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

  const notes = [...check.errors, ...check.warnings.map((w) => `Peringatan: ${w}`)];
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
    Kelayakan: describeEligibility(eligibility, check.application),
    "Metode Asesmen": eligibility ? eligibility.method : null,
    "Catatan Validasi": notes.length === 0 ? null : notes.join("; "),
  };
  for (const [header, value] of Object.entries(computed)) {
    if (!sameCell(row.get(header), value)) next[header] = value;
  }
  if (Object.keys(next).length > 0) next["Diperiksa Mesin"] = dateCell(now.date, now.minuteOfDay);

  return { values: next, audits, letters, status: recorded, flag, errors: check.errors, moveApplied, moveRefused };
}

function describeEligibility(eligibility: Eligibility | null, application: Application): string | null {
  if (!eligibility) return application.schemeCode === "" ? null : "Skema tidak dikenal";
  return eligibility.eligible ? "Memenuhi syarat" : `Belum memenuhi: ${eligibility.unmet.join("; ")}`;
}
