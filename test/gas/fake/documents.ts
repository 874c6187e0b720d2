// DocumentApp in the fake: openById on Docs in the fake Drive, a Body holding the Doc's text
// (replaceText with regular-expression semantics, page size and margins), saveAndClose, and the
// PDF export. Needs the `documents` scope: documents.currentonly reaches only the Doc a script is
// bound to, never one opened by ID.
import { FakeBlob, type FakeDocState, type FakeDriveFile, MIME, reachable, SCOPE } from "./drive";
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

type Dimension = { magnitude?: number; unit?: string };
type DocumentStyle = { pageSize?: { width?: Dimension; height?: Dimension }; marginTop?: Dimension; marginBottom?: Dimension; marginLeft?: Dimension; marginRight?: Dimension };
type DocsRequest = {
  replaceAllText?: { containsText?: { text?: string; matchCase?: boolean }; replaceText?: string };
  updateDocumentStyle?: { documentStyle?: DocumentStyle; fields?: string };
};

const pt = (points: number): Dimension => ({ magnitude: points, unit: "PT" });

/**
 * Docs.Documents of the Docs advanced service (v1), present only when the manifest enables it
 * (serviceId "docs"). batchUpdate(resource, documentId) applies its requests in order, all or
 * none (https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate); the
 * fake knows replaceAllText (literal text, matchCase; reply occurrencesChanged,
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#replacealltextrequest)
 * and updateDocumentStyle (pageSize and margins in PT, named by `fields`). Both methods accept
 * drive.file (https://developers.google.com/docs/api/auth), which reaches only Docs the user's own
 * runs created (https://developers.google.com/drive/api/guides/api-specific-auth#drive-file);
 * any other Doc is "not found".
 */
export class FakeDocsDocuments {
  readonly serviceName = "Docs.Documents";
  constructor(private readonly store: FakeStore) {}

  private doc(id: string, call: string): FakeDriveFile {
    this.store.requireAuth(`Docs.Documents.${call}`);
    this.store.requireScope(`Docs.Documents.${call}`, [SCOPE.documents, SCOPE.drive, SCOPE.driveFile]);
    const file = this.store.drive.files.get(String(id));
    const reaches = file !== undefined && (reachable(this.store, file) || this.store.hasScope(SCOPE.documents) || this.store.hasScope(SCOPE.drive));
    if (!file || !reaches || file.trashed || file.mimeType !== MIME.doc || !file.doc) {
      throw new Error(`API call to docs.documents.${call} failed with error: Requested entity was not found.`);
    }
    return file;
  }

  get(documentId: string): Record<string, unknown> {
    const file = this.doc(documentId, "get");
    const d = file.doc!;
    return {
      documentId: file.id,
      title: file.name,
      body: { content: d.text.split("\n").map((line) => ({ paragraph: { elements: [{ textRun: { content: `${line}\n` } }] } })) },
      documentStyle: {
        pageSize: { width: pt(d.pageWidth), height: pt(d.pageHeight) },
        marginTop: pt(d.margins.top), marginBottom: pt(d.margins.bottom), marginLeft: pt(d.margins.left), marginRight: pt(d.margins.right),
      },
    };
  }

  batchUpdate(resource: { requests?: DocsRequest[] }, documentId: string): Record<string, unknown> {
    if (typeof documentId !== "string") throw new Error("The parameters don't match the method signature for Docs.Documents.batchUpdate (resource, documentId).");
    const file = this.doc(documentId, "batchUpdate");
    const draft: FakeDocState = { ...file.doc!, margins: { ...file.doc!.margins } };
    const replies = (resource.requests ?? []).map((request, i) => {
      const fail = (why: string) => new Error(`API call to docs.documents.batchUpdate failed with error: Invalid requests[${i}]: ${why}`);
      if (request.replaceAllText) {
        const { containsText, replaceText } = request.replaceAllText;
        if (!containsText?.text) throw fail("replaceAllText: containsText.text must not be empty.");
        const pattern = new RegExp(containsText.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), containsText.matchCase ? "g" : "gi");
        const occurrencesChanged = (draft.text.match(pattern) ?? []).length;
        draft.text = draft.text.replace(pattern, () => replaceText ?? "");
        return { replaceAllText: occurrencesChanged > 0 ? { occurrencesChanged } : {} };
      }
      if (request.updateDocumentStyle) {
        const { documentStyle = {}, fields } = request.updateDocumentStyle;
        if (!fields) throw fail("updateDocumentStyle: fields must be set.");
        const points = (d: Dimension | undefined, name: string): number => {
          if (d?.unit !== "PT" || typeof d.magnitude !== "number") throw fail(`updateDocumentStyle: ${name} needs a magnitude in PT.`);
          return d.magnitude;
        };
        for (const field of fields.split(",").map((f) => f.trim())) {
          if (field === "pageSize") {
            draft.pageWidth = points(documentStyle.pageSize?.width, "pageSize.width");
            draft.pageHeight = points(documentStyle.pageSize?.height, "pageSize.height");
          } else if (field === "marginTop") draft.margins.top = points(documentStyle.marginTop, field);
          else if (field === "marginBottom") draft.margins.bottom = points(documentStyle.marginBottom, field);
          else if (field === "marginLeft") draft.margins.left = points(documentStyle.marginLeft, field);
          else if (field === "marginRight") draft.margins.right = points(documentStyle.marginRight, field);
          else throw fail(`updateDocumentStyle: unknown field ${field}.`);
        }
        return {};
      }
      throw fail("the fake knows replaceAllText and updateDocumentStyle only.");
    });
    Object.assign(file.doc!, draft, { saves: file.doc!.saves + 1 });
    return { documentId: file.id, replies, writeControl: { requiredRevisionId: `rev-${file.doc!.saves}` } };
  }
}
