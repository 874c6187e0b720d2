// FormApp in the fake, as far as the project uses it: create/open a form, add text, list,
// checkbox and date items with validation, link it to the spreadsheet, and (for tests) submit
// a response the way a respondent would — required items and choices are enforced.
import type { FakeStore } from "./store";

export const RESPONSES_TAB = "Form Responses 1";

type ItemKind = "TEXT" | "PARAGRAPH_TEXT" | "LIST" | "MULTIPLE_CHOICE" | "CHECKBOX" | "DATE" | "SECTION_HEADER";

interface TextRule {
  readonly pattern?: string;
  readonly email?: boolean;
  readonly minNumber?: number;
}

export class FakeTextValidationBuilder {
  readonly serviceName = "TextValidationBuilder";
  private rule: { pattern?: string; email?: boolean; minNumber?: number } = {};
  requireTextMatchesPattern(pattern: string): this {
    new RegExp(pattern);
    this.rule.pattern = pattern;
    return this;
  }
  requireTextIsEmail(): this {
    this.rule.email = true;
    return this;
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    this.rule.minNumber = n;
    return this;
  }
  setHelpText(_text: string): this {
    return this;
  }
  build(): { serviceName: string; rule: TextRule } {
    return { serviceName: "TextValidation", rule: { ...this.rule } };
  }
}

export class FakeItem {
  readonly serviceName = "Item";
  title = "";
  helpText = "";
  required = false;
  choices: string[] = [];
  validation: TextRule | null = null;
  constructor(
    readonly id: number,
    readonly kind: ItemKind,
  ) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  setRequired(required: boolean): this {
    this.required = required;
    return this;
  }
  isRequired(): boolean {
    return this.required;
  }
  setChoiceValues(values: readonly string[]): this {
    if (values.length === 0) throw new Error("Invalid argument: values");
    this.choices = [...values];
    return this;
  }
  setValidation(validation: { rule: TextRule }): this {
    this.validation = validation.rule;
    return this;
  }
  /** The ItemType's name, as String(item.getType()) gives it (https://developers.google.com/apps-script/reference/forms/item-type). */
  getType(): string {
    return this.kind;
  }
  getId(): number {
    return this.id;
  }
  /**
   * Item.asTextItem() and its kin return the item typed, and throw when the item is another kind
   * (https://developers.google.com/apps-script/reference/forms/item#astextitem).
   */
  asTextItem(): this {
    return this.as("TEXT");
  }
  asParagraphTextItem(): this {
    return this.as("PARAGRAPH_TEXT");
  }
  asMultipleChoiceItem(): this {
    return this.as("MULTIPLE_CHOICE");
  }
  private as(kind: ItemKind): this {
    if (this.kind !== kind) throw new Error(`Item ${this.id} is not a ${kind} item.`);
    return this;
  }
  /**
   * TextItem.createResponse(response): an ItemResponse for this item, not yet submitted
   * (https://developers.google.com/apps-script/reference/forms/text-item#createresponseresponse);
   * a choice item's answer must be one of its choices.
   */
  createResponse(response: string): FakeItemResponse {
    if (this.choices.length > 0 && !this.choices.includes(response)) throw new Error("Invalid argument: response");
    return new FakeItemResponse(this, response);
  }
}

export class FakeItemResponse {
  readonly serviceName = "ItemResponse";
  constructor(
    readonly item: FakeItem,
    readonly answer: string,
  ) {}
  getItem(): FakeItem {
    return this.item;
  }
  getResponse(): string {
    return this.answer;
  }
}

/**
 * Form.createResponse(): a response built in the script
 * (https://developers.google.com/apps-script/reference/forms/form#createresponse).
 * toPrefilledUrl() gives "a URL for the form in which the answers are pre-filled based on the
 * answers in this form response" (https://developers.google.com/apps-script/reference/forms/form-response#toprefilledurl):
 * the published address with usp=pp_url and one entry.<item id> parameter per answer, form-encoded.
 */
export class FakeResponseBuilder {
  readonly serviceName = "FormResponse";
  private readonly answers: FakeItemResponse[] = [];
  constructor(private readonly form: FakeForm) {}
  withItemResponse(response: FakeItemResponse): this {
    if (!this.form.items.includes(response.item)) throw new Error("Invalid argument: response");
    this.answers.push(response);
    return this;
  }
  toPrefilledUrl(): string {
    const query = this.answers.map((a) => `entry.${a.item.id}=${encodeURIComponent(a.answer).replace(/%20/g, "+")}`).join("&");
    return `${this.form.getPublishedUrl()}?usp=pp_url${query ? `&${query}` : ""}`;
  }
}

export interface FakeResponse {
  readonly id: string;
  readonly timestamp: number;
  readonly answers: ReadonlyMap<FakeItem, string | string[]>;
}

export class FakeForm {
  readonly serviceName = "Form";
  title = "";
  description = "";
  confirmation = "";
  destinationId: string | null = null;
  readonly items: FakeItem[] = [];
  readonly responses: FakeResponse[] = [];
  /**
   * Publish state. "Forms created by the API after June 30, 2026 will be created in an unpublished
   * state. You must publish the forms before they can accept responses"
   * (https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms); FormApp
   * sets it with Form.setPublished / isPublished
   * (https://developers.google.com/apps-script/reference/forms/form#setpublishedenabled).
   */
  published: boolean;
  /** "If is_published is set to false, this field is forced to false" (Forms API PublishState). */
  private accepting: boolean;
  private nextItem = 1;
  constructor(
    private readonly store: FakeStore,
    readonly id: string,
    published = true,
  ) {
    this.published = published;
    this.accepting = published;
  }
  /** Publishing also enables accepting responses (https://developers.google.com/workspace/forms/api/guides/publish-form). */
  setPublished(enabled: boolean): this {
    this.published = Boolean(enabled);
    this.accepting = this.published;
    return this;
  }
  isPublished(): boolean {
    return this.published;
  }
  setAcceptingResponses(enabled: boolean): this {
    this.accepting = Boolean(enabled);
    return this;
  }
  isAcceptingResponses(): boolean {
    return this.published && this.accepting;
  }
  getId(): string {
    return this.id;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setDescription(text: string): this {
    this.description = text;
    return this;
  }
  setConfirmationMessage(text: string): this {
    this.confirmation = text;
    return this;
  }
  setCollectEmail(_collect: boolean): this {
    return this;
  }
  setDestination(type: string, id: string): this {
    if (type !== "SPREADSHEET" || id !== this.store.spreadsheet.id) throw new Error("Invalid argument: destination");
    this.destinationId = id;
    const spreadsheet = this.store.spreadsheet;
    if (!spreadsheet.getSheetByName(RESPONSES_TAB)) spreadsheet.insertSheet(RESPONSES_TAB, 0);
    return this;
  }
  getResponse(id: string): FakeFormResponse {
    const found = this.responses.find((r) => r.id === id);
    if (!found) throw new Error("No response with ID " + id + " exists for this form.");
    return new FakeFormResponse(this.store, found);
  }
  /** Every response, or those submitted at or after `since` (Form.getResponses(timestamp)). */
  getResponses(since?: Date): FakeFormResponse[] {
    const from = since === undefined ? -Infinity : since.getTime();
    return this.responses.filter((r) => r.timestamp >= from).map((r) => new FakeFormResponse(this.store, r));
  }
  getDestinationId(): string {
    if (!this.destinationId) throw new Error("The form currently has no response destination.");
    return this.destinationId;
  }
  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.id}/viewform`;
  }
  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  createResponse(): FakeResponseBuilder {
    return new FakeResponseBuilder(this);
  }
  /** A respondent opens a prefilled link: its entry.<id> answers by item title (for tests). */
  _prefilledAnswers(url: string): Record<string, string> {
    const answers: Record<string, string> = {};
    for (const [name, value] of new URL(url).searchParams) {
      const item = this.items.find((i) => `entry.${i.id}` === name);
      if (item) answers[item.title] = value;
    }
    return answers;
  }
  getItems(): FakeItem[] {
    return [...this.items];
  }
  deleteItem(item: FakeItem | number): void {
    const index = typeof item === "number" ? item : this.items.indexOf(item);
    if (index < 0 || index >= this.items.length) throw new Error("Invalid argument: item");
    this.items.splice(index, 1);
  }
  /** Form.moveItem(from, to): staff reorder questions (https://developers.google.com/apps-script/reference/forms/form#moveitemfrom,-to). */
  moveItem(from: FakeItem | number, to: number): FakeItem {
    const index = typeof from === "number" ? from : this.items.indexOf(from);
    if (index < 0 || index >= this.items.length || to < 0 || to >= this.items.length) throw new Error("Invalid argument: index");
    const [item] = this.items.splice(index, 1);
    this.items.splice(to, 0, item!);
    return item!;
  }
  private add(kind: ItemKind): FakeItem {
    const item = new FakeItem(this.nextItem++, kind);
    this.items.push(item);
    return item;
  }
  addTextItem(): FakeItem {
    return this.add("TEXT");
  }
  addParagraphTextItem(): FakeItem {
    return this.add("PARAGRAPH_TEXT");
  }
  addListItem(): FakeItem {
    return this.add("LIST");
  }
  addMultipleChoiceItem(): FakeItem {
    return this.add("MULTIPLE_CHOICE");
  }
  addCheckboxItem(): FakeItem {
    return this.add("CHECKBOX");
  }
  addDateItem(): FakeItem {
    return this.add("DATE");
  }
  addSectionHeaderItem(): FakeItem {
    return this.add("SECTION_HEADER");
  }

  /** A respondent submits: answers keyed by item title (dates as "YYYY-MM-DD"). */
  _submit(answers: Readonly<Record<string, string | string[]>>): FakeResponse {
    // An unpublished or closed form shows respondents no questions: nothing can be submitted.
    if (!this.isAcceptingResponses()) throw new Error(this.published ? "Formulir tidak lagi menerima jawaban." : "Formulir belum diterbitkan.");
    const map = new Map<FakeItem, string | string[]>();
    for (const item of this.items) {
      if (item.kind === "SECTION_HEADER") continue;
      const answer = answers[item.title];
      const empty = answer === undefined || answer === "" || (Array.isArray(answer) && answer.length === 0);
      if (empty) {
        if (item.required) throw new Error(`Pertanyaan wajib belum dijawab: ${item.title}`);
        continue;
      }
      const list = Array.isArray(answer) ? answer : [answer];
      if (item.choices.length > 0 && list.some((a) => !item.choices.includes(a))) throw new Error(`Pilihan tidak ada: ${item.title}`);
      const v = item.validation;
      const text = list.join(", ");
      if (v?.pattern && !new RegExp(`^(?:${v.pattern})$`).test(text)) throw new Error(`Format tidak sesuai: ${item.title}`);
      if (v?.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) throw new Error(`Bukan e-mail: ${item.title}`);
      if (v?.minNumber !== undefined && !(Number(text) >= v.minNumber)) throw new Error(`Bukan angka: ${item.title}`);
      map.set(item, item.kind === "CHECKBOX" ? list : text);
    }
    const response = { id: this.store.newId("response"), timestamp: this.store.clock, answers: map };
    this.responses.push(response);
    if (this.destinationId) this.copyToResponsesTab(response);
    return response;
  }

  /** The linked spreadsheet keeps a raw copy of every response (Timestamp + one column per item). */
  private copyToResponsesTab(response: FakeResponse): void {
    const sheet = this.store.spreadsheet.getSheetByName(RESPONSES_TAB);
    if (!sheet) return;
    const titles = ["Timestamp", ...this.items.filter((i) => i.kind !== "SECTION_HEADER").map((i) => i.title)];
    if (titles.length > sheet.maxColumns) sheet.maxColumns = titles.length;
    const row = Math.max(2, sheet.getLastRow() + 1);
    if (row > sheet.maxRows) sheet.maxRows = row;
    const answers = titles.slice(1).map((t) => {
      const item = this.items.find((i) => i.title === t)!;
      const a = response.answers.get(item);
      return a === undefined ? "" : `'${Array.isArray(a) ? a.join(", ") : a}`;
    });
    sheet._range(1, 1, 1, titles.length).setValues([titles]);
    sheet._range(row, 1, 1, titles.length).setValues([[new Date(response.timestamp), ...answers]]);
  }
}

/** What a form-submit trigger receives as `e.response`. */
export class FakeFormResponse {
  readonly serviceName = "FormResponse";
  constructor(
    private readonly store: FakeStore,
    readonly response: FakeResponse,
  ) {}
  getId(): string {
    return this.response.id;
  }
  getTimestamp(): Date {
    return new (this.store.current().realm.Date)(this.response.timestamp);
  }
  getRespondentEmail(): string {
    return "";
  }
  getItemResponses(): { serviceName: string; getItem(): FakeItem; getResponse(): string | string[] }[] {
    return [...this.response.answers].map(([item, answer]) => ({
      serviceName: "ItemResponse",
      getItem: () => item,
      getResponse: () => (Array.isArray(answer) ? [...answer] : answer),
    }));
  }
}
