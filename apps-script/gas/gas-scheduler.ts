// The Scheduler port on Apps Script: "run this handler again in N minutes" as a one-off clock
// trigger, the only place that creates one. At most one waits per handler across every account:
// the waiting one is recorded in document properties, which all users share, because
// ScriptApp.getProjectTriggers() lists only the caller's own. The per-user trigger limit is
// reported in Indonesian before the platform throws its English error.
import { type Scheduler, ScheduleLimitError } from "../core/ports";
import { effectiveUserEmail } from "./session";
import { documentProperties } from "./properties";

/**
 * "Triggers: 20 / user / script" (https://developers.google.com/apps-script/guides/services/quotas).
 * Installable triggers run as, and count for, the user who created them, and one account does
 * not see another's (https://developers.google.com/apps-script/guides/triggers/installable); so
 * ScriptApp.getProjectTriggers() lists exactly the triggers this limit counts for the running user.
 */
export const TRIGGERS_PER_USER = 20;

/** Document property (+ handler) recording the one-off waiting for that handler. */
export const PENDING_ONE_OFF_PREFIX = "sertifikasi.oneoff.";
/**
 * A recorded one-off this long past its due time without having run (deleted by hand in the
 * editor, its owner's account removed) is taken as lost, so a new one may replace it.
 */
const LOST_AFTER_MS = 30 * 60_000;

/** What Apps Script throws past the limit ("This script has too many triggers. …"). */
const PLATFORM_LIMIT = /too many triggers/i;

type Trigger = GoogleAppsScript.Script.Trigger;

export interface PendingOneOff {
  readonly handler: string;
  readonly owner: string;
  readonly dueAt: number;
  readonly triggerId: string;
}

function limitError(handler: string): ScheduleLimitError {
  return new ScheduleLimitError(
    `Lanjutan otomatis (${handler}) tidak dapat dijadwalkan: akun ${effectiveUserEmail() || "ini"} sudah memiliki ${TRIGGERS_PER_USER} pemicu ` +
      "untuk skrip ini, batas Google per pengguna. Hapus pemicu yang tidak dipakai (editor Apps Script → Pemicu), lalu coba lagi.",
  );
}

/** The recorded waiting one-off of a handler, or null. */
export function pendingOneOff(handler: string, properties = documentProperties()): PendingOneOff | null {
  const text = properties.getProperty(PENDING_ONE_OFF_PREFIX + handler);
  if (!text) return null;
  try {
    const record = JSON.parse(text) as Partial<PendingOneOff>;
    if (typeof record.owner !== "string" || typeof record.dueAt !== "number" || typeof record.triggerId !== "string") return null;
    return { handler, owner: record.owner, dueAt: record.dueAt, triggerId: record.triggerId };
  } catch {
    return null;
  }
}

/** This account's triggers, split into the handler's and how many others (one listing: each call costs). */
function ownTriggers(handler: string): { mine: Trigger[]; others: number } {
  const all = ScriptApp.getProjectTriggers();
  const mine = all.filter((t) => t.getHandlerFunction() === handler);
  return { mine, others: all.length - mine.length };
}

export class GasScheduler implements Scheduler {
  /**
   * Not under a lock (each service call counts against a sweep's time): two executions scheduling
   * the same handler in the same instant may both create one; both runs then find one queue, and
   * the next runLater of either account removes its extra.
   */
  runLater(handler: string, afterMs: number): void {
    const properties = documentProperties();
    const me = effectiveUserEmail();
    const now = Date.now();
    const pending = pendingOneOff(handler, properties);
    const waiting = pending !== null && now <= pending.dueAt + LOST_AFTER_MS;
    const { mine, others } = ownTriggers(handler);
    if (waiting && pending.owner !== me) {
      // Another account's one-off will run; this account's of the handler are fired leftovers.
      for (const trigger of mine) ScriptApp.deleteTrigger(trigger);
      return;
    }
    const kept = waiting && mine.length > 0 ? mine.find((t) => t.getUniqueId() === pending.triggerId) : undefined;
    for (const trigger of mine) if (trigger !== kept) ScriptApp.deleteTrigger(trigger);
    if (kept) return;
    if (others >= TRIGGERS_PER_USER) throw limitError(handler);
    let created: Trigger;
    try {
      created = ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
    } catch (error) {
      // Another execution of this user may have created triggers since they were counted.
      if (PLATFORM_LIMIT.test(String((error as { message?: unknown } | null)?.message ?? error))) throw limitError(handler);
      throw error;
    }
    const record: Omit<PendingOneOff, "handler"> = { owner: me, dueAt: now + afterMs, triggerId: created.getUniqueId() };
    properties.setProperty(PENDING_ONE_OFF_PREFIX + handler, JSON.stringify(record));
  }

  /**
   * Called by a handler when its one-off runs (as the account that made it): removes this
   * account's triggers of the handler (one-offs stay listed after firing) and the record when it
   * is this account's, so the next runLater schedules anew.
   */
  cancel(handler: string): void {
    for (const trigger of ownTriggers(handler).mine) ScriptApp.deleteTrigger(trigger);
    const properties = documentProperties();
    const pending = pendingOneOff(handler, properties);
    if (pending && pending.owner === effectiveUserEmail()) properties.deleteProperty(PENDING_ONE_OFF_PREFIX + handler);
  }
}
