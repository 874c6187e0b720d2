// Apps Script entry points: every exported function becomes a global the platform can call
// (menu items, triggers, custom functions). Each is a line or two into the modules behind it.
import { onEdit, retryDeferredEdits as retryEdits } from "./edit";
import { hariKerja, tenggat } from "./custom-functions";
import { onSurveySubmission, storedSurveyFormId } from "./ikm-form";
import { onSubmission, RETRY_HANDLER, retryPending } from "./intake";
import { openContext } from "./context";
import { continueLetters } from "./letter-actions";
import * as menu from "./menu";
import { processRequests as carryOutRequests } from "./requests";
import { deploymentReport } from "./deployment-check";
import { sweep } from "./sweep";
import { verificationResponse, type VerifyRequest } from "./web-app";
import { asksStatus, statusResponse } from "./status-page";
import { useOffsetSource } from "../core/time/zone-offset";
import { utilitiesOffset } from "./gas-time-zone";

// Zones outside the Indonesian table are asked of Utilities.formatDate, never of the runtime's Intl.
useOffsetSource(utilitiesOffset);

/** Simple trigger: adds the "Sertifikasi" menu when the spreadsheet opens. */
export function onOpen(): void {
  menu.buildMenu();
}

/** Installable on-edit trigger (see "Pasang pemicu otomatis"): the fast path for edited rows. */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  onEdit(e);
}

/** Installable form-submit trigger on the application form and on the IKM survey form (told apart by the source form's ID). */
export function handleFormSubmit(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  const formId = e.source.getId();
  if (formId === storedSurveyFormId()) onSurveySubmission(e.response);
  else onSubmission(formId, e.response);
}

/** Time-driven trigger, daily: checks every case and retries queued submissions. */
export function dailySweep(): void {
  sweep();
}

/** One-off trigger: continues a daily sweep that stopped at the execution time limit. */
export function continueSweep(): void {
  sweep({ continuing: true });
}

/** One-off trigger: retries form submissions that could not be recorded at once. */
export function retryPendingSubmissions(): void {
  const ctx = openContext({ actorEmail: null, toasts: false, lockTimeoutMs: 240_000 });
  ctx.scheduler.cancel(RETRY_HANDLER);
  retryPending(ctx);
}

/** One-off trigger: re-checks edits that found another check running. */
export function retryDeferredEdits(): void {
  retryEdits();
}

/** One-off trigger: creates the letters' Docs, and approved letters' PDFs, that a quota or the time limit left. */
export function createQueuedDocuments(): void {
  continueLetters();
}

/** Time-driven trigger, every minute, as the installer: menu requests of other staff (requests.ts). */
export function processRequests(): void {
  carryOutRequests();
}

/** One-off trigger: continues set-up that stopped at the execution time limit. */
export function resumeJobs(): void {
  menu.resumePendingJobs();
}

/**
 * Run once from the Apps Script editor after a deployment (docs/DEPLOY.md, "Penerapan pertama"):
 * prints the time-zone offsets, the form's publish state, the triggers with their installer and
 * the scopes, in the execution log. Changes nothing.
 */
export function periksaPenerapan(): string[] {
  return deploymentReport();
}

export function menuRunCheck(): void {
  menu.menuRunCheck();
}
export function menuCheckSelection(): void {
  menu.menuCheckSelection();
}
export function menuApproveLetters(): void {
  menu.menuApproveLetters();
}
export function menuLastSummary(): void {
  menu.menuLastSummary();
}
export function menuCreateForm(): void {
  menu.menuCreateForm();
}
export function menuShowFormLink(): void {
  menu.menuShowFormLink();
}
export function menuSetup(): void {
  menu.menuSetup();
}
export function menuInstallTriggers(): void {
  menu.menuInstallTriggers();
}
export function menuTakeOverTriggers(): void {
  menu.menuTakeOverTriggers();
}
export function menuHelp(): void {
  menu.menuHelp();
}

/**
 * Tanggal setelah sejumlah hari kerja (Senin–Jumat, di luar hari libur pada tab Libur).
 * Penghitungan mulai hari kerja sesudah tanggal awal; jumlah negatif menghitung mundur.
 * Isi argumen ketiga Libur!A:A agar hasilnya dihitung ulang saat tab Libur berubah.
 *
 * @param {Date|Date[][]} tanggal Tanggal awal, mis. A2 (boleh rentang, mis. A2:A100).
 * @param {number} hari Jumlah hari kerja, mis. 10.
 * @param {Date[][]} libur Opsional: rentang tanggal libur, mis. Libur!A:A.
 * @return {Date} Tanggal tenggat.
 * @customfunction
 */
export function TENGGAT(tanggal: unknown, hari: unknown, libur?: unknown): unknown {
  return tenggat(tanggal, hari, libur);
}

/**
 * Jumlah hari kerja sesudah tanggal awal sampai dengan tanggal akhir (libur dari tab Libur).
 * Negatif bila tanggal akhir lebih awal. Isi argumen ketiga Libur!A:A agar hasilnya dihitung
 * ulang saat tab Libur berubah.
 *
 * @param {Date|Date[][]} dari Tanggal awal, mis. A2.
 * @param {Date|Date[][]} sampai Tanggal akhir, mis. B2.
 * @param {Date[][]} libur Opsional: rentang tanggal libur, mis. Libur!A:A.
 * @return {number} Jumlah hari kerja.
 * @customfunction
 */
export function HARIKERJA(dari: unknown, sampai: unknown, libur?: unknown): unknown {
  return hariKerja(dari, sampai, libur);
}

/**
 * Web app (anyone with the link, runs as the owner): the certificate verification page,
 * `?kode=XXXX-XXXX-XXXX`, and an applicant's status page, `?status=<Kode Lacak>`.
 */
export function doGet(e: VerifyRequest): GoogleAppsScript.HTML.HtmlOutput {
  return asksStatus(e) ? statusResponse(e) : verificationResponse(e);
}
