// The IKM survey form (PermenPANRB 14/2017), made next to the application form: the nine
// elements as multiple-choice questions titled by the element (the answer is read by the item ID
// recorded when it was made, else by that title, and by the choice's words, so staff may reorder
// questions, retitle them or add their own), an "ID Kasus" short
// answer the survey mail prefills, an optional "Saran". Not linked to the spreadsheet: its
// answers go to Survei IKM through the form-submit trigger, and the daily sweep takes in those
// the trigger missed.
import { loadConfig, type OfficeConfig } from "../core/engine/config";
import {
  IKM_QUESTIONS, recordSurveyResponses, SURVEY_CASE_ITEM, SURVEY_CASE_PLACEHOLDER, SURVEY_SUGGESTION_ITEM, SURVEI_IKM, type SurveyIntakeReport, type SurveyResponse,
} from "../core/engine/ikm-survey";
import { type GasContext, log, openContext } from "./context";
import { messageOf } from "./errors";
import { documentProperties, documentValue } from "./properties";

export const SURVEY_FORM_ID_KEY = "sertifikasi.surveyFormId";
/** The published link prefilled with SURVEY_CASE_PLACEHOLDER as the case: the survey mail's link. */
export const SURVEY_LINK_KEY = "sertifikasi.surveyLink";
/** The survey's published link, for the menu's link dialog (other staff may not open the form). */
export const SURVEY_URL_KEY = "sertifikasi.surveyUrl";
/** JSON: item ID → element, recorded when the questions are made, so a question staff retitle still lands right. */
export const SURVEY_ITEMS_KEY = "sertifikasi.surveyItems";
/** When the last reconciliation of the survey's responses started (epoch ms); set when the form is made. */
export const SURVEY_RECONCILED_KEY = "sertifikasi.surveyReconciledAt";
/** Responses this long before the last reconciliation are looked at again (clock differences); recorded ones are skipped by ID. */
const RECONCILE_OVERLAP_MS = 10 * 60_000;
const SURVEY_LOCK_WAIT_MS = 60_000;

export function storedSurveyFormId(): string | null {
  return documentValue(SURVEY_FORM_ID_KEY);
}

export function storedSurveyLink(): string | null {
  return documentValue(SURVEY_LINK_KEY);
}

/** Form.setPublished / isPublished, missing from @types/google-apps-script (see form.ts). */
type PublishableForm = GoogleAppsScript.Forms.Form & { setPublished(enabled: boolean): GoogleAppsScript.Forms.Form; isPublished(): boolean };

function openStored(): GoogleAppsScript.Forms.Form | null {
  const id = storedSurveyFormId();
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    return null; // deleted or no longer accessible: a new one is made
  }
}

export interface SurveyFormReport {
  readonly url: string;
  readonly created: boolean;
  readonly published: boolean;
}

/**
 * Creates the survey form or brings its questions back to the regulation's (the published link and
 * the items' IDs stay), publishes it,
 * and keeps its ID and prefilled link in document properties. The caller installs the triggers.
 */
export function createOrUpdateSurveyForm(config: OfficeConfig): SurveyFormReport {
  const { officeName, unitName } = config.settings;
  let form = openStored();
  const created = form === null;
  form ??= FormApp.create(`Survei Kepuasan Masyarakat — ${officeName}`);
  form
    .setDescription(
      `${unitName}, ${officeName}. Survei kepuasan masyarakat (PermenPANRB Nomor 14 Tahun 2017): pilih satu jawaban untuk setiap unsur. ` +
        "Jawaban Anda tidak memengaruhi layanan Anda dan hanya dipakai untuk memperbaiki pelayanan.",
    )
    .setConfirmationMessage("Terima kasih atas penilaian Anda.");
  // Updated in place, never rebuilt: the ID Kasus item's ID is in every survey link already
  // mailed, and the element items' IDs are how answers are read. Missing items are added.
  const items = form.getItems();
  const recorded = elementsByItem();
  // Item.getType() is an ItemType enum whose string is its name, "TEXT", "MULTIPLE_CHOICE", …
  // (https://developers.google.com/apps-script/reference/forms/item-type).
  const existing = (title: string, type: string) =>
    items.find((i) => String(i.getType()) === type && (recorded.get(String(i.getId())) ?? i.getTitle()) === title) ?? null;
  const caseHelp = "Nomor permohonan/kasus Anda (sudah terisi bila Anda membuka tautan dari e-mail kami).";
  const caseItem = (existing(SURVEY_CASE_ITEM, "TEXT")?.asTextItem() ?? form.addTextItem()).setTitle(SURVEY_CASE_ITEM).setHelpText(caseHelp).setRequired(false);
  // Titled by the element: the answer is read by its item ID or this title, never by the question's position.
  const elementOfItem: Record<string, string> = {};
  for (const q of IKM_QUESTIONS) {
    const item = (existing(q.element, "MULTIPLE_CHOICE")?.asMultipleChoiceItem() ?? form.addMultipleChoiceItem()).setTitle(q.element).setHelpText(q.question).setChoiceValues([...q.choices]).setRequired(true);
    elementOfItem[String(item.getId())] = q.element;
  }
  (existing(SURVEY_SUGGESTION_ITEM, "PARAGRAPH_TEXT")?.asParagraphTextItem() ?? form.addParagraphTextItem())
    .setTitle(SURVEY_SUGGESTION_ITEM).setHelpText("Saran dan masukan untuk perbaikan pelayanan (boleh kosong).").setRequired(false);
  const properties = documentProperties();
  if (created) properties.setProperty(SURVEY_RECONCILED_KEY, String(Date.now()));
  const publishable = form as PublishableForm;
  if (!publishable.isPublished()) publishable.setPublished(true);
  // FormResponse.toPrefilledUrl(): the published link with the case item answered by the placeholder.
  const link = form.createResponse().withItemResponse(caseItem.createResponse(SURVEY_CASE_PLACEHOLDER)).toPrefilledUrl();
  properties.setProperty(SURVEY_FORM_ID_KEY, form.getId());
  properties.setProperty(SURVEY_LINK_KEY, link);
  properties.setProperty(SURVEY_ITEMS_KEY, JSON.stringify(elementOfItem));
  properties.setProperty(SURVEY_URL_KEY, form.getPublishedUrl());
  return { url: form.getPublishedUrl(), created, published: publishable.isPublished() };
}

/** The report for staff, in Indonesian. */
export function surveyFormLines(report: SurveyFormReport): string[] {
  return [
    report.created ? "Formulir survei kepuasan (IKM) dibuat." : "Pertanyaan formulir survei kepuasan (IKM) diperbarui (tautan tetap).",
    report.published ? "Formulir survei sudah diterbitkan." : "Formulir survei belum dapat diterbitkan: buka formulirnya lalu klik Terbitkan.",
    `Tautan survei (dikirim otomatis kepada pemohon saat kasus selesai): ${report.url}`,
  ];
}

/** The recorded item ID → element map; empty when unreadable (titles alone then decide). */
function elementsByItem(): Map<string, string> {
  try {
    const parsed = JSON.parse(documentProperties().getProperty(SURVEY_ITEMS_KEY) ?? "{}") as Record<string, unknown>;
    return new Map(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === "string"));
  } catch {
    return new Map();
  }
}

function surveyResponseOf(response: GoogleAppsScript.Forms.FormResponse, elements: ReadonlyMap<string, string>): SurveyResponse {
  return {
    id: response.getId(),
    // The typings give GoogleAppsScript.Base.Date; at run time it is a JavaScript Date (FormResponse.getTimestamp).
    submittedAt: response.getTimestamp() as unknown as Date,
    items: response.getItemResponses().map((r) => {
      const value = r.getResponse() as string | string[];
      const item = r.getItem();
      // The element the item was made for, whatever its title now; else the title names it.
      return { title: elements.get(String(item.getId())) ?? item.getTitle(), value: Array.isArray(value) ? value.join(", ") : String(value) };
    }),
  };
}

function record(ctx: GasContext, responses: readonly GoogleAppsScript.Forms.FormResponse[]): SurveyIntakeReport {
  const elements = elementsByItem();
  const report = recordSurveyResponses(ctx.deps, loadConfig(ctx.workbook), responses.map((r) => surveyResponseOf(r, elements)));
  for (const problem of report.problems) log(problem);
  return report;
}

/** The survey form's submit trigger: one row in Survei IKM; a failure is left to the sweep's reconciliation. */
export function onSurveySubmission(response: GoogleAppsScript.Forms.FormResponse): void {
  const ctx = openContext({ actorEmail: null, toasts: false, lockTimeoutMs: SURVEY_LOCK_WAIT_MS });
  try {
    const report = record(ctx, [response]);
    log(report.recorded > 0 ? `Jawaban survei ${response.getId()} dicatat di Survei IKM.` : `Jawaban survei ${response.getId()} sudah tercatat; tidak dicatat dua kali.`);
  } catch (error) {
    log(`Jawaban survei belum dapat dicatat; pemeriksaan harian mencatatnya: ${messageOf(error)}`);
  }
}

/**
 * Takes in the survey's responses since the last reconciliation (less an overlap) that Survei
 * IKM does not hold: those whose trigger never ran or failed. Returns how many were recorded.
 */
export function takeInMissedSurveyResponses(ctx: GasContext): number {
  const formId = storedSurveyFormId();
  // Without the tab nothing can be recorded: the mark stays until set-up has made it.
  if (!formId || !ctx.workbook.readTable(SURVEI_IKM.name)) return 0;
  const properties = documentProperties();
  const startedAt = Date.now();
  const last = Number(documentValue(SURVEY_RECONCILED_KEY) ?? "");
  const since = Number.isFinite(last) && last > 0 ? new Date(last - RECONCILE_OVERLAP_MS) : undefined;
  let responses: GoogleAppsScript.Forms.FormResponse[];
  try {
    const form = FormApp.openById(formId);
    responses = since ? form.getResponses(since) : form.getResponses();
  } catch (error) {
    log(`Jawaban survei tidak dapat dibaca untuk pencocokan: ${messageOf(error)}`);
    return 0;
  }
  let recorded: number;
  try {
    recorded = record(ctx, responses).recorded;
  } catch (error) {
    log(`Jawaban survei belum dapat dicocokkan: ${messageOf(error)}`);
    return 0; // the reconciliation mark stays: the next sweep looks at the same responses
  }
  properties.setProperty(SURVEY_RECONCILED_KEY, String(startedAt));
  return recorded;
}
