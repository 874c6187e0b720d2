// Reads a snapshot back, checking everything first: the manifest against SHA256SUMS, every file
// against its SHA-256 and size, then (when decoded) authentication, row and formula counts.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { SyncError } from "../errors";
import type { Spreadsheet, Tab } from "../model";
import { decodeFormulas, decodeValues, gunzip } from "./codec";
import { decrypt, keyCheck } from "./crypto";
import { MANIFEST, SUMS, manifestFiles, parseManifest, type Manifest, type ManifestFile } from "./manifest";

export interface LoadOptions {
  readonly key?: Buffer;
  /** Tabs to decode: names, "all", or "none" (hash checks only). */
  readonly decode: readonly string[] | "all" | "none";
}

export interface Loaded {
  readonly manifest: Manifest;
  readonly spreadsheet: Spreadsheet;
  /** Files whose hash was checked; decoded tabs were also decrypted and parsed. */
  readonly checkedFiles: number;
  readonly decodedTabs: number;
}

const sha256 = (data: Buffer): string => createHash("sha256").update(data).digest("hex");

async function readOrNull(path: string): Promise<Buffer | null> {
  return readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
}

/** Reads the manifest, refusing it unless SHA256SUMS vouches for it. */
export async function openManifest(dir: string): Promise<Manifest> {
  const name = basename(dir);
  const manifestBytes = await readOrNull(join(dir, MANIFEST));
  if (!manifestBytes) throw new SyncError("CORRUPT", `${name}: ${MANIFEST} tidak ada — cadangan tidak lengkap.`);
  const sums = await readOrNull(join(dir, SUMS));
  if (!sums) throw new SyncError("CORRUPT", `${name}: ${SUMS} tidak ada — cadangan tidak lengkap.`);
  const line = sums.toString("utf8").split("\n").find((l) => l.endsWith(`  ${MANIFEST}`));
  if (!line || line.slice(0, 64) !== sha256(manifestBytes)) {
    throw new SyncError("CORRUPT", `${name}/${MANIFEST}: tidak cocok dengan ${SUMS} (rusak atau diubah).`);
  }
  const manifest = parseManifest(manifestBytes.toString("utf8"), name);
  for (const { file } of manifestFiles(manifest)) {
    if (!sums.toString("utf8").includes(`${file.sha256}  ${file.path}\n`)) {
      throw new SyncError("CORRUPT", `${name}/${SUMS}: tidak cocok dengan ${MANIFEST} untuk ${file.path}.`);
    }
  }
  return manifest;
}

export async function loadSnapshot(dir: string, options: LoadOptions): Promise<Loaded> {
  const name = basename(dir);
  const manifest = await openManifest(dir);
  const { key } = options;
  const wanted = (tab: string): boolean => options.decode === "all" || (Array.isArray(options.decode) && options.decode.includes(tab));
  const needsKey = manifest.encryption !== null && manifest.tabs.some((t) => wanted(t.name));
  if (needsKey && !key) {
    throw new SyncError("NO_KEY", `${name}: cadangan ini terenkripsi; berikan kuncinya dengan --key-file atau variabel lingkungan (lihat README).`);
  }
  if (needsKey && key && keyCheck(key) !== manifest.encryption?.keyCheck) {
    throw new SyncError("WRONG_KEY", `${name}: kunci enkripsi salah — bukan kunci yang dipakai saat cadangan ini dibuat.`);
  }

  const problems: string[] = [];
  let checkedFiles = 0;
  const open = async (file: ManifestFile, tab: string): Promise<Buffer | null> => {
    const label = `${file.path} (tab "${tab}")`;
    const data = await readOrNull(join(dir, file.path));
    checkedFiles++;
    if (!data) problems.push(`${label}: berkas tidak ada`);
    else if (data.length !== file.bytes) problems.push(`${label}: ukuran ${data.length} bayt, manifest mencatat ${file.bytes}`);
    else if (sha256(data) !== file.sha256) problems.push(`${label}: isi tidak cocok dengan SHA-256 di manifest (rusak atau diubah)`);
    else return data;
    return null;
  };
  const unpack = async (data: Buffer, file: ManifestFile, tab: string): Promise<Buffer> => {
    const label = `${file.path} (tab "${tab}")`;
    const packed = manifest.encryption && key ? decrypt(data, key, `${manifest.snapshotId}/${file.path}`, label) : data;
    const plain = await gunzip(packed).catch((error: unknown) => {
      throw new SyncError("CORRUPT", `${label}: gzip rusak.`, { cause: error });
    });
    if (plain.length !== file.plainBytes) throw new SyncError("CORRUPT", `${label}: ukuran asli tidak cocok dengan manifest.`);
    return plain;
  };

  const tabs: Tab[] = [];
  for (const t of manifest.tabs) {
    const values = await open(t.values, t.name);
    const formulas = await open(t.formulaFile, t.name);
    if (!values || !formulas || !wanted(t.name)) continue;
    try {
      const rows = decodeValues(await unpack(values, t.values, t.name), t.rows, `${t.values.path} (tab "${t.name}")`);
      const map = decodeFormulas(await unpack(formulas, t.formulaFile, t.name), t.formulas, `${t.formulaFile.path} (tab "${t.name}")`);
      tabs.push({ name: t.name, rows, formulas: map });
    } catch (error) {
      if (!(error instanceof SyncError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) {
    throw new SyncError("CORRUPT", [`Cadangan ${name} rusak atau diubah; tidak dipakai:`, ...problems.map((p) => `  - ${p}`)].join("\n"));
  }
  const source = manifest.source;
  const spreadsheet: Spreadsheet = {
    ...(source.spreadsheetId ? { id: source.spreadsheetId } : {}),
    ...(source.title ? { title: source.title } : {}),
    tabs,
  };
  return { manifest, spreadsheet, checkedFiles, decodedTabs: tabs.length };
}
