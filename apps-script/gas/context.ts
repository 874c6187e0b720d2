// Composition root for every Apps Script entry: builds the adapters and hands the engine its deps.
import { mailAppSender } from "./gas-mail";
import type { EngineDeps } from "../core/engine/types";
import type { Scheduler } from "../core/ports";
import { documentCache } from "./config-cache";
import { dailyDocumentLimit, GasDocumentSink } from "./docs-sink";
import { DriveFolders } from "./drive-folders";
import { gasClock } from "./gas-clock";
import { documentLock, GasLock } from "./gas-lock";
import { GasWorkbook } from "./gas-workbook";
import { messageOf, redact } from "./errors";
import { GasScheduler } from "./gas-scheduler";
import { uuidSource } from "./random-uuids";

export const TOAST_TITLE = "Sertifikasi";
/** Leave a margin under the 6-minute execution limit for the final write and clean-up. */
export const TIME_BUDGET_MS = 4.5 * 60_000;
/** One-off trigger (main.ts createQueuedDocuments): letters' Docs and PDFs a quota or the time budget left. */
export const QUEUE_HANDLER = "createQueuedDocuments";

export interface GasContext {
  readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly workbook: GasWorkbook;
  readonly deps: EngineDeps;
  /** The letters' Google Docs (the same object as `deps.documents`): tells whether this run put any off. */
  readonly documents: GasDocumentSink;
  /** When this execution started (for the time budget of resumable work). */
  readonly startedAt: number;
  /** Runs a handler again later (one-off triggers), for work a platform limit cut short. */
  readonly scheduler: Scheduler;
  /** Tells staff (toast) when someone is looking; always logs. Never carries personal data. */
  notify(message: string): void;
}

export interface ContextOptions {
  /** Who is acting; null when the platform cannot tell (the office setting decides). */
  readonly actorEmail: string | null;
  /** Show toasts (menu actions and edits); triggers without a viewer only log. */
  readonly toasts: boolean;
  readonly lockTimeoutMs?: number;
  /**
   * `reuse`: take the configuration tabs from the document cache when it holds them (edits, where
   * every call counts); `refresh` (default): read them and store them for the next edit.
   */
  readonly configCache?: "reuse" | "refresh";
  /**
   * Send Kotak Surel with MailApp (the sweep and the installer's triggers); edits leave it waiting,
   * since each message is a service call and an edit must stay quick.
   */
  readonly mail?: boolean;
  /** The spreadsheet when the caller has it already (an edit event's `source`): asking is a call. */
  readonly spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export function log(message: string): void {
  console.log(redact(message));
}

export function openContext(options: ContextOptions): GasContext {
  const startedAt = Date.now();
  const spreadsheet = options.spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet();
  const cache = documentCache();
  const workbook = new GasWorkbook(spreadsheet, cache ? { cache, reuse: options.configCache === "reuse" } : null);
  const notify = (message: string): void => {
    const safe = redact(message);
    log(safe);
    if (options.toasts) spreadsheet.toast(safe, TOAST_TITLE, 8);
  };
  let lastProgress = 0;
  const scheduler = new GasScheduler();
  // Built lazily: nothing here calls a service until the first letter is made.
  const documents = new GasDocumentSink({
    folders: new DriveFolders(() => `Dokumen Sertifikasi - ${spreadsheet.getName()}`),
    dailyLimit: () => dailyDocumentLimit(workbook),
    deadline: startedAt + TIME_BUDGET_MS,
    onDefer: (retryInMs) => {
      if (retryInMs === null) return; // the daily cap: the next daily sweep continues
      try {
        scheduler.runLater(QUEUE_HANDLER, retryInMs);
      } catch (error) {
        log(`Lanjutan pembuatan dokumen belum terjadwal (${messageOf(error)}); pemeriksaan harian melanjutkannya.`);
      }
    },
  });
  const deps: EngineDeps = {
    workbook,
    clock: gasClock,
    lock: new GasLock(documentLock(), options.lockTimeoutMs),
    actor: { email: options.actorEmail },
    documents,
    // A few Utilities.getUuid calls key every UUID this execution needs (random-uuids.ts).
    newUuid: uuidSource(() => Utilities.getUuid()),
    ...(options.mail ? { mail: mailAppSender } : {}),
    // Long sweeps report progress at most every 15 s: each toast is a service call.
    onProgress: (_done, _total, message) => {
      const now = Date.now();
      if (now - lastProgress < 15_000) return;
      lastProgress = now;
      notify(message);
    },
  };
  return { spreadsheet, workbook, deps, documents, startedAt, scheduler, notify };
}
