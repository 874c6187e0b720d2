// The workbook's cross-process lock: a folder `<workbook>.lock` made and kept fresh by
// proper-lockfile (mkdir, mtime refreshed while held), an owner file inside naming the holder,
// and a takeover of a stale lock that only one process can win.
//
// proper-lockfile's own stale takeover is racy (stat, rmdir, mkdir: a slow taker can remove the
// lock another taker just made, and both hold it — moxystudio/node-proper-lockfile#121), so it
// is switched off (a stale time it never reaches) and done here instead: the stale folder is
// renamed to a unique name (only one rename of it can succeed), checked to be the very folder
// judged stale (its owner token, or its mtime and inode), and only then deleted.
//
// The owner file is written into a staging folder that is then renamed to the lock's name, so a
// lock never exists without its owner, and the lock folder's mtime (proper-lockfile's proof that
// the lock is still its own) is not changed by writing the owner file afterwards.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { lstat, readFile, rename, rm } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, join } from "node:path";
import lockfile from "proper-lockfile";
import { LocalFileError } from "./errors";
import { errnoOf, fileError } from "./file-guard-errors";

export interface LockTiming {
  /** A lock not refreshed for this long belongs to a run that stopped (or froze) and may be taken over. */
  readonly staleMs: number;
  /** How often the holder refreshes its lock (a timer: a blocked event loop delays it). */
  readonly updateMs: number;
  /** Test hook: runs after a stale lock was seen and before it is claimed, to widen a race. */
  readonly onStaleSeen?: () => Promise<void>;
}

// The engine blocks the event loop for several seconds at 50k rows; two minutes leaves a wide
// margin, and a run killed on this computer is recognised at once by its pid (below).
export const DEFAULT_TIMING: LockTiming = { staleMs: 120_000, updateMs: 5_000 };

const OWNER_FILE = "pemilik.json";
const NEVER_MS = 10 * 365 * 86_400_000;

interface Owner {
  readonly token: string;
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

interface Seen {
  readonly mtimeMs: number;
  readonly ino: number;
  readonly owner: Owner | null;
}

export interface HeldLock {
  readonly lockPath: string;
  /** Throws LocalFileError BUSY unless this process still holds the lock and it is fresh. */
  assertHeld(): Promise<void>;
  release(): Promise<void>;
}

/** Tokens of the locks this process holds, by lock path: only those are ever removed by us. */
const ownTokens = new Map<string, string>();

function ownerOf(text: string): Owner | null {
  try {
    const value = JSON.parse(text) as Partial<Owner>;
    return typeof value.token === "string" && typeof value.pid === "number" && typeof value.host === "string" && typeof value.since === "string"
      ? (value as Owner)
      : null;
  } catch {
    return null; // a half-written owner file: treated as no owner, judged by its age alone
  }
}

async function inspect(path: string): Promise<Seen | null> {
  const info = await lstat(path).catch((error: unknown) => {
    if (errnoOf(error) === "ENOENT") return null;
    throw fileError(error, path, "memeriksa kunci");
  });
  if (!info) return null;
  // No owner file (yet, or an old-style lock file): the lock is judged by its age alone.
  const text = info.isDirectory() ? await readFile(join(path, OWNER_FILE), "utf8").catch(() => null) : null;
  return { mtimeMs: info.mtimeMs, ino: info.ino, owner: text === null ? null : ownerOf(text) };
}

/**
 * Whether a lock or a claim folder was left by a process of this computer that is gone (killed
 * mid-way): its owner file says so, or — a staging folder killed before its owner file was
 * written — the pid in its name does.
 */
export async function leftByDeadProcess(path: string): Promise<boolean> {
  const owner = (await inspect(path))?.owner;
  if (owner) return owner.host === hostname() && owner.pid !== process.pid && !pidAlive(owner.pid);
  const pid = Number(/\.baru-(\d+)-[0-9a-f]+$/.exec(path)?.[1] ?? Number.NaN);
  return Number.isInteger(pid) && pid !== process.pid && !pidAlive(pid);
}

/** Whether a process of this computer is running (EPERM: it is, under another user). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoOf(error) !== "ESRCH";
  }
}

function isStale(seen: Seen, timing: LockTiming): boolean {
  if (Date.now() - seen.mtimeMs > timing.staleMs) return true;
  const owner = seen.owner;
  if (owner === null || owner.host !== hostname()) return false;
  // This process's own lock that a failed attempt left (a taker moved it away mid-attempt).
  if (owner.pid === process.pid) return ![...ownTokens.values()].includes(owner.token);
  // A run on this computer that was killed: its pid is gone, no need to wait for the stale time.
  return !pidAlive(owner.pid);
}

function sameInstance(a: Seen, b: Seen): boolean {
  if (a.owner && b.owner) return a.owner.token === b.owner.token;
  return a.owner === null && b.owner === null && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** Removes a lock judged stale, unless another process got to it first (then it is put back). */
async function reclaim(lockPath: string, seen: Seen): Promise<void> {
  // Looked at once more right before the claim: another taker may have replaced it meanwhile,
  // and claiming its fresh lock would make it start over (the put-back below).
  const again = await inspect(lockPath);
  if (!again || !sameInstance(again, seen)) return;
  const claim = `${lockPath}.ambil-${randomBytes(6).toString("hex")}`;
  try {
    await rename(lockPath, claim);
  } catch (error) {
    if (errnoOf(error) === "ENOENT") return; // another process removed it already
    throw fileError(error, lockPath, "mengambil alih kunci");
  }
  const claimed = await inspect(claim);
  if (claimed && sameInstance(claimed, seen)) {
    await rm(claim, { recursive: true, force: true });
    return;
  }
  // We renamed a fresh lock another taker had just made: give it back. If a third process made
  // a new lock meanwhile, the claimed holder loses its lock and notices before it saves.
  await rename(claim, lockPath).catch(() => rm(claim, { recursive: true, force: true }));
}

// proper-lockfile removes its folder with rmdir (on release and at process exit); these remove
// our owner file first, and leave alone a folder whose owner file is not ours (a taker's).
function isOurs(path: string): boolean {
  const token = ownTokens.get(path);
  if (!token) return false;
  try {
    return ownerOf(fs.readFileSync(join(path, OWNER_FILE), "utf8"))?.token === token;
  } catch (error) {
    if (errnoOf(error) === "ENOENT" || errnoOf(error) === "ENOTDIR") return false; // not provably ours
    throw error;
  }
}

/** Owner files waiting to be put in place by lockFs.mkdir, by lock path. */
const pendingOwners = new Map<string, string>();

function existsError(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EEXIST ${path}`), { code: "EEXIST" });
}

const lockFs = {
  ...fs,
  /** Creates the lock folder with its owner file already inside: staging folder, then rename. */
  mkdir(path: string, callback: (error: NodeJS.ErrnoException | null) => void): void {
    const owner = pendingOwners.get(path);
    if (owner === undefined) return fs.mkdir(path, callback);
    // The pid in the name: a run killed before the owner file is in tells the next one it is gone.
    const staging = `${path}.baru-${process.pid}-${randomBytes(6).toString("hex")}`;
    const undo = (error: NodeJS.ErrnoException) => fs.rm(staging, { recursive: true, force: true }, () => callback(error));
    fs.mkdir(staging, (error) => {
      if (error) return callback(error);
      fs.writeFile(join(staging, OWNER_FILE), owner, { flag: "wx" }, (error) => {
        if (error) return undo(error);
        // rename never replaces a folder with an owner file in it (on Windows, no folder at all);
        // an empty one is a lock already released (between its owner's unlink and rmdir).
        fs.rename(staging, path, (error) => {
          if (!error) return callback(null);
          undo(fs.existsSync(path) ? existsError(path) : error);
        });
      });
    });
  },
  rmdir(path: string, callback: (error: NodeJS.ErrnoException | null) => void): void {
    let ours: boolean;
    try {
      ours = isOurs(path);
    } catch (error) {
      return callback(error as NodeJS.ErrnoException);
    }
    if (!ours) return callback(null);
    fs.unlink(join(path, OWNER_FILE), (error) => {
      if (error && error.code !== "ENOENT") return callback(error);
      // ENOTEMPTY: the next run took the lock between our unlink and rmdir; it is released.
      fs.rmdir(path, (error) => callback(error && error.code !== "ENOTEMPTY" && error.code !== "EEXIST" ? error : null));
    });
  },
  rmdirSync(path: string): void {
    if (!isOurs(path)) return;
    fs.rmSync(join(path, OWNER_FILE), { force: true });
    fs.rmdirSync(path);
  },
};

function since(iso: string): string {
  return iso.replace("T", " ").replace(/\.\d+Z$/, " UTC");
}

function busyError(target: string, seen: Seen | null, timing: LockTiming): LocalFileError {
  const who = seen?.owner ? ` (PID ${seen.owner.pid} di komputer ${seen.owner.host}, sejak ${since(seen.owner.since)})` : "";
  const minutes = Math.max(1, Math.round(timing.staleMs / 60_000));
  return new LocalFileError(
    "BUSY",
    `Buku kerja ${basename(target)} sedang dipakai proses lain${who}. Tunggu sampai proses itu selesai lalu jalankan lagi. ` +
      `Kunci dari proses yang terhenti paksa dilepas otomatis setelah ${minutes} menit tanpa pembaruan (${target}.lock).`,
  );
}

function lostError(target: string, timing: LockTiming): LocalFileError {
  return new LocalFileError(
    "BUSY",
    `Kunci buku kerja ${basename(target)} terlepas selama proses berjalan (proses ini tertahan lebih dari ${Math.round(timing.staleMs / 1000)} detik, atau proses lain mengambil alih). ` +
      "Hasil proses ini tidak disimpan agar tidak menimpa pekerjaan proses lain. Jalankan lagi.",
  );
}

async function tryLock(target: string, lockPath: string, timing: LockTiming): Promise<HeldLock | null> {
  let lost = false;
  let release: () => Promise<void>;
  const token = randomBytes(12).toString("hex");
  const owner: Owner = { token, pid: process.pid, host: hostname(), since: new Date().toISOString() };
  pendingOwners.set(lockPath, JSON.stringify(owner));
  try {
    release = await lockfile.lock(target, {
      lockfilePath: lockPath,
      realpath: false,
      retries: 0,
      stale: NEVER_MS,
      update: timing.updateMs,
      fs: lockFs,
      onCompromised: () => {
        lost = true;
      },
    });
  } catch (error) {
    // ENOENT: a taker moved the new folder away while proper-lockfile checked it; try again.
    if (errnoOf(error) === "ELOCKED" || errnoOf(error) === "ENOENT") return null;
    throw fileError(error, lockPath, "mengunci");
  } finally {
    pendingOwners.delete(lockPath);
  }
  ownTokens.set(lockPath, token);
  return {
    lockPath,
    async assertHeld() {
      const deadline = Date.now() + 2 * timing.updateMs + 1_000;
      for (;;) {
        const seen = lost || ownTokens.get(lockPath) !== token ? null : await inspect(lockPath);
        if (!seen || seen.owner?.token !== token || lost) throw lostError(target, timing);
        if (Date.now() - seen.mtimeMs < timing.staleMs / 2) return;
        // Fresh enough to rely on only once the refresh timer, held back by a busy event loop, ran.
        if (Date.now() > deadline) throw lostError(target, timing);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async release() {
      try {
        if (!lost) await release();
      } catch (error) {
        if (errnoOf(error) !== "ERELEASED") throw fileError(error, lockPath, "melepas kunci");
      } finally {
        if (ownTokens.get(lockPath) === token) ownTokens.delete(lockPath);
      }
    },
  };
}

/** Takes the lock of `target`, taking over a stale one; BUSY while a live run holds it. */
export async function acquireLock(target: string, timing: LockTiming = DEFAULT_TIMING): Promise<HeldLock> {
  const lockPath = `${target}.lock`;
  if (ownTokens.has(lockPath)) throw busyError(target, await inspect(lockPath), timing);
  // A few attempts: a takeover race can make an attempt start over (see reclaim).
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const held = await tryLock(target, lockPath, timing);
    if (held) return held;
    const seen = await inspect(lockPath);
    if (!seen) continue;
    if (!isStale(seen, timing)) throw busyError(target, seen, timing);
    await timing.onStaleSeen?.();
    await reclaim(lockPath, seen);
  }
  throw busyError(target, await inspect(lockPath), timing);
}
