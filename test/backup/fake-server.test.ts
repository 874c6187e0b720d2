// The fake server answers like the documented Sheets v4 API, checked through googleapis itself,
// so the tool's tests rest on the real request and response shapes.
import { auth } from "googleapis/build/src/apis/sheets/index.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSheetsClient } from "../../sync/backup/auth";
import { startFakeSheets, TOKENS, type FakeSheetsServer } from "./fake-sheets/server";
import { FAKE_ID } from "./helpers";

let server: FakeSheetsServer;

function client(token: string = TOKENS.write) {
  const oauth = new auth.OAuth2();
  oauth.setCredentials({ access_token: token });
  return createSheetsClient(oauth, { rootUrl: server.url, timeoutMs: 2_000 });
}

async function apiError(promise: Promise<unknown>): Promise<{ status: number; body: unknown }> {
  const e = (await promise.catch((x: unknown) => x)) as { response?: { status: number; data: unknown } };
  return { status: e.response?.status ?? 0, body: e.response?.data };
}

beforeEach(async () => {
  server = await startFakeSheets();
  server.add(FAKE_ID, "Uji", [{ title: "Data Uji", rows: [["a", "b", "c"], [1, "", "=A2+1"], ["x"]], rowCount: 10, columnCount: 5 }]);
});
afterEach(() => server.close());

describe("fake Sheets server", () => {
  it("spreadsheets.get honours the fields mask", async () => {
    const { data } = await client().spreadsheets.get({ spreadsheetId: FAKE_ID, fields: "spreadsheetId,sheets(properties(title,gridProperties(rowCount)))" });
    expect(data).toEqual({ spreadsheetId: FAKE_ID, sheets: [{ properties: { title: "Data Uji", gridProperties: { rowCount: 10 } } }] });
  });

  it("values.batchGet renders FORMULA and UNFORMATTED_VALUE, trims trailing blanks, keeps order", async () => {
    const get = (valueRenderOption: string) =>
      client().spreadsheets.values.batchGet({ spreadsheetId: FAKE_ID, ranges: ["'Data Uji'!A2:E10", "'Data Uji'!A1:B1"], valueRenderOption, dateTimeRenderOption: "SERIAL_NUMBER" });
    const formula = (await get("FORMULA")).data;
    expect(formula.valueRanges).toEqual([
      { range: "'Data Uji'!A2:E10", majorDimension: "ROWS", values: [[1, "", "=A2+1"], ["x"]] },
      { range: "'Data Uji'!A1:B1", majorDimension: "ROWS", values: [["a", "b"]] },
    ]);
    expect((await get("UNFORMATTED_VALUE")).data.valueRanges?.[0]?.values).toEqual([[1, "", 2], ["x"]]);
    expect((await get("FORMATTED_VALUE")).data.valueRanges?.[0]?.values).toEqual([["1", "", "2"], ["x"]]);
    const empty = await client().spreadsheets.values.batchGet({ spreadsheetId: FAKE_ID, ranges: ["'Data Uji'!D5:E6"] });
    expect(empty.data.valueRanges?.[0]).toEqual({ range: "'Data Uji'!D5:E6", majorDimension: "ROWS" });
  });

  it("values.batchUpdate: RAW keeps text, USER_ENTERED parses, null skips, \"\" empties", async () => {
    const sheets = client();
    await sheets.spreadsheets.values.batchUpdate({
      spreadsheetId: FAKE_ID,
      requestBody: { valueInputOption: "RAW", data: [{ range: "'Data Uji'!A1:C2", values: [["=1+1", null, "007"], [null, "", null]] }] },
    });
    expect(server.grid(FAKE_ID, "Data Uji")).toEqual([["=1+1", "b", "007"], [1, "", "=A2+1"], ["x"]]);
    expect(server.isFormula(FAKE_ID, "Data Uji", 0, 0)).toBe(false);
    await sheets.spreadsheets.values.batchUpdate({
      spreadsheetId: FAKE_ID,
      requestBody: { valueInputOption: "USER_ENTERED", data: [{ range: "'Data Uji'!A4:C4", values: [["=2*3", "007", "TRUE"]] }] },
    });
    expect(server.grid(FAKE_ID, "Data Uji", "UNFORMATTED_VALUE")[3]).toEqual([6, 7, true]);
  });

  it("rejects writes outside the grid or the range, and the whole request with them", async () => {
    const write = (range: string, values: unknown[][]) =>
      apiError(client().spreadsheets.values.batchUpdate({
        spreadsheetId: FAKE_ID,
        requestBody: { valueInputOption: "RAW", data: [{ range: "'Data Uji'!A1", values: [["tidak boleh tertulis"]] }, { range, values }] },
      }));
    const outside = await write("'Data Uji'!A11:B11", [["x"]]);
    expect(outside.status).toBe(400);
    expect(outside.body).toMatchObject({ error: { code: 400, status: "INVALID_ARGUMENT" } });
    expect(((outside.body as { error: { message: string } }).error.message)).toContain("exceeds grid limits");
    expect((await write("'Data Uji'!A5:A5", [["x"], ["y"]])).status).toBe(400);
    expect(server.grid(FAKE_ID, "Data Uji")[0]).toEqual(["a", "b", "c"]);
    expect((await apiError(client().spreadsheets.values.batchGet({ spreadsheetId: FAKE_ID, ranges: ["'Tidak Ada'!A1:B2"] }))).body)
      .toEqual({ error: { code: 400, message: "Unable to parse range: 'Tidak Ada'!A1:B2", status: "INVALID_ARGUMENT" } });
  });

  it("answers auth, sharing and existence failures with the API's error bodies", async () => {
    expect(await apiError(client().spreadsheets.get({ spreadsheetId: "UJI-tidak-ada" }))).toEqual({ status: 404, body: { error: { code: 404, message: "Requested entity was not found.", status: "NOT_FOUND" } } });
    expect((await apiError(client(TOKENS.stranger).spreadsheets.get({ spreadsheetId: FAKE_ID }))).body).toMatchObject({ error: { code: 403, status: "PERMISSION_DENIED" } });
    expect((await apiError(client(TOKENS.read).spreadsheets.values.batchClear({ spreadsheetId: FAKE_ID, requestBody: { ranges: ["'Data Uji'!A1"] } }))).body)
      .toMatchObject({ error: { code: 403, message: "Request had insufficient authentication scopes.", status: "PERMISSION_DENIED" } });
    expect((await apiError(client("salah").spreadsheets.get({ spreadsheetId: FAKE_ID }))).status).toBe(401);
  });

  it("spreadsheets.batchUpdate adds and resizes sheets atomically", async () => {
    const sheets = client();
    const reply = await sheets.spreadsheets.batchUpdate({
      spreadsheetId: FAKE_ID,
      requestBody: { requests: [{ addSheet: { properties: { title: "Baru", gridProperties: { rowCount: 5, columnCount: 2 } } } }] },
    });
    expect(reply.data.replies?.[0]?.addSheet?.properties).toMatchObject({ title: "Baru", gridProperties: { rowCount: 5, columnCount: 2 } });
    const duplicate = await apiError(sheets.spreadsheets.batchUpdate({
      spreadsheetId: FAKE_ID,
      requestBody: { requests: [{ addSheet: { properties: { title: "Lain" } } }, { addSheet: { properties: { title: "Baru" } } }] },
    }));
    expect(duplicate.status).toBe(400);
    expect(server.book(FAKE_ID).sheets.map((s) => s.title)).toEqual(["Data Uji", "Baru"]);
  });

  it("injects 429 with Retry-After as the API sends it", async () => {
    server.faults.push({ kind: "429", retryAfterSeconds: 12, times: 1 });
    const e = (await client().spreadsheets.get({ spreadsheetId: FAKE_ID }).catch((x: unknown) => x)) as { response: { status: number; headers: Headers; data: unknown } };
    expect(e.response.status).toBe(429);
    expect(e.response.headers.get("retry-after")).toBe("12");
    expect(e.response.data).toMatchObject({ error: { code: 429, status: "RESOURCE_EXHAUSTED" } });
  });
});
