// spreadsheets.batchUpdate for the fake server: addSheet, updateSheetProperties, deleteSheet,
// addChart and repeatCell (number formats only) — applied to a copy and committed only if every
// request succeeds, as the API does.
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
import { invalid, type FakeChart, type FakeSheet, type FakeSpreadsheet } from "./store";

const CELL_LIMIT = 10_000_000;

interface SheetProps {
  sheetId?: number;
  title?: string;
  index?: number;
  gridProperties?: { rowCount?: number; columnCount?: number };
}

/** Field paths of an update mask: "gridProperties.rowCount,title" or "gridProperties(rowCount)". */
function maskPaths(fields: string): string[] {
  const out: string[] = [];
  const re = /([A-Za-z]+)\(([^)]*)\)|([A-Za-z.]+)/g;
  for (const m of fields.matchAll(re)) {
    if (m[1]) for (const sub of m[2]!.split(",")) out.push(`${m[1]}.${sub.trim()}`);
    else if (m[3]) out.push(m[3]);
  }
  return out;
}

export function handleStructure(book: FakeSpreadsheet, body: Record<string, unknown>, newId: () => number): unknown {
  const requests = (body["requests"] ?? []) as Record<string, unknown>[];
  if (requests.length === 0) throw invalid("Invalid requests: at least one request is required.");
  const sheets: FakeSheet[] = book.sheets.map((s) => ({ ...s }));
  const replies: unknown[] = [];
  requests.forEach((request, i) => {
    if (request["addSheet"]) {
      const props = ((request["addSheet"] as { properties?: SheetProps }).properties ?? {});
      const title = props.title ?? `Sheet${sheets.length + 1}`;
      // A given sheetId must be new and non-negative.
      // https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#sheetproperties
      if (props.sheetId !== undefined && (props.sheetId < 0 || sheets.some((s) => s.sheetId === props.sheetId))) {
        throw invalid(`Invalid requests[${i}].addSheet: sheet with id ${props.sheetId} already exists.`);
      }
      if (sheets.some((s) => s.title === title)) {
        throw invalid(`Invalid requests[${i}].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`);
      }
      const sheet: FakeSheet = {
        sheetId: props.sheetId ?? newId(),
        title,
        index: props.index ?? sheets.length,
        rowCount: props.gridProperties?.rowCount ?? 1000,
        columnCount: props.gridProperties?.columnCount ?? 26,
        cells: [],
      };
      sheets.push(sheet);
      replies.push({ addSheet: { properties: { sheetId: sheet.sheetId, title, index: sheet.index, sheetType: "GRID", gridProperties: { rowCount: sheet.rowCount, columnCount: sheet.columnCount } } } });
    } else if (request["updateSheetProperties"]) {
      const { properties = {}, fields = "" } = request["updateSheetProperties"] as { properties?: SheetProps; fields?: string };
      const sheet = sheets.find((s) => s.sheetId === properties.sheetId);
      if (!sheet) throw invalid(`Invalid requests[${i}].updateSheetProperties: No grid with id: ${properties.sheetId}`);
      for (const path of maskPaths(fields)) {
        if (path === "title" && properties.title) sheet.title = properties.title;
        else if (path === "gridProperties.rowCount") sheet.rowCount = properties.gridProperties?.rowCount ?? sheet.rowCount;
        else if (path === "gridProperties.columnCount") sheet.columnCount = properties.gridProperties?.columnCount ?? sheet.columnCount;
        else throw invalid(`Invalid requests[${i}].updateSheetProperties: field ${path} not modelled`);
      }
      // Shrinking the grid drops what falls outside it.
      sheet.cells = sheet.cells.slice(0, sheet.rowCount).map((row) => row?.slice(0, sheet.columnCount));
      replies.push({});
    } else if (request["deleteSheet"]) {
      const { sheetId } = request["deleteSheet"] as { sheetId?: number };
      const at = sheets.findIndex((s) => s.sheetId === sheetId);
      if (at < 0) throw invalid(`Invalid requests[${i}].deleteSheet: No sheet with id: ${sheetId}`);
      if (sheets.length === 1) throw invalid(`Invalid requests[${i}].deleteSheet: You can't remove all the sheets in a document.`);
      sheets.splice(at, 1);
      replies.push({});
    } else if (request["addChart"]) {
      replies.push({ addChart: { chart: addChart(sheets, (request["addChart"] as { chart?: Partial<FakeChart> }).chart ?? {}, i) } });
    } else if (request["repeatCell"]) {
      repeatCell(sheets, request["repeatCell"] as RepeatCell, i);
      replies.push({});
    } else {
      throw invalid(`Invalid requests[${i}]: request kind not modelled by the fake server`);
    }
  });
  const cells = sheets.reduce((n, s) => n + s.rowCount * s.columnCount, 0);
  if (cells > CELL_LIMIT) throw invalid(`This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`);
  book.sheets = sheets;
  return { spreadsheetId: book.spreadsheetId, replies };
}

interface GridRange {
  sheetId?: number;
  startRowIndex?: number;
  endRowIndex?: number;
  startColumnIndex?: number;
  endColumnIndex?: number;
}

function sheetOf(sheets: readonly FakeSheet[], range: GridRange | undefined, at: string): FakeSheet {
  const sheet = sheets.find((s) => s.sheetId === (range?.sheetId ?? 0));
  if (!sheet) throw invalid(`Invalid ${at}: No grid with id: ${range?.sheetId ?? 0}`);
  const { startRowIndex = 0, endRowIndex = sheet.rowCount, startColumnIndex = 0, endColumnIndex = sheet.columnCount } = range ?? {};
  if (startRowIndex < 0 || startColumnIndex < 0 || endRowIndex > sheet.rowCount || endColumnIndex > sheet.columnCount || startRowIndex >= endRowIndex || startColumnIndex >= endColumnIndex) {
    throw invalid(`Invalid ${at}: range is outside the grid or empty`);
  }
  return sheet;
}

/**
 * An embedded chart over a sheet's cells: every source range on an existing grid, a basic chart's
 * series one column each, the overlay's anchor cell inside its sheet; chartId generated when absent
 * and refused when taken.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#addchartrequest
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/charts#BasicChartSpec
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#OverlayPosition
 */
function addChart(sheets: FakeSheet[], chart: Partial<FakeChart>, i: number): FakeChart {
  const at = `requests[${i}].addChart`;
  const spec = chart.spec as { basicChart?: { domains?: { domain?: { sourceRange?: { sources?: GridRange[] } } }[]; series?: { series?: { sourceRange?: { sources?: GridRange[] } } }[] } } | undefined;
  if (!spec) throw invalid(`Invalid ${at}: chart.spec is required`);
  const basic = spec.basicChart;
  if (!basic) throw invalid(`Invalid ${at}: only basicChart is modelled by the fake server`);
  for (const d of basic.domains ?? []) for (const r of d.domain?.sourceRange?.sources ?? []) sheetOf(sheets, r, at);
  for (const s of basic.series ?? []) {
    for (const r of s.series?.sourceRange?.sources ?? []) {
      sheetOf(sheets, r, at);
      if ((r.endColumnIndex ?? 0) - (r.startColumnIndex ?? 0) !== 1) throw invalid(`Invalid ${at}: a series must be a single column`);
    }
  }
  const anchor = (chart.position as { overlayPosition?: { anchorCell?: { sheetId?: number; rowIndex?: number; columnIndex?: number } } } | undefined)?.overlayPosition?.anchorCell;
  if (!anchor) throw invalid(`Invalid ${at}: only an overlay position is modelled by the fake server`);
  const host = sheetOf(sheets, { sheetId: anchor.sheetId, startRowIndex: anchor.rowIndex ?? 0, endRowIndex: (anchor.rowIndex ?? 0) + 1, startColumnIndex: anchor.columnIndex ?? 0, endColumnIndex: (anchor.columnIndex ?? 0) + 1 }, at);
  const taken = new Set(sheets.flatMap((s) => (s.charts ?? []).map((c) => c.chartId)));
  if (chart.chartId !== undefined && taken.has(chart.chartId)) throw invalid(`Invalid ${at}: an embedded object with id ${chart.chartId} already exists`);
  let chartId = chart.chartId ?? 1_000_001;
  while (taken.has(chartId)) chartId += 1;
  const made: FakeChart = { chartId, spec: chart.spec!, position: chart.position! };
  host.charts = [...(host.charts ?? []), made];
  return made;
}

interface RepeatCell {
  range?: GridRange;
  cell?: { userEnteredFormat?: { numberFormat?: unknown } };
  fields?: string;
}

/**
 * Sets the same cell data over a range; only `userEnteredFormat.numberFormat` is modelled, and the
 * fields mask is required as the API requires it.
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#repeatcellrequest
 */
function repeatCell(sheets: FakeSheet[], request: RepeatCell, i: number): void {
  const at = `requests[${i}].repeatCell`;
  if (!request.fields) throw invalid(`Invalid ${at}: fields is required`);
  if (request.fields !== "userEnteredFormat.numberFormat") throw invalid(`Invalid ${at}: fields ${request.fields} not modelled by the fake server`);
  const sheet = sheetOf(sheets, request.range, at);
  const { startRowIndex = 0, endRowIndex = sheet.rowCount, startColumnIndex = 0, endColumnIndex = sheet.columnCount } = request.range ?? {};
  const formats = new Map(sheet.numberFormats ?? []);
  for (let r = startRowIndex; r < endRowIndex; r++) {
    for (let c = startColumnIndex; c < endColumnIndex; c++) formats.set(`${r},${c}`, request.cell?.userEnteredFormat?.numberFormat);
  }
  sheet.numberFormats = formats;
}
