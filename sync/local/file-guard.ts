// Keeps a local workbook safe on disk: one run at a time across processes (withWorkbookLock),
// never written while an office app has it open, and replaced whole or not at all
// (replaceFileDurably) with its permissions kept. Used by `npm start` and by `npm run sync`.
import { createHash, randomBytes } from "node:crypto";
import { constants, lstatSync, type Stats } from "node:fs";
import { access, chmod, chown, lstat, mkdir, open, readFile, readdir, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { changedError, errnoOf, fileError, openInAppError, readOnlyError, type OfficeApp } from "./file-guard-errors";
import { acquireLock, DEFAULT_TIMING, type HeldLock, leftByDeadProcess, type LockTiming } from "./file-guard-lock";

export type { LockTiming } from "./file-guard-lock";

/** What `work` gets while it holds the workbook's lock. */
export interface WorkbookLock {
  /** The workbook, resolved (symlinks followed): the file the lock guards. */
  readonly path: string;
  /** The lock folder beside it (`<workbook>.lock`). */
  readonly lockPath: string;
  /** Temporary files a killed run had left beside the workbook, removed before `work` started (names). */
  readonly removedLeftovers: readonly string[];
  /** Throws LocalFileError BUSY when the lock was lost (this run stalled and another took over). */
  assertHeld(): Promise<void>;
}

export interface ReplaceOptions {
  /** SHA-256 (hex) of the file as it was read; a different file on disk is refused (CHANGED). */
  readonly expectedSha256?: string;
  /**
   * Runs when the new content is complete and fsynced, just before it replaces the file, with its
   * SHA-256: the moment to journal the save (StagedOutputs.seal in sync/letters/staged-outputs.ts).
   */
  readonly beforeReplace?: (sha256: string) => Promise<void>;
}

export interface WorkbookLockOptions {
  /** Stale and refresh times; tests shorten them. */
  readonly timing?: LockTiming;
}

/** Locks this process holds, by workbook: replaceFileDurably checks them just before replacing. */
const heldLocks = new Map<string, HeldLock>();

export const sha256Hex = (data: Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** SHA-256 of a file's bytes, or null when there is no such file. */
export async function fileSha256(path: string): Promise<string | null> {
  try {
    return sha256Hex(await readFile(path));
  } catch (error) {
    if (errnoOf(error) === "ENOENT") return null;
    throw fileError(error, path, "membaca");
  }
}

/** The file a path names, symlinks followed, so a replace never turns a link into a copy. */
async function realTarget(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if (errnoOf(error) === "ENOENT") return resolve(path);
    throw fileError(error, path, "membuka");
  }
}

/**
 * The lock file an office app keeps beside a document it has open, if there is one: LibreOffice's
 * `.~lock.<name>#`, Excel's owner file `~$<name>` — which for longer names replaces the first two
 * characters instead ("sertifikasi.xlsx" → "~$rtifikasi.xlsx"; see "Description of how Word
 * creates temporary files", support.microsoft.com, and LibreOffice's svl/source/misc/
 * msodocumentlockfile.cxx, which writes both forms), so both forms are looked for.
 */
export function officeAppLock(path: string): { app: OfficeApp; lockFile: string } | null {
  const dir = dirname(path);
  const name = basename(path);
  const candidates: { app: OfficeApp; file: string }[] = [
    { app: "LibreOffice", file: `.~lock.${name}#` },
    { app: "Excel", file: `~$${name}` },
    ...(name.length > 2 ? [{ app: "Excel" as const, file: `~$${name.slice(2)}` }] : []),
  ];
  for (const { app, file } of candidates) {
    try {
      lstatSync(join(dir, file));
      return { app, lockFile: join(dir, file) };
    } catch (error) {
      if (errnoOf(error) !== "ENOENT" && errnoOf(error) !== "ENOTDIR") throw fileError(error, path, "memeriksa");
    }
  }
  return null;
}

function refuseIfOpen(path: string): void {
  const office = officeAppLock(path);
  if (office) throw openInAppError(path, office.app, office.lockFile);
}

async function statOrNull(path: string): Promise<Stats | null> {
  return stat(path).catch((error: unknown) => {
    if (errnoOf(error) === "ENOENT") return null;
    throw fileError(error, path, "memeriksa");
  });
}

async function refuseIfNotWritable(path: string, info: Stats): Promise<void> {
  if (info.isDirectory()) throw fileError(Object.assign(new Error("EISDIR"), { code: "EISDIR" }), path);
  // Replacing needs only the folder's write permission, so the file's own marks are checked here.
  if ((info.mode & 0o222) === 0) throw readOnlyError(path);
  if (process.getuid?.() !== 0) await access(path, constants.W_OK).catch((error: unknown) => Promise.reject(fileError(error, path)));
}

const sameStat = (a: Stats, b: Stats): boolean => a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/** CHANGED unless the file is still the one read (hashed again only when its stat moved). */
async function refuseIfChanged(path: string, before: Stats | null, expected: string | undefined, hashed: { stat: Stats | null }): Promise<void> {
  const now = await statOrNull(path);
  if (expected === undefined) {
    if (!before && now) throw changedError(path); // someone created it meanwhile
    return;
  }
  if (!now) throw changedError(path);
  if (hashed.stat && sameStat(hashed.stat, now)) return;
  if ((await fileSha256(path)) !== expected) throw changedError(path);
  hashed.stat = now;
}

async function syncDir(path: string): Promise<void> {
  // Makes the rename itself durable. Some systems cannot fsync a folder (Windows): that is no error.
  const handle = await open(path, "r").catch((error: unknown) => {
    if (["EISDIR", "EPERM", "EACCES"].includes(errnoOf(error) ?? "")) return null;
    throw error;
  });
  if (!handle) return;
  try {
    await handle.sync().catch((error: unknown) => {
      if (!["EINVAL", "EBADF", "ENOTSUP", "EPERM"].includes(errnoOf(error) ?? "")) throw error;
    });
  } finally {
    await handle.close();
  }
}

/**
 * Temp file in the same folder (mode 0600), write, fsync, set the original file's mode (and
 * owner when running as root), re-check, rename over, fsync the folder; temp removed on any
 * failure. Refuses a read-only target (LocalFileError READ_ONLY), a file that changed since it
 * was read (expectedSha256 differs → CHANGED), a file an office app has open (OPEN_IN_APP), and
 * any save once this process lost the workbook's lock (BUSY). A new file is created private (0600).
 */
export async function replaceFileDurably(path: string, data: Uint8Array, options: ReplaceOptions = {}): Promise<void> {
  const target = await realTarget(path);
  const before = await statOrNull(target);
  if (before) await refuseIfNotWritable(target, before);
  else if (options.expectedSha256 !== undefined) throw changedError(target);
  refuseIfOpen(target);
  const hashed = { stat: null as Stats | null };
  await refuseIfChanged(target, before, options.expectedSha256, hashed);
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temporary, "wx", 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (before && process.platform !== "win32") {
      if (process.getuid?.() === 0) await chown(temporary, before.uid, before.gid);
      await chmod(temporary, before.mode & 0o7777);
    }
    // Re-checked at the last moment: the run may have taken minutes.
    refuseIfOpen(target);
    await refuseIfChanged(target, before, options.expectedSha256, hashed);
    await heldLocks.get(target)?.assertHeld();
    await options.beforeReplace?.(sha256Hex(data));
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    // File-system errors are worded for staff; any other (a beforeReplace bug) keeps its own text.
    throw errnoOf(error) ? fileError(error, target) : error;
  }
  await syncDir(dirname(target)).catch((error: unknown) => Promise.reject(fileError(error, target)));
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LEFTOVER_CLAIM_MS = 60_000;

/** Files beside the workbook that only a killed run leaves: ours, and earlier versions' names. */
async function removeLeftovers(target: string): Promise<string[]> {
  const dir = dirname(target);
  const name = basename(target);
  const patterns = [
    new RegExp(`^\\.${escapeRegExp(name)}\\..+\\.tmp$`), // replaceFileDurably; the old XlsxWorkbookFile.save
    new RegExp(`^${escapeRegExp(name)}\\.[0-9a-f]{8}\\.tmp$`), // the old sync-tool restore
    new RegExp(`^${escapeRegExp(name)}\\.ekspor\\.xlsx$`), // the old sync-tool export
  ];
  // A takeover, or a lock being made, that was killed midway.
  const claim = new RegExp(`^${escapeRegExp(name)}\\.lock\\.(ambil|baru)-(\\d+-)?[0-9a-f]+$`);
  const removed: string[] = [];
  for (const entry of await readdir(dir)) {
    const full = join(dir, entry);
    const isClaim = claim.test(entry);
    if (!isClaim && !patterns.some((p) => p.test(entry))) continue;
    if (isClaim) {
      // A younger one may be another process's takeover in progress.
      const info = await lstat(full).catch(() => null);
      if (!info || (Date.now() - info.mtimeMs < LEFTOVER_CLAIM_MS && !(await leftByDeadProcess(full)))) continue;
    }
    await rm(full, { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

/**
 * Holds the workbook's lock across processes while `work` runs (proper-lockfile, refreshed every
 * few seconds; stale only when the holder stopped refreshing it, so a long run keeps it). Refuses
 * (OPEN_IN_APP) while an office app's lock file is beside the workbook, (BUSY) while another run
 * holds it. Removes temporary files a killed run left, under the lock, and tells `work` which.
 * A run whose lock was lost (it stalled past the stale time) cannot save: replaceFileDurably
 * asks the lock first.
 */
export async function withWorkbookLock<T>(path: string, work: (lock: WorkbookLock) => Promise<T>, options: WorkbookLockOptions = {}): Promise<T> {
  const target = await realTarget(path);
  await mkdir(dirname(target), { recursive: true }).catch((error: unknown) => Promise.reject(fileError(error, target, "mengunci")));
  const held = await acquireLock(target, options.timing ?? DEFAULT_TIMING);
  let result: T;
  try {
    refuseIfOpen(target);
    const removedLeftovers = await removeLeftovers(target);
    heldLocks.set(target, held);
    result = await work({ path: target, lockPath: held.lockPath, removedLeftovers, assertHeld: () => held.assertHeld() });
  } catch (error) {
    heldLocks.delete(target);
    await held.release().catch(() => undefined); // the work's error is the one to report
    throw error;
  }
  heldLocks.delete(target);
  await held.release();
  return result;
}
