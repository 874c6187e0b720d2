// Tried cases of issue 8 about text: NIK/NIP echoed in messages, control characters, Excel's cell-length limit.
import { unzipSync, zipSync, strFromU8, strToU8 } from "fflate";
import { readFileSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it, vi } from "vitest";
import { editWorkbook } from "../../office/edit";
import { closeLibreOffice, libreOfficeAvailable, readWithLibreOffice } from "../../office/libreoffice";
import type { Operation } from "../../office/operations";
import { freshWorkbook, runStart, USERS } from "./harness";
import { caseRow, engineWrittenText, openBook, PERSONAL_NUMBER } from "./registers";

// Each test runs the real CLI several times (about 3 s each, more on a loaded 2-core machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

afterAll(closeLibreOffice);

const key = (value: string) => ({ header: "ID Permohonan", value });
const set = (caseId: string, header: string, string: string): Operation => ({ op: "set", sheet: "Permohonan", key: key(caseId), header, string });
const NIK = "3174015502900002"; // PRM-2026-00001's own NIK
const NIP = "199002152015032002"; // and NIP
const EXCEL_CELL_LIMIT = 32_767; // characters: https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3

describe("with a NIK or NIP typed where it does not belong", () => {
  it.each([
    { where: "a NIK pasted into Kode Skema", ops: [set("PRM-2026-00001", "Kode Skema", NIK)] },
    { where: "a NIK pasted into Dokumen Diserahkan", ops: [set("PRM-2026-00001", "Dokumen Diserahkan", `KTP, ${NIK}, CV`)] },
    { where: "a NIP typed into Status", ops: [set("PRM-2026-00001", "Status", NIP)] },
    { where: "a NIK with spaces typed into Status", ops: [set("PRM-2026-00001", "Status", "3174 0155 0290 0002")] },
  ])("$where: no such number in any engine-written cell, nor in the output", async ({ ops }) => {
    const { path } = await freshWorkbook();
    await editWorkbook(path, ops);
    const run = await runStart(path, USERS.petugas);
    expect(run.code, run.output).toBe(0);
    expect((await engineWrittenText(path)).filter((t) => PERSONAL_NUMBER.test(t))).toEqual([]);
    expect(run.output).not.toMatch(PERSONAL_NUMBER);
  });
});

describe("with control characters in a cell", () => {
  it.each([
    { name: "BEL", char: "\u0007" },
    { name: "NUL", char: "\u0000" },
  ])("a $name in Nama: the workbook still opens in LibreOffice and exceljs after the run, and the cell is named", async ({ char }) => {
    const { path } = await freshWorkbook();
    // The case also moves on, so its name goes into a new letter and its Surat row.
    await editWorkbook(path, [set("PRM-2026-00001", "Nama", `Rina${char} Kartika`), set("PRM-2026-00001", "Status", "Verifikasi")]);
    const run = await runStart(path, USERS.petugas);
    expect(run.code, run.output).toBe(0);
    await expect(openBook(path)).resolves.toBeDefined();
    if (libreOfficeAvailable()) expect((await readWithLibreOffice(path, ["Permohonan", "Surat"])).sheets.Surat).not.toBeNull();
    expect(String((await caseRow(path, "PRM-2026-00001"))["Catatan Validasi"] ?? ""), run.output).toMatch(/Nama/);
  });

  it("a workbook with one raw control character in its XML is not refused whole: the sheet and cell are named", async () => {
    const { path } = await freshWorkbook();
    // As another tool writes it: a raw U+0001 inside Joko Susilo's name (PRM-2026-00006, cell C7).
    // The name is in the shared strings or inline in the sheet, depending on the writer.
    const files = unzipSync(readFileSync(path));
    const part = Object.keys(files).find((name) => name.startsWith("xl/") && name.endsWith(".xml") && strFromU8(files[name]!).includes("Joko Susilo"));
    expect(part).toBeDefined();
    files[part!] = strToU8(strFromU8(files[part!]!).replace("Joko Susilo", "Joko\u0001Susilo"));
    writeFileSync(path, zipSync(files));
    const run = await runStart(path, USERS.petugas);
    expect(run.code, run.output).toBe(0);
    // Named by its case (or sheet row) and column (or cell); the file may still hold the
    // character, which is staff data, so the run's own report is what is checked.
    const named = run.output.split("\n").filter((l) => /PRM-2026-00006|Permohonan[^\n]*\b(C7|baris 7)\b/.test(l) && /Nama|\bC7\b/.test(l));
    expect(named, run.output).not.toEqual([]);
  });
});

describe("with very long text staff typed", () => {
  it("no engine-written cell is longer than Excel's 32,767 characters", async () => {
    const { path } = await freshWorkbook();
    await editWorkbook(path, [
      // A name that fits a cell, but not with the letter's "Sdr. … (instansi)" around it in Surat.
      set("PRM-2026-00001", "Nama", "A".repeat(32_760)),
      set("PRM-2026-00001", "Status", "Verifikasi"),
      // An unknown scheme code that a message would quote whole.
      set("PRM-2026-00006", "Kode Skema", `SKEMA-${"X".repeat(32_755)}`),
    ]);
    const run = await runStart(path, USERS.petugas);
    expect(run.code, run.output.slice(0, 2000)).toBe(0);
    const tooLong = (await engineWrittenText(path)).filter((t) => t.length > EXCEL_CELL_LIMIT).map((t) => `${t.slice(0, 40)}… (${t.length})`);
    expect(tooLong).toEqual([]);
  });
});
