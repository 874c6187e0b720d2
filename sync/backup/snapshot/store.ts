// A folder of snapshots: names, listing (with age and size) and finding the newest.
import { readFile, readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { SyncError } from "../errors";
import { MANIFEST, parseManifest, type Manifest } from "./manifest";

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
}

export async function isSnapshotDir(dir: string): Promise<boolean> {
  return stat(join(dir, MANIFEST)).then((s) => s.isFile(), () => false);
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
    const problem = error instanceof SyncError ? error.message : "manifest.json tidak bisa dibaca";
    return { dir, name, time: info.mtime, bytes, problem };
  }
}

/** Snapshots in a collection folder, newest first, plus unfinished temporary folders. */
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
    else if (await isSnapshotDir(dir)) snapshots.push(await describeSnapshot(dir));
  }
  snapshots.sort((a, b) => b.time.getTime() - a.time.getTime() || b.name.localeCompare(a.name));
  return { snapshots, unfinished };
}

/** A snapshot folder as given, or the newest complete snapshot when given a collection. */
export async function resolveSnapshot(path: string): Promise<{ dir: string; newestOf?: string }> {
  if (await isSnapshotDir(path)) return { dir: path };
  const info = await stat(path).catch(() => undefined);
  if (!info?.isDirectory()) throw new SyncError("NOT_FOUND", `Cadangan ${path} tidak ada.`);
  const { snapshots } = await listSnapshots(path);
  const newest = snapshots.find((s) => !s.problem);
  if (!newest) throw new SyncError("NOT_FOUND", `Folder ${path} tidak berisi cadangan yang lengkap.`);
  return { dir: newest.dir, newestOf: path };
}
