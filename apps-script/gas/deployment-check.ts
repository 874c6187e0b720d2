// "periksaPenerapan": run once from the Apps Script editor after a deployment. It prints what only
// a live account can confirm: the time-zone offsets as Google computes them against the engine's
// own table, the form's publish state, the triggers and who installed them, the scopes asked
// for, whether certificates print the web app's address, and what one service call costs on the
// account (the figure the bench's call counts multiply). Read-only: it changes nothing in the spreadsheet.
import { parseSettings } from "../core/engine/settings";
import { PENGATURAN } from "../core/registers/catalog";
import { readRegister } from "../core/registers/table";
import { fixedOffset, zoneOffsetMinutes } from "../core/time/zone-offset";
import { log } from "./context";
import { messageOf } from "./errors";
import { storedFormId } from "./form";
import { storedSurveyFormId } from "./ikm-form";
import { utilitiesOffset } from "./gas-time-zone";
import { GasWorkbook } from "./gas-workbook";
import { installer } from "./requests";
import { LETTER_EDIT_CALLS, STATUS_EDIT_CALLS } from "./call-budget";
import { effectiveUserEmail } from "./session";

/** The manifest's oauthScopes (appsscript.json; a build test keeps the two equal). */
export const MANIFEST_SCOPES: readonly string[] = [
  "https://www.googleapis.com/auth/spreadsheets.currentonly",
  "https://www.googleapis.com/auth/script.container.ui",
  "https://www.googleapis.com/auth/script.scriptapp",
  "https://www.googleapis.com/auth/script.send_mail",
  "https://www.googleapis.com/auth/forms",
  "https://www.googleapis.com/auth/userinfo.email",
  "https://www.googleapis.com/auth/drive.file",
];

/** "+07:00", or "?" when the source does not know the zone. */
export function formatOffset(minutes: number | undefined): string {
  if (minutes === undefined) return "?";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

function zoneLines(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: Date): string[] {
  const office = parseSettings(readRegister(new GasWorkbook(spreadsheet), PENGATURAN)).settings.timeZone;
  const zones: [string, string][] = [["Pengaturan (Zona Waktu)", office], ["Spreadsheet", spreadsheet.getSpreadsheetTimeZone()], ["Proyek skrip", Session.getScriptTimeZone()]];
  const lines = zones.map(([label, zone]) => {
    const google = utilitiesOffset(zone, now);
    const engine = zoneOffsetMinutes(zone, now);
    const agree = fixedOffset(zone, now) === undefined || google === engine ? "" : " — BERBEDA: laporkan ke pengembang";
    return `Zona ${label}: ${zone}, menurut Google ${formatOffset(google)}, menurut mesin ${formatOffset(engine)}${agree}`;
  });
  if (new Set(zones.map(([, zone]) => zone)).size > 1) lines.push("Zona waktu belum sama: samakan di File → Setelan, Setelan proyek, dan tab Pengaturan.");
  return lines;
}

function formLines(): string[] {
  const survey = storedSurveyFormId();
  return [...formState("Formulir", storedFormId()), ...(survey ? formState("Formulir survei IKM", survey) : [])];
}

function formState(label: string, id: string | null): string[] {
  if (!id) return [`${label}: belum dibuat (Sertifikasi → Buat / perbarui formulir permohonan).`];
  try {
    // isPublished belongs to forms with the newer publishing model; older runtimes lack it.
    const form = FormApp.openById(id) as Partial<GoogleAppsScript.Forms.Form> & { isPublished?: () => boolean; getPublishedUrl(): string };
    const published = typeof form.isPublished === "function" ? (form.isPublished() ? "terbit" : "BELUM TERBIT: terbitkan di Google Formulir (Publikasikan)") : "status terbit tidak dapat dibaca skrip; periksa di Google Formulir";
    const accepting = typeof form.isAcceptingResponses === "function" ? (form.isAcceptingResponses() ? "; menerima jawaban" : "; TIDAK menerima jawaban") : "";
    return [`${label}: ${published}${accepting}; tautan ${form.getPublishedUrl()}`];
  } catch (error) {
    return [`${label}: tidak dapat dibuka (${messageOf(error)}).`];
  }
}

function triggerLines(): string[] {
  const me = effectiveUserEmail();
  const owner = installer();
  const mine = ScriptApp.getProjectTriggers().map((t) => `${t.getHandlerFunction()} (${String(t.getEventType())})`);
  return [
    `Dijalankan oleh: ${me || "tidak diketahui"}; pemasang pemicu tercatat: ${owner ?? "belum ada"}.`,
    mine.length > 0 ? `Pemicu milik akun ini: ${mine.join(", ")}.` : "Akun ini tidak memiliki pemicu proyek ini.",
    owner && owner !== me ? `Pemicu milik ${owner} hanya terlihat oleh akun itu; jalankan fungsi ini dengan akun itu untuk melihatnya.` : "",
  ].filter((l) => l !== "");
}

function scopeLines(): string[] {
  const info = typeof ScriptApp.getAuthorizationInfo === "function" ? ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL) : null;
  const status = info ? String(info.getAuthorizationStatus()) : "tidak diketahui";
  return [`Cakupan izin yang diminta: ${MANIFEST_SCOPES.map((s) => s.replace("https://www.googleapis.com/auth/", "")).join(", ")}.`, `Status otorisasi akun ini: ${status}.`];
}

/** Whether certificates can print their verification address and QR code (Pengaturan "Alamat Aplikasi Web"). */
function webAppLines(): string[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const { settings } = parseSettings(readRegister(new GasWorkbook(spreadsheet), PENGATURAN));
  if (!settings.webAppUrl) {
    return ["Aplikasi web: Alamat Aplikasi Web belum diisi di Pengaturan; sertifikat dicetak dengan kode verifikasi saja, tanpa alamat dan kode QR (docs/DEPLOY.md bagian 10)."];
  }
  return [`Aplikasi web: sertifikat mencetak ${settings.webAppUrl}?kode=… dan kode QR-nya; buka alamat itu dari jendela samaran untuk mencoba.`];
}

/** Reads timed for the cost of one call: enough to even out one slow answer, few enough to take a second or two. */
const TIMED_READS = 10;

/** "2,9": seconds with one decimal, as staff write them. */
const seconds = (ms: number): string => (Math.round(ms / 100) / 10).toFixed(1).replace(".", ",");

/**
 * What one service call costs here (the header of Pengaturan read TIMED_READS times), and so about
 * how long a status edit takes: the sandbox counts calls, only a live account can time them.
 */
function speedLines(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const sheet = spreadsheet.getSheetByName(PENGATURAN.name);
  if (!sheet) return ["Kecepatan: tab Pengaturan belum ada; jalankan Siapkan / perbarui register dulu."];
  const start = Date.now();
  for (let i = 0; i < TIMED_READS; i += 1) sheet.getSheetValues(1, 1, 1, -1);
  const perCall = (Date.now() - start) / TIMED_READS;
  return [
    `Kecepatan: satu panggilan layanan rata-rata ${Math.round(perCall)} md (${TIMED_READS} kali membaca satu baris). ` +
      `Perkiraan: perubahan Status tanpa surat (${STATUS_EDIT_CALLS} panggilan) ${seconds(perCall * STATUS_EDIT_CALLS)} detik, ` +
      `dengan satu surat (${LETTER_EDIT_CALLS} panggilan) ${seconds(perCall * LETTER_EDIT_CALLS)} detik ditambah pembuatan dokumennya.`,
  ];
}

/** Every line of the report; each part reports its own failure instead of stopping the rest. */
export function deploymentReport(): string[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const now = new Date();
  const parts: [string, () => string[]][] = [["Zona waktu", () => zoneLines(spreadsheet, now)], ["Formulir", formLines], ["Pemicu", triggerLines], ["Izin", scopeLines], ["Aplikasi web", webAppLines], ["Kecepatan", () => speedLines(spreadsheet)]];
  const lines: string[] = [];
  for (const [label, part] of parts) {
    try {
      lines.push(...part());
    } catch (error) {
      lines.push(`${label}: gagal diperiksa (${messageOf(error)}).`);
    }
  }
  for (const line of lines) log(line);
  return lines;
}
