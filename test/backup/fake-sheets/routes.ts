// Request handling of the fake Sheets server: auth and sharing checks, then the API methods.
import { selectFields } from "./fields";
import { handleStructure } from "./structure";
import { ApiFailure, clearValues, computer, invalid, readValues, resolve, writeValues, type FakeSpreadsheet, type Render } from "./store";

export type Op = "get" | "batchGet" | "valuesBatchUpdate" | "batchClear" | "batchUpdate";

export interface Grant {
  readonly scope: "read" | "write";
  /** Spreadsheets shared with this token's user; all when absent. */
  readonly only?: ReadonlySet<string>;
}

/** What the routes need from the server. */
export interface RouteHost {
  readonly books: Map<string, FakeSpreadsheet>;
  readonly grants: Map<string, Grant>;
  newSheetId(): number;
}

const WRITES: ReadonlySet<Op> = new Set(["valuesBatchUpdate", "batchClear", "batchUpdate"]);

export function route(server: RouteHost, op: Op | "unknown", id: string, auth: string, url: URL, body: Buffer): unknown {
  if (op === "unknown") throw new ApiFailure(404, "NOT_FOUND", "Method not found.");
  const grant = server.grants.get(auth.replace(/^Bearer /, ""));
  if (!auth.startsWith("Bearer ") || !grant) {
    throw new ApiFailure(401, "UNAUTHENTICATED", "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.");
  }
  const book = server.books.get(id);
  if (!book) throw new ApiFailure(404, "NOT_FOUND", "Requested entity was not found.");
  if (grant.only && !grant.only.has(id)) throw new ApiFailure(403, "PERMISSION_DENIED", "The caller does not have permission");
  if (WRITES.has(op) && grant.scope !== "write") throw new ApiFailure(403, "PERMISSION_DENIED", "Request had insufficient authentication scopes.");
  const json = (): Record<string, unknown> => {
    try {
      return JSON.parse(body.toString("utf8") || "{}") as Record<string, unknown>;
    } catch {
      throw invalid("Invalid JSON payload received.");
    }
  };
  switch (op) {
    case "get":
      return selectFields(resource(book), url.searchParams.get("fields"));
    case "batchGet": {
      const render = (url.searchParams.get("valueRenderOption") ?? "FORMATTED_VALUE") as Render;
      if (!["FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA"].includes(render)) throw invalid(`Invalid value at 'value_render_option' (${render})`);
      if ((url.searchParams.get("majorDimension") ?? "ROWS") !== "ROWS") throw invalid("majorDimension COLUMNS is not modelled by the fake server");
      const compute = computer(book);
      return { spreadsheetId: id, valueRanges: url.searchParams.getAll("ranges").map((r) => readValues(book, r, render, compute)) };
    }
    case "valuesBatchUpdate": {
      const request = json();
      const input = request["valueInputOption"];
      if (input !== "RAW" && input !== "USER_ENTERED") throw invalid("'valueInputOption' is required but not specified");
      const data = (request["data"] ?? []) as { range: string; values?: unknown[][]; majorDimension?: string }[];
      // All or nothing: check every range before writing any.
      for (const d of data) {
        const { r1, r2, c1, c2 } = resolve(book, d.range, true);
        const values = d.values ?? [];
        if (values.length > r2 - r1 || values.some((row) => row.length > c2 - c1)) throw invalid(`Requested writing within range [${d.range}], but tried writing outside it`);
      }
      const responses = data.map((d) => writeValues(book, d.range, d.values ?? [], input));
      return {
        spreadsheetId: id,
        totalUpdatedRows: responses.reduce((n, r) => n + r.updatedRows, 0),
        totalUpdatedColumns: responses.reduce((n, r) => Math.max(n, r.updatedColumns), 0),
        totalUpdatedCells: responses.reduce((n, r) => n + r.updatedCells, 0),
        totalUpdatedSheets: new Set(data.map((d) => d.range.split("!")[0])).size,
        responses,
      };
    }
    case "batchClear": {
      const ranges = (json()["ranges"] ?? []) as string[];
      ranges.forEach((r) => resolve(book, r, false));
      return { spreadsheetId: id, clearedRanges: ranges.map((r) => clearValues(book, r)) };
    }
    case "batchUpdate":
      return handleStructure(book, json(), () => server.newSheetId());
  }
}

function resource(book: FakeSpreadsheet): unknown {
  return {
    spreadsheetId: book.spreadsheetId,
    properties: { title: book.title, locale: "in_ID", timeZone: "Asia/Jakarta", autoRecalc: "ON_CHANGE" },
    sheets: [...book.sheets].sort((a, b) => a.index - b.index).map((s) => ({
      properties: { sheetId: s.sheetId, title: s.title, index: s.index, sheetType: "GRID", gridProperties: { rowCount: s.rowCount, columnCount: s.columnCount } },
    })),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${book.spreadsheetId}/edit`,
  };
}
