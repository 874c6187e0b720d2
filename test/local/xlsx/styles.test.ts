import { describe, expect, it } from "vitest";
import { formatKind } from "../../../sync/local/xlsx/number-format";
import { addSheetToAppProps, addSheetToWorkbook, requestFullCalculation } from "../../../sync/local/xlsx/package-edit";
import { StyleBook } from "../../../sync/local/xlsx/styles";
import { libreOfficeStyles, loXf, MAIN } from "./fixtures";

describe("number formats", () => {
  it.each([
    ["dd/mm/yyyy", "date"],
    ["dd/mm/yyyy\\ hh:mm", "datetime"],
    ['[$-421]d mmmm yyyy;@', "date"],
    ["hh:mm:ss", "time"],
    ["[h]:mm", "time"],
    ["mm:ss", "time"],
    ["0.00E+00", "number"],
    ['#,##0 "hari"', "number"],
    ["@", "text"],
    ["General", "number"],
    ["[Red]0.0", "number"],
  ])("%s shows a %s", (code, kind) => {
    expect(formatKind(code)).toBe(kind);
  });

  it("reads built-in ids, and a file's own definition over a built-in id", () => {
    const book = new StyleBook(libreOfficeStyles([loXf(164), loXf(14), loXf(22), loXf(49)]));
    expect([0, 1, 2, 3].map((xf) => book.kindOf(xf))).toEqual(["number", "date", "datetime", "text"]);
    expect(book.kindOf(99)).toBe("number"); // past the table: as xf 0
  });
});

describe("a styles part without <numFmts>", () => {
  const xml = `<?xml version="1.0"?>\n<styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0"/></cellStyles></styleSheet>`;

  it("gets one first, where the schema wants it, and keeps every other byte", () => {
    const book = new StyleBook(xml);
    expect(book.derive(0, "date")).toBe(1);
    expect(book.derive(0, "date")).toBe(1);
    const out = book.toXml();
    expect(out).toBe(
      xml
        .replace("<fonts", '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts')
        .replace('<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>', '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>'),
    );
    expect(new StyleBook(out).kindOf(1)).toBe("date");
  });
});

describe("package parts for a new tab", () => {
  it("adds the sheet with the next sheetId and the relationships prefix the workbook uses", () => {
    const workbook = '<x:workbook xmlns:x="m" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="A" sheetId="4" rel:id="rId1"/></x:sheets></x:workbook>';
    expect(addSheetToWorkbook(workbook, "B & C", "rId9")).toContain('<x:sheet name="A" sheetId="4" rel:id="rId1"/><x:sheet name="B &amp; C" sheetId="5" rel:id="rId9"/></x:sheets>');
  });

  it("lists the tab in docProps/app.xml when it has Excel's titles, and leaves other layouts alone", () => {
    const app =
      '<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
      '<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>A</vt:lpstr><vt:lpstr>B</vt:lpstr><vt:lpstr>Area</vt:lpstr></vt:vector></TitlesOfParts></Properties>';
    const out = addSheetToAppProps(app, "Riwayat", 2);
    expect(out).toContain("<vt:i4>3</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges");
    expect(out).toContain('<vt:vector size="4" baseType="lpstr"><vt:lpstr>A</vt:lpstr><vt:lpstr>B</vt:lpstr><vt:lpstr>Riwayat</vt:lpstr><vt:lpstr>Area</vt:lpstr>');
    expect(addSheetToAppProps("<Properties><Application>LibreOffice</Application></Properties>", "X", 2)).toBe("<Properties><Application>LibreOffice</Application></Properties>");
  });

  it("asks for a full recalculation once, in calcPr's place", () => {
    expect(requestFullCalculation('<workbook><sheets/><calcPr calcId="1"/></workbook>')).toBe('<workbook><sheets/><calcPr calcId="1" fullCalcOnLoad="1"/></workbook>');
    expect(requestFullCalculation("<workbook><sheets></sheets><definedNames></definedNames><extLst/></workbook>")).toBe('<workbook><sheets></sheets><definedNames></definedNames><calcPr fullCalcOnLoad="1"/><extLst/></workbook>');
  });
});
