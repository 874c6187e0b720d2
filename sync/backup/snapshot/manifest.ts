// The snapshot manifest: what was copied from where and when, and a SHA-256 for every file.
import { SyncError } from "../errors";

export const FORMAT = "sertifikasi-cadangan/1";
const FORMAT_NAME = "sertifikasi-cadangan";
const FORMAT_NUMBER = 1;
export const MANIFEST = "manifest.json";
/** `sha256sum -c SHA256SUMS` checks a snapshot without this tool; it also covers the manifest. */
export const SUMS = "SHA256SUMS";

export interface ManifestFile {
  /** Path inside the snapshot folder, with forward slashes. */
  readonly path: string;
  readonly sha256: string;
  /** Bytes on disk (compressed, and encrypted when the snapshot is). */
  readonly bytes: number;
  /** Bytes before compression. */
  readonly plainBytes: number;
}

export interface ManifestTab {
  readonly name: string;
  readonly index: number;
  readonly rows: number;
  readonly columns: number;
  readonly formulas: number;
  readonly values: ManifestFile;
  readonly formulaFile: ManifestFile;
}

export interface ManifestSource {
  readonly kind: "sheets" | "xlsx" | "snapshot";
  readonly spreadsheetId?: string;
  readonly title?: string;
  /** File name for .xlsx sources (no folder: it may name a person's home directory). */
  readonly file?: string;
}

export interface Manifest {
  readonly format: typeof FORMAT;
  /** Random id; part of the encryption AAD so files cannot be moved between snapshots. */
  readonly snapshotId: string;
  readonly tool: { readonly name: string; readonly version: string };
  readonly source: ManifestSource;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly durationMs: number;
  readonly requests?: { readonly reads: number; readonly writes: number; readonly retries: number };
  readonly compression: "gzip";
  readonly encryption: null | { readonly algorithm: "AES-256-GCM"; readonly keyCheck: string };
  readonly tabs: readonly ManifestTab[];
  readonly totals: { readonly rows: number; readonly cells: number; readonly bytes: number; readonly plainBytes: number };
}

export function manifestFiles(manifest: Manifest): { file: ManifestFile; tab: string }[] {
  return manifest.tabs.flatMap((t) => [
    { file: t.values, tab: t.name },
    { file: t.formulaFile, tab: t.name },
  ]);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isFile = (v: unknown): boolean =>
  isObj(v) && typeof v["path"] === "string" && /^[0-9a-f]{64}$/.test(String(v["sha256"])) &&
  typeof v["bytes"] === "number" && typeof v["plainBytes"] === "number" &&
  // Paths stay inside the snapshot: no "..", no absolute paths.
  /^tabs\/[0-9A-Za-z._-]+$/.test(String(v["path"]));

/** The format number of a manifest ("sertifikasi-cadangan/2" → 2), or null when it is not ours. */
function formatNumber(format: unknown): number | null {
  const match = typeof format === "string" ? /^sertifikasi-cadangan\/(\d+)$/.exec(format) : null;
  return match ? Number(match[1]) : null;
}

/**
 * Parses and checks the manifest's shape; anything off is CORRUPT, except a manifest of a newer
 * format, which this version cannot read but which is not damaged: NEWER_FORMAT.
 */
export function parseManifest(text: string, where: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SyncError("CORRUPT", `${where}/${MANIFEST}: bukan JSON yang sah.`);
  }
  const number = isObj(value) ? formatNumber(value["format"]) : null;
  if (number !== null && number > FORMAT_NUMBER) {
    throw new SyncError(
      "NEWER_FORMAT",
      `${where}: dibuat oleh versi alat yang lebih baru (format ${FORMAT_NAME}/${number}; versi ini membaca format ${FORMAT_NUMBER}). ` +
        "Cadangan ini tidak rusak: perbarui alat ini (ambil versi terbaru aplikasi, lalu npm install) untuk memeriksa atau memulihkannya.",
    );
  }
  const ok =
    isObj(value) && value["format"] === FORMAT && typeof value["snapshotId"] === "string" &&
    isObj(value["source"]) && typeof value["startedAt"] === "string" && typeof value["finishedAt"] === "string" &&
    Array.isArray(value["tabs"]) &&
    value["tabs"].every((t: unknown) => isObj(t) && typeof t["name"] === "string" && typeof t["rows"] === "number" &&
      typeof t["formulas"] === "number" && isFile(t["values"]) && isFile(t["formulaFile"])) &&
    (value["encryption"] === null || (isObj(value["encryption"]) && typeof value["encryption"]["keyCheck"] === "string"));
  if (!ok) throw new SyncError("CORRUPT", `${where}/${MANIFEST}: isinya tidak sesuai format ${FORMAT}.`);
  return value as unknown as Manifest;
}
