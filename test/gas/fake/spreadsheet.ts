// SpreadsheetApp, the bound Spreadsheet and its Ui (menus, alerts, toasts) in the fake.
import { parseA1 } from "./cells";
import type { FakeRange } from "./range";
import { FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder } from "./rules";
import { FakeSheet } from "./sheet";
import type { FakeStore, MenuItem } from "./store";

export class FakeSpreadsheet {
  readonly serviceName = "Spreadsheet";
  readonly id = "1FakeSpreadsheetIdForTests";
  readonly sheets: FakeSheet[] = [];
  /** The selection staff made, for menu actions on "selected rows". */
  activeRange: FakeRange | null = null;
  private nextSheetId = 0;

  constructor(
    readonly store: FakeStore,
    public timeZone: string,
    readonly name = "Register Sertifikasi",
  ) {
    this.sheets.push(new FakeSheet(store, this, "Sheet1", this.nextSheetId++));
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    this.timeZone = timeZone;
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name?: string, index?: number): FakeSheet {
    const sheetName = name ?? `Sheet${this.sheets.length + 1}`;
    if (this.getSheetByName(sheetName)) {
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this.store, this, sheetName, this.nextSheetId++);
    this.sheets.splice(index ?? this.sheets.length, 0, sheet);
    return sheet;
  }
  getRange(a1: string): FakeRange {
    const bang = a1.lastIndexOf("!");
    const sheet = bang >= 0 ? this.getSheetByName(a1.slice(0, bang).replace(/^'|'$/g, "")) : this.sheets[0];
    if (!sheet) throw new Error("Range not found");
    parseA1(a1);
    return sheet.getRange(a1.slice(bang + 1));
  }
  getActiveRange(): FakeRange | null {
    return this.activeRange;
  }
  getActiveSheet(): FakeSheet {
    return this.activeRange?.sheet ?? this.sheets[0]!;
  }
  toast(message: string, title = "", _timeoutSeconds?: number): void {
    this.store.toasts.push({ message: String(message), title: String(title) });
  }
}

class FakeMenu {
  readonly serviceName = "Menu";
  readonly items: MenuItem[] = [];
  constructor(
    private readonly store: FakeStore,
    readonly title: string,
  ) {}
  addItem(caption: string, functionName: string): this {
    if (typeof functionName !== "string" || functionName === "") throw new Error("Invalid argument: functionName");
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    this.items.push(...menu.items);
    return this;
  }
  addToUi(): void {
    this.store.menu = { title: this.title, items: [...this.items] };
  }
}

class FakeUi {
  readonly serviceName = "Ui";
  readonly ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO", YES_NO_CANCEL: "YES_NO_CANCEL" };
  readonly Button = { OK: "OK", CANCEL: "CANCEL", YES: "YES", NO: "NO", CLOSE: "CLOSE" };
  constructor(private readonly store: FakeStore) {}
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.store, caption);
  }
  alert(titleOrPrompt: string, prompt?: string, buttons?: string): string {
    this.store.alerts.push(prompt === undefined ? titleOrPrompt : `${titleOrPrompt}\n${prompt}`);
    return buttons === "YES_NO" || buttons === "YES_NO_CANCEL" ? "YES" : "OK";
  }
}

export class FakeSpreadsheetApp {
  readonly serviceName = "SpreadsheetApp";
  readonly ProtectionType = { RANGE: "RANGE", SHEET: "SHEET" };
  readonly WrapStrategy = { WRAP: "WRAP", CLIP: "CLIP", OVERFLOW: "OVERFLOW" };
  constructor(private readonly store: FakeStore) {}
  getActiveSpreadsheet(): FakeSpreadsheet | null {
    if (this.store.current().handler === "doGet" && this.store.webAppActiveSpreadsheet === "null") return null;
    return this.store.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    return this.store.spreadsheet;
  }
  getUi(): FakeUi {
    if (!this.store.current().interactive) throw new Error("Cannot call SpreadsheetApp.getUi() from this context.");
    return new FakeUi(this.store);
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder();
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder();
  }
  flush(): void {}
}
