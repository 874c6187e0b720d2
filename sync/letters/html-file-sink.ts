// DocumentSink for the local run: each letter an HTML file under an output folder.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { DocumentSink } from "../../apps-script/core/ports";

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

  constructor(outDir: string) {
    this.root = resolve(outDir);
  }

  createDocument(request: { readonly title: string; readonly html: string; readonly folder: string }): { id: string; url: string } {
    const dir = join(this.root, fileSegment(request.folder));
    mkdirSync(dir, { recursive: true });
    const base = fileSegment(request.title);
    // A regenerated letter gets a new file; the one the head already saw is kept.
    let path = join(dir, `${base}.html`);
    for (let n = 2; existsSync(path); n += 1) path = join(dir, `${base}-${n}.html`);
    writeFileSync(path, request.html, "utf8");
    const id = relative(this.root, path);
    this.written.push({ id, path, title: request.title });
    return { id, url: pathToFileURL(path).href };
  }
}
