// DocumentSink for the local run: each letter an HTML file under an output folder, written
// through LetterOutputs (staged until the workbook is saved, in the local run).
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { DocumentSink } from "../../apps-script/core/ports";
import { directOutputs, type LetterOutputs } from "./outputs";

export interface WrittenDocument {
  readonly id: string;
  readonly path: string;
  readonly title: string;
}

/** Turns a title or folder name into a safe file-name segment ("Surat Tugas - PRM-1" → "surat-tugas-prm-1"). */
export function fileSegment(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return slug || "surat";
}

export class HtmlFileSink implements DocumentSink {
  readonly written: WrittenDocument[] = [];
  private readonly root: string;

  /** `outputs`: StagedOutputs in the local run; files are written in place without it. */
  constructor(
    outDir: string,
    private readonly outputs: LetterOutputs = directOutputs,
  ) {
    this.root = resolve(outDir);
  }

  createDocument(request: { readonly title: string; readonly html: string; readonly folder: string }): { id: string; url: string } {
    const dir = join(this.root, fileSegment(request.folder));
    const base = fileSegment(request.title);
    // A regenerated letter gets a new file; the one the head already saw is kept. Names this run
    // staged count as taken; names a killed run staged were rolled back and are free again.
    let path = join(dir, `${base}.html`);
    for (let n = 2; this.outputs.isTaken(path); n += 1) path = join(dir, `${base}-${n}.html`);
    this.outputs.write(path, request.html);
    const id = relative(this.root, path);
    this.written.push({ id, path, title: request.title });
    return { id, url: pathToFileURL(path).href };
  }
}
