// Identifiers: case IDs PRM-2026-00001 (sequence per year, never reused while rows exist) and
// time-based event IDs for append-only registers (unique because runs are serialised by the lock).
import type { OfficeDateTime } from "../time/local-date";

export class CaseIdAllocator {
  private readonly highest = new Map<number, number>();
  private readonly pattern: RegExp;

  constructor(
    private readonly prefix: string,
    existingIds: readonly string[],
  ) {
    this.pattern = new RegExp(`^${prefix}-(\\d{4})-(\\d+)$`);
    for (const id of existingIds) this.observe(id);
  }

  /** Records an ID already in use (also ones with another prefix are ignored safely). */
  observe(id: string): void {
    const match = this.pattern.exec(id);
    if (!match) return;
    const year = Number(match[1]);
    this.highest.set(year, Math.max(this.highest.get(year) ?? 0, Number(match[2])));
  }

  /** The next free ID for the year: PRM-2026-00042. */
  next(year: number): string {
    const sequence = (this.highest.get(year) ?? 0) + 1;
    this.highest.set(year, sequence);
    return `${this.prefix}-${year}-${String(sequence).padStart(5, "0")}`;
  }
}

/**
 * "RWY-20261122-MI9X2K1C-0003": office date, the run's instant (ms, base 36) and a sequence
 * within the run. Runs are serialised by the lock and take more than a millisecond, so two
 * runs never share an instant.
 */
export function eventId(prefix: string, now: OfficeDateTime, runInstant: Date, sequence: number): string {
  return `${eventStem(prefix, now, runInstant)}${String(sequence).padStart(4, "0")}`;
}

function eventStem(prefix: string, now: OfficeDateTime, runInstant: Date): string {
  return `${prefix}-${now.date.replace(/-/g, "")}-${runInstant.getTime().toString(36).toUpperCase()}-`;
}

/**
 * The first free sequence for this run's event IDs: 1, or past the highest an earlier run with the
 * same instant used (a fixed "now" for demos and tests), so an ID is never written twice.
 */
export function firstFreeSequence(existingIds: Iterable<string>, prefix: string, now: OfficeDateTime, runInstant: Date): number {
  const stem = eventStem(prefix, now, runInstant);
  let highest = 0;
  for (const id of existingIds) {
    if (!id.startsWith(stem)) continue;
    const sequence = Number(id.slice(stem.length));
    if (Number.isInteger(sequence)) highest = Math.max(highest, sequence);
  }
  return highest + 1;
}
