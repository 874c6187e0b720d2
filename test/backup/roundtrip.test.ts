// Live → snapshot → live gives back the same values and formulas, in a constant number of requests.
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backup } from "../../sync/backup/commands/backup";
import { restore } from "../../sync/backup/commands/restore";
import type { FakeSheetsServer } from "./fake-sheets/server";
import { permohonanRows, riwayatRows, skemaRows } from "./fixtures";
import { FAKE_ID, FAKE_ID_2, options, testContext, withServerAndDir } from "./helpers";

let server: FakeSheetsServer;
let dir: { path: string; cleanup: () => Promise<void> };

withServerAndDir((s, d) => {
  server = s;
  dir = d;
});

async function onlySnapshot(folder: string): Promise<string> {
  const names = (await readdir(folder)).filter((n) => !n.startsWith("."));
  expect(names).toHaveLength(1);
  return join(folder, names[0]!);
}

describe("round trip live → snapshot → live", () => {
  it("restores identical values and formulas into an empty spreadsheet", async () => {
    server.add(FAKE_ID, "Register Uji", [
      { title: "Permohonan", rows: permohonanRows(30) },
      { title: "Riwayat", rows: riwayatRows(50) },
      { title: "Skema", rows: skemaRows() },
      // Text that only looks like a formula or a number must stay text.
      { title: "Catatan's", rows: [["Kunci", "Nilai"], ["a", "0012"], ["b", { literal: "=bukan rumus" }], ["c", true], ["d", "=SUM(B6:B7)"], ["e", 1.5], ["f", 2.25]] },
    ]);
    server.add(FAKE_ID_2, "Kantor Baru", [{ title: "Sheet1", rows: [] }]);
    const t = testContext(server);

    expect(await backup([`sheets:${FAKE_ID}`, dir.path], options(), t.ctx)).toBe(0);
    const snapshot = await onlySnapshot(dir.path);
    expect(await restore([snapshot, `sheets:${FAKE_ID_2}`], options({ yes: true }), t.ctx)).toBe(0);

    for (const tab of ["Permohonan", "Riwayat", "Skema", "Catatan's"]) {
      expect(server.grid(FAKE_ID_2, tab, "FORMULA")).toEqual(server.grid(FAKE_ID, tab, "FORMULA"));
      expect(server.grid(FAKE_ID_2, tab, "UNFORMATTED_VALUE")).toEqual(server.grid(FAKE_ID, tab, "UNFORMATTED_VALUE"));
    }
    // The formula came back as a formula (its value is computed by the server, not copied).
    expect(server.grid(FAKE_ID_2, "Catatan's", "FORMULA")[4]).toEqual(["d", "=SUM(B6:B7)"]);
    expect(server.grid(FAKE_ID_2, "Catatan's", "UNFORMATTED_VALUE")[4]).toEqual(["d", 3.75]);
    expect(server.grid(FAKE_ID_2, "Catatan's", "UNFORMATTED_VALUE")[1]).toEqual(["a", "0012"]);
    expect(server.grid(FAKE_ID_2, "Catatan's", "UNFORMATTED_VALUE")[2]).toEqual(["b", "=bukan rumus"]);
    expect(server.isFormula(FAKE_ID_2, "Catatan's", 2, 1)).toBe(false);
    expect(server.isFormula(FAKE_ID_2, "Catatan's", 4, 1)).toBe(true);
    // Every register formula came back as a formula too.
    expect(server.isFormula(FAKE_ID_2, "Permohonan", 5, 26)).toBe(true);
  });

  it("backs up with a constant number of requests whatever the number of tabs and rows", async () => {
    const tabs = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Tab ${i + 1}`, rows: riwayatRows(20 + i * 10) }));
    server.add(FAKE_ID, "Tiga tab", tabs(3));
    server.add(FAKE_ID_2, "Dua belas tab", tabs(12));
    const t = testContext(server);
    await backup([`sheets:${FAKE_ID}`, join(dir.path, "a")], options(), t.ctx);
    const few = server.count();
    await backup([`sheets:${FAKE_ID_2}`, join(dir.path, "b")], options(), t.ctx);
    const many = server.count() - few;
    // Metadata + one FORMULA batch read; no formulas here, so no computed-value read.
    expect(few).toBe(2);
    expect(many).toBe(2);
    expect(server.requests.map((r) => r.op)).toEqual(["get", "batchGet", "get", "batchGet"]);
  });

  it("splits a read only where the size limit requires", async () => {
    server.add(FAKE_ID, "Besar", [{ title: "Riwayat", rows: riwayatRows(999), columnCount: 9 }]);
    const t = testContext(server, { sheets: { maxCellsPerRead: 3_600 } });
    await backup([`sheets:${FAKE_ID}`, dir.path], options(), t.ctx);
    // 1000 rows × 9 columns = 9,000 cells, 400 rows a slice → 3 slices, each its own batchGet.
    expect(server.count("batchGet")).toBe(3);
    const snapshot = await onlySnapshot(dir.path);
    server.add(FAKE_ID_2, "Kosong", [{ title: "Sheet1" }]);
    await restore([snapshot, `sheets:${FAKE_ID_2}`], options({ yes: true }), testContext(server).ctx);
    expect(server.grid(FAKE_ID_2, "Riwayat")).toEqual(server.grid(FAKE_ID, "Riwayat"));
  });
});
