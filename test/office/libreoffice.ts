// Headless LibreOffice for tests: is it installed, edit a workbook as staff would, read it back as Calc sees it.
import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Operation, ReadBook } from "./operations";

/** Debian's Python with python3-uno (the pyenv python3 on PATH has no uno module). */
export const UNO_PYTHON = process.env.UNO_PYTHON ?? "/usr/bin/python3";
export const SOFFICE = process.env.SOFFICE ?? "/usr/bin/soffice";
const DRIVER = join(import.meta.dirname, "uno_driver.py");
const REQUEST_TIMEOUT_MS = 180_000;

let status: { readonly available: boolean; readonly reason: string } | undefined;

/** Whether soffice and a Python that can `import uno` are installed (checked once per process). */
export function libreOfficeStatus(): { readonly available: boolean; readonly reason: string } {
  if (status) return status;
  if (!existsSync(SOFFICE)) {
    status = { available: false, reason: `LibreOffice tidak ada di ${SOFFICE}` };
  } else {
    const probe = spawnSync(UNO_PYTHON, ["-c", "import uno"], { env: pythonEnv(), encoding: "utf8" });
    status = probe.status === 0
      ? { available: true, reason: "" }
      : { available: false, reason: `${UNO_PYTHON} tidak dapat memuat modul uno (${(probe.error?.message ?? probe.stderr).trim().split("\n").pop()})` };
  }
  return status;
}

export function libreOfficeAvailable(): boolean {
  return libreOfficeStatus().available;
}

/** Prints why a LibreOffice suite is skipped; call at the top of the file, before describe.skipIf. */
export function warnIfNoLibreOffice(suite: string): void {
  const { available, reason } = libreOfficeStatus();
  if (!available) console.warn(`${suite} dilewati: ${reason}. Pasang dengan: apt-get install -y libreoffice-calc-nogui python3-uno`);
}

function pythonEnv(): NodeJS.ProcessEnv {
  // A pyenv or virtualenv setting would point Debian's Python at the wrong site-packages.
  const { PYTHONPATH: _path, PYTHONHOME: _home, VIRTUAL_ENV: _venv, ...rest } = process.env;
  return rest;
}

interface Answer {
  readonly ok: boolean;
  readonly error?: string;
  readonly [key: string]: unknown;
}

export interface EditOptions {
  /** Where to store the result (default: over the input). */
  readonly output?: string;
  /** Stored with the "Calc MS Excel 2007 XML" filter by default. */
  readonly format?: "xlsx" | "ods" | "xls";
}

/** One soffice for many requests (start-up costs about a second or two). */
export class LibreOfficeSession {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly waiting: ((line: string | null) => void)[] = [];
  private stderr = "";
  private closed = false;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly sofficePid: number,
    readonly startupSeconds: number,
  ) {}

  static async start(): Promise<LibreOfficeSession> {
    const { available, reason } = libreOfficeStatus();
    if (!available) throw new Error(reason);
    const child = spawn(UNO_PYTHON, [DRIVER, "--serve"], { env: pythonEnv(), stdio: ["pipe", "pipe", "pipe"] });
    const lines = createInterface({ input: child.stdout });
    const first = await new Promise<string>((done, fail) => {
      let err = "";
      child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
      lines.once("line", done);
      child.once("exit", (code) => fail(new Error(`Driver UNO berhenti (kode ${code}): ${err.trim()}`)));
      child.once("error", fail);
    });
    const ready = JSON.parse(first) as { ready: boolean; pid: number; startupSeconds: number };
    const session = new LibreOfficeSession(child, ready.pid, ready.startupSeconds);
    child.stderr.on("data", (chunk: Buffer) => (session.stderr = (session.stderr + chunk.toString()).slice(-4000)));
    lines.on("line", (line) => session.waiting.shift()?.(line));
    child.once("exit", () => {
      session.closed = true;
      for (const waiter of session.waiting.splice(0)) waiter(null);
    });
    // An idle office must not keep the test process alive; a pending request's timer does.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref(): void }).unref();
    liveSessions.add(session);
    return session;
  }

  /** Applies the operations and stores the workbook; returns what each "read" operation saw. */
  async edit(path: string, operations: readonly Operation[], options: EditOptions = {}): Promise<ReadBook[]> {
    const answer = await this.request({ action: "edit", input: resolve(path), ...(options.output ? { output: resolve(options.output) } : {}), format: options.format ?? "xlsx", operations });
    return answer.reads as ReadBook[];
  }

  /** Every cell of the named sheets (all sheets when omitted) as LibreOffice reads the file. */
  async read(path: string, sheets?: readonly string[], options: { merged?: boolean } = {}): Promise<ReadBook> {
    const answer = await this.request({ action: "read", path: resolve(path), ...(sheets ? { sheets } : {}), merged: options.merged ?? false });
    return { sheetNames: answer.sheetNames as string[], sheets: answer.sheets as ReadBook["sheets"] };
  }

  private request(body: Record<string, unknown>): Promise<Answer> {
    const run = this.queue.then(() => this.send(body));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private send(body: Record<string, unknown>): Promise<Answer> {
    if (this.closed) return Promise.reject(new Error(`Sesi LibreOffice sudah berhenti. ${this.stderr.trim()}`));
    return new Promise<Answer>((done, fail) => {
      const timer = setTimeout(() => {
        fail(new Error(`LibreOffice tidak menjawab dalam ${REQUEST_TIMEOUT_MS / 1000} detik`));
        void this.close();
      }, REQUEST_TIMEOUT_MS);
      this.waiting.push((line) => {
        clearTimeout(timer);
        if (line === null) return fail(new Error(`Sesi LibreOffice berhenti. ${this.stderr.trim()}`));
        const answer = JSON.parse(line) as Answer;
        if (!answer.ok) return fail(new Error(`LibreOffice: ${answer.error}`));
        done(answer);
      });
      this.child.stdin.write(`${JSON.stringify(body)}\n`);
    });
  }

  /** Lets the driver quit the office; kills what is left after 30 s. */
  async close(): Promise<void> {
    liveSessions.delete(this);
    if (!this.closed) {
      const exited = new Promise<void>((done) => this.child.once("exit", () => done()));
      this.child.stdin.end();
      const timer = setTimeout(() => this.kill(), 30_000);
      await exited;
      clearTimeout(timer);
    }
    this.kill();
    // The killed office is gone once its group is reaped: wait for that, so no test sees a leftover.
    const deadline = Date.now() + 10_000;
    while (groupAlive(this.sofficePid) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 50));
  }

  /** Synchronous last resort: the driver and the office's whole process group. */
  kill(): void {
    if (!this.closed) this.child.kill("SIGKILL");
    try {
      process.kill(-this.sofficePid, "SIGKILL");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  }
}

/** Whether any process of the group led by `pid` still exists (zombies included). */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error;
  }
}

const liveSessions = new Set<LibreOfficeSession>();
process.once("exit", () => liveSessions.forEach((s) => s.kill()));

let shared: Promise<LibreOfficeSession> | undefined;

function sharedSession(): Promise<LibreOfficeSession> {
  shared ??= LibreOfficeSession.start();
  return shared;
}

/** Edits `path` in LibreOffice (one office shared by the calls of this test file). */
export async function editWithLibreOffice(path: string, operations: readonly Operation[], options: EditOptions = {}): Promise<ReadBook[]> {
  return (await sharedSession()).edit(path, operations, options);
}

/** LibreOffice's reading of the named sheets of `path` (all when omitted). */
export async function readWithLibreOffice(path: string, sheets?: readonly string[], options: { merged?: boolean } = {}): Promise<ReadBook> {
  return (await sharedSession()).read(path, sheets, options);
}

/** Quits the shared office; for afterAll. */
export async function closeLibreOffice(): Promise<void> {
  const session = shared;
  shared = undefined;
  if (session) await (await session).close();
}
