// Drive in the fake: the Drive advanced service (v3 Files.create/get, HTML converted to a Google
// Doc), DriveApp (every method needs the full `drive` scope), blobs, the drive.file rule (a script
// sees only files it created), the daily docs quota and injected rate-limit errors.
import type { FakeStore } from "./store";

export const MIME = {
  doc: "application/vnd.google-apps.document",
  folder: "application/vnd.google-apps.folder",
  pdf: "application/pdf",
  html: "text/html",
} as const;

export const SCOPE = {
  drive: "https://www.googleapis.com/auth/drive",
  driveFile: "https://www.googleapis.com/auth/drive.file",
  documents: "https://www.googleapis.com/auth/documents",
} as const;

/** Points (1 pt = 1/72 in) a Doc starts with after conversion: US Letter, 1-inch margins. */
const LETTER = { width: 612, height: 792, margin: 72 };

export interface FakeDocState {
  text: string;
  pageWidth: number;
  pageHeight: number;
  margins: { top: number; bottom: number; left: number; right: number };
  saves: number;
  /** Inline images the conversion kept, as their data: URIs (see FakeDrive.keepsDataUriImages). */
  images: string[];
}

export interface FakeDriveFile {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly parents: readonly string[];
  trashed: boolean;
  /**
   * Whose script run created it (null: staff in the Drive UI). With drive.file a user's runs reach
   * only the files their own runs created: "Per-file access to files created or opened by the app"
   * is granted per user (https://developers.google.com/drive/api/guides/api-specific-auth#drive-file).
   */
  readonly createdBy: string | null;
  /** The shared drive holding it (null: someone's My Drive). */
  driveId: string | null;
  readonly content: string;
  readonly doc: FakeDocState | null;
}

/** Drive-side state of a fake world: files, the docs-created counter, failures a test injects. */
export class FakeDrive {
  readonly files = new Map<string, FakeDriveFile>();
  /** Google Docs a user may create a day (250 consumer, 1,500 Workspace); conversions count. */
  docsQuota = 250;
  /**
   * Whether converting HTML to a Google Doc keeps an <img> whose src is a data: URI. The upload
   * guide (https://developers.google.com/workspace/drive/api/guides/manage-uploads, "Import to
   * Google Docs types") documents the conversion of HTML but says nothing of images; both outcomes
   * are modelled and the first deployment checks which holds (docs/DEPLOY.md).
   */
  keepsDataUriImages = true;
  private readonly docsByDay = new Map<number, number>();
  private readonly failures: { calls: number; message: string }[] = [];
  private nextId = 1;

  newId(kind: string): string {
    return `1${kind}${String(this.nextId++).padStart(20, "0")}`;
  }

  /** After `after` more conversions succeed, the next one throws `message` (e.g. "User rate limit exceeded."). */
  failConversion(message: string, after = 0): void {
    this.failures.push({ calls: after, message });
  }

  /** Throws an injected failure when its turn has come. */
  _nextConversion(): void {
    const due = this.failures.find((f) => f.calls === 0);
    if (due) {
      this.failures.splice(this.failures.indexOf(due), 1);
      throw new Error(`API call to drive.files.create failed with error: ${due.message}`);
    }
    for (const failure of this.failures) failure.calls -= 1;
  }

  _countDoc(clock: number): void {
    const day = Math.floor(clock / 86_400_000);
    const used = this.docsByDay.get(day) ?? 0;
    if (used >= this.docsQuota) throw new Error("Service invoked too many times for one day: docs create.");
    this.docsByDay.set(day, used + 1);
  }

  /** A file staff made in the Drive UI (a script with drive.file cannot see it). */
  _addUserFile(name: string, mimeType: string): FakeDriveFile {
    const file: FakeDriveFile = { id: this.newId("User"), name, mimeType, parents: [], trashed: false, createdBy: null, driveId: null, content: "", doc: null };
    this.files.set(file.id, file);
    return file;
  }

  /** Staff move a file (and what is inside it) into a shared drive in the Drive UI. */
  _moveToSharedDrive(id: string, driveId = "0AsharedDrive"): void {
    const file = this.files.get(id);
    if (!file) throw new Error(`No file ${id}`);
    file.driveId = driveId;
    for (const child of this.files.values()) if (child.parents.includes(id)) this._moveToSharedDrive(child.id, driveId);
  }

  /**
   * What Drive.Files.export(…, {alt: "media"}) hands the script: the documented response is the
   * file's bytes, and the advanced service does not say whether it wraps them in a Blob; model both.
   */
  exportAs: "blob" | "string" = "blob";

  docs(): FakeDriveFile[] {
    return [...this.files.values()].filter((f) => f.mimeType === MIME.doc);
  }

  /** "Surat/2026/TANDA_TERIMA" style path of a file's folder, below the script's root folder. */
  pathOf(file: FakeDriveFile): string {
    const names: string[] = [];
    let parent = this.files.get(file.parents[0] ?? "");
    while (parent) {
      names.unshift(parent.name);
      parent = this.files.get(parent.parents[0] ?? "");
    }
    return names.slice(1).join("/");
  }
}

/** Visible text of HTML, as a Doc converted from it shows: blocks on their own lines, cells tab-separated. */
export function htmlText(html: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", middot: "·", ndash: "–", mdash: "—", hellip: "…" };
  return html
    .replace(/<(style|script|head|title)[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<\/(td|th)>/gi, "\t")
    .replace(/<(br|\/p|\/div|\/tr|\/li|\/h\d|\/table)[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (all, code: string) =>
      code.startsWith("#x") || code.startsWith("#X") ? String.fromCodePoint(parseInt(code.slice(2), 16))
        : code.startsWith("#") ? String.fromCodePoint(Number(code.slice(1))) : (entities[code.toLowerCase()] ?? all))
    .split("\n")
    .map((line) => line.replace(/[ \r]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

export class FakeBlob {
  readonly serviceName = "Blob";
  constructor(
    private readonly data: string,
    private contentType: string | null,
    private name: string | null,
  ) {}
  getDataAsString(): string {
    return this.data;
  }
  getBytes(): number[] {
    return [...Buffer.from(this.data, "utf8")];
  }
  getContentType(): string | null {
    return this.contentType;
  }
  setContentType(contentType: string): this {
    this.contentType = contentType;
    return this;
  }
  getName(): string | null {
    return this.name;
  }
  setName(name: string): this {
    this.name = name;
    return this;
  }
}

type Resource = { name?: string; mimeType?: string; parents?: string[] };

const LINK: Record<string, (id: string) => string> = {
  [MIME.doc]: (id) => `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`,
  [MIME.folder]: (id) => `https://drive.google.com/drive/folders/${id}`,
};

/** A file resource with the fields asked for (v3 returns kind, id, name and mimeType by default). */
function resource(file: FakeDriveFile, fields: string | undefined): Record<string, unknown> {
  const all: Record<string, unknown> = {
    kind: "drive#file", id: file.id, name: file.name, mimeType: file.mimeType, parents: [...file.parents], trashed: file.trashed,
    webViewLink: (LINK[file.mimeType] ?? ((id: string) => `https://drive.google.com/file/d/${id}/view?usp=drivesdk`))(file.id),
  };
  const wanted = (fields ?? "kind,id,name,mimeType").split(",").map((f) => f.trim());
  return Object.fromEntries(wanted.filter((f) => f in all).map((f) => [f, all[f]]));
}

/** Whether the running user's drive.file grant reaches the file (their own runs created it). */
export function reachable(store: FakeStore, file: FakeDriveFile): boolean {
  return file.createdBy !== null && file.createdBy === store.effectiveUser();
}

/** Drive.Files of the advanced service (v3), as far as the bundle uses it. */
export class FakeDriveFiles {
  readonly serviceName = "Drive.Files";
  constructor(private readonly store: FakeStore) {}

  /**
   * A file in a shared drive is found only when the request says `supportsAllDrives: true`
   * ("Whether the requesting application supports both My Drives and shared drives",
   * https://developers.google.com/drive/api/reference/rest/v3/files/get#query-parameters,
   * https://developers.google.com/drive/api/guides/enable-shareddrives).
   */
  private visible(id: string, call: string, args: { supportsAllDrives?: boolean } = {}): FakeDriveFile {
    const file = this.store.drive.files.get(id);
    if (file?.driveId && args.supportsAllDrives !== true) throw new Error(`API call to drive.files.${call} failed with error: File not found: ${id}.`);
    // drive.file: files this user's runs did not create are "not found", exactly as if they did not exist.
    if (!file || (!reachable(this.store, file) && !this.store.hasScope(SCOPE.drive))) throw new Error(`API call to drive.files.${call} failed with error: File not found: ${id}.`);
    return file;
  }

  create(meta: Resource, media?: FakeBlob, optionalArgs?: { fields?: string; supportsAllDrives?: boolean }): Record<string, unknown> {
    this.store.requireAuth("Drive.Files.create");
    this.store.requireScope("Drive.Files.create", [SCOPE.drive, SCOPE.driveFile]);
    const drive = this.store.drive;
    const parents = (meta.parents ?? []).map((parent) => this.visible(parent, "create", optionalArgs));
    const mimeType = meta.mimeType ?? media?.getContentType() ?? "application/octet-stream";
    const data = media?.getDataAsString() ?? "";
    let doc: FakeDocState | null = null;
    if (mimeType === MIME.doc) {
      if (media && media.getContentType() !== MIME.html) throw new Error(`API call to drive.files.create failed with error: Unsupported conversion from ${media.getContentType()}.`);
      drive._nextConversion();
      drive._countDoc(this.store.clock);
      const margin = LETTER.margin;
      const images = drive.keepsDataUriImages
        ? [...data.matchAll(/<img\b[^>]*\bsrc="(data:image\/(?:png|jpeg|gif);base64,[^"]+)"/gi)].map((m) => m[1]!.replace(/&#x3D;/gi, "="))
        : [];
      doc = { text: htmlText(data), pageWidth: LETTER.width, pageHeight: LETTER.height, margins: { top: margin, bottom: margin, left: margin, right: margin }, saves: 0, images };
    }
    const kind = mimeType === MIME.doc ? "Doc" : mimeType === MIME.folder ? "Folder" : "File";
    const file: FakeDriveFile = {
      id: drive.newId(kind), name: meta.name ?? media?.getName() ?? "Untitled", mimeType, parents: meta.parents ?? ["root"],
      trashed: false, createdBy: this.store.effectiveUser(), driveId: parents[0]?.driveId ?? null, content: mimeType === MIME.doc ? "" : data, doc,
    };
    drive.files.set(file.id, file);
    return resource(file, optionalArgs?.fields);
  }

  /**
   * The file's metadata, or with `alt: "media"` its content ("Download blob file content":
   * https://developers.google.com/drive/api/guides/manage-downloads). Docs Editors files have no
   * content to download (they are exported instead); the content comes as a Blob here.
   */
  get(fileId: string, optionalArgs?: { fields?: string; supportsAllDrives?: boolean; alt?: string }): Record<string, unknown> | FakeBlob {
    this.store.requireAuth("Drive.Files.get");
    this.store.requireScope("Drive.Files.get", [SCOPE.drive, SCOPE.driveFile]);
    const file = this.visible(fileId, "get", optionalArgs);
    if (optionalArgs?.alt === "media") {
      if (file.mimeType === MIME.doc || file.mimeType === MIME.folder) {
        throw new Error("API call to drive.files.get failed with error: Only files with binary content can be downloaded. Use Export with Docs Editors files.");
      }
      return new FakeBlob(file.content, file.mimeType, file.name);
    }
    return resource(file, optionalArgs?.fields);
  }

  /**
   * A Google Doc exported as PDF (https://developers.google.com/drive/api/reference/rest/v3/files/export).
   * The advanced service returns the content only with `alt: "media"`, otherwise it fails as here
   * (https://issuetracker.google.com/issues/468534237); the content is a Blob or a string (drive.exportAs).
   */
  export(fileId: string, mimeType: string, optionalArgs?: { alt?: string }): FakeBlob | string {
    this.store.requireAuth("Drive.Files.export");
    this.store.requireScope("Drive.Files.export", [SCOPE.drive, SCOPE.driveFile]);
    const file = this.visible(fileId, "export", { supportsAllDrives: true });
    if (optionalArgs?.alt !== "media") throw new Error("API call to drive.files.export failed with error: Export requires alt=media to download the exported content.");
    if (file.mimeType !== MIME.doc || mimeType !== MIME.pdf) throw new Error(`API call to drive.files.export failed with error: Export only supports Docs Editors files (${file.mimeType} → ${mimeType}).`);
    const content = `%PDF-1.4 (fake)\n${file.doc!.text}`;
    return this.store.drive.exportAs === "string" ? content : new FakeBlob(content, MIME.pdf, `${file.name}.pdf`);
  }
}

class FakeDriveAppFile {
  readonly serviceName = "File";
  constructor(private readonly file: FakeDriveFile) {}
  getId(): string {
    return this.file.id;
  }
  getName(): string {
    return this.file.name;
  }
  getAs(contentType: string): FakeBlob {
    if (contentType !== MIME.pdf) throw new Error(`Converting from ${this.file.mimeType} to ${contentType} is not supported.`);
    return new FakeBlob(`%PDF-1.4 (fake)\n${this.file.doc?.text ?? this.file.content}`, MIME.pdf, `${this.file.name}.pdf`);
  }
}

/**
 * DriveApp, as far as a script might reach for it. Its documented scope is the full `drive`
 * (every file of the user); with only drive.file every call fails authorisation, as here.
 */
export class FakeDriveApp {
  readonly serviceName = "DriveApp";
  constructor(private readonly store: FakeStore) {}
  private need(method: string): void {
    this.store.requireAuth(`DriveApp.${method}`);
    this.store.requireScope(`DriveApp.${method}`, [SCOPE.drive]);
  }
  getFileById(id: string): FakeDriveAppFile {
    this.need("getFileById");
    const file = this.store.drive.files.get(id);
    if (!file) throw new Error("No item with the given ID could be found, or you do not have permission to access it.");
    return new FakeDriveAppFile(file);
  }
  getFolderById(id: string): FakeDriveAppFile {
    this.need("getFolderById");
    const file = this.store.drive.files.get(id);
    if (!file || file.mimeType !== MIME.folder) throw new Error("No item with the given ID could be found, or you do not have permission to access it.");
    return new FakeDriveAppFile(file);
  }
  createFolder(name: string): FakeDriveAppFile {
    this.need("createFolder");
    const file: FakeDriveFile = { id: this.store.drive.newId("Folder"), name, mimeType: MIME.folder, parents: ["root"], trashed: false, createdBy: this.store.effectiveUser(), driveId: null, content: "", doc: null };
    this.store.drive.files.set(file.id, file);
    return new FakeDriveAppFile(file);
  }
  createFile(blob: FakeBlob): FakeDriveAppFile {
    this.need("createFile");
    const file: FakeDriveFile = {
      id: this.store.drive.newId("File"), name: blob.getName() ?? "Untitled", mimeType: blob.getContentType() ?? "application/octet-stream",
      parents: ["root"], trashed: false, createdBy: this.store.effectiveUser(), driveId: null, content: blob.getDataAsString(), doc: null,
    };
    this.store.drive.files.set(file.id, file);
    return new FakeDriveAppFile(file);
  }
}
