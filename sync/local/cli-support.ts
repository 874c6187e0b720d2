// One place that turns a command's outcome into an exit code and errors into Indonesian messages.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LockBusyError, WorkbookError } from "../../apps-script/core/ports";
import { SyncError } from "../backup/errors";

/** Message for staff, without stack traces; unexpected errors keep their text for a bug report. */
export function describeError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof WorkbookError) return { message: `Galat (${error.code}): ${error.message}`, exitCode: 2 };
  if (error instanceof LockBusyError) return { message: error.message, exitCode: 3 };
  if (error instanceof SyncError) return { message: `Galat [${error.code}]: ${error.message}`, exitCode: error.exitCode };
  if (error instanceof TypeError && /parseArgs|Unknown option|ERR_PARSE_ARGS/.test(String((error as NodeJS.ErrnoException).code ?? error.message))) {
    return { message: `Argumen tidak dikenal: ${error.message}. Lihat --help.`, exitCode: 64 };
  }
  return { message: `Galat tak terduga: ${(error as Error)?.message ?? String(error)}`, exitCode: 1 };
}

/** Runs `main` when this module is the entry point (not when a test imports it). */
export function runCli(moduleUrl: string, main: (argv: string[]) => Promise<number>): void {
  const entry = process.argv[1];
  if (!entry || realpathSync(entry) !== realpathSync(fileURLToPath(moduleUrl))) return;
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const { message, exitCode } = describeError(error);
      console.error(message);
      process.exitCode = exitCode;
    },
  );
}
