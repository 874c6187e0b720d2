// The engine's own record of every case: the applied moves in Riwayat, replayed into the state
// the case is in. Engine columns on the case row are a cache of this; staff can type over a
// cell, not over the audit trail (append-only, protected on Google).
import { isDateCell } from "../ports";
import { cellText } from "../registers/cells";
import type { RegisterTable } from "../registers/table";
import type { WorkingCalendar } from "../time/calendar";
import { type DayCounter, dayCounter } from "../time/day-counter";
import type { LocalDate } from "../time/local-date";
import { stateOf, type WorkflowDef } from "../workflow/definition";

/** ID Riwayat prefix of case moves; letter approvals and other notes use other prefixes. */
export const MOVE_EVENT_PREFIX = "RWY-";

/** One applied move of a case as Riwayat holds it. `from` is "" when the case was (re)recorded. */
export interface HistoryEvent {
  readonly eventId: string;
  readonly date: LocalDate;
  readonly minuteOfDay: number;
  readonly from: string;
  readonly to: string;
}

/** Case ID → its applied moves, oldest first (ordered by ID Riwayat, whatever the tab's order). */
export type CaseHistories = ReadonlyMap<string, readonly HistoryEvent[]>;

/** Reads the applied case moves of the Riwayat register once for the run. */
export function readHistories(table: RegisterTable | null): Map<string, HistoryEvent[]> {
  const byCase = new Map<string, HistoryEvent[]>();
  for (const row of table?.rows ?? []) {
    if (!row.id.startsWith(MOVE_EVENT_PREFIX) || cellText(row.get("Hasil")) !== "Diterapkan") continue;
    const caseId = cellText(row.get("ID Permohonan"));
    const when = row.get("Waktu");
    if (caseId === "" || !isDateCell(when)) continue;
    const event = { eventId: row.id, date: when.date, minuteOfDay: when.minuteOfDay ?? 0, from: cellText(row.get("Dari")), to: cellText(row.get("Ke")) };
    (byCase.get(caseId) ?? byCase.set(caseId, []).get(caseId)!).push(event);
  }
  for (const events of byCase.values()) events.sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
  return byCase;
}

/**
 * A case's state as its history tells it. A field left `undefined` is one the history does not
 * settle: the day a case entered its first state (it counts from Tanggal Permohonan, a staff
 * cell) and, for a case adopted mid-way from its cells, the clocks. The row's cell is used then.
 */
export interface ReplayedState {
  readonly status: string;
  readonly enteredOn?: LocalDate;
  readonly serviceStart?: LocalDate | null;
  readonly pausedDays?: number;
  readonly pausedSince?: LocalDate | null;
}

/**
 * Replays applied moves. A history that starts with the case recorded in the workflow's first
 * state is complete: the clocks (service start, pauses) come from it alone. One that starts
 * elsewhere (a case adopted from its cells, or rows lost) settles only what its moves say.
 * `days` is the service's unit (Layanan Satuan Hari), the one the case step counts in.
 */
export function replayHistory(
  events: readonly HistoryEvent[],
  workflow: WorkflowDef,
  calendar: WorkingCalendar,
  cutOffMinute: number,
  days: DayCounter = dayCounter(calendar, "hari kerja"),
): ReplayedState | null {
  let status: string | null = null;
  let complete = false;
  let enteredOn: LocalDate | undefined;
  let serviceStart: LocalDate | null = null;
  let pausedDays = 0;
  let pausedSince: LocalDate | null = null;
  for (const event of events) {
    const date = days.effectiveDate(event.date, event.minuteOfDay, cutOffMinute);
    if (event.from === "" || status === null) {
      // Recorded (or, with rows lost, first seen): the clocks start afresh.
      status = event.from === "" ? event.to : event.from;
      complete = event.from === "" && stateOf(workflow, status)?.status === workflow.initial;
      enteredOn = undefined;
      serviceStart = null;
      pausedDays = 0;
      pausedSince = null;
      if (event.from === "") continue;
    }
    const from = stateOf(workflow, status);
    const to = stateOf(workflow, event.to);
    status = event.to;
    enteredOn = date;
    if (to?.startsService) serviceStart ??= date;
    if (to?.clockStops && !from?.clockStops) pausedSince = date;
    if (from?.clockStops && !to?.clockStops) {
      if (pausedSince) pausedDays += days.count(pausedSince, date);
      pausedSince = null;
    }
  }
  if (status === null) return null;
  // Only a complete history knows when the service clock started and how long it stood still.
  return {
    status,
    ...(enteredOn !== undefined ? { enteredOn } : {}),
    ...(complete ? { serviceStart, pausedDays, pausedSince } : {}),
  };
}
