import { describe, expect, it } from "vitest";
import { shiftFormula } from "../../../sync/local/xlsx/formula-shift";

describe("a shared formula applied to another cell", () => {
  it("moves relative references by rows and columns, keeps $-anchored parts", () => {
    expect(shiftFormula("A1+$B$1*B2", 2, 1)).toBe("B3+$B$1*C4");
    expect(shiftFormula("$A1+A$1", 3, 2)).toBe("$A4+C$1");
  });

  it("moves ranges, whole columns and whole rows", () => {
    expect(shiftFormula("SUM(A2:A10)", 1, 0)).toBe("SUM(A3:A11)");
    expect(shiftFormula("SUM(A:B)", 5, 1)).toBe("SUM(B:C)");
    expect(shiftFormula("SUM(2:3)", 5, 1)).toBe("SUM(7:8)");
  });

  it("leaves text, function names, sheet names and table references alone", () => {
    expect(shiftFormula('IF(B2="A1",LOG10(C2),\'Tab A1\'!D2)', 1, 0)).toBe('IF(B3="A1",LOG10(C3),\'Tab A1\'!D3)');
    expect(shiftFormula("Tabel1[Nama]&Skema!A2", 1, 0)).toBe("Tabel1[Nama]&Skema!A3");
  });

  it("turns a reference pushed off the sheet into #REF!", () => {
    expect(shiftFormula("A2+B1", -1, 0)).toBe("A1+#REF!");
  });
});
