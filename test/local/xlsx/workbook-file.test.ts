import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dateCell } from "../../../apps-script/core/ports";
import { PERMOHONAN } from "../../../apps-script/core/registers/catalog";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { LocalFileError } from "../../../sync/local/errors";
import { writeSheet } from "../../../sync/local/xlsx/sheet-writer";
import { XlsxWorkbookFile } from "../../../sync/local/xlsx-workbook";
import { buildXlsx, cellsOf, numberCell, partsOf, sharedStylePermohonan, tempFile, textCell, worksheet } from "./fixtures";

const replaceFile = async (path: string, data: Uint8Array) => writeFileSync(path, data);
const patch = (id: string, rowHint: number, values: Record<string, unknown>) => ({
  table: PERMOHONAN.name,
  patches: [{ id, rowHint, values: values as Record<string, never> }],
  appends: [],
});

async function openError(path: string): Promise<LocalFileError> {
  const error = await XlsxWorkbookFile.open(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LocalFileError);
  return error as LocalFileError;
}

describe("opening a file that is not a workbook", () => {
  const noLibraryText = (message: string) => expect(message).not.toMatch(/Corrupted|central directory|EISDIR|ENOENT|EACCES|zip:/i);

  it("refuses plain text, a truncated workbook and an old .xls in Indonesian, without library text", async () => {
    const cases = [Buffer.from("bukan xlsx"), Buffer.from(buildXlsx({ sheets: [sharedStylePermohonan(2, 0)] }).subarray(0, 300)), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])];
    for (const bytes of cases) {
      const error = await openError(tempFile(bytes));
      expect(error.code).toBe("INVALID");
      expect(error.message).toMatch(/tidak dapat dibaca sebagai \.xlsx/);
      noLibraryText(error.message);
    }
  });

  it("refuses a zip without a workbook, a folder, a missing file and an unreadable one", async () => {
    const zipOnly = await openError(tempFile(zipSync({ "word/document.xml": strToU8("<w:document/>") })));
    expect(zipOnly.code).toBe("INVALID");
    const dir = mkdtempSync(join(tmpdir(), "xlsx-uji-"));
    const folder = await openError(dir);
    expect([folder.code, folder.message]).toEqual(["INVALID", expect.stringMatching(/adalah folder/)]);
    noLibraryText(folder.message);
    const missing = await openError(join(dir, "tidak-ada.xlsx"));
    expect(missing.code).toBe("NOT_FOUND");
    noLibraryText(missing.message);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, "terkunci.xlsx");
      writeFileSync(locked, "x");
      chmodSync(locked, 0);
      expect((await openError(locked)).code).toBe("NO_ACCESS");
    }
  });
});

describe("with a workbook saved by LibreOffice", () => {
  const workbook = () => tempFile(buildXlsx({ sheets: [sharedStylePermohonan(5, 0)] }));

  it("saves nothing, not even the modification time, when nothing changed", async () => {
    const path = workbook();
    const before = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    const file = await XlsxWorkbookFile.open(path, { replaceFile: async () => expect.unreachable("replaced") });
    file.workbook.applyChanges([patch("PRM-2026-00001", 0, { Status: "Diterima" })]); // the value it already has
    expect(await file.save()).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it("writes text with control characters so that exceljs and the reader open the file again", async () => {
    const path = workbook();
    const file = await XlsxWorkbookFile.open(path, { replaceFile });
    file.workbook.applyChanges([patch("PRM-2026-00002", 1, { "Catatan Validasi": "Nama: berisi\u0007 dan\u0000 _x0041_ & <b>" })]);
    expect(await file.save()).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.getWorksheet(PERMOHONAN.name)!.rowCount).toBe(6);
    const again = (await XlsxWorkbookFile.open(path)).workbook.readTable(PERMOHONAN.name)!;
    expect(again.rows[1]![again.headers.indexOf("Catatan Validasi")]).toBe("Nama: berisi\u0007 dan\u0000 _x0041_ & <b>");
  });

  it("refuses to save when the self-check finds an untouched cell changed, naming cell and header, and keeps the file", async () => {
    const path = workbook();
    const before = readFileSync(path);
    // A writer that also restyles Pengalaman of row 3 (M3) while writing what was asked.
    const sloppy: typeof writeSheet = (bytes, index, writes, styles, date1904, sheet) => {
      const result = writeSheet(bytes, index, writes, styles, date1904, sheet);
      const xml = result.bytes.toString("utf8").replace('<c r="M3" s="0" t="n"><v>4</v></c>', '<c r="M3" s="0" t="n"><v>5</v></c>');
      return { ...result, bytes: Buffer.from(xml) };
    };
    const file = await XlsxWorkbookFile.open(path, { replaceFile, sheetWriter: sloppy });
    file.workbook.applyChanges([patch("PRM-2026-00002", 1, { "Status Tercatat": "Diterima" })]);
    const error = (await file.save().catch((e: unknown) => e)) as LocalFileError;
    expect(error).toBeInstanceOf(LocalFileError);
    expect(error.code).toBe("VERIFY_FAILED");
    expect(error.message).toContain("Permohonan!M3 (Pengalaman Pelayanan Publik (tahun))");
    expect(error.message).not.toMatch(/\b5\b/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("refuses to write into a merged block, and saves nothing", async () => {
    const sheet = sharedStylePermohonan(3, 0);
    const merged = { ...sheet, xml: sheet.xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="V3:X3"/></mergeCells>') };
    const path = tempFile(buildXlsx({ sheets: [merged] }));
    const before = readFileSync(path);
    const file = await XlsxWorkbookFile.open(path, { replaceFile });
    expect(file.workbook.readTable(PERMOHONAN.name)!.merges).toEqual([{ top: 1, left: 21, bottom: 1, right: 23 }]);
    file.workbook.applyChanges([patch("PRM-2026-00002", 1, { "Status Tercatat": "Diterima" })]);
    const error = (await file.save().catch((e: unknown) => e)) as LocalFileError;
    expect([error.code, error.message]).toEqual(["INVALID", expect.stringMatching(/sel V3 termasuk sel gabungan V3:X3/)]);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("appends a missing header without touching the existing header cells", async () => {
    const sheet = sharedStylePermohonan(2, 0);
    // The last engine column gone, and the optional columns after it (a release-0.1 tab cut short).
    const short = { ...sheet, xml: sheet.xml.replace(/<c r="A[HIJKL]1"[^>]*>[\s\S]*?<\/c>/g, "").replace(/<c r="A[HIJKL]\d+"[^>]*\/>/g, "") };
    const path = tempFile(buildXlsx({ sheets: [short] }));
    const before = cellsOf(partsOf(readFileSync(path))["xl/worksheets/sheet1.xml"]!);
    const file = await XlsxWorkbookFile.open(path, { replaceFile });
    expect(file.workbook.readTable(PERMOHONAN.name)!.headers).not.toContain("Diperiksa Mesin");
    file.workbook.ensureTable(PERMOHONAN.name, ["Diperiksa Mesin"]);
    file.workbook.applyChanges([patch("PRM-2026-00001", 0, { "Diperiksa Mesin": dateCell("2026-11-20" as LocalDate, 600) })]);
    expect(await file.save()).toBe(2);
    const after = cellsOf(partsOf(readFileSync(path))["xl/worksheets/sheet1.xml"]!);
    for (const [ref, xml] of before) if (ref.endsWith("1") && ref.length <= 3) expect(after.get(ref), ref).toBe(xml);
    expect(after.get("AH1")).toMatch(/<t xml:space="preserve">Diperiksa Mesin<\/t>/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const cell = book.getWorksheet(PERMOHONAN.name)!.getCell("AH2");
    expect(cell.value).toEqual(new Date(Date.UTC(2026, 10, 20, 10, 0)));
    expect(cell.numFmt).toBe("dd/mm/yyyy hh:mm");
  });
});

describe("with formulas in engine columns", () => {
  function formulaWorkbook() {
    const header = ["ID Permohonan", "Status", "Status Tercatat", "Hari Jeda"].map((h, c) => textCell(`${"ABCD"[c]}1`, h)).join("");
    const rows = [2, 3, 4].map((r) => {
      const f = r === 2 ? '<f t="shared" ref="D2:D4" si="0">ROW()*2</f>' : '<f t="shared" si="0"/>';
      return `<row r="${r}">${textCell(`A${r}`, `PRM-2026-0000${r - 1}`)}${textCell(`B${r}`, "Diterima")}<c r="C${r}"><f>B${r}</f><v>0</v></c><c r="D${r}">${f}<v>${r * 2}</v></c></row>`;
    });
    const calcChain = '<?xml version="1.0"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C2" i="1"/><c r="D2"/></calcChain>';
    const bytes = buildXlsx({ sheets: [{ name: PERMOHONAN.name, xml: worksheet(`<row r="1">${header}</row>${rows.join("")}`, { dimension: "A1:D4" }) }], extra: { "xl/calcChain.xml": calcChain } });
    // Wire the chain in like Excel does (relationship and content type).
    const parts = partsOf(bytes);
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"]!.replace("</Relationships>", '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>');
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"]!.replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>');
    return tempFile(zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]))));
  }

  it("removes the formula it overwrites, drops the calculation chain and asks for a recalculation", async () => {
    const path = formulaWorkbook();
    const file = await XlsxWorkbookFile.open(path, { replaceFile });
    const table = file.workbook.readTable(PERMOHONAN.name)!;
    expect(table.formulas?.get(0)?.get(2)).toBe("=B2");
    file.workbook.applyChanges([patch("PRM-2026-00001", 0, { "Status Tercatat": "Diterima" })]);
    await file.save();
    const parts = partsOf(readFileSync(path));
    expect(parts["xl/calcChain.xml"]).toBeUndefined();
    expect(parts["xl/_rels/workbook.xml.rels"]).not.toContain("calcChain");
    expect(parts["[Content_Types].xml"]).not.toContain("calcChain");
    expect(parts["xl/workbook.xml"]).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    const cells = cellsOf(parts["xl/worksheets/sheet1.xml"]!);
    expect(cells.get("C2")).toBe('<c r="C2" t="inlineStr"><is><t xml:space="preserve">Diterima</t></is></c>');
    expect(cells.get("C3")).toBe('<c r="C3"><f>B3</f><v>0</v></c>');
  });

  it("gives the other cells of a shared formula their own copy when its first cell is overwritten", async () => {
    const path = formulaWorkbook();
    const file = await XlsxWorkbookFile.open(path, { replaceFile });
    file.workbook.applyChanges([patch("PRM-2026-00001", 0, { "Hari Jeda": 0 })]);
    await file.save();
    const cells = cellsOf(partsOf(readFileSync(path))["xl/worksheets/sheet1.xml"]!);
    expect(cells.get("D2")).toBe('<c r="D2"><v>0</v></c>');
    expect(cells.get("D3")).toBe('<c r="D3"><f>ROW()*2</f><v>6</v></c>');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.getWorksheet(PERMOHONAN.name)!.getCell("D4").formula).toBe("ROW()*2");
    const again = (await XlsxWorkbookFile.open(path)).workbook.readTable(PERMOHONAN.name)!;
    expect(again.formulas?.get(2)?.get(3)).toBe("=ROW()*2");
  });
});

describe("with rows staff left without row numbers and a prefixed namespace", () => {
  it("writes into the right rows and keeps the prefix on new elements", async () => {
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const cell = (text: string) => `<x:c t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
    const xml = `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${main}"><x:dimension ref="A1:C3"/><x:sheetData><x:row>${cell("ID Permohonan")}${cell("Status")}${cell("Status Tercatat")}</x:row><x:row>${cell("PRM-1")}${cell("Diterima")}</x:row><x:row>${cell("PRM-2")}${cell("Verifikasi")}</x:row></x:sheetData></x:worksheet>`;
    const path = tempFile(buildXlsx({ sheets: [{ name: PERMOHONAN.name, xml }] }));
    const file = await XlsxWorkbookFile.open(path, { replaceFile });
    file.workbook.applyChanges([patch("PRM-2", 1, { "Status Tercatat": "Verifikasi" })]);
    file.workbook.applyChanges([{ table: PERMOHONAN.name, patches: [], appends: [{ "ID Permohonan": "PRM-3", Status: "Diterima" }] }]);
    expect(await file.save()).toBe(3);
    const saved = partsOf(readFileSync(path))["xl/worksheets/sheet1.xml"]!;
    expect(saved).toContain('<x:c r="C3" t="inlineStr"><x:is><x:t xml:space="preserve">Verifikasi</x:t></x:is></x:c>');
    expect(saved).toContain('<x:row r="4"><x:c r="A4"');
    expect(saved).toContain('<x:dimension ref="A1:C4"/>');
    const again = (await XlsxWorkbookFile.open(path)).workbook.readTable(PERMOHONAN.name)!;
    expect(again.rows).toEqual([
      ["PRM-1", "Diterima", null],
      ["PRM-2", "Verifikasi", "Verifikasi"],
      ["PRM-3", "Diterima", null],
    ]);
  });
});

describe("a styled empty row where an appended case lands", () => {
  it("is reused with its style, and cells take the row's style", async () => {
    const header = ["ID Permohonan", "Status"].map((h, c) => textCell(`${"AB"[c]}1`, h)).join("");
    const rows = `<row r="1">${header}</row><row r="2">${textCell("A2", "PRM-1")}${numberCell("B2", 1)}</row><row r="3" s="1" customFormat="1" ht="20" customHeight="1"/>`;
    const path = tempFile(buildXlsx({ sheets: [{ name: PERMOHONAN.name, xml: worksheet(rows, { dimension: "A1:B3" }) }] }));
    const file = await XlsxWorkbookFile.open(path, { replaceFile });
    file.workbook.applyChanges([{ table: PERMOHONAN.name, patches: [], appends: [{ "ID Permohonan": "PRM-2" }] }]);
    await file.save();
    const saved = partsOf(readFileSync(path))["xl/worksheets/sheet1.xml"]!;
    expect(saved).toContain('<row r="3" s="1" customFormat="1" ht="20" customHeight="1"><c r="A3" s="1" t="inlineStr">');
    expect(saved.match(/<row r="3"/g)).toHaveLength(1);
  });
});

describe("a register tab the workbook lacks", () => {
  it("is added as a new tab with a bold frozen header, formats and dropdowns, and opens in exceljs", async () => {
    const path = tempFile(buildXlsx({ sheets: [sharedStylePermohonan(2, 0)] }));
    const file = await XlsxWorkbookFile.open(path, { replaceFile });
    file.workbook.ensureTable("Hasil Asesmen", ["ID Permohonan", "Kode Unit", "Hasil", "Asesor", "Tanggal Asesmen", "Catatan"]);
    file.workbook.applyChanges([{ table: "Hasil Asesmen", patches: [], appends: [{ "ID Permohonan": "PRM-2026-00001", "Kode Unit": "N.821100.001.01", Hasil: "K", "Tanggal Asesmen": dateCell("2026-11-20" as LocalDate) }] }]);
    expect(await file.save()).toBe(10);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet("Hasil Asesmen")!;
    expect(book.worksheets.map((w) => w.name)).toEqual([PERMOHONAN.name, "Hasil Asesmen"]);
    expect(sheet.getCell("A1").font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getCell("E2").value).toEqual(new Date(Date.UTC(2026, 10, 20)));
    expect(sheet.getCell("E2").numFmt).toBe("dd/mm/yyyy");
    const hasil = (sheet as unknown as { dataValidations: { model: Record<string, { formulae: string[]; errorStyle?: string }> } }).dataValidations.model;
    expect(Object.values(hasil).map((v) => v.formulae[0])).toContain('"K,BK"');
    const parts = partsOf(readFileSync(path));
    expect(parts["xl/workbook.xml"]).toMatch(/<sheet name="Hasil Asesmen" sheetId="2" r:id="rId\d+"\/>/);
    expect(parts["[Content_Types].xml"]).toContain('PartName="/xl/worksheets/sheet2.xml"');
  });
});

describe("a tab whose name differs from the register's only in case", () => {
  it("is not created twice: the save is refused with what to rename, the file kept", async () => {
    const sheet = sharedStylePermohonan(2, 0);
    const path = tempFile(buildXlsx({ sheets: [{ ...sheet, name: "permohonan" }] }));
    const before = readFileSync(path);
    const file = await XlsxWorkbookFile.open(path, { replaceFile });
    file.workbook.ensureTable(PERMOHONAN.name, ["ID Permohonan", "Status"]);
    const error = (await file.save().catch((e: unknown) => e)) as LocalFileError;
    expect([error.code, error.message]).toEqual(["INVALID", expect.stringMatching(/sudah ada tab "permohonan".*ganti nama tab itu menjadi "Permohonan"/)]);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe("saving twice from one opened file", () => {
  it("writes only what changed since the first save", async () => {
    const path = tempFile(buildXlsx({ sheets: [sharedStylePermohonan(3, 0)] }));
    const file = await XlsxWorkbookFile.open(path, { replaceFile });
    file.workbook.applyChanges([patch("PRM-2026-00001", 0, { "Status Tercatat": "Diterima" })]);
    expect(await file.save()).toBe(1);
    file.workbook.applyChanges([patch("PRM-2026-00002", 1, { "Status Tercatat": "Diterima" })]);
    expect(await file.save()).toBe(1);
    const again = (await XlsxWorkbookFile.open(path)).workbook.readTable(PERMOHONAN.name)!;
    expect(again.rows.map((r) => r[again.headers.indexOf("Status Tercatat")])).toEqual(["Diterima", "Diterima", null]);
  });
});
