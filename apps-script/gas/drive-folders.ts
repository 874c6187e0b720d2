// Folders for letters, all made by this script so the drive.file scope reaches them: a root folder
// remembered in document properties and paths such as "Surat/2026/SK_PENETAPAN" under it.
import { WorkbookError } from "../core/ports";
import { messageOf } from "./errors";

export const FOLDER_MIME = "application/vnd.google-apps.folder";
const FOLDERS_KEY = "sertifikasi.folders";

/**
 * Every Drive call says it supports shared drives: without it, a folder or Doc staff moved into a
 * shared drive reads as "not found" (and the folders would be rebuilt in My Drive).
 */
export const ALL_DRIVES = { supportsAllDrives: true } as const;

/** A Docs API request; updateDocumentStyle is missing from the bundled type definitions. */
export type DocsRequest = GoogleAppsScript.Docs.Schema.Request | { readonly updateDocumentStyle: { readonly documentStyle: object; readonly fields: string } };

/**
 * Applies requests to a Doc in one call of the Docs advanced service (v1), which works with
 * drive.file on Docs this script made; DocumentApp would need the full `documents` scope.
 */
export function updateDocument(documentId: string, requests: readonly DocsRequest[]): void {
  if (typeof Docs === "undefined" || !Docs) {
    throw new WorkbookError("INVALID", "Layanan lanjutan Docs (v1) belum aktif di proyek Apps Script; pasang ulang mesin dengan npm run deploy.");
  }
  Docs.Documents.batchUpdate({ requests: requests as GoogleAppsScript.Docs.Schema.Request[] }, documentId);
}

/** The Drive advanced service (v3), or a message naming the missing set-up. */
export function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === "undefined" || !Drive) {
    throw new WorkbookError("INVALID", "Layanan lanjutan Drive (v3) belum aktif di proyek Apps Script; pasang ulang mesin dengan npm run deploy.");
  }
  return Drive;
}

export class DriveFolders {
  /** Path → folder ID ("" is the root), as remembered in document properties. */
  private ids: Record<string, string> | null = null;
  /** Paths checked (or made) in this execution: each is looked at once per run. */
  private readonly checked = new Set<string>();
  private properties: GoogleAppsScript.Properties.Properties | null = null;
  private dirty = false;

  constructor(
    private readonly rootName: () => string,
    /** The document properties when the caller shares them (one getDocumentProperties call per execution). */
    private readonly sharedProperties?: () => GoogleAppsScript.Properties.Properties,
  ) {}

  /** The folder's ID, making what is missing, or was put in the bin, on the way. */
  resolve(path: string): string {
    try {
      return this.folderAt(path.split("/").map((p) => p.trim()).filter((p) => p !== ""));
    } finally {
      // Saved even when a later step fails, so folders made are never made twice.
      if (this.dirty) {
        this.store().setProperty(FOLDERS_KEY, JSON.stringify(this.ids));
        this.dirty = false;
      }
    }
  }

  private folderAt(parts: readonly string[]): string {
    const key = parts.join("/");
    const ids = this.known();
    const known = ids[key];
    // Checking the deepest folder is enough: a folder in the bin takes its sub-folders with it.
    if (known && (this.checked.has(key) || this.usable(known))) {
      this.checked.add(key);
      return known;
    }
    const parent = parts.length === 0 ? null : this.folderAt(parts.slice(0, -1));
    const name = parts.length === 0 ? this.rootName() : parts[parts.length - 1]!;
    if (known) console.log(`Folder surat "${key || name}" tidak ditemukan lagi (terhapus atau tidak terjangkau akun ini); folder baru dibuat.`);
    const folder = drive().Files.create({ name, mimeType: FOLDER_MIME, ...(parent ? { parents: [parent] } : {}) }, null as unknown as GoogleAppsScript.Base.Blob, ALL_DRIVES);
    ids[key] = folder.id!;
    this.checked.add(key);
    this.dirty = true;
    return folder.id!;
  }

  private store(): GoogleAppsScript.Properties.Properties {
    this.properties ??= this.sharedProperties?.() ?? PropertiesService.getDocumentProperties();
    return this.properties;
  }

  private known(): Record<string, string> {
    if (this.ids) return this.ids;
    const saved = this.store().getProperty(FOLDERS_KEY);
    this.ids = saved ? (JSON.parse(saved) as Record<string, string>) : {};
    return this.ids;
  }

  /** Whether a remembered folder still exists outside the bin (deleted ones read as "not found"). */
  private usable(id: string): boolean {
    try {
      return drive().Files.get(id, { fields: "id,trashed", ...ALL_DRIVES }).trashed !== true;
    } catch (error) {
      if (/not found/i.test(messageOf(error))) return false;
      throw error;
    }
  }
}
