// The public verification page: a web app deployed to execute as the owner and open to anyone
// with the link (appsscript.json "webapp": USER_DEPLOYING, ANYONE_ANONYMOUS;
// https://developers.google.com/apps-script/guides/web and
// https://developers.google.com/apps-script/manifest/web-app-api-executable). `doGet(e)` gets the
// query string in `e.parameter`; the page is an HtmlOutput
// (https://developers.google.com/apps-script/reference/html/html-service). It reads two tabs
// (Pengaturan for the office's name and zone, Sertifikat) and writes nothing.
//
// Whether SpreadsheetApp.getActiveSpreadsheet() returns the container in a web app execution is
// not stated in its reference; both are modelled (fake `webAppActiveSpreadsheet`). With no
// spreadsheet the page says the service is unavailable, the same for every code.
import { verificationPage, verifyCertificate, type VerificationAnswer } from "../core/engine/verification";
import { SERTIFIKAT_REGISTER } from "../core/engine/certificate-register";
import { parseSettings } from "../core/engine/settings";
import { PENGATURAN } from "../core/registers/catalog";
import { readRegister } from "../core/registers/table";
import { toOfficeDateTime } from "../core/time/local-date";
import { log } from "./context";
import { messageOf } from "./errors";
import { GasWorkbook } from "./gas-workbook";

const UNAVAILABLE = "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Verifikasi Sertifikat</title></head><body><p>Layanan verifikasi sedang tidak tersedia. Silakan coba lagi nanti.</p></body></html>";

export interface VerifyRequest {
  readonly parameter?: Readonly<Record<string, string | undefined>>;
}

function page(html: string): GoogleAppsScript.HTML.HtmlOutput {
  return HtmlService.createHtmlOutput(html).setTitle("Verifikasi Sertifikat");
}

export function verificationResponse(e: VerifyRequest | undefined): GoogleAppsScript.HTML.HtmlOutput {
  // One parameter only; anything else in the query is ignored, never echoed.
  const code = String(e?.parameter?.["kode"] ?? "").slice(0, 64);
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    if (!spreadsheet) return page(UNAVAILABLE);
    const workbook = new GasWorkbook(spreadsheet);
    const { settings } = parseSettings(readRegister(workbook, PENGATURAN));
    const today = toOfficeDateTime(new Date(), settings.timeZone).date;
    const answer: VerificationAnswer = verifyCertificate(readRegister(workbook, SERTIFIKAT_REGISTER), code, today);
    return page(verificationPage(answer, { unitName: settings.unitName }));
  } catch (error) {
    log(`Verifikasi sertifikat gagal: ${messageOf(error)}`); // the code is not logged
    return page(UNAVAILABLE);
  }
}
