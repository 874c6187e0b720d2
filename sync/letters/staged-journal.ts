// The small journal of a run's staged letter files (`.surat-jurnal.jsonl` in the letters folder):
// one JSON line per event, each fsynced, so a kill at any moment leaves a journal that says what
// was staged and, once sealed, which workbook save the files belong to.
import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";

export const JOURNAL = ".surat-jurnal.jsonl";

export type JournalLine =
  | { readonly kind: "begin"; readonly runId: string; readonly pid: number; readonly host: string; readonly startedAt: string }
  | { readonly kind: "file"; readonly staged: string; readonly final: string }
  | { readonly kind: "seal"; readonly workbookSha256: string };

export interface Journal {
  readonly begin: Extract<JournalLine, { kind: "begin" }> | null;
  /** Staged path → final path (absolute), in the order staged. */
  readonly files: readonly { readonly staged: string; readonly final: string }[];
  /** SHA-256 of the workbook bytes the run was about to save, once it got that far. */
  readonly sealedSha256: string | null;
}

export const journalPath = (lettersDir: string): string => join(lettersDir, JOURNAL);

/** An open journal: lines are appended and fsynced one by one. */
export class JournalWriter {
  private constructor(private readonly fd: number) {}

  /** Creates the journal; EEXIST when one is already there (thrown as is, the caller words it). */
  static create(path: string): JournalWriter {
    return new JournalWriter(openSync(path, "wx", 0o600));
  }

  append(line: JournalLine): void {
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
    fsyncSync(this.fd);
  }

  close(): void {
    closeSync(this.fd);
  }
}

function isLine(value: unknown): value is JournalLine {
  const v = value as Record<string, unknown> | null;
  if (typeof v !== "object" || v === null) return false;
  if (v["kind"] === "file") return typeof v["staged"] === "string" && typeof v["final"] === "string";
  if (v["kind"] === "seal") return typeof v["workbookSha256"] === "string";
  return v["kind"] === "begin" && typeof v["runId"] === "string" && typeof v["pid"] === "number" && typeof v["host"] === "string";
}

/** Reads a journal; a last line cut short by a kill is no event. */
export function readJournal(path: string): Journal {
  const lines = readFileSync(path, "utf8").split("\n");
  let begin: Journal["begin"] = null;
  const files: { staged: string; final: string }[] = [];
  let sealedSha256: string | null = null;
  for (const text of lines) {
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      continue; // a torn write: the event it would record did not happen (its file is written after)
    }
    if (!isLine(value)) continue;
    if (value.kind === "begin") begin = value;
    else if (value.kind === "file") files.push({ staged: value.staged, final: value.final });
    else sealedSha256 = value.workbookSha256;
  }
  return { begin, files, sealedSha256 };
}

/** fsync a file or a folder; folders cannot be fsynced everywhere (Windows), which is no error. */
export function fsyncPath(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    if (["EISDIR", "EPERM", "EACCES"].includes((error as NodeJS.ErrnoException).code ?? "")) return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!["EINVAL", "EBADF", "ENOTSUP", "EPERM"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
  } finally {
    closeSync(fd);
  }
}
