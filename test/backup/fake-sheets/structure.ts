// spreadsheets.batchUpdate for the fake server: addSheet, updateSheetProperties, deleteSheet —
// applied to a copy and committed only if every request succeeds, as the API does.
import { invalid, type FakeSheet, type FakeSpreadsheet } from "./store";

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
    } else {
      throw invalid(`Invalid requests[${i}]: request kind not modelled by the fake server`);
    }
  });
  const cells = sheets.reduce((n, s) => n + s.rowCount * s.columnCount, 0);
  if (cells > CELL_LIMIT) throw invalid(`This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`);
  book.sheets = sheets;
  return { spreadsheetId: book.spreadsheetId, replies };
}
