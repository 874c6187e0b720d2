// Node adapters for the small ports: the system clock (or a fixed instant for demos and tests),
// an in-process lock, and a lock file that keeps two commands off the same workbook.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { type Clock, type Lock, LockBusyError } from "../../apps-script/core/ports";
import { parseFixedNow } from "./fixed-now";

/**
 * The real clock, or the instant in SERTIFIKASI_SEKARANG (ISO 8601) for reproducible runs. A bad
 * value throws LocalFileError("BAD_ARGS") with an example of a good one (exit 64).
 */
export function systemClock(env: NodeJS.ProcessEnv = process.env): Clock {
  const fixed = env.SERTIFIKASI_SEKARANG;
  if (fixed !== undefined && fixed.trim() !== "") {
    const instant = parseFixedNow(fixed);
    return { now: () => new Date(instant) };
  }
  return { now: () => new Date() };
}

export function fixedClock(iso: string): Clock {
  return { now: () => new Date(iso) };
}

/** Node runs one command at a time per process; the file lock guards across processes. */
export const inProcessLock: Lock = { runExclusive: (work) => work() };

const STALE_AFTER_MS = 10 * 60_000;

/**
 * Holds `<workbook>.lock` while `work` runs. Created atomically (`wx`); a lock left by a process
 * that died (its pid gone, or older than ten minutes) is taken over.
 */
export async function withFileLock<T>(target: string, work: () => Promise<T>): Promise<T> {
  const path = `${target}.lock`;
  mkdirSync(dirname(path), { recursive: true });
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch {
    if (!isStale(path)) throw new LockBusyError(`Berkas ${target} sedang dipakai proses lain (${path}). Coba lagi setelah proses itu selesai.`);
    unlinkSync(path);
    fd = openSync(path, "wx");
  }
  writeSync(fd, String(process.pid));
  closeSync(fd);
  try {
    return await work();
  } finally {
    if (existsSync(path)) unlinkSync(path);
  }
}

function isStale(path: string): boolean {
  try {
    const pid = Number(readFileSync(path, "utf8"));
    if (Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) return true;
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
}
