// FormApp itself in the fake: create and open forms, build text validation.
import { FakeForm, FakeTextValidationBuilder } from "./forms";
import type { FakeStore } from "./store";

/** The first moment "after June 30, 2026" (the page names no time zone: UTC taken). */
export const UNPUBLISHED_FROM = Date.UTC(2026, 6, 1);

export class FakeFormApp {
  readonly serviceName = "FormApp";
  readonly DestinationType = { SPREADSHEET: "SPREADSHEET" };
  constructor(private readonly store: FakeStore) {}
  create(title: string): FakeForm {
    this.store.requireAuth("FormApp.create");
    // Created after 30 June 2026: unpublished
    // (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms).
    const form = new FakeForm(this.store, this.store.newId("form"), this.store.clock < UNPUBLISHED_FROM);
    form.setTitle(title);
    this.store.forms.set(form.id, form);
    return form;
  }
  openById(id: string): FakeForm {
    this.store.requireAuth("FormApp.openById");
    const form = this.store.forms.get(id);
    if (!form) throw new Error("No item with the given ID could be found, or you do not have permission to access it.");
    return form;
  }
  createTextValidation(): FakeTextValidationBuilder {
    return new FakeTextValidationBuilder();
  }
}
