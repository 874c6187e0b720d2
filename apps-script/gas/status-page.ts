// The applicant's status page, served by the same web app as the certificate verification
// (`doGet`, deployed to execute as the owner, open to anyone with the link:
// https://developers.google.com/apps-script/guides/web). `?status=<token>` in `e.parameter`; the
// page is an HtmlOutput (https://developers.google.com/apps-script/reference/html/html-service).
// It reads Pengaturan and the configuration, the case registers and the case's Riwayat rows, and
// writes nothing: a token lets one read, never act. With no spreadsheet (see web-app.ts), or on
// any failure, the same "unavailable" page for every token; the token is never logged.
import { lookUpStatus, statusPage } from "../core/engine/status-link";
import { parseSettings } from "../core/engine/settings";
import { PENGATURAN } from "../core/registers/catalog";
import { readRegister } from "../core/registers/table";
import { log } from "./context";
import { messageOf } from "./errors";
import { GasWorkbook } from "./gas-workbook";
import type { VerifyRequest } from "./web-app";

const TITLE = "Status Permohonan";
const UNAVAILABLE = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${TITLE}</title></head><body><p>Layanan status permohonan sedang tidak tersedia. Silakan coba lagi nanti.</p></body></html>`;

function page(html: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutput(html).setTitle(TITLE);
}

/** Whether the request asks for a case's status rather than a certificate. */
export function asksStatus(e: VerifyRequest | undefined): boolean {
  return e?.parameter?.["status"] !== undefined;
}

export function statusResponse(e: VerifyRequest | undefined): GoogleAppsScript.HTML.HtmlOutput {
  // One parameter only; anything else in the query is ignored, never echoed.
  const token = String(e?.parameter?.["status"] ?? "").slice(0, 64);
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    if (!spreadsheet) return page(UNAVAILABLE);
    const workbook = new GasWorkbook(spreadsheet);
    const { settings } = parseSettings(readRegister(workbook, PENGATURAN));
    return page(statusPage(lookUpStatus(workbook, token), { unitName: settings.unitName }));
  } catch (error) {
    log(`Halaman status permohonan gagal: ${messageOf(error)}`); // the token is not logged
    return page(UNAVAILABLE);
  }
}
