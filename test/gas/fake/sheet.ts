// Sheet of the fake spreadsheet: cell grid with Sheets' size limits, rows inserted/deleted/sorted
// as staff do, frozen rows, column widths, protections and conditional-format rules.
import { type Cell, FormulaCell, isBlankCell, parseA1, plainOfCell } from "./cells";
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from "./charts";
import { FakeRange } from "./range";
import { FakeTextFinder } from "./text-finder";
import { type Box, boxesOverlap, type FakeConditionalFormatRule, type FakeDataValidation, FakeProtection, type Layer, layerAt } from "./rules";
import type { FakeSpreadsheet } from "./spreadsheet";
import type { FakeStore } from "./store";

const OUTSIDE = "The coordinates of the range are outside the dimensions of the sheet.";

export const PROTECTED_CELL = "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

export class FakeSheet {
  readonly serviceName = "Sheet";
  rows: Cell[][] = [];
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  readonly numberFormats: Layer<string>[] = [];
  readonly validations: Layer<FakeDataValidation | null>[] = [];
  readonly styles: Layer<Record<string, string>>[] = [];
  readonly notes = new Map<string, string>();
  readonly protections: FakeProtection[] = [];
  cfRules: FakeConditionalFormatRule[] = [];
  /** Charts inserted with insertChart (fake/charts.ts). */
  readonly charts: FakeEmbeddedChart[] = [];

  constructor(
    readonly store: FakeStore,
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly id: number,
  ) {}

  getName(): string {
    return this.name;
  }
  getSheetId(): number {
    return this.id;
  }
  getParent(): FakeSpreadsheet {
    return this.spreadsheet;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }

  getRange(a: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof a === "string") {
      const box = parseA1(a);
      const endRow = box.endRow ?? this.maxRows;
      const endColumn = box.endColumn ?? this.maxColumns;
      return this._range(box.row, box.column, endRow - box.row + 1, endColumn - box.column + 1);
    }
    if (column === undefined) throw new Error("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    return this._range(a, column, numRows, numColumns);
  }

  _range(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    for (const n of [row, column, numRows, numColumns]) {
      if (!Number.isInteger(n)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    }
    if (numRows < 1) throw new Error("The number of rows in the range must be at least 1.");
    if (numColumns < 1) throw new Error("The number of columns in the range must be at least 1.");
    if (row < 1 || column < 1 || row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error(OUTSIDE);
    }
    return new FakeRange(this, row, column, numRows, numColumns);
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getsheetvaluesstartrow,-startcolumn,-numrows,-numcolumns
   * "A -1 value given as the row or column position is equivalent to getting the very last row or
   * column that has data in the sheet." One call instead of getDataRange + getValues. The docs do
   * not say what an empty sheet gives: modelled as the range error a zero-row range raises, and
   * the adapter falls back to getDataRange for it (both possibilities handled).
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this.getLastRow() - startRow + 1 : numRows;
    const columns = numColumns === -1 ? this.getLastColumn() - startColumn + 1 : numColumns;
    return this._range(startRow, startColumn, rows, columns).getValues();
  }

  getDataRange(): FakeRange {
    return this._range(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  getLastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r -= 1) {
      if (this.rows[r]?.some((cell) => !isBlankCell(cell))) return r + 1;
    }
    return 0;
  }

  getLastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length - 1; c >= last; c -= 1) {
        if (!isBlankCell(line[c])) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1 || afterPosition > this.maxRows) throw new Error(OUTSIDE);
    this.rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => [] as Cell[]));
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1 || afterPosition > this.maxColumns) throw new Error(OUTSIDE);
    for (const line of this.rows) if (line && line.length > afterPosition) line.splice(afterPosition, 0, ...new Array<Cell>(howMany));
    this.maxColumns += howMany;
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.maxRows) throw new Error(OUTSIDE);
    this.rows.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
  }

  setFrozenRows(rows: number): this {
    this.frozenRows = rows;
    return this;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }

  setColumnWidth(column: number, width: number): this {
    this.columnWidths.set(column, width);
    return this;
  }
  setColumnWidths(start: number, count: number, width: number): this {
    for (let c = start; c < start + count; c += 1) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(column: number): number {
    return this.columnWidths.get(column) ?? 100;
  }

  protect(): FakeProtection {
    const box = { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns };
    const protection = new FakeProtection(this.store, "SHEET", this.name, box, this.getDataRange());
    this.protections.push(protection);
    return protection;
  }

  getProtections(type: string): FakeProtection[] {
    return this.protections.filter((p) => !p.removed && p.type === type);
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.cfRules];
  }
  setConditionalFormatRules(rules: readonly FakeConditionalFormatRule[]): void {
    this.cfRules = [...rules];
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#newChart() */
  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertChart(EmbeddedChart) */
  insertChart(chart: FakeEmbeddedChart): void {
    if (!(chart instanceof FakeEmbeddedChart)) throw new Error("The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.insertChart.");
    this.charts.push(chart);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#getCharts() */
  getCharts(): FakeEmbeddedChart[] {
    return [...this.charts];
  }

  /** Sorts the rows below the frozen ones by a column, like Data → Sort sheet. */
  sort(columnPosition: number, ascending = true): this {
    const first = this.frozenRows;
    const body = this.rows.slice(first, this.getLastRow());
    const key = (line: Cell[] | undefined) => plainOfCell(line?.[columnPosition - 1]);
    body.sort((a, b) => {
      const x = key(a);
      const y = key(b);
      const order = x === y ? 0 : x === "" ? 1 : y === "" ? -1 : x < y ? -1 : 1;
      return ascending ? order : -order;
    });
    this.rows.splice(first, body.length, ...body);
    return this;
  }

  /**
   * Rows staff hid, kept with their data when rows are sorted, inserted or deleted (the line
   * arrays themselves are marked). https://developers.google.com/apps-script/reference/spreadsheet/sheet#hiderowsrowindex,-numrows
   */
  private readonly hiddenLines = new WeakSet<Cell[]>();

  hideRows(rowIndex: number, numRows = 1): void {
    if (rowIndex < 1 || numRows < 1 || rowIndex + numRows - 1 > this.maxRows) throw new Error(OUTSIDE);
    for (let r = rowIndex - 1; r < rowIndex - 1 + numRows; r += 1) this.hiddenLines.add((this.rows[r] ??= []));
  }

  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex - 1; r < rowIndex - 1 + numRows; r += 1) if (this.rows[r]) this.hiddenLines.delete(this.rows[r]!);
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#isrowhiddenbyuserrowposition */
  isRowHiddenByUser(rowPosition: number): boolean {
    const line = this.rows[rowPosition - 1];
    return line !== undefined && this.hiddenLines.has(line);
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#createtextfinderfindtext (fake/text-finder.ts). */
  createTextFinder(findText: string): FakeTextFinder {
    return new FakeTextFinder(this, findText);
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents
   * "Appends a row to the bottom of the current data region in the sheet. If a cell's content
   * begins with =, it's interpreted as a formula": values are taken as setValues takes them (an
   * apostrophe keeps text literal), the row below the last one with content, the grid growing.
   */
  appendRow(values: unknown[]): this {
    const row = this.getLastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (values.length > this.maxColumns) this.maxColumns = values.length;
    this._range(row, 1, 1, values.length).setValues([values]);
    return this;
  }

  /**
   * A script writes with the authority of the user it runs as (the clicker for a menu item, the
   * creator for an installable trigger), so a protection that user may not edit stops it, with the
   * message Sheets gives (https://developers.google.com/apps-script/reference/spreadsheet/protection,
   * https://developers.google.com/apps-script/guides/triggers/installable#restrictions).
   */
  _requireEditable(box: Box): void {
    if (this.store.stack.length === 0) return; // Google itself (form responses) or a test's set-up, not a script
    const me = this.store.effectiveUser();
    if (this.protections.some((p) => p.excludes(me) && boxesOverlap(p.box, box))) throw new Error(PROTECTED_CELL);
  }

  _writeCells(row: number, column: number, values: unknown[][], toCell: (v: unknown, r: number, c: number) => Cell): void {
    for (let r = 0; r < values.length; r += 1) {
      const index = row - 1 + r;
      const line = (this.rows[index] ??= []);
      const input = values[r]!;
      for (let c = 0; c < input.length; c += 1) line[column - 1 + c] = toCell(input[c], row + r, column + c);
    }
  }

  _formatAt(row: number, column: number): string {
    return layerAt(this.numberFormats, row, column) ?? "General";
  }

  /** Plain cell reading for assertions ("YYYY-MM-DD" for dates). */
  _plain(row: number, column: number): string | number | boolean {
    return plainOfCell(this.rows[row - 1]?.[column - 1]);
  }

  _hasFormula(row: number, column: number): boolean {
    return this.rows[row - 1]?.[column - 1] instanceof FormulaCell;
  }
}
