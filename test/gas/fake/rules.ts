// Data validation, conditional formatting and protection objects of the fake spreadsheet:
// builders as in SpreadsheetApp, stored per rectangle (rules do not move when rows are sorted).
import type { FakeRange } from "./range";
import type { FakeStore } from "./store";

export interface Box {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export function boxContains(box: Box, row: number, column: number): boolean {
  return row >= box.row && row < box.row + box.numRows && column >= box.column && column < box.column + box.numColumns;
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

/** A value laid over a rectangle; the last layer covering a cell wins. */
export interface Layer<T> {
  readonly box: Box;
  readonly value: T;
}

export function layerAt<T>(layers: readonly Layer<T>[], row: number, column: number): T | undefined {
  for (let i = layers.length - 1; i >= 0; i -= 1) {
    const layer = layers[i]!;
    if (boxContains(layer.box, row, column)) return layer.value;
  }
  return undefined;
}

export class FakeDataValidation {
  readonly serviceName = "DataValidation";
  constructor(
    readonly criteriaType: "VALUE_IN_LIST" | "VALUE_IN_RANGE",
    readonly criteriaValues: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  getCriteriaType(): string {
    return this.criteriaType;
  }
  getCriteriaValues(): unknown[] {
    return [...this.criteriaValues];
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string {
    return this.helpText;
  }
}

export class FakeDataValidationBuilder {
  readonly serviceName = "DataValidationBuilder";
  private criteria: FakeDataValidation["criteriaType"] | null = null;
  private values: unknown[] = [];
  private allowInvalid = true;
  private helpText = "";
  requireValueInList(values: readonly string[], showDropdown = true): this {
    if (values.length > 500) throw new Error("The data validation list can contain at most 500 items.");
    this.criteria = "VALUE_IN_LIST";
    this.values = [[...values], showDropdown];
    return this;
  }
  requireValueInRange(range: FakeRange, showDropdown = true): this {
    this.criteria = "VALUE_IN_RANGE";
    this.values = [range, showDropdown];
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.helpText = text;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error("You must set a criteria before building the data validation rule.");
    return new FakeDataValidation(this.criteria, this.values, this.allowInvalid, this.helpText);
  }
}

export class FakeConditionalFormatRule {
  readonly serviceName = "ConditionalFormatRule";
  constructor(
    readonly formula: string,
    readonly background: string | null,
    readonly fontColor: string | null,
    readonly ranges: readonly FakeRange[],
  ) {}
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  getBooleanCondition(): { getCriteriaType(): string; getCriteriaValues(): unknown[] } {
    const formula = this.formula;
    return { getCriteriaType: () => "CUSTOM_FORMULA", getCriteriaValues: () => [formula] };
  }
}

export class FakeConditionalFormatRuleBuilder {
  readonly serviceName = "ConditionalFormatRuleBuilder";
  private formula: string | null = null;
  private background: string | null = null;
  private fontColor: string | null = null;
  private ranges: FakeRange[] = [];
  whenFormulaSatisfied(formula: string): this {
    if (!formula.startsWith("=")) throw new Error("Invalid argument: formula");
    this.formula = formula;
    return this;
  }
  setBackground(color: string | null): this {
    this.background = color;
    return this;
  }
  setFontColor(color: string | null): this {
    this.fontColor = color;
    return this;
  }
  setRanges(ranges: readonly FakeRange[]): this {
    this.ranges = [...ranges];
    return this;
  }
  build(): FakeConditionalFormatRule {
    if (!this.formula) throw new Error("A conditional format rule must have a condition.");
    if (this.ranges.length === 0) throw new Error("A conditional format rule must have at least one range.");
    return new FakeConditionalFormatRule(this.formula, this.background, this.fontColor, this.ranges);
  }
}

/** A protected range or sheet. Scripts run as the owner, who is always an editor. */
export class FakeProtection {
  readonly serviceName = "Protection";
  description = "";
  warningOnly = false;
  domainEdit = true;
  readonly editors = new Set<string>();
  removed = false;
  constructor(
    private readonly store: FakeStore,
    readonly type: "RANGE" | "SHEET",
    readonly sheetName: string,
    readonly box: Box,
    private readonly range: FakeRange,
  ) {
    // Like the real service: a new protection starts with everyone who can edit the file.
    this.editors.add(store.owner);
    for (const email of store.spreadsheetEditors) this.editors.add(email);
  }
  setDescription(text: string): this {
    this.description = text;
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  addEditor(email: string | { getEmail(): string }): this {
    this.editors.add(typeof email === "string" ? email : email.getEmail());
    return this;
  }
  removeEditors(emails: readonly (string | { getEmail(): string })[]): this {
    for (const e of emails) {
      const address = typeof e === "string" ? e : e.getEmail();
      if (address !== this.store.owner) this.editors.delete(address);
    }
    return this;
  }
  getEditors(): { getEmail(): string }[] {
    return [...this.editors].map((email) => ({ serviceName: "User", getEmail: () => email }));
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.domainEdit = editable;
    return this;
  }
  /** "Determines whether the user has permission to edit the protected range or sheet." */
  canEdit(): boolean {
    const me = this.store.effectiveUser();
    return this.removed || this.editors.has(me) || (this.domainEdit && me.endsWith(`@${this.store.domain}`));
  }
  getProtectionType(): string {
    return this.type;
  }
  getRange(): FakeRange {
    return this.range;
  }
  remove(): void {
    this.removed = true;
  }
  /**
   * Whether `email` may not change this cell: an editor of the protection (Protection.canEdit),
   * or anyone when it only warns, may
   * (https://developers.google.com/apps-script/reference/spreadsheet/protection#canEdit()).
   */
  blocks(email: string, row: number, column: number): boolean {
    return this.excludes(email) && boxContains(this.box, row, column);
  }
  /** Whether the protection keeps `email` out of its cells. */
  excludes(email: string): boolean {
    if (this.removed || this.warningOnly || this.editors.has(email)) return false;
    return !(this.domainEdit && email.endsWith(`@${this.store.domain}`));
  }
}
