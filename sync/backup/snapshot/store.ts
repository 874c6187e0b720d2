// A folder of snapshots: names, listing (with age and size) and finding the newest.
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { SyncError, type ErrorCode } from "../errors";
import { MANIFEST, SUMS, parseManifest, type Manifest } from "./manifest";

/** Unfinished snapshots and snapshots being deleted live under this prefix, hidden from lists. */
export const TMP_PREFIX = ".tmp-";

/** Sortable, filesystem-safe UTC name: 2026-01-15T02-00-00Z. */
export function snapshotName(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z").replace(/:/g, "-");
}

export interface SnapshotEntry {
  readonly dir: string;
  readonly name: string;
  readonly manifest?: Manifest;
  /** When the backup was taken (manifest start time; folder time if the manifest is unreadable). */
  readonly time: Date;
  /** Bytes on disk of every file in the folder. */
  readonly bytes: number;
  /** Why the folder is not a usable snapshot, if it is not. */
  readonly problem?: string;
  /** The kind of problem: CORRUPT (no or damaged manifest), NEWER_FORMAT (made by a newer tool). */
  readonly problemCode?: ErrorCode;
}

export async function isSnapshotDir(dir: string): Promise<boolean> {
  return stat(join(dir, MANIFEST)).then((s) => s.isFile(), () => false);
}

/** A snapshot folder, even one whose manifest is gone: it has the manifest, SHA256SUMS or tabs/. */
export async function looksLikeSnapshot(dir: string): Promise<boolean> {
  if (await isSnapshotDir(dir)) return true;
  const sums = await stat(join(dir, SUMS)).then((s) => s.isFile(), () => false);
  return sums || stat(join(dir, "tabs")).then((s) => s.isDirectory(), () => false);
}

async function diskBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

export async function describeSnapshot(dir: string): Promise<SnapshotEntry> {
  const name = basename(dir);
  const bytes = await diskBytes(dir);
  try {
    const manifest = parseManifest(await readFile(join(dir, MANIFEST), "utf8"), name);
    return { dir, name, manifest, time: new Date(manifest.startedAt), bytes };
  } catch (error) {
    const info = await stat(dir);
    if (error instanceof SyncError) return { dir, name, time: info.mtime, bytes, problem: error.message, problemCode: error.code };
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    const problem = missing ? `${MANIFEST} tidak ada — cadangan tidak lengkap, atau folder ini bukan cadangan` : `${MANIFEST} tidak bisa dibaca`;
    return { dir, name, time: info.mtime, bytes, problem, problemCode: "CORRUPT" };
  }
}

/**
 * Snapshots in a collection folder, newest first, plus unfinished temporary folders. Every other
 * folder is listed too, with its problem (no manifest, damaged, newer format): never skipped.
 */
export async function listSnapshots(collection: string): Promise<{ snapshots: SnapshotEntry[]; unfinished: string[] }> {
  const entries = await readdir(collection, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") throw new SyncError("NOT_FOUND", `Folder ${collection} tidak ada.`);
    throw error;
  });
  const snapshots: SnapshotEntry[] = [];
  const unfinished: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const dir = join(collection, entry.name);
    if (entry.name.startsWith(TMP_PREFIX)) unfinished.push(dir);
    else snapshots.push(await describeSnapshot(dir));
  }
  snapshots.sort((a, b) => b.time.getTime() - a.time.getTime() || b.name.localeCompare(a.name));
  return { snapshots, unfinished };
}

/**
 * A snapshot folder as given, or the newest complete snapshot when given a collection; `passedOver`
 * are the newer folders that could not be used (a newer format, damaged), for a notice.
 */
export async function resolveSnapshot(path: string): Promise<{ dir: string; newestOf?: string; passedOver?: SnapshotEntry[] }> {
  if (await looksLikeSnapshot(path)) return { dir: path };
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) throw new SyncError("NOT_FOUND", `Cadangan ${path} tidak ada.`);
  const { snapshots } = await listSnapshots(path);
  const index = snapshots.findIndex((s) => !s.problem);
  const newest = snapshots[index];
  if (!newest) {
    const newer = snapshots.find((s) => s.problemCode === "NEWER_FORMAT");
    if (newer) throw new SyncError("NEWER_FORMAT", `Folder ${path} hanya berisi cadangan yang tidak bisa dibaca versi ini. ${newer.problem}`);
    throw new SyncError("NOT_FOUND", `Folder ${path} tidak berisi cadangan yang lengkap.`);
  }
  return { dir: newest.dir, newestOf: path, passedOver: snapshots.slice(0, index) };
}
