// The Dasbor tab on a live spreadsheet through the Sheets API: the same grid the Apps Script sweep
// writes (core/engine/dashboard-grid.ts), sent as the cells that differ from what the tab holds, in
// the run's one values.batchUpdate. Cells a longer previous grid (or staff) filled are emptied by
// that same write, so no clear call is needed. A tab this run creates gets, in the addSheet's own
// spreadsheets.batchUpdate, the four native charts set-up makes on Apps Script and a date format
// for the date cells.
import { DASHBOARD_CHARTS, DASHBOARD_TAB, type DashboardChart, GRID_WIDTH } from "../../apps-script/core/engine/dashboard-grid";
import { type CellValue, isDateCell } from "../../apps-script/core/ports";
import type { Tab } from "../backup/model";
import type { TabWrite, WriteCell } from "../backup/places/types";
import { rowBlocks, toSheetCell } from "./sheet-cells";

/** A new tab's grid, as Sheets and Apps Script insertSheet make one: room for the charts right of the figures. */
const NEW_TAB_ROWS = 1000;
const NEW_TAB_COLUMNS = 26;

/** A 0-based, end-exclusive rectangle of one sheet, as the API's GridRange. */
interface GridRange {
  readonly sheetId: number;
  readonly startRowIndex: number;
  readonly endRowIndex: number;
  readonly startColumnIndex: number;
  readonly endColumnIndex: number;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C34:E64" → the GridRange it names on `sheetId`. */
export function gridRangeOf(sheetId: number, a1: string): GridRange {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`Rentang dasbor tidak dikenal: ${a1}`);
  return { sheetId, startRowIndex: Number(m[2]) - 1, endRowIndex: Number(m[4]), startColumnIndex: columnIndex(m[1]!), endColumnIndex: columnIndex(m[3]!) + 1 };
}

/**
 * One chart as an addChart request: the first range is the domain (labels), every column of the
 * others one series, the first row of each the header — what Apps Script's EmbeddedChartBuilder
 * makes of the same ranges. Anchored at the same 1-based cell its setPosition is given.
 * https://developers.google.com/sheets/api/samples/charts
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/charts#BasicChartSpec
 */
export function addChartRequest(sheetId: number, spec: DashboardChart): object {
  const [domain, ...rest] = spec.ranges.map((r) => gridRangeOf(sheetId, r));
  const series = rest.flatMap((range) =>
    Array.from({ length: range.endColumnIndex - range.startColumnIndex }, (_, i) => ({
      series: { sourceRange: { sources: [{ ...range, startColumnIndex: range.startColumnIndex + i, endColumnIndex: range.startColumnIndex + i + 1 }] } },
      // Values run along the bottom axis of a horizontal bar chart, the left one otherwise.
      targetAxis: spec.type === "BAR" ? "BOTTOM_AXIS" : "LEFT_AXIS",
    })),
  );
  return {
    addChart: {
      chart: {
        spec: { title: spec.title, basicChart: { chartType: spec.type, legendPosition: "BOTTOM_LEGEND", headerCount: 1, domains: [{ domain: { sourceRange: { sources: [domain] } } }], series } },
        position: { overlayPosition: { anchorCell: { sheetId, rowIndex: spec.anchorRow - 1, columnIndex: spec.anchorColumn - 1 } } },
      },
    },
  };
}

/**
 * A date typed as a serial number shows as one until its cell has a date format (Apps Script's
 * setValues of a Date sets it itself); the locale's default date pattern, as the API documents.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#repeatcellrequest
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#numberformat
 */
function dateFormatRequests(sheetId: number, grid: readonly (readonly CellValue[])[]): object[] {
  const out: object[] = [];
  grid.forEach((line, r) => line.forEach((cell, c) => {
    if (!isDateCell(cell)) return;
    out.push({
      repeatCell: {
        range: { sheetId, startRowIndex: r, endRowIndex: r + 1, startColumnIndex: c, endColumnIndex: c + 1 },
        cell: { userEnteredFormat: { numberFormat: { type: "DATE" } } },
        fields: "userEnteredFormat.numberFormat",
      },
    });
  }));
  return out;
}

/** What set-up would add to a new Dasbor tab: the four charts and the date formats. */
export function newDashboardRequests(sheetId: number, grid: readonly (readonly CellValue[])[]): object[] {
  return [...DASHBOARD_CHARTS.map((spec) => addChartRequest(sheetId, spec)), ...dateFormatRequests(sheetId, grid)];
}

/**
 * The write that leaves the tab holding exactly `grid`: every cell that differs from what was read
 * (a formula staff typed counts as differing), cells beyond the grid emptied; null when the tab
 * already shows it. `previous` null: the tab is missing and is created, with its charts.
 */
export function dashboardWrite(previous: Tab | null, grid: readonly (readonly CellValue[])[]): TabWrite | null {
  const rows = Math.max(grid.length, previous?.rows.length ?? 0);
  let columns = GRID_WIDTH;
  for (const row of previous?.rows ?? []) columns = Math.max(columns, row.length);
  const changed: { index: number; cells: WriteCell[] }[] = [];
  for (let r = 0; r < rows; r += 1) {
    const cells: WriteCell[] = [];
    let last = -1;
    for (let c = 0; c < columns; c += 1) {
      const next = toSheetCell(grid[r]?.[c] ?? null);
      const old = previous?.rows[r]?.[c] ?? null;
      const same = next === old && !previous?.formulas.get(r)?.has(c);
      cells.push(same ? undefined : next);
      if (!same) last = c;
    }
    if (last >= 0) changed.push({ index: r, cells: cells.slice(0, last + 1) });
  }
  if (changed.length === 0) return null;
  const create = previous === null;
  return {
    name: DASHBOARD_TAB,
    create,
    rows: create ? Math.max(rows, NEW_TAB_ROWS) : rows,
    columns: create ? Math.max(columns, NEW_TAB_COLUMNS) : columns,
    blocks: rowBlocks(changed),
    formulas: [],
    ...(create ? { onCreate: (sheetId: number) => newDashboardRequests(sheetId, grid) } : {}),
  };
}
