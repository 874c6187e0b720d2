// Sheet.createTextFinder as the reference describes it:
// https://developers.google.com/apps-script/reference/spreadsheet/text-finder
// "matchCase(matchCase): If true, configures the search to match the search text's case exactly,
// otherwise the search defaults to case-insensitive matching." "matchEntireCell(…): If true,
// configures the search to match the entire contents of a cell; otherwise, the search defaults to
// partial matching." Formula cells are matched by their displayed value unless matchFormulaText.
// findAll "Returns all cells matching the search criteria" as Range[] (one cell each, row by row).
// The reference does not say whether rows staff hid are searched: both are modelled
// (store.textFinderHiddenRows: "searched" by default, or "skipped").
// The search runs on Google's side: the cells it looks at are counted apart (cells.searched), not
// as cells read, since no value reaches the script until it reads the ranges it was given.
import { FormulaCell, isBlankCell, plainOfCell } from "./cells";
import { FakeRange } from "./range";
import type { FakeSheet } from "./sheet";

export class FakeTextFinder {
  readonly serviceName = "TextFinder";
  private entireCell = false;
  private exactCase = false;

  constructor(
    private readonly sheet: FakeSheet,
    private readonly text: string,
  ) {
    if (typeof text !== "string" || text === "") throw new Error("Exception: The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.createTextFinder.");
  }

  matchEntireCell(matchEntireCell: boolean): FakeTextFinder {
    this.entireCell = matchEntireCell;
    return this;
  }

  matchCase(matchCase: boolean): FakeTextFinder {
    this.exactCase = matchCase;
    return this;
  }

  findAll(): FakeRange[] {
    const wanted = this.exactCase ? this.text : this.text.toLowerCase();
    const found: FakeRange[] = [];
    const skipHidden = this.sheet.store.textFinderHiddenRows === "skipped";
    this.sheet.rows.forEach((line, r) => {
      if (skipHidden && this.sheet.isRowHiddenByUser(r + 1)) return;
      line?.forEach((cell, c) => {
        if (isBlankCell(cell)) return;
        this.sheet.store.cells.searched += 1;
        const shown = String(plainOfCell(cell instanceof FormulaCell ? (cell.value as typeof cell.value | undefined) ?? "" : cell));
        const text = this.exactCase ? shown : shown.toLowerCase();
        if (this.entireCell ? text === wanted : text.includes(wanted)) found.push(new FakeRange(this.sheet, r + 1, c + 1, 1, 1));
      });
    });
    return found;
  }
}
