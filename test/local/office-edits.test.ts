// Staff edit the local workbook in LibreOffice (format, sort, insert, paste, type), save, run the engine twice:
// every staff value and number format must be as they left it, cell by cell, and the move recorded.
import { afterAll, describe, expect, it, vi } from "vitest";
import { PERMOHONAN, REGISTERS, RIWAYAT } from "../../apps-script/core/registers/catalog";
import { cellDifferences } from "../office/compare";
import { closeLibreOffice, editWithLibreOffice, libreOfficeAvailable, readWithLibreOffice, warnIfNoLibreOffice } from "../office/libreoffice";
import type { Operation, ReadBook, ReadSheet } from "../office/operations";
import { freshWorkbook, runStart, USERS } from "./tried/harness";

// Each test runs the real CLI several times (about 3 s each, more on a loaded 2-core machine).
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const AVAILABLE = libreOfficeAvailable();
warnIfNoLibreOffice("Uji suntingan staf di LibreOffice");

const CASE = "PRM-2026-00001";
const byId = (id: string) => ({ key: { header: "ID Permohonan", value: id } });
const MOVE: Operation = { op: "set", sheet: PERMOHONAN.name, ...byId(CASE), header: "Status", string: "Verifikasi" };
const FONT_10: Operation = { op: "format", sheet: PERMOHONAN.name, range: "A1:AI60", fontSize: 10 };

/** Differences in staff cells between two LibreOffice read-backs, over every register and extra tab. */
function staffDifferences(before: ReadBook, after: ReadBook): string[] {
  const problems: string[] = [];
  for (const name of before.sheetNames) {
    const a = before.sheets[name];
    const b = after.sheets[name];
    if (!a) continue;
    if (!b) {
      problems.push(`tab ${name} hilang`);
      continue;
    }
    const def = REGISTERS.find((r) => r.name === name);
    // Riwayat is the engine's, but append-only: rows already there must stay as they are too.
    const engineColumns = def && def !== RIWAYAT ? def.columns.filter((c) => c.owner === "engine").map((c) => c.header) : [];
    problems.push(...cellDifferences(a, b, { ...(def ? { key: def.key } : {}), except: engineColumns }));
  }
  return problems;
}

function column(sheet: ReadSheet, header: string) {
  const i = sheet.headers.indexOf(header);
  return sheet.rows.slice(1).filter((r) => r.some((c) => c.t !== "empty")).map((r) => r[i]!);
}

function caseCell(book: ReadBook, id: string, header: string) {
  const sheet = book.sheets[PERMOHONAN.name]!;
  const row = sheet.rows.find((r) => r[sheet.headers.indexOf("ID Permohonan")]?.v === id)!;
  return row[sheet.headers.indexOf(header)]!;
}

function appliedMoves(book: ReadBook, id: string): string[] {
  const sheet = book.sheets[RIWAYAT.name]!;
  const h = (name: string) => sheet.headers.indexOf(name);
  return sheet.rows.slice(1)
    .filter((r) => r[h("ID Permohonan")]?.v === id && r[h("Hasil")]?.v === "Diterapkan")
    .map((r) => `${r[h("Dari")]?.v ?? ""}→${r[h("Ke")]?.v}`);
}

/** Pristine sample, the staff edits in LibreOffice, two real `npm start` runs, LibreOffice's read-back. */
async function editThenRunTwice(operations: readonly Operation[], as: string = USERS.petugas) {
  const { path } = await freshWorkbook();
  await editWithLibreOffice(path, operations);
  const before = await readWithLibreOffice(path);
  const first = await runStart(path, as);
  const second = await runStart(path, as);
  const after = await readWithLibreOffice(path);
  return { path, before, after, runs: [first, second] as const };
}

describe.skipIf(!AVAILABLE)("with staff edits saved by LibreOffice Calc as .xlsx", () => {
  afterAll(closeLibreOffice);

  it("a font size over Permohonan A1:AI60 and one Status change: values and formats stay, the move is recorded", async () => {
    const { before, after, runs } = await editThenRunTwice([FONT_10, MOVE]);
    for (const run of runs) {
      expect(run.output).not.toMatch(/Galat tak terduga/);
      expect(run.code, run.output).toBe(0);
    }
    expect(staffDifferences(before, after)).toEqual([]);
    // The tester's cell: "Pengalaman Pelayanan Publik (tahun)" 4 must stay the number 4, in its own format.
    const experience = "Pengalaman Pelayanan Publik (tahun)";
    const was = column(before.sheets[PERMOHONAN.name]!, experience);
    const now = column(after.sheets[PERMOHONAN.name]!, experience);
    expect(now.map((c) => [c.t, c.v, c.fmt])).toEqual(was.map((c) => [c.t, c.v, c.fmt]));
    expect(now.some((c) => c.v === 4)).toBe(true);
    expect(caseCell(after, CASE, "Status Tercatat").v).toBe("Verifikasi");
    expect(caseCell(after, CASE, "Kelayakan").v).toBe("Memenuhi syarat");
    expect(appliedMoves(after, CASE)).toContain("Diterima→Verifikasi");
  });

  it("the same font size over Alur, Skema and Unit Kompetensi: Urutan, SLA and Masa Berlaku stay numbers", async () => {
    const { before, after, runs } = await editThenRunTwice([
      FONT_10,
      { op: "format", sheet: "Alur", range: "A1:J40", fontSize: 10 },
      { op: "format", sheet: "Skema", range: "A1:H10", fontSize: 10 },
      { op: "format", sheet: "Unit Kompetensi", range: "A1:D40", fontSize: 10 },
      MOVE,
    ]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
    expect(staffDifferences(before, after)).toEqual([]);
    for (const [sheet, header] of [["Alur", "Urutan"], ["Alur", "SLA (hari kerja)"], ["Skema", "Masa Berlaku (tahun)"], ["Unit Kompetensi", "No"]] as const) {
      const cells = column(after.sheets[sheet]!, header).filter((c) => c.t !== "empty");
      expect(cells.length, `${sheet} / ${header}`).toBeGreaterThan(0);
      expect(cells.map((c) => c.fmt), `${sheet} / ${header}`).toEqual(column(before.sheets[sheet]!, header).filter((c) => c.t !== "empty").map((c) => c.fmt));
      expect(cells.every((c) => c.t === "value" && !/[DMY]{2}/i.test(c.fmt ?? "")), `${sheet} / ${header}`).toBe(true);
    }
    expect(appliedMoves(after, CASE)).toContain("Diterima→Verifikasi");
  });

  it("sorted by Nama, a staff column inserted, values changed, a row pasted, number formats set: all kept", async () => {
    const newId = "PRM-2026-00020";
    const { before, after, runs } = await editThenRunTwice([
      { op: "format", sheet: PERMOHONAN.name, range: "A1:AI60", fontSize: 10, background: "#FFF2CC" },
      { op: "sort", sheet: PERMOHONAN.name, by: "Nama" },
      { op: "insertColumns", sheet: PERMOHONAN.name, beforeHeader: "Catatan Petugas", headers: ["Catatan Staf"] },
      { op: "set", sheet: PERMOHONAN.name, ...byId("PRM-2026-00003"), header: "Catatan Staf", string: "Telepon dulu sebelum jadwal" },
      { op: "set", sheet: PERMOHONAN.name, ...byId("PRM-2026-00006"), header: "Catatan Staf", number: 2 },
      { op: "set", sheet: PERMOHONAN.name, ...byId("PRM-2026-00007"), header: "Unit Kerja", string: "Biro Organisasi" },
      // A new application typed by pasting a similar row and clearing what the engine filled in.
      { op: "copyRow", sheet: PERMOHONAN.name, fromKey: { header: "ID Permohonan", value: "PRM-2026-00003" }, to: 15 },
      { op: "clear", sheet: PERMOHONAN.name, range: "W15:AI15" },
      { op: "set", sheet: PERMOHONAN.name, row: 15, header: "ID Permohonan", string: newId },
      { op: "set", sheet: PERMOHONAN.name, row: 15, header: "Nama", string: "Tono Sutrisno" },
      { op: "set", sheet: PERMOHONAN.name, row: 15, header: "Status", string: "Diterima" },
      { op: "columnFormat", sheet: PERMOHONAN.name, header: "Pengalaman Pelayanan Publik (tahun)", numberFormat: "0.0" },
      { op: "columnFormat", sheet: PERMOHONAN.name, header: "Tanggal Permohonan", numberFormat: "YYYY-MM-DD" },
      { op: "format", sheet: "Skema", header: "Masa Berlaku (tahun)", numberFormat: "0" },
      MOVE,
    ]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
    expect(before.sheets[PERMOHONAN.name]!.rows[14]![0]!.v).toBe(newId); // the paste landed where the test says
    expect(staffDifferences(before, after)).toEqual([]);
    expect(after.sheets[PERMOHONAN.name]!.headers).toContain("Catatan Staf");
    expect(caseCell(after, "PRM-2026-00003", "Catatan Staf").v).toBe("Telepon dulu sebelum jadwal");
    expect(caseCell(after, CASE, "Status Tercatat").v).toBe("Verifikasi");
    expect(appliedMoves(after, CASE)).toContain("Diterima→Verifikasi");
    expect(caseCell(after, newId, "Status Tercatat").v).toBe("Diterima");
  });
});
