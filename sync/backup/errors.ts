// The tool's own errors: a stable code, an Indonesian message, and the exit code the CLI uses.

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
  const name = value instanceof Error ? value.name : typeof value;
  const code = (value as { code?: unknown } | null)?.code;
  const detail = typeof code === "string" || typeof code === "number" ? `${name} ${code}` : name;
  return new SyncError(
    "INTERNAL",
    `Kesalahan tak terduga (${detail}). Jalankan ulang dengan SYNC_DEBUG=1 untuk rinciannya.`,
    { cause: value },
  );
}
