// Harness for the tried cases of issue 8: a pristine sample workbook per test, the real CLI as a child process.
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = resolve(import.meta.dirname, "../../..");
/** Wednesday 2 December 2026, 10:00 WIB: the instant the tester used. */
export const NOW = "2026-12-02T03:00:00Z";
export const MAIN = join(ROOT, "sync/local/main.ts");
export const SYNC = join(ROOT, "sync/backup/cli.ts");
/** The README's default workbook, created silently when `npm start` runs without --berkas. */
export const DEFAULT_WORKBOOK = join("data-lokal", "sertifikasi.xlsx");
const TSX_LOADER = pathToFileURL(join(ROOT, "node_modules/tsx/dist/loader.mjs")).href;
const RUN_TIMEOUT_MS = 180_000;

export const USERS = {
  petugas: "petugas@contoh.go.id",
  verifikator: "verifikator@contoh.go.id",
  asesor: "asesor@contoh.go.id",
  kepala: "kepala@contoh.go.id",
  admin: "admin@contoh.go.id",
} as const;

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout and stderr together, for message checks. */
  readonly output: string;
}

export interface RunOptions {
  /** SERTIFIKASI_SEKARANG (default NOW). */
  readonly now?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** Print letters to PDF with the system Chromium (off by default: slow and rarely the point). */
  readonly chromium?: boolean;
  /** Own process group, so a test can kill the command with everything it started. */
  readonly detached?: boolean;
}

/** The environment of a staff member's shell: none of the runner's SERTIFIKASI_* or Node options. */
function childEnv(options: RunOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith("SERTIFIKASI_") && !k.startsWith("VITEST") && k !== "NODE_OPTIONS") env[k] = v;
  }
  env.SERTIFIKASI_SEKARANG = options.now ?? NOW;
  if (!options.chromium) env.CHROMIUM_PATH = "/nonexistent/chromium";
  for (const [k, v] of Object.entries(options.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export interface Started {
  readonly child: ChildProcess;
  /** Output so far. */
  readonly output: () => string;
  readonly done: Promise<RunResult>;
}

/** Starts `node --import tsx script args` with stdin closed (not a terminal). */
export function startNode(script: string, args: readonly string[], options: RunOptions = {}): Started {
  const child = spawn(process.execPath, ["--import", TSX_LOADER, script, ...args], {
    cwd: options.cwd ?? ROOT,
    env: childEnv(options),
    stdio: ["pipe", "pipe", "pipe"],
    detached: options.detached ?? false,
  });
  child.stdin!.end();
  let stdout = "";
  let stderr = "";
  let both = "";
  child.stdout!.on("data", (d: Buffer) => ((stdout += d), (both += d)));
  child.stderr!.on("data", (d: Buffer) => ((stderr += d), (both += d)));
  const done = new Promise<RunResult>((resolveRun, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${relative(ROOT, script)} ${args.join(" ")}: no end after ${RUN_TIMEOUT_MS / 1000} s\n${both}`));
    }, RUN_TIMEOUT_MS);
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      resolveRun({ code, signal, stdout, stderr, output: both });
    });
  });
  return { child, output: () => both, done };
}

export function runNode(script: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return startNode(script, args, options).done;
}

/** `npm start -- --berkas PATH --sebagai EMAIL ARGS`, as a child process. */
export function runStart(path: string, as: string = USERS.admin, args: readonly string[] = [], options: RunOptions = {}): Promise<RunResult> {
  return runNode(MAIN, ["--berkas", path, "--sebagai", as, ...args], options);
}

/** `npm run sync -- ARGS`, as a child process. */
export function runSync(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return runNode(SYNC, args, options);
}

const madeDirs: string[] = [];
// The folders hold sample NIK/NIP: removed when the test process ends, unless kept for a look.
process.once("exit", () => {
  if (process.env.TRIED_KEEP_FILES) return;
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
});

/** A new folder under the system temp dir, removed at the end of the test process (TRIED_KEEP_FILES=1 keeps it). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

let pristine: Promise<string> | undefined;

/**
 * The sample workbook as a new user gets it: `npm start` once in an empty folder (no --berkas, so
 * the README's default path is created), made once per test file and never edited.
 */
export function pristineWorkbook(): Promise<string> {
  pristine ??= (async () => {
    const dir = tempDir("tried-pristine-");
    const result = await runNode(MAIN, [], { cwd: dir });
    const path = join(dir, DEFAULT_WORKBOOK);
    if (result.code !== 0 || !existsSync(path)) throw new Error(`The sample workbook was not made (exit ${result.code}):\n${result.output}`);
    return path;
  })();
  return pristine;
}

export interface Workspace {
  readonly dir: string;
  readonly path: string;
  readonly lettersDir: string;
}

/** A new folder holding a copy of the pristine workbook, named `name`. */
export async function freshWorkbook(name = "sertifikasi.xlsx"): Promise<Workspace> {
  const source = await pristineWorkbook();
  const dir = tempDir("tried-");
  const path = join(dir, name);
  copyFileSync(source, path);
  return { dir, path, lettersDir: join(dir, "surat") };
}

/** Every file under `dir` (relative paths), or [] when it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}
