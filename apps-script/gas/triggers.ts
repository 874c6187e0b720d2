// Installs the installable triggers idempotently: edits, form submissions, the daily sweep.
// Installable triggers run with the installer's authorisation (mail, forms, protected columns),
// which simple triggers lack; running the installer twice leaves exactly one of each. The set
// belongs to one account, recorded in document properties: ScriptApp.getProjectTriggers() lists
// only the caller's triggers (https://developers.google.com/apps-script/reference/script/script-app#getprojecttriggers),
// so without the record a second admin would install a second set and every edit and submission
// would be handled twice.
import { storedSurveyFormId } from "./ikm-form";
import { effectiveUserEmail } from "./session";

export const EDIT_HANDLER = "handleEdit";
export const FORM_HANDLER = "handleFormSubmit";
export const SWEEP_HANDLER = "dailySweep";
/** Every minute: carries out what staff who did not install the triggers asked for from the menu (requests.ts). */
export const REQUESTS_HANDLER = "processRequests";
/** Hour (script time zone = the office's) at which the daily sweep runs, before office hours. */
export const SWEEP_HOUR = 5;

type Trigger = GoogleAppsScript.Script.Trigger;

interface WantedTrigger {
  readonly label: string;
  matches(trigger: Trigger): boolean;
  create(): void;
}

/** Document property: who installed the set, and when (ms). */
export const INSTALLER_KEY = "sertifikasi.triggers.installer";

export interface InstallReport {
  readonly created: readonly string[];
  readonly kept: readonly string[];
  readonly removed: number;
  /** Set when another account's set is recorded: nothing was installed. */
  readonly installedBy?: Installer;
}

export interface Installer {
  readonly email: string;
  readonly at: number;
}

/** The account whose triggers are the office's set, or null before the first installation. */
export function recordedInstaller(): Installer | null {
  const text = PropertiesService.getDocumentProperties().getProperty(INSTALLER_KEY);
  if (!text) return null;
  try {
    const record = JSON.parse(text) as Partial<Installer>;
    return typeof record.email === "string" && record.email !== "" ? { email: record.email, at: Number(record.at) || 0 } : null;
  } catch {
    return null;
  }
}

function wantedTriggers(spreadsheetId: string, formId: string | null): WantedTrigger[] {
  const wanted: WantedTrigger[] = [
    {
      label: "saat sel diedit",
      matches: (t) => t.getHandlerFunction() === EDIT_HANDLER && t.getEventType() === ScriptApp.EventType.ON_EDIT && t.getTriggerSourceId() === spreadsheetId,
      create: () => ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(spreadsheetId).onEdit().create(),
    },
    {
      label: `pemeriksaan harian pukul ${SWEEP_HOUR}.00`,
      matches: (t) => t.getHandlerFunction() === SWEEP_HANDLER && t.getEventType() === ScriptApp.EventType.CLOCK,
      create: () => ScriptApp.newTrigger(SWEEP_HANDLER).timeBased().everyDays(1).atHour(SWEEP_HOUR).create(),
    },
    {
      label: "permintaan menu tiap menit",
      matches: (t) => t.getHandlerFunction() === REQUESTS_HANDLER && t.getEventType() === ScriptApp.EventType.CLOCK,
      create: () => ScriptApp.newTrigger(REQUESTS_HANDLER).timeBased().everyMinutes(1).create(),
    },
  ];
  if (formId) {
    wanted.push({
      label: "saat formulir dikirim",
      matches: (t) => t.getHandlerFunction() === FORM_HANDLER && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT && t.getTriggerSourceId() === formId,
      create: () => ScriptApp.newTrigger(FORM_HANDLER).forForm(formId).onFormSubmit().create(),
    });
  }
  // The IKM survey's answers come through the same handler, routed by the source form's ID (main.ts).
  const surveyId = storedSurveyFormId();
  if (surveyId && surveyId !== formId) {
    wanted.push({
      label: "saat survei IKM dikirim",
      matches: (t) => t.getHandlerFunction() === FORM_HANDLER && t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT && t.getTriggerSourceId() === surveyId,
      create: () => ScriptApp.newTrigger(FORM_HANDLER).forForm(surveyId).onFormSubmit().create(),
    });
  }
  return wanted;
}

/**
 * Keeps one trigger per purpose, deletes duplicates and stale ones (e.g. for a replaced form).
 * When another account's set is recorded it installs nothing, unless `takeOver`: then the record
 * passes to this account (the other account's triggers stay until that account deletes them).
 */
export function installTriggers(spreadsheetId: string, formId: string | null, options: { readonly takeOver?: boolean } = {}): InstallReport {
  const me = effectiveUserEmail();
  const installer = recordedInstaller();
  if (installer && installer.email !== me && !options.takeOver) return { created: [], kept: [], removed: 0, installedBy: installer };
  const wanted = wantedTriggers(spreadsheetId, formId);
  const satisfied = new Set<WantedTrigger>();
  const ours = new Set([EDIT_HANDLER, FORM_HANDLER, SWEEP_HANDLER, REQUESTS_HANDLER]);
  let removed = 0;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (!ours.has(trigger.getHandlerFunction())) continue;
    const match = wanted.find((w) => !satisfied.has(w) && w.matches(trigger));
    if (match) satisfied.add(match);
    else {
      ScriptApp.deleteTrigger(trigger);
      removed += 1;
    }
  }
  const created: string[] = [];
  for (const w of wanted) {
    if (satisfied.has(w)) continue;
    w.create();
    created.push(w.label);
  }
  if (me !== "") PropertiesService.getDocumentProperties().setProperty(INSTALLER_KEY, JSON.stringify({ email: me, at: Date.now() }));
  return { created, kept: wanted.filter((w) => satisfied.has(w)).map((w) => w.label), removed };
}

/** The installer's report for staff, in Indonesian. */
export function installLines(report: InstallReport, formId: string | null, previous: Installer | null = null): string[] {
  const by = report.installedBy;
  if (by) {
    return [
      `Pemicu otomatis sudah dipasang oleh akun ${by.email}; set kedua tidak dipasang, karena setiap perubahan dan setiap formulir akan diproses dua kali.`,
      `Bila akun Anda yang kini mengelola, pilih Sertifikasi → Ambil alih pemicu otomatis. Pemicu milik ${by.email} hanya dapat dihapus oleh akun itu sendiri ` +
        "(masuk sebagai akun itu, editor Apps Script → Pemicu); sampai dihapus, pemicu itu tetap berjalan.",
    ];
  }
  return [
    previous ? `Pemicu otomatis kini atas nama akun ini, menggantikan ${previous.email}. Minta ${previous.email} menghapus pemicunya (editor Apps Script → Pemicu): hanya akun itu yang dapat menghapusnya.` : "",
    report.created.length > 0 ? `Dipasang: ${report.created.join(", ")}.` : "Tidak ada pemicu baru yang perlu dipasang.",
    report.kept.length > 0 ? `Sudah ada: ${report.kept.join(", ")}.` : "",
    report.removed > 0 ? `Dihapus (ganda/usang): ${report.removed}.` : "",
    formId ? "" : "Pemicu formulir dipasang setelah formulir dibuat (menu Buat / perbarui formulir).",
  ].filter((l) => l !== "");
}

/** Installs (or takes over) the set and reports it: the menu items' work. */
export function installAndReport(spreadsheetId: string, formId: string | null, takeOver: boolean): string[] {
  const installer = recordedInstaller();
  const previous = takeOver && installer && installer.email !== effectiveUserEmail() ? installer : null;
  return installLines(installTriggers(spreadsheetId, formId, { takeOver }), formId, previous);
}
