// Letters as Google Docs: the HTML converted by the Drive API into "Surat/<tahun>/<jenis>", A4 set
// on the Doc afterwards, and documents counted over the last 24 hours so a large batch queues
// instead of failing.
//
// Scopes (appsscript.json), and why no wider ones:
// - drive.file: Drive.Files.create/get/export on files and folders this script made (the
//   conversion, the folders, the PDF), and the Docs advanced service (Docs.Documents.batchUpdate)
//   to set the page and, on approval, write the number: the Docs API accepts drive.file.
//   DriveApp and DocumentApp are not used anywhere: every DriveApp method requires the full
//   `drive` scope and DocumentApp.openById the full `documents` scope (all of the user's Docs).
import { parseSettings } from "../core/engine/settings";
import type { Orientation } from "../core/letters/kind";
import { type DocumentQuotaReason, type DocumentRequest, type DocumentSink, DocumentQuotaError } from "../core/ports";
import { PENGATURAN } from "../core/registers/catalog";
import { RegisterTable } from "../core/registers/table";
import { ALL_DRIVES, type DocsRequest, drive, type DriveFolders, updateDocument } from "./drive-folders";
import { messageOf, redact, translateError } from "./errors";
import type { GasWorkbook } from "./gas-workbook";

export const GOOGLE_DOC = "application/vnd.google-apps.document";
/** Pengaturan key: Docs the office may create a day (Apps Script quota: 250 consumer, 1,500 Workspace). */
export const DAILY_LIMIT_KEY = "Batas Dokumen Harian";
export const DEFAULT_DAILY_LIMIT = 250;
const COUNT_KEY = "sertifikasi.docs.perDay";
/**
 * "Quotas are per user and reset 24 hours after the first request"
 * (https://developers.google.com/apps-script/guides/services/quotas): a window of 24 hours, not
 * the office's calendar day. Documents are counted in hourly slots, each kept until 24 hours after
 * its last document, so the count never falls below what the last 24 hours made (the property
 * stays small: at most 25 slots).
 */
const WINDOW_MS = 24 * 3_600_000;
const SLOT_MS = 3_600_000;

const CM = 72 / 2.54;
/** A4 in points, and the margins of templates/styles (surat.css, sertifikat.css): conversion drops CSS @page. */
const A4 = { short: 595.276, long: 841.89 };
const MARGINS: Record<Orientation, { top: number; right: number; bottom: number; left: number }> = {
  portrait: { top: 2 * CM, right: 2 * CM, bottom: 2 * CM, left: 2.5 * CM },
  landscape: { top: 1 * CM, right: 1 * CM, bottom: 1 * CM, left: 1 * CM },
};

/** The Docs API request setting A4 in the orientation and the letter margins (idempotent). */
export function a4Request(orientation: Orientation = "portrait"): DocsRequest {
  const landscape = orientation === "landscape";
  const m = MARGINS[orientation];
  const pt = (magnitude: number) => ({ magnitude, unit: "PT" });
  return {
    updateDocumentStyle: {
      documentStyle: {
        pageSize: { width: pt(landscape ? A4.long : A4.short), height: pt(landscape ? A4.short : A4.long) },
        marginTop: pt(m.top), marginBottom: pt(m.bottom), marginLeft: pt(m.left), marginRight: pt(m.right),
      },
      fields: "pageSize,marginTop,marginBottom,marginLeft,marginRight",
    },
  };
}

/**
 * The office's "Batas Dokumen Harian", or 250 when blank or not a positive whole number. Takes
 * Pengaturan as the engine already read it in this execution when it did (no second read).
 */
export function dailyDocumentLimit(workbook: GasWorkbook): number {
  const raw = workbook.lastRead(PENGATURAN.name) ?? workbook.readTable(PENGATURAN.name);
  const value = (parseSettings(raw ? new RegisterTable(PENGATURAN, raw) : null).settings.raw.get(DAILY_LIMIT_KEY) ?? "").trim();
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : DEFAULT_DAILY_LIMIT;
}

/** Errors after which trying again later is right: quotas, rate limits, Google's own hiccups. */
const DAILY = /too many times for one day/i;
const TRANSIENT = /rate limit|too many|quota|limit exceeded|backend error|internal error|timed out|try again|service unavailable/i;

export interface SinkOptions {
  readonly folders: DriveFolders;
  readonly dailyLimit: () => number;
  /** Epoch ms after which no document is started (the execution's time budget). */
  readonly deadline: number;
  /**
   * Called once, the first time this run puts documents off, with when to try again (null: at
   * the daily sweep). Rate limits back off: 5 minutes, doubling while they last, at most 6 hours.
   */
  readonly onDefer?: (retryInMs: number | null) => void;
  /** The document properties, shared with the folders so one execution asks for them once. */
  readonly properties?: () => GoogleAppsScript.Properties.Properties;
}

interface DailyCount {
  /** Documents made per hourly slot (epoch hour): [count, epoch ms of the slot's last one]. */
  readonly slots?: Record<string, [number, number]>;
  /** Rate-limited runs in a row (reset by the next document made). */
  readonly retries?: number;
}

const RETRY_AFTER_TIME_MS = 60_000;
const RETRY_AFTER_RATE_MS = 5 * 60_000;
const RETRY_MAX_MS = 6 * 3_600_000;

/** The slots still inside the 24-hour window (an earlier version's day count is dropped: Google's own refusal is handled too). */
function recentSlots(saved: DailyCount, now: number): Record<string, [number, number]> {
  const slots: Record<string, [number, number]> = {};
  for (const [slot, [count, lastAt]] of Object.entries(saved.slots ?? {})) if (lastAt + WINDOW_MS > now) slots[slot] = [count, lastAt];
  return slots;
}

export class GasDocumentSink implements DocumentSink {
  private putOff: DocumentQuotaError | null = null;
  private limit: number | null = null;
  private properties: GoogleAppsScript.Properties.Properties | null = null;
  /** Documents this execution created. */
  created = 0;

  constructor(private readonly options: SinkOptions) {}

  /** Why this run stopped making documents, or null. */
  get deferred(): DocumentQuotaReason | null {
    return this.putOff?.reason ?? null;
  }

  createDocument(request: DocumentRequest): { id: string; url: string } {
    if (this.putOff) throw this.putOff;
    if (Date.now() > this.options.deadline) {
      throw this.defer("time", "Waktu eksekusi hampir habis: surat berikutnya dibuat otomatis sebentar lagi.");
    }
    this.limit ??= this.options.dailyLimit();
    const now = Date.now();
    const saved = this.saved();
    const slots = recentSlots(saved, now);
    const used = Object.values(slots).reduce((sum, [count]) => sum + count, 0);
    if (used >= this.limit) {
      throw this.defer("daily", `Batas ${this.limit} dokumen Google dalam 24 jam tercapai: surat lainnya dibuat pada pemeriksaan harian berikutnya.`);
    }
    let file: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
    try {
      const parent = this.options.folders.resolve(request.folder);
      const html = Utilities.newBlob(request.html, "text/html", `${request.title}.html`);
      file = drive().Files.create({ name: request.title, mimeType: GOOGLE_DOC, parents: [parent] }, html, { fields: "id,webViewLink", ...ALL_DRIVES });
    } catch (error) {
      const detail = messageOf(error);
      if (DAILY.test(detail)) throw this.defer("daily", `Kuota harian Google untuk dokumen habis: surat lainnya dibuat besok (${detail}).`);
      if (TRANSIENT.test(detail)) throw this.defer("rate", `Google membatasi pembuatan dokumen saat ini: surat lainnya dibuat otomatis nanti (${detail}).`, saved);
      throw translateError(error);
    }
    const slot = String(Math.floor(now / SLOT_MS));
    slots[slot] = [(slots[slot]?.[0] ?? 0) + 1, now];
    this.store().setProperty(COUNT_KEY, JSON.stringify({ slots }));
    this.created += 1;
    this.pageSetUp(file.id!, request);
    return { id: file.id!, url: file.webViewLink ?? `https://docs.google.com/document/d/${file.id}/edit` };
  }

  /** Read each time, not once per run: the queue releases the lock between chunks. */
  private saved(): DailyCount {
    const text = this.store().getProperty(COUNT_KEY);
    return text ? (JSON.parse(text) as DailyCount) : {};
  }

  /**
   * A4 after conversion. A failure here is logged, not thrown: the Doc exists and its row must get
   * the link, or a later run would make a second one; approval sets the page again anyway.
   */
  private pageSetUp(id: string, request: DocumentRequest): void {
    try {
      updateDocument(id, [a4Request(request.orientation)]);
    } catch (error) {
      console.log(redact(`Ukuran halaman "${request.title}" belum diatur (${messageOf(error)}); diatur saat surat disetujui.`));
    }
  }

  private store(): GoogleAppsScript.Properties.Properties {
    this.properties ??= this.options.properties?.() ?? PropertiesService.getDocumentProperties();
    return this.properties;
  }

  private defer(reason: DocumentQuotaReason, message: string, saved: DailyCount = {}): DocumentQuotaError {
    this.putOff = new DocumentQuotaError(reason, message);
    console.log(redact(message));
    let retryInMs: number | null = reason === "time" ? RETRY_AFTER_TIME_MS : null;
    if (reason === "rate") {
      const retries = (Number(saved.retries) || 0) + 1;
      this.store().setProperty(COUNT_KEY, JSON.stringify({ ...saved, retries }));
      retryInMs = Math.min(RETRY_AFTER_RATE_MS * 2 ** (retries - 1), RETRY_MAX_MS);
    }
    this.options.onDefer?.(retryInMs);
    return this.putOff;
  }
}
