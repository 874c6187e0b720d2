// The application form, generated from the Permohonan schema and the active schemes, linked to
// the spreadsheet. Re-running rebuilds the questions in place so the published link stays the same.
import { loadConfig } from "../core/engine/config";
import { maklumatText } from "../core/domain/maklumat";
import { applicantColumns } from "../core/engine/intake";
import type { ColumnDef } from "../core/registers/schema";
import type { GasContext } from "./context";
import { RECONCILED_KEY } from "./intake";
import { createOrUpdateSurveyForm, type SurveyFormReport } from "./ikm-form";
import { installLines, installTriggers } from "./triggers";
import { documentProperties, documentValue } from "./properties";

export const FORM_ID_KEY = "sertifikasi.formId";

export { applicantColumns };

export function storedFormId(): string | null {
  return documentValue(FORM_ID_KEY);
}

function openStoredForm(): GoogleAppsScript.Forms.Form | null {
  const id = storedFormId();
  if (!id) return null;
  try {
    return FormApp.openById(id);
  } catch {
    return null; // deleted or no longer accessible: a new one is made
  }
}

/**
 * Form.setPublished / isPublished (https://developers.google.com/apps-script/reference/forms/form#setpublishedenabled),
 * missing from @types/google-apps-script. Forms created by a script after 30 June 2026 start
 * unpublished and take no responses until published
 * (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms).
 */
type PublishableForm = GoogleAppsScript.Forms.Form & {
  setPublished(enabled: boolean): GoogleAppsScript.Forms.Form;
  isPublished(): boolean;
};

export type PublishState = "published" | "closed" | "unpublished";

/** Publishes the form when it is not (a form staff closed on purpose stays closed) and says where it stands. */
function ensurePublished(form: GoogleAppsScript.Forms.Form): PublishState {
  const publishable = form as PublishableForm;
  if (!publishable.isPublished()) publishable.setPublished(true);
  if (!publishable.isPublished()) return "unpublished";
  return form.isAcceptingResponses() ? "published" : "closed";
}

/** The publish state for staff, in Indonesian. */
export function publishLine(state: PublishState): string {
  switch (state) {
    case "published":
      return "Formulir sudah diterbitkan dan menerima jawaban.";
    case "closed":
      return "Formulir sudah diterbitkan tetapi tidak menerima jawaban (ditutup). Buka formulir → Tanggapan → aktifkan Menerima tanggapan bila pendaftaran dibuka lagi.";
    case "unpublished":
      return "Formulir belum dapat diterbitkan dan belum menerima jawaban: buka formulir lalu klik Terbitkan.";
  }
}

interface Choices {
  readonly schemes: readonly string[];
  readonly schemeHelp: string;
  readonly documents: readonly string[];
  readonly documentHelp: string;
}

function addQuestion(form: GoogleAppsScript.Forms.Form, column: ColumnDef, choices: Choices): void {
  const required = column.required ?? false;
  const help = column.note ?? "";
  if (column.optionsFrom?.register === "Skema") {
    form.addListItem().setTitle(column.header).setHelpText(choices.schemeHelp).setChoiceValues([...choices.schemes]).setRequired(required);
    return;
  }
  if (column.header === "Dokumen Diserahkan" && choices.documents.length > 0) {
    form.addCheckboxItem().setTitle(column.header).setHelpText(choices.documentHelp).setChoiceValues([...choices.documents]).setRequired(required);
    return;
  }
  if (column.options && column.options.length > 0) {
    const item = column.options.length <= 5 ? form.addMultipleChoiceItem() : form.addListItem();
    item.setTitle(column.header).setHelpText(help).setChoiceValues([...column.options]).setRequired(required);
    return;
  }
  if (column.type === "date") {
    form.addDateItem().setTitle(column.header).setHelpText(help).setRequired(required);
    return;
  }
  const item = form.addTextItem().setTitle(column.header).setHelpText(help).setRequired(required);
  const validation = textValidation(column);
  if (validation) item.setValidation(validation);
}

function textValidation(column: ColumnDef): GoogleAppsScript.Forms.TextValidation | null {
  const builder = FormApp.createTextValidation();
  switch (column.type) {
    case "email":
      return builder.requireTextIsEmail().setHelpText("Isi alamat e-mail yang sah.").build();
    case "nip":
      return builder.requireTextMatchesPattern("\\d{18}").setHelpText("Tepat 18 angka tanpa spasi.").build();
    case "nik":
      return builder.requireTextMatchesPattern("\\d{16}").setHelpText("Tepat 16 angka tanpa spasi.").build();
    case "digits": {
      const length = /(\d+)\s*digit/.exec(column.note ?? "")?.[1];
      const pattern = length ? `\\d{${length}}` : "\\d+";
      return builder.requireTextMatchesPattern(pattern).setHelpText(length ? `Tepat ${length} angka tanpa spasi.` : "Hanya angka.").build();
    }
    case "phone":
      return builder.requireTextMatchesPattern("(\\+62|62|0)\\d{8,13}").setHelpText("Nomor telepon tanpa spasi, mis. 081234567890.").build();
    case "number":
    case "integer":
      return builder.requireNumberGreaterThanOrEqualTo(0).setHelpText("Isi dengan angka.").build();
    default:
      return null;
  }
}

export interface FormReport {
  readonly url: string;
  readonly created: boolean;
  readonly published: PublishState;
  /** Set when the triggers are another account's and the form trigger could not be installed here. */
  readonly triggerLines: readonly string[];
  /** The IKM survey form, made or rebuilt with the application form. */
  readonly survey: SurveyFormReport;
}

/** Creates the form (or rebuilds its questions), publishes it, links it to the spreadsheet and installs triggers. */
export function createOrUpdateForm(ctx: GasContext): FormReport {
  const config = loadConfig(ctx.workbook);
  const active = [...config.schemes.values()].filter((s) => s.active);
  if (active.length === 0) throw new Error("Belum ada skema aktif di register Skema: isi dulu, lalu buat formulir.");
  const documents = new Map<string, string>();
  for (const scheme of active) for (const r of scheme.requirements) if (r.rule === "DOKUMEN") documents.set(r.code, r.description);
  const choices: Choices = {
    schemes: active.map((s) => s.code),
    schemeHelp: active.map((s) => `${s.code}: ${s.name}`).join("\n"),
    documents: [...documents.keys()],
    documentHelp: ["Centang dokumen yang Anda lampirkan/serahkan:", ...[...documents].map(([code, text]) => `${code}: ${text}`)].join("\n"),
  };
  const office = config.settings.officeName;
  let form = openStoredForm();
  const created = form === null;
  form ??= FormApp.create(`Permohonan Sertifikasi Kompetensi — ${office}`);
  for (const item of form.getItems().reverse()) form.deleteItem(item);
  form
    // Applicants read the office's promise and what a holder owes before they apply (seed 000, 001).
    .setDescription(`${config.settings.unitName}, ${office}. Data Anda dijaga kerahasiaannya dan hanya dipakai untuk layanan sertifikasi.\n\n${maklumatText({ withObligations: true })}`)
    .setConfirmationMessage("Terima kasih. Nomor permohonan Anda dikirim ke alamat e-mail yang Anda isi.");
  for (const column of applicantColumns()) addQuestion(form, column, choices);
  if (created) {
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ctx.spreadsheet.getId());
    // The sweep's reconciliation looks at this form's responses from its first one on.
    documentProperties().setProperty(RECONCILED_KEY, String(Date.now()));
  }
  const published = ensurePublished(form);
  documentProperties().setProperty(FORM_ID_KEY, form.getId());
  // Before the triggers: its form-submit trigger is installed with the application form's.
  const survey = createOrUpdateSurveyForm(config);
  const triggers = installTriggers(ctx.spreadsheet.getId(), form.getId());
  const triggerLines = triggers.installedBy ? installLines(triggers, form.getId()) : [];
  return { url: form.getPublishedUrl(), created, published, triggerLines, survey };
}
