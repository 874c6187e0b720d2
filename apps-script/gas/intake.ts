// Form submissions become Permohonan rows (unique ID under the lock) and the applicant gets the
// tracking number by e-mail. A submission that cannot be processed now (lock busy, configuration
// invalid) is queued by response ID and retried by a one-off trigger and by the daily sweep. A
// burst past the platform's simultaneous-execution limit starts no trigger at all for some
// responses: the sweep reconciles the form's responses against Permohonan's ID Jawaban Formulir.
import { parseSettings, type Settings } from "../core/engine/settings";
import { type Submission, submitApplication } from "../core/engine/intake";
import { statusLink } from "../core/engine/status-link";
import { ScheduleLimitError } from "../core/ports";
import { cellText } from "../core/registers/cells";
import { FORM_RESPONSE_COLUMN, PENGATURAN, PERMOHONAN } from "../core/registers/catalog";
import { readRegister } from "../core/registers/table";
import { type GasContext, log, openContext } from "./context";
import { messageOf } from "./errors";
import { documentProperties, documentValue } from "./properties";

const PENDING_PREFIX = "sertifikasi.pending.";
export const RETRY_HANDLER = "retryPendingSubmissions";
const RETRY_AFTER_MS = 2 * 60_000;
/** A burst of submissions queues on the lock; wait long, but leave time to write and mail. */
const INTAKE_LOCK_WAIT_MS = 4 * 60_000;

/** Answers keyed by question title (= Permohonan header); checkbox answers joined by commas. */
export function answersOf(response: GoogleAppsScript.Forms.FormResponse): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const itemResponse of response.getItemResponses()) {
    const value = itemResponse.getResponse() as string | string[];
    answers[itemResponse.getItem().getTitle()] = Array.isArray(value) ? value.join(", ") : String(value);
  }
  return answers;
}

export function onSubmission(formId: string, response: GoogleAppsScript.Forms.FormResponse): void {
  const ctx = openContext({ actorEmail: null, toasts: false, lockTimeoutMs: INTAKE_LOCK_WAIT_MS });
  if (!process(ctx, response)) {
    documentProperties().setProperty(PENDING_PREFIX + response.getId(), formId);
    try {
      ctx.scheduler.runLater(RETRY_HANDLER, RETRY_AFTER_MS);
    } catch (error) {
      // The submission stays queued: the daily sweep records it.
      if (!(error instanceof ScheduleLimitError)) throw error;
      log(`${error.message} Permohonan yang tertunda dicatat pada pemeriksaan harian.`);
    }
  }
}

/** Processes one response; false when it must be retried later. */
function process(ctx: GasContext, response: GoogleAppsScript.Forms.FormResponse): boolean {
  const answers = answersOf(response);
  let result: Submission;
  try {
    result = submitApplication(ctx.deps, answers, response.getId());
  } catch (error) {
    log(`Permohonan dari formulir belum dapat dicatat, akan diulang: ${messageOf(error)}`);
    return false;
  }
  if (result.duplicate) {
    log(`Jawaban formulir ini sudah tercatat sebagai ${result.id}; tidak dicatat dua kali.`);
    return true;
  }
  log(`Permohonan ${result.id} dicatat dari formulir (${result.problems.length} catatan validasi).`);
  try {
    sendReceipt(ctx, answers, result);
  } catch (error) {
    log(`E-mail tanda terima ${result.id} tidak terkirim: ${messageOf(error)}`);
  }
  return true;
}

function sendReceipt(ctx: GasContext, answers: Record<string, string>, result: Submission): void {
  const to = (answers["Email"] ?? "").trim();
  if (!/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(to)) return;
  if (MailApp.getRemainingDailyQuota() < 1) {
    log(`Kuota e-mail harian habis: tanda terima ${result.id} tidak dikirim.`);
    return;
  }
  const settings = parseSettings(readRegister(ctx.workbook, PENGATURAN)).settings;
  MailApp.sendEmail({ to, subject: `Permohonan sertifikasi diterima: ${result.id}`, body: receiptText(answers["Nama"] ?? "", result, settings), name: settings.unitName });
}

/**
 * The receipt: the tracking number and, when the web app is deployed (Pengaturan Alamat Aplikasi
 * Web), the case's status link; the link's token is the case's secret, sent only to the applicant.
 */
export function receiptText(name: string, result: { id: string; problems: readonly string[]; statusToken?: string | null }, settings: Settings): string {
  return [
    `Yth. Bapak/Ibu ${name.trim() || "Pemohon"},`,
    "",
    "Permohonan sertifikasi kompetensi Anda telah kami terima dengan nomor permohonan:",
    "",
    `    ${result.id}`,
    "",
    "Simpan nomor ini untuk menanyakan perkembangan permohonan Anda.",
    ...(settings.webAppUrl && result.statusToken
      ? ["Tahap permohonan Anda saat ini, sejak kapan, dan tenggat janji layanan dapat dilihat kapan saja pada tautan berikut (jangan dibagikan):", "", `    ${statusLink(settings.webAppUrl, result.statusToken)}`, ""]
      : ["Kami akan memberi tahu Anda perkembangan permohonan ini melalui e-mail atau telepon yang Anda cantumkan."]),
    result.problems.length > 0
      ? "Petugas kami akan memeriksa kelengkapan data Anda; bila ada yang perlu diperbaiki, kami akan menghubungi Anda."
      : "Petugas kami akan memeriksa kelengkapan berkas Anda.",
    "",
    "Hormat kami,",
    settings.unitName,
    settings.officeName,
    settings.serviceEmail,
  ].join("\n");
}

/** Retries queued submissions; returns how many were processed. */
export function retryPending(ctx: GasContext): number {
  const properties = documentProperties();
  const keys = properties.getKeys().filter((k) => k.startsWith(PENDING_PREFIX));
  let processed = 0;
  for (const key of keys) {
    const formId = properties.getProperty(key);
    const responseId = key.slice(PENDING_PREFIX.length);
    let response: GoogleAppsScript.Forms.FormResponse;
    try {
      response = FormApp.openById(formId ?? "").getResponse(responseId);
    } catch (error) {
      log(`Jawaban formulir yang tertunda tidak ditemukan lagi dan dilewati: ${messageOf(error)}`);
      properties.deleteProperty(key);
      continue;
    }
    if (!process(ctx, response)) continue;
    properties.deleteProperty(key);
    processed += 1;
  }
  return processed;
}

/** Document property: when the last reconciliation started (epoch ms); set first when the form is made. */
export const RECONCILED_KEY = "sertifikasi.formReconciledAt";
/**
 * Responses this long before the last reconciliation are looked at again, for clock differences
 * between Forms and the script. No more: a response submitted before the last reconciliation was
 * either taken in by it, or has a trigger that was running then (it records it or queues it).
 */
const RECONCILE_OVERLAP_MS = 10 * 60_000;

/**
 * Takes in the form's responses no trigger recorded: those since the last reconciliation (less an
 * overlap) whose ID no Permohonan row carries and no queue entry holds, so rows staff deleted
 * earlier stay deleted. Without a last reconciliation (a form made by an earlier release, whose
 * rows carry no response ID) it only starts counting from now. Returns how many were taken in.
 */
export function takeInMissedResponses(ctx: GasContext, formId: string | null): number {
  if (!formId) return 0;
  const properties = documentProperties();
  const startedAt = Date.now();
  const last = Number(documentValue(RECONCILED_KEY) ?? "");
  let table = readRegister(ctx.workbook, PERMOHONAN);
  if (!table) return 0;
  if (!table.has(FORM_RESPONSE_COLUMN)) {
    // Release 0.3's column, at the end of the tab like migration adds it; set-up formats it.
    ctx.deps.lock.runExclusive(() => ctx.workbook.ensureTable(PERMOHONAN.name, [FORM_RESPONSE_COLUMN]));
    log(`Kolom ${FORM_RESPONSE_COLUMN} ditambahkan di akhir tab ${PERMOHONAN.name}; jalankan Siapkan / perbarui register untuk formatnya.`);
    table = readRegister(ctx.workbook, PERMOHONAN);
  }
  if (!(Number.isFinite(last) && last > 0) || !table?.has(FORM_RESPONSE_COLUMN)) {
    properties.setProperty(RECONCILED_KEY, String(startedAt));
    return 0;
  }
  let responses: GoogleAppsScript.Forms.FormResponse[];
  try {
    responses = FormApp.openById(formId).getResponses(new Date(last - RECONCILE_OVERLAP_MS));
  } catch (error) {
    log(`Jawaban formulir tidak dapat dibaca untuk pencocokan: ${messageOf(error)}`);
    return 0;
  }
  const recorded = new Set(table.rows.map((r) => cellText(r.get(FORM_RESPONSE_COLUMN))).filter((id) => id !== ""));
  const queued = new Set(properties.getKeys().filter((k) => k.startsWith(PENDING_PREFIX)).map((k) => k.slice(PENDING_PREFIX.length)));
  let taken = 0;
  for (const response of responses) {
    const id = response.getId();
    if (recorded.has(id) || queued.has(id)) continue;
    if (process(ctx, response)) taken += 1;
    else properties.setProperty(PENDING_PREFIX + id, formId);
  }
  properties.setProperty(RECONCILED_KEY, String(startedAt));
  return taken;
}
