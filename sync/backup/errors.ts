// The tool's own errors: a stable code, an Indonesian message, and the exit code the CLI uses.
import { LocalFileError, type LocalErrorCode } from "../local/errors";

export type ErrorCode =
  | "BAD_ARGS" // the command line is wrong
  | "NO_CREDENTIALS" // no usable Google credentials
  | "NO_ACCESS" // credentials work but may not touch this spreadsheet (or lack the scope)
  | "NOT_FOUND" // spreadsheet, tab, file or snapshot does not exist
  | "EXISTS" // refusing to overwrite something that exists
  | "CORRUPT" // a snapshot or file failed its checks
  | "WRONG_KEY" // the encryption key does not open this snapshot
  | "NO_KEY" // the snapshot is encrypted and no key was given
  | "QUOTA" // API quota still exhausted after retrying
  | "UNAVAILABLE" // server errors or dropped connections persisted after retrying
  | "REJECTED" // the API refused the request as invalid (400)
  | "CANCELLED" // the user said no at the confirmation
  | "PARTIAL_WRITE" // a write stopped part-way; the message lists what was written
  | "CONFLICT" // the sheet changed under a run (rows sorted or added); nothing was written
  | "IN_USE" // a local .xlsx is in use: another run holds its lock, or Excel/LibreOffice has it open
  | "NEWER_FORMAT" // a snapshot made by a newer version of the tool (its format number is higher)
  | "WRITE_FAILED" // a local file could not be written (disk full, storage error); the old file is kept
  | "INTERNAL";

/** Exit codes, one per family of causes, so scripts (cron) can react without parsing text. */
const EXIT_CODES: Record<ErrorCode, number> = {
  BAD_ARGS: 2,
  NO_CREDENTIALS: 3,
  NO_ACCESS: 3,
  NOT_FOUND: 4,
  EXISTS: 4,
  CORRUPT: 5,
  WRONG_KEY: 5,
  NO_KEY: 5,
  QUOTA: 6,
  UNAVAILABLE: 6,
  REJECTED: 9,
  CANCELLED: 7,
  PARTIAL_WRITE: 8,
  CONFLICT: 11,
  IN_USE: 12,
  NEWER_FORMAT: 13,
  WRITE_FAILED: 14,
  INTERNAL: 10,
};

/** Exit code of `diff` when the two places differ (like diff(1)); errors use 2 and up. */
export const EXIT_DIFFERENT = 1;

export class SyncError extends Error {
  override readonly name = "SyncError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get exitCode(): number {
    return EXIT_CODES[this.code];
  }
}

export function isSyncError(value: unknown): value is SyncError {
  return value instanceof SyncError;
}

/**
 * Any thrown value as a SyncError. Unknown failures become INTERNAL and show only the error's
 * name and code: library messages can quote input (JSON.parse quotes the text it choked on), and
 * that input may be a register row with personal data. SYNC_DEBUG=1 prints the full cause.
 */
export function asSyncError(value: unknown): SyncError {
  if (value instanceof SyncError) return value;
  if (value instanceof LocalFileError) return syncErrorOfLocal(value);
  const name = value instanceof Error ? value.name : typeof value;
  const code = (value as { code?: unknown } | null)?.code;
  const detail = typeof code === "string" || typeof code === "number" ? `${name} ${code}` : name;
  return new SyncError(
    "INTERNAL",
    `Kesalahan tak terduga (${detail}). Jalankan ulang dengan SYNC_DEBUG=1 untuk rinciannya.`,
    { cause: value },
  );
}

/** The local file guard's codes (sync/local/file-guard.ts) in this tool's families: one table. */
const FROM_LOCAL: Record<LocalErrorCode, ErrorCode> = {
  BUSY: "IN_USE",
  OPEN_IN_APP: "IN_USE",
  CHANGED: "CONFLICT",
  READ_ONLY: "NO_ACCESS",
  NO_ACCESS: "NO_ACCESS",
  WRITE_FAILED: "WRITE_FAILED",
  NOT_FOUND: "NOT_FOUND",
  INVALID: "BAD_ARGS",
  BAD_ARGS: "BAD_ARGS",
  VERIFY_FAILED: "WRITE_FAILED",
};

/** A LocalFileError (already worded for staff) as this tool's error, message kept. */
export function syncErrorOfLocal(error: LocalFileError): SyncError {
  return new SyncError(FROM_LOCAL[error.code] ?? "INTERNAL", error.message, { cause: error });
}

/** Runs `work`, turning the file guard's LocalFileError into SyncError at this boundary. */
export async function withLocalErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof LocalFileError ? syncErrorOfLocal(error) : error;
  }
}
