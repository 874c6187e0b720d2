// restore into a local .xlsx by rows: --id overwrites a case in place and appends a missing one,
// a whole-tab restore empties the rows the backup lacks, and a workbook that does not exist yet
// (export, or a restore into a missing file) is made by the same surgical writer.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diff } from "../../sync/backup/commands/diff";
import { exportXlsx } from "../../sync/backup/commands/export";
import { restore } from "../../sync/backup/commands/restore";
import { headersOf, type Tab } from "../../sync/backup/model";
import { buildXlsx, cellsOf, libreOfficeStyles, loXf, sharedStylePermohonan } from "../local/xlsx/fixtures";
import { columnLetters } from "../office/compare";
import { readWithExcelJs } from "../office/exceljs-read";
import { localContext, options, tempDir } from "./helpers";
import { changedCells, entriesOf, partsText, put, snapshotOf, tabOf, xfsOf } from "./xlsx-files";

const PENGALAMAN = "Pengalaman Pelayanan Publik (tahun)";

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => void (dir = await tempDir()));
afterEach(async () => dir.cleanup());

describe("with a LibreOffice-shaped Permohonan of 20 cases sharing one style", () => {
  const SHARED = 1;
  async function sharedStyleTarget(): Promise<string> {
    const path = join(dir.path, "sertifikasi.xlsx");
    await writeFile(path, buildXlsx({ sheets: [sharedStylePermohonan(20, SHARED)], styles: libreOfficeStyles([loXf(164), loXf(164, 1)]) }));
    return path;
  }

  it("--id restores the chosen case in place and appends a missing one, touching no other cell", async () => {
    const target = await sharedStyleTarget();
    const tab = await tabOf(target, "Permohonan");
    const col = (h: string) => headersOf(tab).indexOf(h);
    put(tab, 5, col("Nama"), "Peserta Lima (cadangan)"); // PRM-2026-00005
    put(tab, 6, col("Nama"), "Tidak dipilih"); // PRM-2026-00006 differs too, but is not asked for
    const extra = [...tab.rows[1]!];
    extra[col("ID Permohonan")] = "PRM-2026-00099";
    extra[col("Tanggal Permohonan")] = 46300;
    tab.rows.push(extra);
    const before = partsText(await entriesOf(target));
    const ids = ["PRM-2026-00005", "PRM-2026-00099"];
    const t = localContext();
    expect(await restore([await snapshotOf(dir.path, tab), target], options({ yes: true, ids }), t.ctx)).toBe(0);
    expect(t.out.join("\n")).toContain("1 baris diubah (PRM-2026-00005), 1 baris ditambahkan (PRM-2026-00099)");
    const after = partsText(await entriesOf(target));
    const changed = changedCells(before["xl/worksheets/sheet1.xml"]!, after["xl/worksheets/sheet1.xml"]!);
    const letter = (h: string) => columnLetters(col(h));
    const appended = [...cellsOf(after["xl/worksheets/sheet1.xml"]!).keys()].filter((ref) => /^[A-Z]+22$/.test(ref));
    expect(changed).toEqual([`${letter("Nama")}6`, ...appended].sort());
    expect(appended.sort()).toEqual(["ID Permohonan", "Tanggal Permohonan", "Nama", PENGALAMAN, "Status"].map((h) => `${letter(h)}22`).sort());
    const cells = cellsOf(after["xl/worksheets/sheet1.xml"]!);
    expect(cells.get(`${letter(PENGALAMAN)}22`)).toBe(`<c r="${letter(PENGALAMAN)}22"><v>4</v></c>`);
    expect(cells.get(`${letter("Tanggal Permohonan")}22`)).toMatch(/s="2"><v>46300<\/v>/);
    expect(xfsOf(after["xl/styles.xml"]!).slice(0, 2)).toEqual(xfsOf(before["xl/styles.xml"]!));
    const now = await tabOf(target, "Permohonan");
    expect(now.rows[5]).toEqual(tab.rows[5]);
    expect(now.rows[6]![col("Nama")]).toBe("Peserta 6");
    expect(now.rows[21]).toEqual(extra);
  });

  it("a whole-tab restore empties the rows the backup does not have, keeping their style, and no other row changes", async () => {
    const target = await sharedStyleTarget();
    const tab = await tabOf(target, "Permohonan");
    tab.rows.length = 16; // the backup has 15 cases; the workbook has 5 pasted after them
    const before = partsText(await entriesOf(target));
    const t = localContext();
    expect(await restore([await snapshotOf(dir.path, tab), target], options({ yes: true }), t.ctx)).toBe(0);
    expect(t.out).toContain("  - Permohonan: kosongkan baris 17–21");
    const after = partsText(await entriesOf(target));
    const [a, b] = [cellsOf(before["xl/worksheets/sheet1.xml"]!), cellsOf(after["xl/worksheets/sheet1.xml"]!)];
    for (const [ref, xml] of a) {
      const row = Number(/\d+$/.exec(ref)![0]);
      if (row <= 16) expect(b.get(ref), ref).toBe(xml);
      else expect(b.get(ref), ref).toBe(`<c r="${ref}" s="${SHARED}"/>`);
    }
    expect(await diff([await snapshotOf(dir.path, tab), target], options(), localContext().ctx)).toBe(0);
  });
});

describe("with no workbook yet (export, or a restore into a missing file)", () => {
  it("a new workbook holds every tab as the backup has it: header numbers and formulas too, register dates as dates", async () => {
    const rekap: Tab = {
      name: "Rekap",
      rows: [[2026, "Jumlah", 3], [1, 2, 3], [true, "=bukan rumus"]],
      formulas: new Map([[0, new Map([[2, "=A2+B2"]])], [1, new Map([[2, "=A2+B2"]])]]),
    };
    const riwayat: Tab = { name: "Riwayat", rows: [["ID Riwayat", "Waktu"], ["R-00001", 46024.5], ["R-00002", 46024.5 + 1 / 86_400]], formulas: new Map() };
    const snapshot = await snapshotOf(dir.path, rekap, riwayat);
    const file = join(dir.path, "ekspor.xlsx");
    const t = localContext();
    expect(await exportXlsx([snapshot, file], options(), t.ctx)).toBe(0);
    const read = await readWithExcelJs(file);
    expect(read.sheetNames).toEqual(["Rekap", "Riwayat"]);
    expect(read.sheets["Rekap"]!.rows.map((r) => r.map((c) => (c.t === "formula" ? c.f : c.v)))).toEqual([
      [2026, "Jumlah", "=A2+B2"],
      [1, 2, "=A2+B2"],
      [1, "=bukan rumus", null],
    ]);
    // A time to the minute is a date-time cell; one with seconds keeps its exact serial.
    const waktu = read.sheets["Riwayat"]!.rows.map((r) => r[1]!);
    expect(waktu[1]).toEqual({ t: "value", v: 46024.5, fmt: "dd/mm/yyyy hh:mm" });
    expect(waktu[2]!.v).toBeCloseTo(46024.5 + 1 / 86_400, 9);
    expect(await diff([snapshot, file], options(), localContext().ctx)).toBe(0);
    const missing = join(dir.path, "baru.xlsx");
    expect(await restore([snapshot, missing], options({ yes: true }), localContext().ctx)).toBe(0);
    expect(await diff([snapshot, missing], options(), localContext().ctx)).toBe(0);
  });
});
