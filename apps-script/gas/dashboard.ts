// The Dasbor tab on the spreadsheet: set-up creates it with its native charts (once), the daily
// sweep rewrites its figures in one setValues call. The charts point at fixed ranges of the grid
// (core/engine/dashboard-grid.ts), so refreshing the figures never touches them.
import { currentDashboard } from "../core/engine/dashboard";
import { DASHBOARD_CHARTS, DASHBOARD_TAB, dashboardGrid } from "../core/engine/dashboard-grid";
import { type GasContext, log } from "./context";
import { messageOf } from "./errors";

/**
 * Rewrites the Dasbor figures; false (nothing written) while the configuration is not valid, or
 * when the tab is missing and not `create` (only set-up makes tabs; the sweep never does).
 */
export function refreshDashboard(ctx: GasContext, create = false): boolean {
  const figures = currentDashboard(ctx.workbook, ctx.deps.clock);
  if (!figures) return false;
  return ctx.workbook.writeGrid(DASHBOARD_TAB, dashboardGrid(figures), { create });
}

/** After a full check (sweep, menu): under the lock; a failure is logged, never hides the check's results. */
export function refreshDashboardAfterCheck(ctx: GasContext): void {
  try {
    ctx.deps.lock.runExclusive(() => refreshDashboard(ctx));
  } catch (error) {
    log(`Dasbor belum diperbarui: ${messageOf(error)}`);
  }
}

const WARNING = "Sertifikasi: dasbor, ditulis ulang mesin setiap pemeriksaan harian";

/**
 * A warning-only sheet protection: staff typing on the tab are warned their text will be
 * overwritten, while anyone may still move or restyle the charts.
 * https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean)
 */
function warnOnEdit(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((p) => p.getDescription() === WARNING)) return;
  sheet.protect().setDescription(WARNING).setWarningOnly(true);
}

/**
 * Makes the tab (with its first figures) when missing, and each chart it lacks, by title: a chart
 * staff moved or restyled is left alone, and running set-up again adds none twice and leaves the
 * figures to the sweep.
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#getCharts()
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 */
export function ensureDashboard(ctx: GasContext): number {
  if (!ctx.spreadsheet.getSheetByName(DASHBOARD_TAB)) refreshDashboard(ctx, true);
  const sheet = ctx.spreadsheet.getSheetByName(DASHBOARD_TAB) ?? ctx.spreadsheet.insertSheet(DASHBOARD_TAB);
  warnOnEdit(sheet);
  const titles = new Set(sheet.getCharts().map((chart) => String(chart.getOptions().get("title") ?? "")));
  let made = 0;
  for (const spec of DASHBOARD_CHARTS) {
    if (titles.has(spec.title)) continue;
    let builder = sheet.newChart().setChartType(Charts.ChartType[spec.type]);
    for (const range of spec.ranges) builder = builder.addRange(sheet.getRange(range));
    const chart = builder.setOption("title", spec.title).setPosition(spec.anchorRow, spec.anchorColumn, 0, 0).build();
    sheet.insertChart(chart);
    made += 1;
  }
  return made;
}
