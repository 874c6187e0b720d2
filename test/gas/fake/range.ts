// Range of the fake spreadsheet: batch reads/writes with the documented dimension checks,
// formats, notes, validation and protection laid over its rectangle.
import { type Cell, cellFromInput, columnLetter, formulaOfCell, valueOfCell } from "./cells";
import { FakeDataValidation, FakeProtection, layerAt } from "./rules";
import type { FakeSheet } from "./sheet";

export class FakeRange {
  readonly serviceName = "Range";
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private get box() {
    return { row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns };
  }

  private read<T>(pick: (cell: Cell) => T): T[][] {
    this.sheet.store.cells.read += this.numRows * this.numColumns;
    const out: T[][] = new Array(this.numRows);
    for (let r = 0; r < this.numRows; r += 1) {
      const source = this.sheet.rows[this.row - 1 + r];
      const line: T[] = new Array(this.numColumns);
      for (let c = 0; c < this.numColumns; c += 1) line[c] = pick(source?.[this.column - 1 + c]);
      out[r] = line;
    }
    return out;
  }

  getValues(): unknown[][] {
    const realm = this.sheet.store.current().realm;
    const tz = this.sheet.spreadsheet.timeZone;
    const makeDate = (ms: number) => new realm.Date(ms);
    return this.read((cell) => valueOfCell(cell, tz, makeDate, this.sheet.store.apostropheReadBack));
  }

  getValue(): unknown {
    return this.getValues()[0]![0];
  }

  getFormulas(): string[][] {
    return this.read(formulaOfCell);
  }

  getFormula(): string {
    return this.getFormulas()[0]![0]!;
  }

  getDisplayValues(): string[][] {
    return this.getValues().map((line) => line.map((v) => (v === "" ? "" : String(v))));
  }

  setValues(values: unknown[][]): this {
    if (!Array.isArray(values) || values.some((line) => !Array.isArray(line))) {
      throw new Error("The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.");
    }
    if (values.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.`,
      );
    }
    for (const line of values) {
      if (line.length !== this.numColumns) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.numColumns}.`,
        );
      }
    }
    this.sheet._requireEditable(this.box);
    this.sheet.store.cells.written += this.numRows * this.numColumns;
    this.sheet._writeCells(this.row, this.column, values, (input, r, c) =>
      cellFromInput(input, this.sheet.spreadsheet.timeZone, () => this.sheet._formatAt(r, c)),
    );
    return this;
  }

  setValue(value: unknown): this {
    return this.setValues([[value]]);
  }

  clearContent(): this {
    this.sheet._requireEditable(this.box);
    const blanks = Array.from({ length: this.numRows }, () => new Array<unknown>(this.numColumns).fill(""));
    return this.setValues(blanks);
  }

  // A protection covers a cell's format, validation and note as well as its value.
  setNumberFormat(format: string): this {
    this.sheet._requireEditable(this.box);
    this.sheet.numberFormats.push({ box: this.box, value: format });
    return this;
  }

  getNumberFormat(): string {
    return this.sheet._formatAt(this.row, this.column);
  }

  setDataValidation(rule: FakeDataValidation | null): this {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw new Error("Invalid argument: rule");
    this.sheet._requireEditable(this.box);
    this.sheet.validations.push({ box: this.box, value: rule });
    return this;
  }

  getDataValidation(): FakeDataValidation | null {
    return layerAt(this.sheet.validations, this.row, this.column) ?? null;
  }

  setNote(note: string): this {
    return this.setNotes(Array.from({ length: this.numRows }, () => new Array<string>(this.numColumns).fill(note)));
  }

  setNotes(notes: string[][]): this {
    if (notes.length !== this.numRows || notes.some((line) => line.length !== this.numColumns)) {
      throw new Error("The number of rows in the data does not match the number of rows in the range.");
    }
    this.sheet._requireEditable(this.box);
    notes.forEach((line, r) =>
      line.forEach((note, c) => {
        const key = `${this.row + r}:${this.column + c}`;
        if (note) this.sheet.notes.set(key, note);
        else this.sheet.notes.delete(key);
      }),
    );
    return this;
  }

  getNotes(): string[][] {
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from({ length: this.numColumns }, (_, c) => this.sheet.notes.get(`${this.row + r}:${this.column + c}`) ?? ""),
    );
  }

  getNote(): string {
    return this.sheet.notes.get(`${this.row}:${this.column}`) ?? "";
  }

  private style(name: string, value: unknown): this {
    this.sheet.styles.push({ box: this.box, value: { [name]: String(value) } });
    return this;
  }
  setFontWeight(weight: string): this {
    return this.style("fontWeight", weight);
  }
  setBackground(color: string): this {
    return this.style("background", color);
  }
  setFontColor(color: string): this {
    return this.style("fontColor", color);
  }
  setWrap(wrap: boolean): this {
    return this.style("wrap", wrap);
  }
  setVerticalAlignment(alignment: string): this {
    return this.style("verticalAlignment", alignment);
  }
  setHorizontalAlignment(alignment: string): this {
    return this.style("horizontalAlignment", alignment);
  }

  protect(): FakeProtection {
    const protection = new FakeProtection(this.sheet.store, "RANGE", this.sheet.name, this.box, this);
    this.sheet.protections.push(protection);
    return protection;
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getA1Notation(): string {
    const start = `${columnLetter(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetter(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
  }
}
