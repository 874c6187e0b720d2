// Long work in steps that stays under the 6-minute limit: when the time budget runs out the
// position is saved in document properties and a one-off trigger resumes it a minute later.
import type { Scheduler } from "../core/ports";
import { TIME_BUDGET_MS } from "./context";
import { documentProperties } from "./properties";

export const RESUME_HANDLER = "resumeJobs";
const KEY_PREFIX = "sertifikasi.job.";
const RESUME_AFTER_MS = 60_000;

/** One idempotent piece of a job: re-running it after an interruption does no harm. */
export interface JobStep {
  readonly label: string;
  run(): void;
}

export interface JobOutcome {
  readonly finished: boolean;
  readonly done: number;
  readonly total: number;
}

export interface JobEnv {
  readonly startedAt: number;
  readonly scheduler: Scheduler;
  notify(message: string): void;
}

/** Runs (or continues) the named job from where it stopped. */
export function runJob(name: string, steps: readonly JobStep[], env: JobEnv): JobOutcome {
  const properties = documentProperties();
  const saved = properties.getProperty(KEY_PREFIX + name);
  let next = saved === null ? 0 : Math.min(Number(JSON.parse(saved).next) || 0, steps.length);
  for (; next < steps.length; next += 1) {
    if (Date.now() - env.startedAt > TIME_BUDGET_MS) {
      properties.setProperty(KEY_PREFIX + name, JSON.stringify({ next }));
      // Past the trigger limit this throws in Indonesian; the saved position lets a rerun continue.
      env.scheduler.runLater(RESUME_HANDLER, RESUME_AFTER_MS);
      env.notify(`Batas waktu hampir habis: ${next} dari ${steps.length} langkah selesai, sisanya dilanjutkan otomatis sebentar lagi.`);
      return { finished: false, done: next, total: steps.length };
    }
    const step = steps[next]!;
    env.notify(`${step.label} (${next + 1}/${steps.length})`);
    step.run();
  }
  properties.deleteProperty(KEY_PREFIX + name);
  return { finished: true, done: steps.length, total: steps.length };
}

/** Names of jobs waiting to be resumed. */
export function pendingJobs(): string[] {
  return documentProperties()
    .getKeys()
    .filter((k) => k.startsWith(KEY_PREFIX))
    .map((k) => k.slice(KEY_PREFIX.length));
}
