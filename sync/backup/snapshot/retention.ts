// Retention: keep the newest snapshot of each of the last N days, ISO weeks and months.
import { rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { TMP_PREFIX, listSnapshots, type SnapshotEntry } from "./store";

export interface RetentionRules {
  readonly daily: number;
  readonly weekly: number;
  readonly monthly: number;
}

/** Calendar date in the office's zone: "a day" is the office's day, not UTC's. */
function localDate(time: Date, timeZone: string): { y: number; m: number; d: number } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(time);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { y: get("year"), m: get("month"), d: get("day") };
}

function isoWeek({ y, m, d }: { y: number; m: number; d: number }): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday decides the ISO year
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function bucketKeys(time: Date, timeZone: string): { day: string; week: string; month: string } {
  const local = localDate(time, timeZone);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return { day: `${local.y}-${pad(local.m)}-${pad(local.d)}`, week: isoWeek(local), month: `${local.y}-${pad(local.m)}` };
}

/** Names to keep. The newest snapshot is always kept, whatever the rules say. */
export function selectKeep(snapshots: readonly { name: string; time: Date }[], rules: RetentionRules, timeZone: string): Set<string> {
  const sorted = [...snapshots].sort((a, b) => b.time.getTime() - a.time.getTime());
  const keep = new Set<string>();
  if (sorted[0]) keep.add(sorted[0].name);
  for (const [rule, count] of [["day", rules.daily], ["week", rules.weekly], ["month", rules.monthly]] as const) {
    let last: string | undefined;
    let kept = 0;
    for (const s of sorted) {
      if (kept >= count) break;
      const bucket = bucketKeys(s.time, timeZone)[rule];
      if (bucket === last) continue;
      last = bucket;
      keep.add(s.name);
      kept++;
    }
  }
  return keep;
}

export interface PruneResult {
  readonly kept: SnapshotEntry[];
  readonly removed: SnapshotEntry[];
  /** Snapshots with an unreadable manifest: never deleted automatically, only reported. */
  readonly skipped: SnapshotEntry[];
  readonly staleTemp: string[];
}

const STALE_TEMP_MS = 24 * 3_600_000;

export async function prune(collection: string, rules: RetentionRules, options: { timeZone: string; now: Date; dryRun: boolean }): Promise<PruneResult> {
  const { snapshots, unfinished } = await listSnapshots(collection);
  const valid = snapshots.filter((s) => !s.problem);
  const keep = selectKeep(valid, rules, options.timeZone);
  const removed = valid.filter((s) => !keep.has(s.name));
  // Only temp folders a day old: a younger one may belong to a backup running right now.
  const staleTemp: string[] = [];
  for (const dir of unfinished) {
    const info = await stat(dir).catch(() => undefined);
    if (info && options.now.getTime() - info.mtime.getTime() > STALE_TEMP_MS) staleTemp.push(dir);
  }
  if (!options.dryRun) {
    for (const s of removed) {
      // Hide first, then delete: a half-deleted snapshot must never look complete.
      const hidden = join(dirname(s.dir), `${TMP_PREFIX}hapus-${basename(s.dir)}`);
      await rename(s.dir, hidden);
      await rm(hidden, { recursive: true, force: true });
    }
    for (const dir of staleTemp) await rm(dir, { recursive: true, force: true });
  }
  return { kept: valid.filter((s) => keep.has(s.name)), removed, skipped: snapshots.filter((s) => s.problem), staleTemp };
}
