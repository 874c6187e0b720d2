// One place that turns a command's outcome into an exit code and errors into Indonesian messages.
import { realpathSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { type ErrorCode, exitCodeOf } from "../../apps-script/core/errors/codes";
import { LockBusyError, WorkbookError } from "../../apps-script/core/ports";
import { engineText } from "../../apps-script/core/text/sanitize";
import { SyncError } from "../backup/errors";
import { LocalFileError } from "./errors";
import { nodeErrorAsLocal, parseArgsErrorAsLocal } from "./cli-errors";

export interface DescribedError {
  readonly message: string;
  readonly exitCode: number;
  /** A stable code for scripts (`--json`): LocalFileError, WorkbookError or SyncError code, or UNEXPECTED. */
  readonly code: string;
}

export interface ErrorContext {
  /** How to ask the command for help, named in argument errors: "npm start -- --help". */
  readonly help: string;
  /** SERTIFIKASI_DEBUG=1: append the error's own details (names, library text, stack) for a bug report. */
  readonly debug?: boolean;
}

const DEFAULT_CONTEXT: ErrorContext = { help: "npm start -- --help" };

/** Whether SERTIFIKASI_DEBUG asks for the details behind a message. */
export const debugRequested = (env: NodeJS.ProcessEnv): boolean => env.SERTIFIKASI_DEBUG === "1";

/**
 * Every error a local command can meet, as a message for staff and an exit code from the one
 * table of codes (apps-script/core/errors/codes.ts, which the README's table equals). Library text
 * never reaches the message (it is English and can quote input); with `debug` it follows under
 * "Rincian", still without NIK/NIP.
 */
export function describeError(error: unknown, context: ErrorContext = DEFAULT_CONTEXT): DescribedError {
  const described = classify(error, context);
  const message = context.debug ? `${described.message}\n${details(error)}` : described.message;
  return { ...described, message: engineText(message) };
}

/** A code's exit code here; a workbook-port code these commands never raise themselves (QUOTA) counts as INVALID. */
const startExit = (code: ErrorCode): number => exitCodeOf(code, "start") ?? exitCodeOf("INVALID", "start")!;

function classify(error: unknown, context: ErrorContext): DescribedError {
  if (error instanceof LocalFileError) return { message: error.message, exitCode: error.exitCode, code: error.code };
  if (error instanceof WorkbookError) return { message: `Galat (${error.code}): ${error.message}`, exitCode: startExit(error.code), code: error.code };
  if (error instanceof LockBusyError) return { message: error.message, exitCode: startExit("BUSY"), code: "BUSY" };
  // Sheets API failures (npm start --spreadsheet) keep the sync tool's exit codes, as the README says.
  if (error instanceof SyncError) return { message: `Galat [${error.code}]: ${error.message}`, exitCode: error.exitCode, code: error.code };
  const local = parseArgsErrorAsLocal(error, context.help) ?? nodeErrorAsLocal(error) ?? nodeErrorAsLocal(causeOf(error));
  if (local) return classify(local, context);
  return {
    message: `Galat tak terduga (${identify(error)}). Jalankan lagi dengan SERTIFIKASI_DEBUG=1 untuk rinciannya, lalu laporkan kepada pengelola aplikasi.`,
    exitCode: startExit("UNEXPECTED"),
    code: "UNEXPECTED",
  };
}

const causeOf = (error: unknown): unknown => (error instanceof Error ? error.cause : undefined);

/** The error's class and errno code only: its message may be English or quote a register row. */
function identify(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" || typeof code === "number" ? `${name} ${code}` : name;
}

function details(error: unknown): string {
  const lines = ["Rincian (SERTIFIKASI_DEBUG=1):"];
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 5; e = causeOf(e), depth += 1) {
    if (depth > 0) lines.push("Penyebab:");
    lines.push(e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e));
  }
  return lines.join("\n");
}

/** Where a command writes and how it asks; tests pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Whether someone can answer a question (stdin and stderr are terminals). */
  readonly interactive: boolean;
  /** Asks on the terminal; "" when the input ends or Ctrl+C is pressed. */
  ask(question: string): Promise<string>;
}

export const processIo: CliIo = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  get interactive() {
    return Boolean(process.stdin.isTTY && process.stderr.isTTY);
  },
  ask: (question) =>
    new Promise((resolve) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      let answer = "";
      rl.on("SIGINT", () => rl.close());
      rl.once("close", () => resolve(answer));
      rl.question(question, (text) => {
        answer = text;
        rl.close();
      });
    }),
};

/** "ya", "y", "iya" (any case) say yes; anything else, an empty answer included, says no. */
export const saysYes = (answer: string): boolean => /^(ya|y|iya)$/i.test(answer.trim());

export type Command = (argv: string[], env: NodeJS.ProcessEnv, io: CliIo) => Promise<number>;

/** Runs a command in-process the way the terminal does: errors printed, exit code returned. */
export async function runCommand(command: Command, argv: string[], env: NodeJS.ProcessEnv, io: CliIo, help: string): Promise<number> {
  try {
    return await command(argv, env, io);
  } catch (error) {
    const { message, exitCode } = describeError(error, { help, debug: debugRequested(env) });
    io.err(message);
    return exitCode;
  }
}

/** Runs the command when this module is the entry point (not when a test imports it). */
export function runCli(moduleUrl: string, command: Command, help: string): void {
  const entry = process.argv[1];
  if (!entry || realpathSync(entry) !== realpathSync(fileURLToPath(moduleUrl))) return;
  runProcess(command, help);
}

/** Runs the command as this process (the entry point, or a bin/ wrapper): exit code, messages, EPIPE. */
export function runProcess(command: Command, help: string): void {
  const fail = (error: unknown) => {
    const { message, exitCode } = describeError(error, { help, debug: debugRequested(process.env) });
    console.error(message);
    process.exit(exitCode);
  };
  // A reader that stops early (`npm start -- --json | head`) is not a failure of the command.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" ? process.exit(process.exitCode ?? 0) : fail(error)));
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  runCommand(command, process.argv.slice(2), process.env, processIo, help).then((code) => {
    process.exitCode = code;
  }, fail);
}
