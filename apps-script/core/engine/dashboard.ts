// The dashboard's figures (issue 12), pure: from the loaded configuration and the registers as the
// engine last settled them (Status Tercatat, Status Sejak, Tenggat Layanan, Penanda are engine
// columns that case-step.ts recomputes from Riwayat on every run, so they are the history's word).
import { computeIkm, ikmAnswerOf, IKM_ELEMENTS, type IkmAnswer, type IkmMutu, type IkmResponse } from "../domain/ikm";
import type { Clock, Workbook } from "../ports";
import { RECORDED_STATUS_COLUMN } from "../registers/catalog";
import { cellDate, cellText } from "../registers/cells";
import { readRegister, type RegisterRow } from "../registers/table";
import { dayCounter } from "../time/day-counter";
import { dateParts, type LocalDate, toDayNumber, toOfficeDateTime } from "../time/local-date";
import type { WorkflowDef } from "../workflow/definition";
import type { ServiceDef } from "../workflow/service";
import { caseKindOf, caseRegistersInUse } from "./case-kinds";
import { loadConfig, type OfficeConfig } from "./config";
import { SURVEI_IKM } from "./ikm-register";

/** Months shown for the monthly figures, ending with the current one: a fixed window keeps chart ranges stable. */
export const DASHBOARD_MONTHS = 12;
/** The complaints service (seed 000, DOMAIN.md F): a complaint is followed up within 3 working days. */
export const COMPLAINT_SERVICE = "PENGADUAN";
export const COMPLAINT_DAYS = 3;
/** What a service with no survey answers in the period shows instead of a value. */
export const NO_IKM_ANSWERS = "belum ada jawaban";

export interface StatusCount {
  readonly status: string;
  readonly count: number;
}

export interface ServiceFigures {
  readonly code: string;
  readonly name: string;
  readonly register: string;
  readonly total: number;
  /** Cases per state, in the workflow's order (Urutan); states with no case left out. */
  readonly byStatus: readonly StatusCount[];
  /** Penanda "Terlambat" / "Segera", as the engine flagged them. */
  readonly overdue: number;
  readonly dueSoon: number;
}

/** Cases that reached a final state in a month: how many by the service's own promise date (Tenggat Layanan). */
export interface PromiseMonth {
  /** "2026-03". */
  readonly month: string;
  readonly finished: number;
  readonly withinPromise: number;
  /** Percent, 1 decimal; null when nothing with a promise finished that month. */
  readonly percent: number | null;
}

/** Complaints by the month they were received. */
export interface ComplaintMonth {
  readonly month: string;
  readonly received: number;
  readonly answeredWithin: number;
  readonly answeredLate: number;
  /** Not answered yet (whether or not still within the 3 days). */
  readonly open: number;
  /** answeredWithin / received, percent, 1 decimal; null when none was received. */
  readonly percent: number | null;
}

/** IKM of one service over the current quarter (triwulan): the survey's answers dated in it. */
export interface IkmFigure {
  readonly code: string;
  readonly name: string;
  /** "2026-T4" (triwulan IV). */
  readonly period: string;
  readonly value: number | null;
  readonly mutu: IkmMutu | null;
  readonly words: string;
  readonly respondents: number;
}

export interface DashboardFigures {
  readonly asOf: LocalDate;
  readonly services: readonly ServiceFigures[];
  readonly promise: readonly PromiseMonth[];
  readonly complaints: readonly ComplaintMonth[];
  /** Null when there is no Survei IKM tab (no figures, not an error). */
  readonly ikm: readonly IkmFigure[] | null;
}

const monthOf = (date: LocalDate): string => date.slice(0, 7);

/** The `count` months up to and including `date`'s, oldest first. */
export function monthsUpTo(date: LocalDate, count: number): string[] {
  const { year, month } = dateParts(date);
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

/** "2026-T4": the quarter (triwulan) a date falls in. */
export function quarterOf(date: LocalDate): string {
  const { year, month } = dateParts(date);
  return `${year}-T${Math.ceil(month / 3)}`;
}

const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

interface CaseFacts {
  readonly service: ServiceDef;
  readonly workflow: WorkflowDef;
  readonly row: RegisterRow;
  readonly status: string;
}

function casesOf(config: OfficeConfig, workbook: Workbook): CaseFacts[] {
  const cases: CaseFacts[] = [];
  for (const def of caseRegistersInUse(config)) {
    const table = readRegister(workbook, def);
    if (!table) continue;
    for (const row of table.rows) {
      const kind = caseKindOf(config, def, row);
      if (!("workflow" in kind)) continue;
      const status = cellText(row.get(RECORDED_STATUS_COLUMN));
      if (status === "") continue; // not yet taken in by the engine
      cases.push({ service: kind.service, workflow: kind.workflow, row, status });
    }
  }
  return cases;
}

const isFinal = (c: CaseFacts): boolean => c.workflow.states.find((s) => s.status === c.status)?.final === true;

function serviceFigures(config: OfficeConfig, cases: readonly CaseFacts[]): ServiceFigures[] {
  return [...config.services.values()].filter((s) => config.workflows.has(s.code)).map((service) => {
    const mine = cases.filter((c) => c.service.code === service.code);
    const workflow = config.workflows.get(service.code)!;
    const counts = new Map<string, number>();
    for (const c of mine) counts.set(c.status, (counts.get(c.status) ?? 0) + 1);
    const ordered = [...workflow.states].sort((a, b) => a.order - b.order).map((s) => s.status);
    const byStatus = [...ordered, ...[...counts.keys()].filter((s) => !ordered.includes(s))]
      .filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status)! }));
    const flagged = (flag: string) => mine.filter((c) => cellText(c.row.get("Penanda")) === flag).length;
    return { code: service.code, name: service.name, register: service.register, total: mine.length, byStatus, overdue: flagged("Terlambat"), dueSoon: flagged("Segera") };
  });
}

/** Finished = in a final state since Status Sejak; within the promise when that is on or before Tenggat Layanan. */
function promiseMonths(cases: readonly CaseFacts[], months: readonly string[]): PromiseMonth[] {
  const tally = new Map(months.map((m) => [m, { finished: 0, within: 0 }]));
  for (const c of cases) {
    if (!isFinal(c)) continue;
    const finishedOn = cellDate(c.row.get("Status Sejak"));
    const due = cellDate(c.row.get("Tenggat Layanan"));
    if (!finishedOn || !due) continue; // no promise to keep
    const month = tally.get(monthOf(finishedOn));
    if (!month) continue;
    month.finished += 1;
    if (finishedOn <= due) month.within += 1;
  }
  return months.map((month) => {
    const t = tally.get(month)!;
    return { month, finished: t.finished, withinPromise: t.within, percent: percent(t.within, t.finished) };
  });
}

/** Working days from receipt (after the cut-off: the next working day) to the day it entered its final state. */
function complaintMonths(config: OfficeConfig, cases: readonly CaseFacts[], months: readonly string[]): ComplaintMonth[] {
  const days = dayCounter(config.calendar, "hari kerja");
  const tally = new Map(months.map((m) => [m, { received: 0, within: 0, late: 0, open: 0 }]));
  for (const c of cases) {
    if (c.service.code !== COMPLAINT_SERVICE) continue;
    const cell = c.row.get("Waktu Diterima");
    const receivedOn = cellDate(cell);
    if (!receivedOn) continue;
    const month = tally.get(monthOf(receivedOn));
    if (!month) continue;
    month.received += 1;
    const answeredOn = isFinal(c) ? cellDate(c.row.get("Status Sejak")) : null;
    if (!answeredOn) {
      month.open += 1;
      continue;
    }
    const minute = typeof cell === "object" && cell !== null ? (cell.minuteOfDay ?? 0) : 0;
    const from = days.effectiveDate(receivedOn, minute, c.service.cutOffMinute ?? config.settings.cutOffMinute);
    if (days.count(from, answeredOn) <= COMPLAINT_DAYS) month.within += 1;
    else month.late += 1;
  }
  return months.map((month) => {
    const t = tally.get(month)!;
    return { month, received: t.received, answeredWithin: t.within, answeredLate: t.late, open: t.open, percent: percent(t.within, t.received) };
  });
}

/**
 * Survey rows by service for the quarter; an answer cell that is not 1–4 counts as not answered.
 * A case is one respondent: when the form was sent in twice for one case, the first answer (the
 * earliest Tanggal Isi, then the row recorded first) counts and the later ones stay recorded.
 */
function ikmFigures(config: OfficeConfig, workbook: Workbook, asOf: LocalDate): IkmFigure[] | null {
  const table = readRegister(workbook, SURVEI_IKM);
  if (!table) return null;
  const period = quarterOf(asOf);
  const byService = new Map<string, IkmResponse[]>();
  const answered = new Set<string>();
  const dated = table.rows.flatMap((row, order) => {
    const filled = cellDate(row.get("Tanggal Isi"));
    return filled ? [{ row, filled, order }] : [];
  });
  dated.sort((a, b) => toDayNumber(a.filled) - toDayNumber(b.filled) || a.order - b.order);
  for (const { row, filled } of dated) {
    const caseId = cellText(row.get("ID Kasus")).toUpperCase();
    if (caseId !== "") {
      if (answered.has(caseId)) continue;
      answered.add(caseId);
    }
    if (quarterOf(filled) !== period) continue;
    const response: Partial<Record<(typeof IKM_ELEMENTS)[number], IkmAnswer | null>> = {};
    for (const element of IKM_ELEMENTS) {
      const answer = ikmAnswerOf(element, row.get(element));
      response[element] = "answer" in answer ? answer.answer : null;
    }
    const code = cellText(row.get("Kode Layanan"));
    (byService.get(code) ?? byService.set(code, []).get(code)!).push(response);
  }
  return [...config.services.values()].filter((s) => config.workflows.has(s.code)).map((service) => {
    const responses = byService.get(service.code) ?? [];
    const outcome = computeIkm(responses);
    if (!outcome.ok) return { code: service.code, name: service.name, period, value: null, mutu: null, words: responses.length === 0 ? NO_IKM_ANSWERS : outcome.message, respondents: responses.length };
    const { value, mutu, words, respondents } = outcome.result;
    return { code: service.code, name: service.name, period, value, mutu, words, respondents };
  });
}

/** Every figure of the dashboard as of `asOf` (the office's today). */
export function dashboardFigures(config: OfficeConfig, workbook: Workbook, asOf: LocalDate): DashboardFigures {
  const cases = casesOf(config, workbook);
  const months = monthsUpTo(asOf, DASHBOARD_MONTHS);
  return {
    asOf,
    services: serviceFigures(config, cases),
    promise: promiseMonths(cases, months),
    complaints: complaintMonths(config, cases, months),
    ikm: ikmFigures(config, workbook, asOf),
  };
}

/** The figures as of the office's today, or null while the configuration is not valid (the check reports why). */
export function currentDashboard(workbook: Workbook, clock: Clock): DashboardFigures | null {
  const config = loadConfig(workbook);
  if (config.errors.length > 0) return null;
  return dashboardFigures(config, workbook, toOfficeDateTime(clock.now(), config.settings.timeZone).date);
}
