// Formulas moved to another row shift like a paste in Sheets.
import { describe, expect, it } from "vitest";
import { shiftFormula } from "../../sync/backup/formula-shift";

describe("shiftFormula", () => {
  it.each([
    ["=M8*2", 23, "=M31*2"],
    ["=SUM(B2:C2)+$A$1+A$1+$A2", 3, "=SUM(B5:C5)+$A$1+A$1+$A5"],
    ["='Data Uji'!A2&\"A2 tetap\"", 1, "='Data Uji'!A3&\"A2 tetap\""],
    ["=Riwayat!B10-LOG10(4)", -2, "=Riwayat!B8-LOG10(4)"],
    ["=A2", -5, "=#REF!"],
    ["=A2+1", 0, "=A2+1"],
  ])("%s moved %i rows → %s", (text, delta, expected) => {
    expect(shiftFormula(text, delta)).toBe(expected);
  });
});
