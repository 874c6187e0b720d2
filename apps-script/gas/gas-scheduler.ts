// The Scheduler port on Apps Script: "run this handler again in N minutes" as a one-off clock
// trigger, the only place that creates one. At most one waits per handler, and the per-user
// trigger limit is reported in Indonesian before the platform throws its English error.
import { type Scheduler, ScheduleLimitError } from "../core/ports";

/**
 * "Triggers: 20 / user / script" (https://developers.google.com/apps-script/guides/services/quotas).
 * Installable triggers run as, and count for, the user who created them, and one account does
 * not see another's (https://developers.google.com/apps-script/guides/triggers/installable); so
 * ScriptApp.getProjectTriggers() lists exactly the triggers this limit counts for the running user.
 */
export const TRIGGERS_PER_USER = 20;

/** What Apps Script throws past the limit ("This script has too many triggers. …"). */
const PLATFORM_LIMIT = /too many triggers/i;

type Trigger = GoogleAppsScript.Script.Trigger;

function effectiveUser(): string {
  try {
    return Session.getEffectiveUser().getEmail() || "ini";
  } catch {
    return "ini";
  }
}

function limitError(handler: string): ScheduleLimitError {
  return new ScheduleLimitError(
    `Lanjutan otomatis (${handler}) tidak dapat dijadwalkan: akun ${effectiveUser()} sudah memiliki ${TRIGGERS_PER_USER} pemicu ` +
      "untuk skrip ini, batas Google per pengguna. Hapus pemicu yang tidak dipakai (editor Apps Script → Pemicu), lalu coba lagi.",
  );
}

export class GasScheduler implements Scheduler {
  runLater(handler: string, afterMs: number): void {
    const others = this.removeAll(handler);
    if (others >= TRIGGERS_PER_USER) throw limitError(handler);
    try {
      ScriptApp.newTrigger(handler).timeBased().after(afterMs).create();
    } catch (error) {
      // Another execution of this user may have created triggers since they were counted.
      if (PLATFORM_LIMIT.test(String((error as { message?: unknown } | null)?.message ?? error))) throw limitError(handler);
      throw error;
    }
  }

  cancel(handler: string): void {
    this.removeAll(handler);
  }

  /** One-off triggers stay listed after firing: removes the handler's, returns how many others remain. */
  private removeAll(handler: string): number {
    const triggers: Trigger[] = ScriptApp.getProjectTriggers();
    let others = 0;
    for (const trigger of triggers) {
      if (trigger.getHandlerFunction() === handler) ScriptApp.deleteTrigger(trigger);
      else others += 1;
    }
    return others;
  }
}
