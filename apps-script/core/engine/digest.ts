// The daily digest, planned: which open cases are due soon or late, whom each waits on (the roles
// of the moves out of its recorded state), and for the head the cases late beyond the escalation
// threshold. Pure over the loaded configuration and the case rows; digest-mail.ts words and queues it.
import type { Role } from "../domain/reference";
import type { CellValue } from "../ports";
import { RECORDED_STATUS_COLUMN } from "../registers/catalog";
import { cellDate, cellText } from "../registers/cells";
import type { RegisterDef } from "../registers/schema";
import type { RegisterRow } from "../registers/table";
import { dayCounter, type DayUnit } from "../time/day-counter";
import type { LocalDate } from "../time/local-date";
import type { WorkflowDef } from "../workflow/definition";
import type { ServiceDef } from "../workflow/service";
import { caseKindOf } from "./case-kinds";
import type { OfficeConfig, UserEntry } from "./config";

/** The head: told of every case late beyond Pengaturan "Ambang Eskalasi (hari kerja)". */
export const HEAD_ROLE: Role = "Kepala";

export interface DueCase {
  readonly caseId: string;
  readonly service: string;
  /** The recorded state (Status Tercatat): the step the case waits in. */
  readonly step: string;
  /** The most urgent of the step's and the service's deadlines that is late or due soon. */
  readonly due: LocalDate;
  readonly dueOf: "langkah" | "layanan";
  readonly late: boolean;
  /** Late: days after the deadline in the service's unit; due soon: days left. */
  readonly days: number;
  readonly unit: DayUnit;
  /** Working days after the deadline (0 when not late): what escalation is judged by. */
  readonly workingDaysLate: number;
  /** Roles of the moves staff may take from the step (automatic moves are the engine's own). */
  readonly roles: ReadonlySet<Role>;
}

export interface Digest {
  readonly user: UserEntry;
  /** Cases waiting on the user's role, in Layanan order then by deadline. */
  readonly waiting: readonly DueCase[];
  /** The head only: other cases late by more than the threshold, all services. */
  readonly escalated: readonly DueCase[];
}

const lower = (text: string) => text.trim().toLowerCase();

/**
 * A case, by its engine cells (`cell`), when it is due soon or late, judged as case-step.ts flags
 * it ("Terlambat": today past a deadline; "Segera": within Ambang Segera, in the service's unit).
 * Final and paused states (no deadline there) give null. The check calls it with the cells it
 * just computed, so the daily run need not read the case registers again.
 */
export function dueCaseFrom(
  config: OfficeConfig,
  kind: { readonly workflow: WorkflowDef; readonly service: ServiceDef },
  caseId: string,
  cell: (header: string) => CellValue | undefined,
  today: LocalDate,
): DueCase | null {
  if (caseId === "") return null;
  const step = cellText(cell(RECORDED_STATUS_COLUMN));
  const state = kind.workflow.states.find((s) => lower(s.status) === lower(step));
  if (!state || state.final || state.clockStops || cellText(cell("Penanda")) === "Jam Berhenti") return null;
  const days = dayCounter(config.calendar, kind.service.dayUnit);
  const candidates = ([["langkah", cellDate(cell("Tenggat Langkah"))], ["layanan", cellDate(cell("Tenggat Layanan"))]] as const)
    .filter((c): c is readonly ["langkah" | "layanan", LocalDate] => c[1] !== null)
    .filter(([, due]) => today > due || days.count(today, due) <= config.settings.dueSoonDays)
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const first = candidates[0];
  if (!first) return null;
  const [dueOf, due] = first;
  const late = today > due;
  const roles = new Set(kind.workflow.moves.filter((m) => !m.automatic && lower(m.from) === lower(state.status)).flatMap((m) => m.roles));
  return {
    caseId, service: kind.service.name, step: state.status, due, dueOf, late,
    days: late ? days.count(due, today) : days.count(today, due), unit: days.unit,
    workingDaysLate: late ? config.calendar.countWorkingDays(due, today) : 0,
    roles,
  };
}

/** The same for a row as it stands in its register (the cells the last check wrote). */
export function dueCaseOf(config: OfficeConfig, register: RegisterDef, row: RegisterRow, today: LocalDate): DueCase | null {
  if (row.id === "") return null;
  const kind = caseKindOf(config, register, row);
  return "problem" in kind ? null : dueCaseFrom(config, kind, row.id, (header) => row.get(header), today);
}

/** Layanan order, then the earliest deadline first, then the case ID. */
function ordered(config: OfficeConfig, cases: readonly DueCase[]): DueCase[] {
  const rank = new Map([...config.services.values()].map((s, i) => [s.name, i]));
  return [...cases].sort((a, b) => (rank.get(a.service) ?? 0) - (rank.get(b.service) ?? 0) || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) || (a.caseId < b.caseId ? -1 : 1));
}

/**
 * One digest per active user with something to report. A case waits on a role only when a move
 * names it: Admin may take every move, but is told only where a move names Admin, or the digest
 * would copy the whole workbook to the administrator; the head's oversight is the escalation.
 */
export function planDigests(config: OfficeConfig, cases: readonly DueCase[]): Digest[] {
  const sorted = ordered(config, cases);
  const digests: Digest[] = [];
  for (const user of config.users.values()) {
    if (!user.active || user.email === "") continue;
    const waiting = sorted.filter((c) => c.roles.has(user.role));
    const escalated = user.role === HEAD_ROLE ? sorted.filter((c) => c.late && c.workingDaysLate > config.settings.escalationDays && !c.roles.has(user.role)) : [];
    if (waiting.length + escalated.length > 0) digests.push({ user, waiting, escalated });
  }
  return digests;
}
