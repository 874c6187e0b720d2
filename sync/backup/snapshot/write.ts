// Writes a snapshot into a hidden temporary folder and renames it into view only when complete,
// so an interrupted backup can never look like a finished one.
import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { formulaCount, tabHeight, tabWidth, type Spreadsheet } from "../model";
import type { Progress } from "../progress";
import { TOOL } from "../version";
import { encodeFormulas, encodeValues, gzip } from "./codec";
import { ALGORITHM, encrypt, keyCheck } from "./crypto";
import { FORMAT, MANIFEST, SUMS, type Manifest, type ManifestFile, type ManifestSource, type ManifestTab } from "./manifest";
import { TMP_PREFIX, snapshotName } from "./store";

export interface WriteSnapshotOptions {
  readonly source: ManifestSource;
  readonly startedAt: Date;
  readonly now: () => Date;
  readonly key?: Buffer;
  readonly requests?: Manifest["requests"];
  readonly progress?: Progress;
}

/** Writes and fsyncs a file: a power cut right after the rename must not leave empty files. */
async function durableWrite(path: string, data: Buffer | string): Promise<void> {
  const handle = await open(path, "wx", 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncDir(path: string): Promise<void> {
  // Directory fsync makes the rename itself durable; not supported everywhere (Windows).
  const handle = await open(path, "r").catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

const sha256 = (data: Buffer | string): string => createHash("sha256").update(data).digest("hex");

async function freeName(collection: string, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!(await stat(join(collection, name)).catch(() => undefined))) return name;
  }
}

export async function writeSnapshot(collection: string, data: Spreadsheet, options: WriteSnapshotOptions): Promise<{ dir: string; manifest: Manifest }> {
  await mkdir(collection, { recursive: true });
  const snapshotId = randomUUID();
  const tmp = join(collection, `${TMP_PREFIX}${snapshotId}`);
  await mkdir(join(tmp, "tabs"), { recursive: true, mode: 0o700 });
  try {
    const { key } = options;
    const storeFile = async (path: string, plain: Buffer): Promise<ManifestFile> => {
      const packed = await gzip(plain);
      const stored = key ? encrypt(packed, key, `${snapshotId}/${path}`) : packed;
      await durableWrite(join(tmp, path), stored);
      return { path, sha256: sha256(stored), bytes: stored.length, plainBytes: plain.length };
    };
    options.progress?.begin("Menyimpan", data.tabs.length);
    const tabs: ManifestTab[] = [];
    for (const [i, tab] of data.tabs.entries()) {
      const base = `tabs/${String(i + 1).padStart(3, "0")}`;
      const ext = key ? ".enc" : "";
      tabs.push({
        name: tab.name,
        index: i,
        rows: tabHeight(tab),
        columns: tabWidth(tab),
        formulas: formulaCount(tab),
        values: await storeFile(`${base}.values.jsonl.gz${ext}`, encodeValues(tab)),
        formulaFile: await storeFile(`${base}.formulas.json.gz${ext}`, encodeFormulas(tab)),
      });
      options.progress?.advance(1);
    }
    options.progress?.end();
    const finishedAt = options.now();
    const files = tabs.flatMap((t) => [t.values, t.formulaFile]);
    const manifest: Manifest = {
      format: FORMAT,
      snapshotId,
      tool: { name: TOOL.name, version: TOOL.version },
      source: options.source,
      startedAt: options.startedAt.toISOString(),
      finishedAt: finishedAt.toISOString(),
      durationMs: finishedAt.getTime() - options.startedAt.getTime(),
      ...(options.requests ? { requests: options.requests } : {}),
      compression: "gzip",
      encryption: key ? { algorithm: ALGORITHM, keyCheck: keyCheck(key) } : null,
      tabs,
      totals: {
        rows: tabs.reduce((n, t) => n + t.rows, 0),
        cells: data.tabs.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.length, 0), 0),
        bytes: files.reduce((n, f) => n + f.bytes, 0),
        plainBytes: files.reduce((n, f) => n + f.plainBytes, 0),
      },
    };
    const manifestText = JSON.stringify(manifest, null, 2) + "\n";
    await durableWrite(join(tmp, MANIFEST), manifestText);
    const sums = [`${sha256(manifestText)}  ${MANIFEST}`, ...files.map((f) => `${f.sha256}  ${f.path}`)].join("\n") + "\n";
    await durableWrite(join(tmp, SUMS), sums);
    await syncDir(join(tmp, "tabs"));
    await syncDir(tmp);
    const dir = join(collection, await freeName(collection, snapshotName(options.startedAt)));
    await rename(tmp, dir); // the moment the snapshot becomes visible, complete
    await syncDir(collection);
    return { dir, manifest };
  } catch (error) {
    options.progress?.end();
    await rm(tmp, { recursive: true, force: true });
    throw error;
  }
}
