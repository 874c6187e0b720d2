// The local commands' own failures: a code for scripts, an exit code, and a message for staff.
// Every path that stops `npm start` or `npm run tenggat` ends in one of these (or a core error
// mapped beside them in cli-support.ts), so the README's exit-code table is the whole story.
import { ERROR_CODES, type ErrorCode, exitCodeOf, type LocalCode } from "../../apps-script/core/errors/codes";

/**
 * Why a local command stopped, and its exit code, from the one table of codes
 * (apps-script/core/errors/codes.ts, tested against the README's "kode keluar" table):
 * 2 workbook or configuration not valid, nothing changed · 3 workbook in use (another run, an
 * office app, or changed during the run) · 4 workbook cannot be written (read-only, no
 * permission, disk) · 5 save refused by the self-check (the old file kept) · 64 bad arguments.
 */
export type LocalErrorCode = LocalCode;

export const LOCAL_EXIT_CODES: Readonly<Record<LocalErrorCode, number>> = Object.fromEntries(
  (Object.keys(ERROR_CODES) as ErrorCode[]).flatMap((code) => {
    const exit = exitCodeOf(code, "start");
    return exit === null || code === "UNEXPECTED" ? [] : [[code, exit]];
  }),
) as Record<LocalErrorCode, number>;

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
