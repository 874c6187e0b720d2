// ScriptApp in the fake: trigger builders (spreadsheet, form, clock), the project's trigger list
// per user with the 20-triggers-per-user cap, deletion; managing triggers needs full authorisation.
import type { FakeForm } from "./forms";
import type { FakeSpreadsheet } from "./spreadsheet";
import type { FakeStore, FakeTrigger } from "./store";

class FakeTriggerHandle {
  readonly serviceName = "Trigger";
  constructor(readonly trigger: FakeTrigger) {}
  getHandlerFunction(): string {
    return this.trigger.handler;
  }
  getEventType(): string {
    return this.trigger.eventType;
  }
  getTriggerSource(): string {
    return this.trigger.source;
  }
  getTriggerSourceId(): string | null {
    return this.trigger.sourceId;
  }
  getUniqueId(): string {
    return this.trigger.id;
  }
}

type Draft = Omit<FakeTrigger, "id" | "owner">;

/**
 * "Triggers: 20 / user / script" (https://developers.google.com/apps-script/guides/services/quotas,
 * current limitations). Past it, create() throws the message below, the one Apps Script gives.
 */
export const TRIGGERS_PER_USER = 20;
export const TOO_MANY_TRIGGERS = "This script has too many triggers. Triggers must be deleted from the script before more can be added.";

class FakeTriggerBuilder {
  readonly serviceName = "TriggerBuilder";
  private draft: Partial<Draft>;
  constructor(
    private readonly store: FakeStore,
    handler: string,
  ) {
    this.draft = { handler, sourceId: null, at: null, everyDays: null };
  }
  private set(fields: Partial<Draft>): this {
    Object.assign(this.draft, fields);
    return this;
  }
  forSpreadsheet(spreadsheet: FakeSpreadsheet | string): this {
    return this.set({ source: "SPREADSHEETS", sourceId: typeof spreadsheet === "string" ? spreadsheet : spreadsheet.id });
  }
  forForm(form: FakeForm | string): this {
    const id = typeof form === "string" ? form : form.id;
    if (!this.store.forms.has(id)) throw new Error("No item with the given ID could be found.");
    return this.set({ source: "FORMS", sourceId: id });
  }
  timeBased(): this {
    return this.set({ source: "CLOCK", eventType: "CLOCK" });
  }
  onEdit(): this {
    return this.set({ eventType: "ON_EDIT" });
  }
  onChange(): this {
    return this.set({ eventType: "ON_CHANGE" });
  }
  onOpen(): this {
    return this.set({ eventType: "ON_OPEN" });
  }
  onFormSubmit(): this {
    return this.set({ eventType: "ON_FORM_SUBMIT" });
  }
  everyDays(n: number): this {
    return this.set({ everyDays: n });
  }
  /** "Specifies to create a trigger that fires every n minutes. n must be 1, 5, 10, 15 or 30." */
  everyMinutes(n: number): this {
    if (![1, 5, 10, 15, 30].includes(n)) throw new Error("The value passed to everyMinutes must be 1, 5, 10, 15 or 30.");
    return this.set({ everyMinutes: n });
  }
  atHour(_hour: number): this {
    return this;
  }
  nearMinute(_minute: number): this {
    return this;
  }
  inTimezone(_timeZone: string): this {
    return this;
  }
  /** A one-off clock trigger, due `ms` after now (TimeBasedTriggerBuilder.after). */
  after(ms: number): this {
    return this.set({ at: this.store.clock + ms });
  }
  create(): FakeTriggerHandle {
    const d = this.draft;
    if (!d.source || !d.eventType) throw new Error("Trigger is missing its source or event type.");
    if (d.source === "CLOCK" && d.at === null && d.everyDays === null && !d.everyMinutes) throw new Error("Clock trigger needs a schedule.");
    // The trigger belongs to the user the execution runs as; only their own count towards the cap.
    const owner = this.store.effectiveUser();
    if (this.store.triggers.filter((t) => t.owner === owner).length >= TRIGGERS_PER_USER) throw new Error(TOO_MANY_TRIGGERS);
    const trigger: FakeTrigger = { ...(d as Draft), owner, id: this.store.newId("trigger") };
    this.store.triggers.push(trigger);
    return new FakeTriggerHandle(trigger);
  }
}

export class FakeScriptApp {
  readonly serviceName = "ScriptApp";
  readonly EventType = { CLOCK: "CLOCK", ON_OPEN: "ON_OPEN", ON_EDIT: "ON_EDIT", ON_FORM_SUBMIT: "ON_FORM_SUBMIT", ON_CHANGE: "ON_CHANGE" };
  readonly TriggerSource = { SPREADSHEETS: "SPREADSHEETS", CLOCK: "CLOCK", FORMS: "FORMS" };
  readonly AuthMode = { NONE: "NONE", CUSTOM_FUNCTION: "CUSTOM_FUNCTION", LIMITED: "LIMITED", FULL: "FULL" };
  constructor(private readonly store: FakeStore) {}
  newTrigger(handler: string): FakeTriggerBuilder {
    this.store.requireAuth("ScriptApp.newTrigger");
    return new FakeTriggerBuilder(this.store, handler);
  }
  /**
   * "Gets all installable triggers associated with the current project and current user"
   * (https://developers.google.com/apps-script/reference/script/script-app#getprojecttriggers):
   * one account does not see another's (https://developers.google.com/apps-script/guides/triggers/installable).
   * Fired one-off triggers stay listed until deleted.
   */
  getProjectTriggers(): FakeTriggerHandle[] {
    this.store.requireAuth("ScriptApp.getProjectTriggers");
    const user = this.store.effectiveUser();
    return this.store.triggers.filter((t) => t.owner === user).map((t) => new FakeTriggerHandle(t));
  }
  /** "Removes the given trigger so it no longer runs" (ScriptApp.deleteTrigger). */
  deleteTrigger(handle: FakeTriggerHandle): void {
    this.store.requireAuth("ScriptApp.deleteTrigger");
    const index = this.store.triggers.findIndex((t) => t.id === handle.trigger.id);
    if (index >= 0) this.store.triggers.splice(index, 1);
  }
}
