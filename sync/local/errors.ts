// The local commands' own failures: a code for scripts, an exit code, and a message for staff.
// Every path that stops `npm start` or `npm run tenggat` ends in one of these (or a core error
// mapped beside them in cli-support.ts), so the README's exit-code table is the whole story.

/**
 * Why a local command stopped. Exit codes (README "Kode keluar"):
 * 0 done · 1 unexpected · 2 workbook or configuration not valid, nothing changed ·
 * 3 workbook in use (another run, an office app, or changed during the run) ·
 * 4 workbook cannot be written (read-only, no permission, disk) · 5 save refused by the
 * self-check (the old file kept) · 64 bad arguments or environment values.
 */
export const LOCAL_EXIT_CODES = {
  INVALID: 2,
  NOT_FOUND: 2,
  BUSY: 3,
  OPEN_IN_APP: 3,
  CHANGED: 3,
  READ_ONLY: 4,
  NO_ACCESS: 4,
  WRITE_FAILED: 4,
  VERIFY_FAILED: 5,
  BAD_ARGS: 64,
} as const;

export type LocalErrorCode = keyof typeof LOCAL_EXIT_CODES;

/** A failure of a local command, already worded for staff (Indonesian, no personal data). */
export class LocalFileError extends Error {
  constructor(
    readonly code: LocalErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "LocalFileError";
  }

  get exitCode(): number {
    return LOCAL_EXIT_CODES[this.code];
  }
}
