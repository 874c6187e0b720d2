// Where a run's letter files go: straight into place, or staged until the workbook is saved
// (StagedOutputs). The sink, the number filler and the PDF printer all write through this.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export interface LetterOutputs {
  /** Whether a final path is taken: a file on disk, or one this run is about to put there. */
  isTaken(finalPath: string): boolean;
  /** Writes what will be the file at `finalPath`. Synchronous: DocumentSink.createDocument is. */
  write(finalPath: string, data: string | Uint8Array): void;
  /** A path for a writer that makes the file itself (Chromium): the file it writes becomes `finalPath`. */
  pathFor(finalPath: string): string;
  /** Where the current content of `finalPath` is to be read: this run's copy if it made one. */
  readPath(finalPath: string): string;
}

/** Files written in place at once: for tests and tools that have no workbook to wait for. */
export const directOutputs: LetterOutputs = {
  isTaken: (path) => existsSync(path),
  write: (path, data) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  },
  pathFor: (path) => {
    mkdirSync(dirname(path), { recursive: true });
    return path;
  },
  readPath: (path) => path,
};
