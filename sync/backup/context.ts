// What every command receives: output, confirmation, progress, clock and the Sheets client
// factory — injected so tests run commands in-process against the loopback server.
import type { SheetsFactory } from "./auth";
import type { SheetsOptions } from "./places/sheets-api";
import type { Progress } from "./progress";

export interface Io {
  /** Results, for scripts to capture (stdout). */
  out(line: string): void;
  /** Notices, warnings and errors (stderr). */
  err(line: string): void;
}

export interface Context {
  readonly io: Io;
  readonly env: NodeJS.ProcessEnv;
  readonly now: () => Date;
  readonly sheets: SheetsFactory;
  readonly sheetsOptions: SheetsOptions;
  readonly progress: Progress;
  /** Asks a yes/no question; false when nobody can answer (no terminal). */
  confirm(question: string): Promise<boolean>;
}

/** Options after parsing, shared by all commands (each uses the ones it documents). */
export interface Options {
  readonly tabs?: string[];
  readonly ids?: string[];
  readonly yes: boolean;
  readonly keyFile?: string;
  readonly keyEnv?: string;
  readonly keepDaily?: number;
  readonly keepWeekly?: number;
  readonly keepMonthly?: number;
  readonly timeZone: string;
  readonly dryRun: boolean;
  /** list, verify, diff: one JSON object on stdout instead of lines (messages stay on stderr). */
  readonly json?: boolean;
}
