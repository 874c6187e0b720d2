// The Dasbor tab through the built bundle: set-up makes the tab and its native charts once, the
// daily sweep rewrites the figures in one setValues call and leaves the charts alone.
import { describe, expect, it } from "vitest";
import { DASHBOARD_CHARTS, SECTION_ROWS } from "../../apps-script/core/engine/dashboard-grid";
import type { FakeRange } from "./fake/range";
import type { GasRuntime } from "./harness";
import { addApplications, application, expectOk, newOffice } from "./office";

function sweep(rt: GasRuntime) {
  const runs = rt.runDailyTriggers();
  expect(runs).toHaveLength(1);
  expectOk(runs[0]!, "dailySweep");
  return runs[0]!;
}

/** Range.* calls on the Dasbor tab during `work`, by method. */
function dashboardCalls(rt: GasRuntime, work: () => void): Map<string, number> {
  const calls = new Map<string, number>();
  const previous = rt.store.onServiceCall;
  rt.store.onServiceCall = (execution, name, target) => {
    previous?.(execution, name, target);
    if (name.startsWith("Range.") && (target as FakeRange | undefined)?.sheet?.name === "Dasbor") calls.set(name, (calls.get(name) ?? 0) + 1);
  };
  try {
    work();
  } finally {
    rt.store.onServiceCall = previous;
  }
  return calls;
}

/** The Permohonan row of the cases-per-service section: its Jumlah Kasus cell. */
function permohonanTotal(rt: GasRuntime): unknown {
  const sheet = rt.sheet("Dasbor");
  for (let r = SECTION_ROWS.services + 1; r <= SECTION_ROWS.services + 30; r += 1) {
    if (sheet._plain(r, 6) === "Permohonan") return sheet._plain(r, 3);
  }
  throw new Error("no Permohonan service row on Dasbor");
}

describe("the Dasbor tab", () => {
  it("is made by set-up with one native chart per figure, and a second set-up adds none", async () => {
    const rt = await newOffice({ installTriggers: false });
    const sheet = rt.sheet("Dasbor");
    expect(sheet._plain(1, 1)).toBe("Dasbor Layanan");
    expect(sheet.getCharts().map((c) => c.options.get("title"))).toEqual(DASHBOARD_CHARTS.map((c) => c.title));
    expect(sheet.getCharts().map((c) => c.chartType)).toEqual(DASHBOARD_CHARTS.map((c) => c.type));
    expect(sheet.getCharts()[0]!.getRanges()).toEqual(DASHBOARD_CHARTS[0]!.ranges.map((r) => `Dasbor!${r}`));
    expectOk(rt.menu("menuSetup"), "second set-up");
    expect(rt.sheet("Dasbor").getCharts()).toHaveLength(DASHBOARD_CHARTS.length);
    // Staff are warned, not stopped, when they type on the tab; one such protection however often set-up runs.
    const protections = rt.sheet("Dasbor").protections.filter((p) => !p.removed);
    expect(protections).toHaveLength(1);
    expect(protections[0]!.warningOnly).toBe(true);
  });

  it("is refreshed by the daily sweep in one write, charts untouched", async () => {
    const rt = await newOffice();
    expect(permohonanTotal(rt)).toBe(0);
    addApplications(rt, [application(0), application(1), application(2)]);
    const calls = dashboardCalls(rt, () => sweep(rt));
    expect(calls.get("Range.setValues")).toBe(1);
    expect([...calls.keys()].filter((name) => /^Range\.(set|clear)/.test(name))).toEqual(["Range.setValues"]);
    expect(permohonanTotal(rt)).toBe(3);
    expect(rt.sheet("Dasbor").getCharts()).toHaveLength(DASHBOARD_CHARTS.length);
  });
});

describe("without the Dasbor tab", () => {
  it("is not created by the sweep: only set-up makes tabs", async () => {
    const rt = await newOffice();
    // Staff deleted the tab in the Sheets UI.
    const sheets = rt.store.spreadsheet.sheets;
    sheets.splice(sheets.indexOf(rt.sheet("Dasbor")), 1);
    sweep(rt);
    expect(rt.store.spreadsheet.getSheetByName("Dasbor")).toBeNull();
  });
});

describe("the menu's full check", () => {
  it("refreshes the Dasbor figures too, in one write", async () => {
    const rt = await newOffice();
    addApplications(rt, [application(0), application(1)]);
    const calls = dashboardCalls(rt, () => expectOk(rt.menu("menuRunCheck"), "menuRunCheck"));
    expect(calls.get("Range.setValues")).toBe(1);
    expect(permohonanTotal(rt)).toBe(2);
  });
});
