import { describe, expect, it } from "vitest";
import { dateCell } from "../../../apps-script/core/ports";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { XlsxDocument } from "../../../sync/local/xlsx/document";
import { kindsFor } from "../../../sync/local/xlsx-workbook";
import { buildXlsx, libreOfficeStyles, loXf, MAIN, REL, worksheet } from "./fixtures";

const day = (text: string, minute?: number) => dateCell(text as LocalDate, minute);

function read(xml: string, options: { name?: string; strings?: readonly string[] | string; date1904?: boolean; styles?: string } = {}) {
  const name = options.name ?? "Libur";
  const bytes = buildXlsx({
    sheets: [{ name, xml }],
    ...(options.strings ? { sharedStrings: options.strings } : {}),
    ...(options.date1904 ? { date1904: true } : {}),
    ...(options.styles ? { styles: options.styles } : {}),
  });
  return XlsxDocument.open(bytes).readSheet(name, kindsFor(name)).table;
}

describe("reading cells", () => {
  it("reads shared, inline, formula-string, boolean, error, number and ISO-date cells", () => {
    const table = read(
      worksheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Keterangan</t></is></c><c r="D1" t="s"><v>2</v></c></row>' +
          '<row r="2"><c r="A2" t="d"><v>2026-03-12T00:00:00</v></c><c r="B2" t="str"><f>"Cuti"&amp;" Bersama"</f><v>Cuti Bersama</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#N/A</v></c></row>' +
          '<row r="3"><c r="A3"><v>46097</v></c><c r="B3" t="inlineStr"><is/></c><c r="C3" t="n"><v>-1.5E3</v></c><c r="D3" t="s"><v>3</v></c></row>',
      ),
      { strings: ["Tanggal", "Jenis", "Dasar Hukum", ""] },
    );
    expect(table.headers).toEqual(["Tanggal", "Jenis", "Keterangan", "Dasar Hukum"]);
    expect(table.rows).toEqual([
      [day("2026-03-12"), "Cuti Bersama", true, "#N/A"],
      [day("2026-03-16"), null, -1500, null],
    ]);
    expect(table.formulas?.get(0)?.get(1)).toBe('="Cuti"&" Bersama"');
  });

  it("joins rich-text runs and leaves out phonetic runs, in shared and inline strings", () => {
    const sst =
      '<si><r><rPr><b/><sz val="11"/></rPr><t>Libur </t></r><r><t xml:space="preserve">Nasional</t></r><rPh sb="0" eb="1"><t>リ</t></rPh><phoneticPr fontId="1"/></si>' +
      "<si><t>Jenis</t></si>";
    const table = read(
      worksheet('<row r="1"><c r="A1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><r><t>Cuti </t></r><r><rPr><i/></rPr><t>Bersama</t></r><rPh><t>x</t></rPh></is></c></row>'),
      { strings: sst, name: "Catatan" },
    );
    expect(table.rows.map((r) => r[0])).toEqual(["Libur Nasional", "Cuti Bersama"]);
  });

  it("decodes entities and _xHHHH_, and returns control characters as they are", () => {
    const table = read(worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Rina &amp; _x0007_Sari_x005F_x0041_&#x9;</t></is></c></row>'), {
      name: "Catatan",
    });
    expect(table.rows[0]![0]).toBe("Rina & \u0007Sari_x0041_\t");
  });

  it("places rows and cells without r after the ones before them", () => {
    const table = read(worksheet('<row><c t="inlineStr"><is><t>A</t></is></c><c t="inlineStr"><is><t>B</t></is></c></row><row><c><v>1</v></c><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="5"><c r="B5"><v>9</v></c></row>'), {
      name: "Catatan",
    });
    expect(table.headers).toEqual(["A", "B", "", ""]);
    expect(table.rows).toEqual([
      [1, null, 3, 4],
      [null, null, null, null],
      [null, null, null, null],
      [null, 9, null, null],
    ]);
  });

  it("reads a sheet whose elements carry a namespace prefix, attributes in any order with either quote", () => {
    const xml =
      `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}"><x:dimension ref='A1:B2'/><x:sheetData>` +
      `<x:row r='1'><x:c t='inlineStr' r='A1'><x:is><x:t>Tanggal</x:t></x:is></x:c><x:c t="inlineStr" s='0' r="B1"><x:is><x:t xml:space='preserve'> Jenis </x:t></x:is></x:c></x:row>` +
      `<x:row r="2" ><x:c r="A2" ><x:v>46097</x:v></x:c><x:c r="B2" t="inlineStr" ><x:is><x:t>Libur Nasional</x:t></x:is></x:c></x:row>` +
      `</x:sheetData></x:worksheet>`;
    const table = read(xml);
    expect(table.headers).toEqual(["Tanggal", "Jenis"]);
    expect(table.rows).toEqual([[day("2026-03-16"), "Libur Nasional"]]);
  });

  it("steps over comments, processing instructions and CDATA in the XML", () => {
    const table = read(worksheet('<!-- kepala --><row r="1"><?pi x?><c r="A1" t="inlineStr"><is><t><![CDATA[A & <B>]]></t></is></c></row><!-- akhir -->'), { name: "Catatan" });
    expect(table.headers).toEqual(["A & <B>"]);
  });
});

describe("numbers by column type, never by number format", () => {
  const styles = libreOfficeStyles([loXf(164), loXf(166)], ['<numFmt numFmtId="166" formatCode="dd/mm/yyyy"/>']);

  it("keeps a number a number in a number column even when its cell shows a date", () => {
    const table = read(
      worksheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Pengalaman Pelayanan Publik (tahun)</t></is></c><c r="B1" t="inlineStr"><is><t>Tanggal Permohonan</t></is></c><c r="C1" t="inlineStr"><is><t>Diperiksa Mesin</t></is></c></row>' +
          '<row r="2"><c r="A2" s="1"><v>4</v></c><c r="B2" s="0"><v>46097.75</v></c><c r="C2" s="0"><v>46346.4166666667</v></c></row>' +
          '<row r="3"><c r="A3" s="1"><v>4.5</v></c><c r="B3" t="inlineStr"><is><t>12/03/2026</t></is></c><c r="C3"><v>46346</v></c></row>',
      ),
      { name: "Permohonan", styles },
    );
    expect(table.rows[0]).toEqual([4, day("2026-03-16"), day("2026-11-20", 600)]);
    expect(table.rows[1]).toEqual([4.5, "12/03/2026", day("2026-11-20")]);
  });

  it("reads serials in the 1904 system when the workbook says so", () => {
    const table = read(worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Tanggal</t></is></c></row><row r="2"><c r="A2"><v>44635</v></c></row>'), { date1904: true });
    expect(table.rows[0]![0]).toEqual(day("2026-03-16"));
  });
});

describe("formulas and merged cells", () => {
  it("gives shared-formula children their translated text, and array cells their formula", () => {
    const table = read(
      worksheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c><c r="B1" t="inlineStr"><is><t>Dua Kali</t></is></c><c r="C1" t="inlineStr"><is><t>Larik</t></is></c></row>' +
          '<row r="2"><c r="A2"><v>1</v></c><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2</f><v>2</v></c><c r="C2"><f t="array" ref="C2:C3">A2:A3*10</f><v>10</v></c></row>' +
          '<row r="3"><c r="A3"><v>2</v></c><c r="B3"><f t="shared" si="0"/><v>4</v></c><c r="C3"><v>20</v></c></row>' +
          '<row r="4"><c r="A4"><v>3</v></c><c r="B4"><f t="shared" si="0"/><v>6</v></c></row>',
      ),
      { name: "Catatan" },
    );
    expect(table.rows.map((r) => r[1])).toEqual([2, 4, 6]);
    expect([0, 1, 2].map((r) => table.formulas?.get(r)?.get(1))).toEqual(["=A2*2", "=A3*2", "=A4*2"]);
    expect(table.formulas?.get(1)?.get(2)).toBe("=A2:A3*10");
  });

  it("reports merged blocks in data-row coordinates (header row -1)", () => {
    const table = read(
      worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>ID Permohonan</t></is></c><c r="B1" t="inlineStr"><is><t>Nama</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>PRM-1</t></is></c></row>', {
        after: '<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A2:A3"/></mergeCells>',
      }),
      { name: "Permohonan" },
    );
    expect(table.merges).toEqual([
      { top: -1, left: 0, bottom: -1, right: 1 },
      { top: 0, left: 0, bottom: 1, right: 0 },
    ]);
  });
});

describe("broken files", () => {
  it("reads a raw control character (a broken writer) instead of refusing the workbook", () => {
    const table = read(worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Nama</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Rina\u0007Sari</t></is></c></row>'), { name: "Catatan" });
    expect(table.rows[0]![0]).toBe("Rina\u0007Sari");
  });

  it("names the tab when its XML is cut off", () => {
    expect(() => read('<worksheet xmlns="x"><sheetData><row r="1"><c r="A1"><v>1</v>')).toThrow(/tab "Libur"/);
  });
});
