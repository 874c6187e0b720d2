// A spreadsheet laid out by release 0.1 (version 1: no Layanan) in Apps Script: a re-run of
// "Siapkan / perbarui register" or the daily sweep migrates it once, keeping every cell there was.
import { describe, expect, it } from "vitest";
import { isBlankCell, plainOfCell } from "./fake/cells";
import type { GasRuntime } from "./harness";
import { addApplications, application, expectOk, newOffice } from "./office";

const NEW_TABS = ["Dokumen Kasus", "Layanan", "Jenis Dokumen", "Kolom Kasus"];
const CASE_TABS = ["Surat Masuk", "Surat Keluar", "Pengaduan", "Banding"];

/** Deletes the data rows of a tab whose `header` cell fails `keep`, bottom up. */
function keepRows(rt: GasRuntime, tab: string, header: string, keep: (value: unknown) => boolean): void {
  const sheet = rt.sheet(tab);
  const column = rt.column(tab, header);
  for (let r = sheet.getLastRow(); r >= 2; r -= 1) if (!keep(sheet._plain(r, column))) sheet.deleteRows(r, 1);
}

/** A set-up office taken back to release 0.1's layout, with two applications not yet checked. */
async function versionOneSpreadsheet(): Promise<GasRuntime> {
  const rt = await newOffice();
  const spreadsheet = rt.store.spreadsheet;
  for (const name of [...NEW_TABS, ...CASE_TABS]) spreadsheet.sheets.splice(spreadsheet.sheets.indexOf(rt.sheet(name)), 1);
  keepRows(rt, "Alur", "Kode Alur", (v) => v === "SERTIFIKASI_PNS");
  keepRows(rt, "Alur Transisi", "Kode Alur", (v) => v === "SERTIFIKASI_PNS");
  keepRows(rt, "Pengaturan", "Kunci", (v) => v !== "Versi Buku Kerja");
  addApplications(rt, [application(0), application(1)]);
  return rt;
}

function cellsOf(rt: GasRuntime): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  // Dasbor is the engine's own tab, rewritten whole by every sweep: its figures are not staff's cells.
  for (const sheet of rt.store.spreadsheet.sheets.filter((s) => s.name !== "Dasbor")) {
    sheet.rows.forEach((line, r) => line?.forEach((cell, c) => {
      if (!isBlankCell(cell)) cells.set(`${sheet.name}!R${r + 1}C${c + 1}`, plainOfCell(cell));
    }));
  }
  return cells;
}

function expectMigrated(rt: GasRuntime, before: Map<string, unknown>): void {
  const after = cellsOf(rt);
  // Every cell there was (staff's, and the engine's before this run) is still there, unmoved.
  for (const [key, value] of before) expect(after.get(key), key).toEqual(value);
  const settingsRows = rt.sheet("Pengaturan").getLastRow();
  const added = [...after.keys()].filter((k) => !before.has(k) && !NEW_TABS.some((t) => k.startsWith(`${t}!`)));
  expect(added.filter((k) => k.startsWith("Pengaturan!"))).toEqual([`Pengaturan!R${settingsRows}C1`, `Pengaturan!R${settingsRows}C2`, `Pengaturan!R${settingsRows}C3`]);
  expect(rt.table("Pengaturan").at(-1)).toMatchObject({ Kunci: "Versi Buku Kerja", Nilai: "2" });
  expect(rt.table("Layanan")).toEqual([expect.objectContaining({ "Kode Alur": "SERTIFIKASI_PNS", "Register Kasus": "Permohonan", "SLA Layanan": 30, "Satuan Hari": "Hari Kerja" })]);
  expect(rt.table("Kolom Kasus")).toEqual([]);
  expect(rt.table("Jenis Dokumen")).toEqual([]);
  for (const name of CASE_TABS) expect(rt.store.spreadsheet.getSheetByName(name), name).toBeNull();
}

describe("on a version-1 spreadsheet", () => {
  it("a re-run of set-up migrates it, records the version and adds no shipped service", async () => {
    const rt = await versionOneSpreadsheet();
    const before = cellsOf(rt);
    expectOk(rt.menu("menuSetup"), "set-up");
    expectMigrated(rt, before);
    expect(rt.store.toasts.map((t) => t.message).join("\n")).toContain("Buku kerja diperbarui ke versi 2: tab Dokumen Kasus, Layanan, Jenis Dokumen, Kolom Kasus ditambahkan.");
    expect(rt.sheet("Layanan").frozenRows).toBe(1); // laid out by the same set-up

    const again = cellsOf(rt);
    expectOk(rt.menu("menuSetup"), "second set-up");
    expect(cellsOf(rt)).toEqual(again);
  });

  it("the daily sweep migrates it once and the cases run on without errors", async () => {
    const rt = await versionOneSpreadsheet();
    const before = cellsOf(rt);
    const [first] = rt.runDailyTriggers();
    expectOk(first!, "sweep");
    expectMigrated(rt, before);
    expect(rt.store.logs.join("\n")).toContain("Buku kerja diperbarui ke versi 2");
    expect(rt.table("Permohonan").map((r) => r["Status Tercatat"])).toEqual(["Diterima", "Diterima"]); // checked: no configuration error

    const settled = cellsOf(rt);
    rt.store.logs.length = 0;
    expectOk(rt.runDailyTriggers()[0]!, "second sweep");
    expect(rt.store.logs.join("\n")).not.toContain("Buku kerja diperbarui");
    expect([...cellsOf(rt).keys()].filter((k) => !settled.has(k))).toEqual([]);
  });
});
