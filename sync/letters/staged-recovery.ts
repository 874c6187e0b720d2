// Start of a local run: what a killed run staged is moved into place when the workbook on disk
// is the one that run was saving (its journal is sealed with that file's SHA-256), and deleted
// otherwise, so the files always match the workbook that records them.
import { existsSync, renameSync, rmSync, unlinkSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { LocalFileError } from "../local/errors";
import { fileError } from "../local/file-guard-errors";
import { pidAlive } from "../local/file-guard-lock";
import { fsyncPath, journalPath, readJournal, type Journal } from "./staged-journal";

export interface Recovery {
  /** "none": no journal was left. */
  readonly action: "none" | "rolled-forward" | "rolled-back";
  /** Final paths put in place (rolled forward) or given up (rolled back). */
  readonly files: readonly string[];
}

export function leftoverJournalError(dir: string): LocalFileError {
  return new LocalFileError(
    "BUSY",
    `Folder surat ${dir} masih memuat jurnal proses lain (${basename(journalPath(dir))}): proses lain sedang membuat surat di folder ini, atau proses sebelumnya terhenti. Tunggu proses itu selesai lalu jalankan lagi.`,
  );
}

function endJournal(lettersDir: string, files: Journal["files"]): void {
  for (const dir of new Set(files.map((f) => dirname(f.final)))) fsyncPath(dir);
  const path = journalPath(lettersDir);
  if (existsSync(path)) unlinkSync(path);
  fsyncPath(lettersDir);
}

/** Moves staged files into place (again-safe: a file already moved is skipped); ends the journal. */
export function rollForward(lettersDir: string, files: Journal["files"]): string[] {
  const placed: string[] = [];
  for (const { staged, final } of files) {
    if (!existsSync(staged)) continue; // moved by an earlier, interrupted roll-forward
    renameSync(staged, final);
    placed.push(final);
  }
  endJournal(lettersDir, files);
  return placed;
}

/** Deletes staged files; their final names stay free for the rerun. Ends the journal. */
export function rollBack(lettersDir: string, files: Journal["files"]): string[] {
  const removed: string[] = [];
  for (const { staged, final } of files) {
    if (!existsSync(staged)) continue;
    rmSync(staged, { force: true });
    removed.push(final);
  }
  endJournal(lettersDir, files);
  return removed;
}

/** Only entries shaped as StagedOutputs names them: a damaged journal cannot move other files. */
function ownFiles(journal: Journal): Journal["files"] {
  const runId = journal.begin?.runId;
  if (!runId) return [];
  return journal.files.filter((f) => f.staged === join(dirname(f.final), `.${runId}.${basename(f.final)}`));
}

/**
 * Finishes or undoes what a killed run left in `lettersDir`. `currentWorkbookSha256` is the
 * SHA-256 of the workbook on disk now (null when there is none). BUSY when the journal belongs to
 * a run still going on this computer (another workbook sharing the folder).
 */
export async function recoverStagedOutputs(lettersDir: string, currentWorkbookSha256: string | null): Promise<Recovery> {
  const dir = resolve(lettersDir);
  const path = journalPath(dir);
  if (!existsSync(path)) return { action: "none", files: [] };
  try {
    const journal = readJournal(path);
    const owner = journal.begin;
    if (owner && owner.pid !== process.pid && owner.host === hostname() && pidAlive(owner.pid)) throw leftoverJournalError(dir);
    const files = ownFiles(journal);
    if (journal.sealedSha256 !== null && journal.sealedSha256 === currentWorkbookSha256) {
      return { action: "rolled-forward", files: rollForward(dir, files) };
    }
    return { action: "rolled-back", files: rollBack(dir, files) };
  } catch (error) {
    throw fileError(error, path, "memulihkan surat dari");
  }
}
