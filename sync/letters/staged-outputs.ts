// Letter files of a run staged beside their final names and moved into place only once the
// workbook that records them is saved, so a kill never leaves a letter the workbook does not
// know about, and a rerun reuses the same file names.
//
// The order in the local run (sync/local/main-job.ts), all under the workbook's lock:
//   1. `await recoverStagedOutputs(lettersDir, await fileSha256(workbook))` — finishes or undoes
//      what a killed run left (rolled forward when the workbook on disk is the one that run saved).
//   2. `const outputs = await StagedOutputs.begin(lettersDir)`
//   3. the engine run with `new HtmlFileSink(lettersDir, outputs)`, then
//      `finalizeApprovedLetters(approved, outputs)` and `await writePdfs(paths, outputs)`
//   4. the workbook save, with `beforeReplace: (sha) => outputs.seal(sha)` passed to
//      replaceFileDurably: the journal records the new workbook's SHA-256 before the rename
//   5. `await outputs.commitAfter(savedSha256)` — renames every staged file into place.
//   On a failure before the save: `await outputs.discard()` (step 1 of the next run would too).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileError } from "../local/file-guard-errors";
import type { LetterOutputs } from "./outputs";
import { fsyncPath, journalPath, JournalWriter } from "./staged-journal";
import { leftoverJournalError, rollBack, rollForward } from "./staged-recovery";

export interface CommitResult {
  /** Final paths now in place. */
  readonly files: readonly string[];
}

export class StagedOutputs implements LetterOutputs {
  private readonly staged = new Map<string, string>(); // final → staged
  private journal: JournalWriter | null = null;
  private sealedSha256: string | null = null;
  private done = false;

  private constructor(
    readonly lettersDir: string,
    private readonly runId: string,
  ) {}

  /** Starts a run's staging; BUSY when a journal is still there (another run, or no recovery yet). */
  static async begin(lettersDir: string): Promise<StagedOutputs> {
    const dir = resolve(lettersDir);
    await mkdir(dir, { recursive: true }).catch((error: unknown) => Promise.reject(fileError(error, journalPath(dir), "menyiapkan")));
    if (existsSync(journalPath(dir))) throw leftoverJournalError(dir);
    return new StagedOutputs(dir, randomBytes(4).toString("hex"));
  }

  isTaken(finalPath: string): boolean {
    return this.staged.has(resolve(finalPath)) || existsSync(finalPath);
  }

  write(finalPath: string, data: string | Uint8Array): void {
    writeFileSync(this.pathFor(finalPath), data);
  }

  pathFor(finalPath: string): string {
    const final = resolve(finalPath);
    const known = this.staged.get(final);
    if (known) return known;
    if (this.sealedSha256 !== null || this.done) throw new Error("StagedOutputs: no files may be staged once the workbook save began");
    // Same folder (the rename stays on one file system), hidden, the extension kept for Chromium.
    const staged = join(dirname(final), `.${this.runId}.${basename(final)}`);
    mkdirSync(dirname(final), { recursive: true });
    this.open().append({ kind: "file", staged, final }); // journalled before the file exists
    this.staged.set(final, staged);
    return staged;
  }

  readPath(finalPath: string): string {
    return this.staged.get(resolve(finalPath)) ?? finalPath;
  }

  /** Final paths staged so far. */
  get files(): readonly string[] {
    return [...this.staged.keys()];
  }

  /**
   * Records the SHA-256 of the workbook bytes about to replace the workbook, after making every
   * staged file durable. Call it just before the workbook's rename (replaceFileDurably's
   * beforeReplace): from then on a restart rolls these files forward iff that save happened.
   */
  async seal(workbookSha256: string): Promise<void> {
    if (this.done) throw new Error("StagedOutputs: already committed or discarded");
    if (this.staged.size === 0) {
      this.sealedSha256 = workbookSha256;
      return;
    }
    for (const staged of this.staged.values()) if (existsSync(staged)) fsyncPath(staged);
    for (const dir of new Set([...this.staged.values()].map((s) => dirname(s)))) fsyncPath(dir);
    this.open().append({ kind: "seal", workbookSha256 });
    this.sealedSha256 = workbookSha256;
  }

  /** After the workbook was saved (or found unchanged, with the hash of the file on disk). */
  async commitAfter(savedWorkbookSha256: string): Promise<CommitResult> {
    if (this.sealedSha256 === null) await this.seal(savedWorkbookSha256);
    else if (this.sealedSha256 !== savedWorkbookSha256) {
      throw new Error("StagedOutputs: the workbook saved is not the one sealed; the journal is kept for the next start");
    }
    const files = rollForward(this.lettersDir, [...this.staged].map(([final, staged]) => ({ staged, final })));
    this.finish();
    return { files };
  }

  /** Drops every staged file: the workbook was not saved. Returns the final paths given up. */
  async discard(): Promise<string[]> {
    const given = [...this.staged.keys()];
    rollBack(this.lettersDir, [...this.staged].map(([final, staged]) => ({ staged, final })));
    this.finish();
    return given;
  }

  private open(): JournalWriter {
    if (this.journal) return this.journal;
    try {
      this.journal = JournalWriter.create(journalPath(this.lettersDir));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") throw leftoverJournalError(this.lettersDir);
      throw fileError(error, journalPath(this.lettersDir), "menulis jurnal surat");
    }
    this.journal.append({ kind: "begin", runId: this.runId, pid: process.pid, host: hostname(), startedAt: new Date().toISOString() });
    return this.journal;
  }

  private finish(): void {
    this.journal?.close();
    this.journal = null;
    this.done = true;
    this.staged.clear();
  }
}

export { recoverStagedOutputs, type Recovery } from "./staged-recovery";
