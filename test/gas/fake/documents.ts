// DocumentApp in the fake: openById on Docs in the fake Drive, a Body holding the Doc's text
// (replaceText with regular-expression semantics, page size and margins), saveAndClose, and the
// PDF export. Needs the `documents` scope: documents.currentonly reaches only the Doc a script is
// bound to, never one opened by ID.
import { FakeBlob, type FakeDocState, type FakeDriveFile, MIME, SCOPE } from "./drive";
import type { FakeStore } from "./store";

const CLOSED = "Document is closed, its contents cannot be updated.";

class FakeBody {
  readonly serviceName = "Body";
  constructor(
    private readonly doc: FakeDocument,
    private readonly state: FakeDocState,
  ) {}
  private open(): FakeDocState {
    if (this.doc.closed) throw new Error(CLOSED);
    return this.state;
  }
  getText(): string {
    return this.open().text;
  }
  /** Like Apps Script: `searchPattern` is a regular expression, so "[NOMOR SURAT]" unescaped is a character class. */
  replaceText(searchPattern: string, replacement: string): this {
    const state = this.open();
    state.text = state.text.replace(new RegExp(searchPattern, "g"), () => replacement);
    return this;
  }
  setPageWidth(points: number): this {
    this.open().pageWidth = points;
    return this;
  }
  setPageHeight(points: number): this {
    this.open().pageHeight = points;
    return this;
  }
  setMarginTop(points: number): this {
    this.open().margins.top = points;
    return this;
  }
  setMarginBottom(points: number): this {
    this.open().margins.bottom = points;
    return this;
  }
  setMarginLeft(points: number): this {
    this.open().margins.left = points;
    return this;
  }
  setMarginRight(points: number): this {
    this.open().margins.right = points;
    return this;
  }
  getPageWidth(): number {
    return this.open().pageWidth;
  }
  getPageHeight(): number {
    return this.open().pageHeight;
  }
}

export class FakeDocument {
  readonly serviceName = "Document";
  closed = false;
  constructor(private readonly file: FakeDriveFile) {}
  getId(): string {
    return this.file.id;
  }
  getName(): string {
    return this.file.name;
  }
  getUrl(): string {
    return `https://docs.google.com/open?id=${this.file.id}`;
  }
  getBody(): FakeBody {
    if (this.closed) throw new Error(CLOSED);
    return new FakeBody(this, this.file.doc!);
  }
  saveAndClose(): void {
    if (!this.closed) this.file.doc!.saves += 1;
    this.closed = true;
  }
  /** PDF of the saved Doc (the fake's "PDF" is a marker line and the text). */
  getAs(contentType: string): FakeBlob {
    if (this.closed) throw new Error(CLOSED);
    if (contentType !== MIME.pdf) throw new Error(`Converting from ${MIME.doc} to ${contentType} is not supported.`);
    return new FakeBlob(`%PDF-1.4 (fake)\n${this.file.doc!.text}`, MIME.pdf, `${this.file.name}.pdf`);
  }
}

export class FakeDocumentApp {
  readonly serviceName = "DocumentApp";
  constructor(private readonly store: FakeStore) {}
  openById(id: string): FakeDocument {
    this.store.requireAuth("DocumentApp.openById");
    this.store.requireScope("DocumentApp.openById", [SCOPE.documents]);
    const file = this.store.drive.files.get(id);
    if (!file || file.trashed || file.mimeType !== MIME.doc || !file.doc) {
      throw new Error("Document is missing (perhaps it was deleted, or you don't have read access?)");
    }
    return new FakeDocument(file);
  }
}
