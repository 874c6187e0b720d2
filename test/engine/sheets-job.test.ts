// The engine against a live spreadsheet through googleapis, served by the loopback fake Sheets server.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isDateCell } from "../../apps-script/core/ports";
import { SheetsPlace } from "../../sync/backup/places/sheets-place";
import { runSheetsJob, serialToDateCell } from "../../sync/engine/sheets-job";
import { clockAt, makeApplication, makeOffice } from "../factories";
import { startFakeSheets, type FakeSheetsServer } from "../backup/fake-sheets/server";
import { FAKE_ID, testContext } from "../backup/helpers";
import { toDayNumber } from "../../apps-script/core/time/local-date";

let server: FakeSheetsServer;
beforeEach(async () => {
  server = await startFakeSheets();
});
afterEach(async () => {
  await server.close();
});

const serial = (date: string) => toDayNumber(date as Parameters<typeof toDayNumber>[0]) - toDayNumber("1899-12-30" as Parameters<typeof toDayNumber>[0]);

/** Seeds the fake spreadsheet with a sample office, dates as serial numbers like the API stores them. */
function seedOffice(applications: ReturnType<typeof makeApplication>[]) {
  const office = makeOffice(applications);
  server.add(FAKE_ID, "Register Uji", office.tableNames().map((name) => {
    const t = office.readTable(name)!;
    const rows = t.rows.map((r) => r.map((c) => (isDateCell(c) ? serial(c.date) : typeof c === "string" && c.startsWith("=") ? { literal: c } : c)));
    return { title: name, rows: [t.headers, ...rows] };
  }));
}

function place() {
  const t = testContext(server);
  return new SheetsPlace(FAKE_ID, "write", t.ctx.sheets, t.ctx.sheetsOptions);
}

function column(tab: string, header: string): unknown[] {
  const grid = server.grid(FAKE_ID, tab, "UNFORMATTED_VALUE");
  const i = (grid[0] as unknown[]).indexOf(header);
  return grid.slice(1).map((r) => r[i] ?? null);
}

describe("the engine on a live spreadsheet (Sheets API)", () => {
  it("reads every register in one batch, writes only changed cells, and converges", async () => {
    seedOffice([makeApplication(), makeApplication({ "ID Permohonan": "PRM-2026-00002", Nama: "=1+1", NIP: "123" })]);
    const first = await runSheetsJob(place(), { actorEmail: null, clock: clockAt("2026-11-03") });
    expect(first.summary.configErrors).toEqual([]);
    expect(column("Permohonan", "Status Tercatat")).toEqual(["Diterima", "Diterima"]);
    expect(column("Permohonan", "Tenggat Langkah")[0]).toBe(serial("2026-11-09"));
    expect(String(column("Permohonan", "Catatan Validasi")[1])).toMatch(/^Nama: tidak boleh diawali.*NIP: NIP harus 18 digit/);
    expect(server.isFormula(FAKE_ID, "Permohonan", 2, 2)).toBe(false); // "=1+1" stays text
    expect(column("Riwayat", "Ke")).toEqual(["Diterima", "Diterima"]);
    expect(server.count("batchGet")).toBeLessThanOrEqual(6); // read + verification read
    expect(server.count("valuesBatchUpdate")).toBeGreaterThan(0);

    const writesBefore = server.count("valuesBatchUpdate");
    const second = await runSheetsJob(place(), { actorEmail: null, clock: clockAt("2026-11-03", "10:00") });
    expect(second.cellsWritten).toBe(0);
    expect(server.count("valuesBatchUpdate")).toBe(writesBefore);
  });

  it("writes nothing when staff sort the register while the engine runs", async () => {
    seedOffice([makeApplication(), makeApplication({ "ID Permohonan": "PRM-2026-00002" })]);
    const p = place();
    const realRead = p.read.bind(p);
    let reads = 0;
    p.read = async (options) => {
      reads += 1;
      if (reads === 2) {
        const sheet = server.book(FAKE_ID).sheets.find((s) => s.title === "Permohonan")!;
        sheet.cells = [sheet.cells[0]!, ...sheet.cells.slice(1).reverse()];
      }
      return realRead(options);
    };
    await expect(runSheetsJob(p, { actorEmail: null, clock: clockAt("2026-11-03") })).rejects.toThrow(/diubah .* tidak ada yang ditulis/);
    expect(server.count("valuesBatchUpdate")).toBe(0);
    expect(column("Permohonan", "Status Tercatat")).toEqual([null, null]);
  });

  it("converts serial numbers to calendar dates without a time zone", () => {
    expect(serialToDateCell(serial("2026-03-12"), false)).toEqual({ kind: "date", date: "2026-03-12" });
    expect(serialToDateCell(serial("2026-03-12") + 0.75, true)).toEqual({ kind: "date", date: "2026-03-12", minuteOfDay: 18 * 60 });
  });
});
