// The tool's own errors: a stable code, an Indonesian message, and the exit code the CLI uses.
import { ERROR_CODES, EXIT_DIFFERENT, syncCodeOf, type SyncCode } from "../../apps-script/core/errors/codes";
import { LocalFileError } from "../local/errors";

/** The tool's codes; their meanings and exit codes (one per family of causes, so scripts such as
 * cron can react without parsing text) are in the one table, apps-script/core/errors/codes.ts. */
export type ErrorCode = SyncCode;

/** Exit code of `diff` when the two places differ (like diff(1)); errors use 2 and up. */
export { EXIT_DIFFERENT };

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
    return ERROR_CODES[this.code].sync;
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

/** A LocalFileError (already worded for staff) as this tool's error, message kept. */
export function syncErrorOfLocal(error: LocalFileError): SyncError {
  // The local file guard's codes (sync/local/file-guard.ts) in this tool's families, from the one table.
  return new SyncError(syncCodeOf(error.code) ?? "INTERNAL", error.message, { cause: error });
}

/** Runs `work`, turning the file guard's LocalFileError into SyncError at this boundary. */
export async function withLocalErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof LocalFileError ? syncErrorOfLocal(error) : error;
  }
}
