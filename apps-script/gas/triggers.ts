// Installs the installable triggers idempotently: edits, form submissions, the daily sweep.
// Installable triggers run with the installer's authorisation (mail, forms, protected columns),
// which simple triggers lack; running the installer twice leaves exactly one of each.
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

export interface InstallReport {
  readonly created: readonly string[];
  readonly kept: readonly string[];
  readonly removed: number;
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
  return wanted;
}

/** Keeps one trigger per purpose, deletes duplicates and stale ones (e.g. for a replaced form). */
export function installTriggers(spreadsheetId: string, formId: string | null): InstallReport {
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
  return { created, kept: wanted.filter((w) => satisfied.has(w)).map((w) => w.label), removed };
}
