// Tab Dasbor on a live spreadsheet (issue 12): the `--spreadsheet` run rewrites it from the same grid
// the Apps Script sweep writes, through googleapis against the loopback fake Sheets server, in the
// run's one value write; a tab it creates gets the four charts set-up makes, in the addSheet's batch.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { currentDashboard, type DashboardFigures } from "../../apps-script/core/engine/dashboard";
import { DASHBOARD_CHARTS, DASHBOARD_TAB, dashboardGrid } from "../../apps-script/core/engine/dashboard-grid";
import { MemoryWorkbook } from "../../apps-script/core/memory-workbook";
import type { Clock } from "../../apps-script/core/ports";
import { KOLOM_KASUS, PERMOHONAN, REGISTERS } from "../../apps-script/core/registers/catalog";
import { registerResolver } from "../../apps-script/core/registers/case-registers";
import { SheetsPlace } from "../../sync/backup/places/sheets-place";
import { toSheetCell } from "../../sync/engine/sheet-cells";
import { dashboardWrite } from "../../sync/engine/sheets-dashboard";
import { runSheetsJob, tabToRawTable } from "../../sync/engine/sheets-job";
import { formatSheetsSummary, spreadsheetJson } from "../../sync/local/cli-summary";
import { dashboardLines } from "../../sync/local/dashboard-view";
import { sampleTables } from "../../sync/local/sample-workbook";
import { startFakeSheets, type FakeSheetsServer } from "../backup/fake-sheets/server";
import { FAKE_ID, testContext } from "../backup/helpers";
import { clockAt, makeApplication, makeOffice } from "../factories";

let server: FakeSheetsServer;
beforeEach(async () => {
  server = await startFakeSheets();
});
afterEach(async () => {
  await server.close();
});

const CLOCK = clockAt("2026-11-20", "10:00");

/** Seeds the fake with tables as the API stores them (dates as serial numbers, "=" text as text). */
function seed(tables: readonly { name: string; headers: readonly string[]; rows: readonly (readonly unknown[])[] }[]): void {
  server.add(FAKE_ID, "Register Uji", tables.map((t) => ({
    title: t.name,
    rows: [t.headers, ...t.rows.map((r) => r.map((c) => {
      const cell = toSheetCell(c as Parameters<typeof toSheetCell>[0]);
      return typeof cell === "string" && cell.startsWith("=") ? { literal: cell } : cell;
    }))],
  })));
}

function place(): SheetsPlace {
  const t = testContext(server);
  return new SheetsPlace(FAKE_ID, "write", t.ctx.sheets, t.ctx.sheetsOptions);
}

/** The spreadsheet's registers as the fake holds them now, read back into a workbook. */
function workbookOnServer(): MemoryWorkbook {
  const book = server.book(FAKE_ID);
  const grid = (title: string) => server.grid(FAKE_ID, title, "UNFORMATTED_VALUE") as (string | number | boolean | null)[][];
  const kolom = book.sheets.some((s) => s.title === KOLOM_KASUS.name) ? tabToRawTable({ name: KOLOM_KASUS.name, rows: grid(KOLOM_KASUS.name), formulas: new Map() }) : null;
  const defOf = registerResolver(kolom);
  return new MemoryWorkbook(book.sheets.filter((s) => s.title !== DASHBOARD_TAB).map((s) => tabToRawTable({ name: s.title, rows: grid(s.title), formulas: new Map() }, defOf)));
}

/** Rows without trailing blanks, trailing empty rows dropped: what the API answers for a range. */
function trimmed(rows: readonly (readonly unknown[])[]): unknown[][] {
  const out = rows.map((r) => {
    const row = r.map((c) => (c === "" || c === undefined ? null : c));
    while (row.length > 0 && row.at(-1) === null) row.pop();
    return row;
  });
  while (out.length > 0 && out.at(-1)!.length === 0) out.pop();
  return out;
}

/** What tab Dasbor must hold: the grid of the figures computed on the spreadsheet's own data. */
function expectedDasbor(clock: Clock): { figures: DashboardFigures; rows: unknown[][] } {
  const figures = currentDashboard(workbookOnServer(), clock);
  expect(figures).not.toBeNull();
  return { figures: figures!, rows: trimmed(dashboardGrid(figures!).map((line) => line.map(toSheetCell))) };
}

const dasbor = (): unknown[][] => trimmed(server.grid(FAKE_ID, DASHBOARD_TAB, "UNFORMATTED_VALUE"));
const sheet = (title: string) => server.book(FAKE_ID).sheets.find((s) => s.title === title);

describe("tab Dasbor written by the --spreadsheet run", () => {
  it("creates the tab with the sweep's grid and its four charts, in the run's one value write and one structure batch", async () => {
    seed(sampleTables(CLOCK));
    expect(sheet(DASHBOARD_TAB)).toBeUndefined();
    const result = await runSheetsJob(place(), { actorEmail: null, clock: CLOCK });
    expect(result.summary.configErrors).toEqual([]);

    const expected = expectedDasbor(CLOCK);
    expect(dasbor()).toEqual(expected.rows);
    expect(result.dashboard).toEqual(expected.figures);
    // The sample has cases, finished cases and survey answers: figures a broken read would lose.
    expect(expected.figures.services.reduce((n, s) => n + s.total, 0)).toBeGreaterThan(5);
    expect(expected.figures.ikm?.some((i) => i.value !== null)).toBe(true);
    expect(expected.figures.promise.some((m) => m.finished > 0)).toBe(true);
    expect(result.tabsWritten).toContain(DASHBOARD_TAB);

    // The charts set-up makes on Apps Script, by title, over the same ranges, anchored right of the grid.
    const tab = sheet(DASHBOARD_TAB)!;
    expect((tab.charts ?? []).map((c) => (c.spec as { title: string }).title)).toEqual(DASHBOARD_CHARTS.map((c) => c.title));
    const firstChart = tab.charts![0]!;
    const domain = (firstChart.spec as { basicChart: { domains: { domain: { sourceRange: { sources: { startRowIndex: number; endRowIndex: number; startColumnIndex: number }[] } } }[] } }).basicChart.domains[0]!.domain.sourceRange.sources[0]!;
    expect(domain).toMatchObject({ sheetId: tab.sheetId, startRowIndex: 3, endRowIndex: 16, startColumnIndex: 0 }); // A4:A16
    expect((firstChart.position as { overlayPosition: { anchorCell: unknown } }).overlayPosition.anchorCell).toEqual({ sheetId: tab.sheetId, rowIndex: 0, columnIndex: 7 });
    // "Kasus per layanan": C:E is three series (Jumlah, Terlambat, Segera), one column each.
    const services = tab.charts![2]!.spec as { basicChart: { chartType: string; series: { series: { sourceRange: { sources: { startColumnIndex: number }[] } } }[] } };
    expect(services.basicChart.chartType).toBe("BAR");
    expect(services.basicChart.series.map((x) => x.series.sourceRange.sources[0]!.startColumnIndex)).toEqual([2, 3, 4]);
    expect(tab.numberFormats?.get("0,2")).toEqual({ type: "DATE" }); // "Diperbarui mesin" date

    // API calls: the registers' read (meta + one batch) and the re-read of the changed registers
    // before writing, one grid batch (addSheet + charts + format), one value write (registers and
    // Dasbor together), no clear.
    expect(server.count("valuesBatchUpdate")).toBe(1);
    expect(server.count("batchUpdate")).toBe(1);
    expect(server.count("batchClear")).toBe(0);
    expect(server.requests.filter((r) => r.op === "valuesBatchUpdate")[0]!.ranges.some((r) => r.startsWith(`'${DASHBOARD_TAB}'!`))).toBe(true);

    // The summary and --json carry the figures as the local run prints them.
    const where = "Google Sheets X";
    expect(formatSheetsSummary(result.summary, where, result.cellsWritten, result.dashboard)).toContain(dashboardLines(expected.figures, `tab ${DASHBOARD_TAB} di spreadsheet`).join("\n"));
    const json = JSON.parse(spreadsheetJson(result, where)) as { spreadsheet: string; dashboard: DashboardFigures; summary: { refusedMoves: unknown[] } };
    expect(json.dashboard).toEqual(JSON.parse(JSON.stringify(expected.figures)));
    expect(json.spreadsheet).toBe(where);
    expect(json.summary.refusedMoves).toBeDefined();

    // Unchanged data, same day: nothing to write at all, and no chart added twice.
    const requests = server.requests.length;
    const again = await runSheetsJob(place(), { actorEmail: null, clock: CLOCK });
    expect(again.cellsWritten).toBe(0);
    // Reads only: the tab list, the registers, then the case registers Kolom Kasus declares (the same tab list).
    expect(server.requests.slice(requests).map((r) => r.op)).toEqual(["get", "batchGet", "batchGet"]);
    expect(sheet(DASHBOARD_TAB)!.charts).toHaveLength(4);
  });

  it("adds the charts once when the answer to the batch that made the tab was lost and it is sent again", async () => {
    seed(sampleTables(CLOCK));
    // The batch is applied but its answer cut off: the retry plans again from fresh metadata.
    server.faults.push({ op: "batchUpdate", kind: "drop", times: 1 });
    await runSheetsJob(place(), { actorEmail: null, clock: CLOCK });
    expect(server.requests.filter((r) => r.op === "batchUpdate").map((r) => r.fault ?? "ok")).toEqual(["drop"]);
    expect(sheet(DASHBOARD_TAB)!.charts).toHaveLength(4);
    expect(server.book(FAKE_ID).sheets.filter((s) => s.title === DASHBOARD_TAB)).toHaveLength(1);
    expect(dasbor()).toEqual(expectedDasbor(CLOCK).rows);
  });

  it("a shorter grid on the next run leaves no stale cell, in one value write and no clear", async () => {
    seed(sampleTables(CLOCK));
    await runSheetsJob(place(), { actorEmail: null, clock: CLOCK });
    const long = dasbor();
    // Staff empty the applications register (every case but the sample's other services gone from
    // the figures) and type a note beside the charts.
    const permohonan = sheet(PERMOHONAN.name)!;
    permohonan.cells = [permohonan.cells[0]!];
    const tab = sheet(DASHBOARD_TAB)!;
    (tab.cells[150] ??= [])[9] = "catatan staf";
    const requests = server.requests.length;

    await runSheetsJob(place(), { actorEmail: null, clock: CLOCK });
    const expected = expectedDasbor(CLOCK);
    expect(expected.rows.length).toBeLessThan(long.length); // the grid did shrink
    expect(dasbor()).toEqual(expected.rows);
    expect(server.grid(FAKE_ID, DASHBOARD_TAB, "UNFORMATTED_VALUE").length).toBe(expected.rows.length);
    const ops = server.requests.slice(requests).map((r) => r.op);
    expect(ops.filter((op) => op === "valuesBatchUpdate")).toHaveLength(1);
    expect(ops).not.toContain("batchClear");
    expect(ops).not.toContain("batchUpdate");
    expect(sheet(DASHBOARD_TAB)!.charts).toHaveLength(4);
  });

  it("writes only the Dasbor cells that changed when the day turns and the registers did not", async () => {
    seed(makeOffice([makeApplication()]).tableNames().map((name) => makeOffice([makeApplication()]).readTable(name)!));
    await runSheetsJob(place(), { actorEmail: null, clock: clockAt("2026-11-03") });
    const requests = server.requests.length;
    const next = await runSheetsJob(place(), { actorEmail: null, clock: clockAt("2026-11-04") });
    expect(dasbor()).toEqual(expectedDasbor(clockAt("2026-11-04")).rows);
    expect(next.tabsWritten).toContain(DASHBOARD_TAB);
    // Registers untouched by the check are not read again; Dasbor is written in one request.
    expect(server.requests.slice(requests).map((r) => r.op).filter((op) => op !== "get" && op !== "batchGet")).toEqual(["valuesBatchUpdate"]);
  });

  it("leaves the tab alone while the configuration is not valid", async () => {
    const office = makeOffice([makeApplication()]);
    seed(office.tableNames().filter((n) => n !== "Layanan" && REGISTERS.some((r) => r.name === n)).map((n) => office.readTable(n)!));
    const result = await runSheetsJob(place(), { actorEmail: null, clock: CLOCK });
    expect(result.summary.configErrors.length).toBeGreaterThan(0);
    expect(result.dashboard).toBeNull();
    expect(sheet(DASHBOARD_TAB)).toBeUndefined();
  });

  it("overwrites a formula staff typed even where it shows the grid's own value", () => {
    const grid = [["Dasbor Layanan", null, "x"]];
    const plain = dashboardWrite({ name: DASHBOARD_TAB, rows: [["Dasbor Layanan", null, "x"]], formulas: new Map() }, grid);
    expect(plain).toBeNull();
    const typed = dashboardWrite({ name: DASHBOARD_TAB, rows: [["Dasbor Layanan", null, "x"]], formulas: new Map([[0, new Map([[0, '="Dasbor Layanan"']])]]) }, grid)!;
    expect(typed.blocks.map((b) => [b.start, b.row(0)])).toEqual([[0, ["Dasbor Layanan"]]]);
    expect(typed.create).toBe(false);
  });
});
