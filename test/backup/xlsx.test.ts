// The .xlsx place with real files: export to Excel, load a local workbook into a new office
// spreadsheet, and workbook → snapshot → workbook.
import ExcelJS from "exceljs";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backup } from "../../sync/backup/commands/backup";
import { diff } from "../../sync/backup/commands/diff";
import { exportXlsx } from "../../sync/backup/commands/export";
import { restore } from "../../sync/backup/commands/restore";
import type { FakeSheetsServer } from "./fake-sheets/server";
import { fakeNik, permohonanRows, riwayatRows } from "./fixtures";
import { FAKE_ID, FAKE_ID_2, options, testContext, withServerAndDir } from "./helpers";

let server: FakeSheetsServer;
let dir: { path: string; cleanup: () => Promise<void> };

withServerAndDir((s, d) => {
  server = s;
  dir = d;
});

/** Independent of the tool: Excel's 1900 serial counted from 1899-12-30. */
const serialDate = (serial: number): Date => new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);

async function open(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("xlsx", () => {
  it("exports a live spreadsheet to a real Excel workbook", async () => {
    server.add(FAKE_ID, "Register Uji", [
      { title: "Permohonan", rows: permohonanRows(5) },
      { title: "Catatan", rows: [["Kunci", "Nilai"], ["teks", { literal: "=bukan rumus" }]] },
    ]);
    const file = join(dir.path, "ekspor.xlsx");
    const t = testContext(server);
    expect(await exportXlsx([`sheets:${FAKE_ID}`, file], options(), t.ctx)).toBe(0);
    const workbook = await open(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Permohonan", "Catatan"]);
    const sheet = workbook.getWorksheet("Permohonan")!;
    expect(sheet.getCell("A1").value).toBe("ID Permohonan");
    expect(sheet.getCell("A2").value).toBe("P-2026-0001");
    expect(sheet.getCell("E2").value).toBe(fakeNik(1)); // NIK stays text: leading digits intact
    const tanggal = sheet.getCell("B2").value as Date;
    expect(tanggal).toBeInstanceOf(Date);
    expect(tanggal.toISOString()).toBe(serialDate(46024).toISOString());
    expect(sheet.getCell("AA2").formula).toBe("M2*2");
    expect(sheet.getCell("AA2").result).toBe(4);
    expect(workbook.getWorksheet("Catatan")!.getCell("B2").value).toBe("=bukan rumus");
    // Refuses to overwrite without --yes.
    await expect(exportXlsx([`sheets:${FAKE_ID}`, file], options(), t.ctx)).rejects.toMatchObject({ code: "EXISTS" });
    expect(await exportXlsx([`sheets:${FAKE_ID}`, file], options({ yes: true }), t.ctx)).toBe(0);
  });

  it("loads a local workbook into a new office spreadsheet", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Libur");
    sheet.addRow(["Tanggal", "Jenis", "Keterangan", "Dasar Hukum"]);
    sheet.addRow([new Date(Date.UTC(2026, 0, 1)), "Libur Nasional", "Tahun Baru 2026 Masehi", "SKB 3 Menteri"]);
    sheet.addRow([new Date(Date.UTC(2026, 2, 20)), "Cuti Bersama", "Idul Fitri", "SKB 3 Menteri"]);
    const hitung = workbook.addWorksheet("Hitung");
    hitung.addRow(["a", "b", "jumlah"]);
    hitung.addRow([2, 3, { formula: "A2+B2", result: 5 }]);
    const file = join(dir.path, "kantor.xlsx");
    await workbook.xlsx.writeFile(file);
    server.add(FAKE_ID_2, "Kantor Baru", [{ title: "Sheet1" }]);

    expect(await restore([file, `sheets:${FAKE_ID_2}`], options({ yes: true }), testContext(server).ctx)).toBe(0);
    expect(server.grid(FAKE_ID_2, "Libur", "UNFORMATTED_VALUE")).toEqual([
      ["Tanggal", "Jenis", "Keterangan", "Dasar Hukum"],
      [46023, "Libur Nasional", "Tahun Baru 2026 Masehi", "SKB 3 Menteri"],
      [46101, "Cuti Bersama", "Idul Fitri", "SKB 3 Menteri"],
    ]);
    expect(serialDate(46101).toISOString().slice(0, 10)).toBe("2026-03-20");
    expect(server.grid(FAKE_ID_2, "Hitung", "FORMULA")[1]).toEqual([2, 3, "=A2+B2"]);
    expect(server.grid(FAKE_ID_2, "Hitung", "UNFORMATTED_VALUE")[1]).toEqual([2, 3, 5]);
  });

  it("goes workbook → snapshot → workbook without a difference", async () => {
    server.add(FAKE_ID, "Register Uji", [
      { title: "Permohonan", rows: permohonanRows(12) },
      { title: "Riwayat", rows: riwayatRows(12) },
    ]);
    const first = join(dir.path, "satu.xlsx");
    const second = join(dir.path, "dua.xlsx");
    const t = testContext(server);
    await exportXlsx([`sheets:${FAKE_ID}`, first], options(), t.ctx);
    const folder = join(dir.path, "cadangan");
    await backup([first, folder], options(), t.ctx);
    const snapshot = join(folder, (await readdir(folder))[0]!);
    expect(await restore([snapshot, second], options({ yes: true }), t.ctx)).toBe(0);
    const compare = testContext(server);
    expect(await diff([first, second], options(), compare.ctx)).toBe(0);
    expect(await diff([`sheets:${FAKE_ID}`, second], options(), compare.ctx)).toBe(0);
    expect(compare.out.at(-1)).toBe("Tidak ada perbedaan.");
  });

  it("restores one tab into an existing workbook, keeping its other sheets", async () => {
    server.add(FAKE_ID, "Register Uji", [{ title: "Riwayat", rows: riwayatRows(6) }]);
    const file = join(dir.path, "lokal.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Lain").addRow(["tetap", 1]);
    const riwayat = workbook.addWorksheet("Riwayat");
    for (let i = 0; i < 10; i++) riwayat.addRow([`lama ${i}`]);
    await workbook.xlsx.writeFile(file);
    expect(await restore([`sheets:${FAKE_ID}`, file], options({ yes: true }), testContext(server).ctx)).toBe(0);
    const after = await open(file);
    expect(after.getWorksheet("Lain")!.getRow(1).values).toEqual([undefined, "tetap", 1]);
    const compare = testContext(server);
    expect(await diff([`sheets:${FAKE_ID}`, file], options({ tabs: ["Riwayat"] }), compare.ctx)).toBe(0);
  });

  it("says clearly when a file is not a workbook", async () => {
    const file = join(dir.path, "rusak.xlsx");
    await writeFile(file, "bukan zip");
    await expect(backup([file, join(dir.path, "c")], options(), testContext(server).ctx)).rejects.toMatchObject({ code: "CORRUPT" });
  });
});
