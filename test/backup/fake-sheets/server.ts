// A loopback stand-in for the Google Sheets API v4, for tests and the benchmark.
//
// Models, with the documented request and response shapes:
//   GET  /v4/spreadsheets/{id}?fields=…           spreadsheets.get (sheet properties; `fields` masks)
//   GET  /v4/spreadsheets/{id}/values:batchGet     ranges in A1, valueRenderOption FORMULA /
//        UNFORMATTED_VALUE / FORMATTED_VALUE, dateTimeRenderOption SERIAL_NUMBER (dates are stored
//        as serial numbers), majorDimension ROWS; trailing blanks omitted, reads clipped to the grid
//   POST /v4/spreadsheets/{id}/values:batchUpdate  RAW / USER_ENTERED, null skips a cell, "" empties
//        it, writes outside the grid or beyond the range are 400, all-or-nothing per request
//   POST /v4/spreadsheets/{id}/values:batchClear
//   POST /v4/spreadsheets/{id}:batchUpdate         addSheet, updateSheetProperties, deleteSheet,
//        atomic, 10,000,000-cell limit
//   Errors as {error:{code,message,status}}: 401 UNAUTHENTICATED, 403 PERMISSION_DENIED (not shared,
//   or read-only scope on a write), 404 NOT_FOUND, 400 INVALID_ARGUMENT, 429 RESOURCE_EXHAUSTED.
// Faults on demand: 429 with Retry-After, 500, 503, a connection reset before answering, an answer
// cut off mid-body (after a write was applied), slow answers.
// Not modelled: formatting, number formats, includeGridData, majorDimension COLUMNS, per-minute
// quota accounting (429s are injected), Drive sharing itself (grants are per token).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { route, type Grant, type Op, type RouteHost } from "./routes";
import { ApiFailure, Formula, computer, readValues, type FakeSpreadsheet, type Render, type Stored } from "./store";

export type { Grant, Op } from "./routes";

export interface Fault {
  readonly op?: Op | readonly Op[];
  readonly kind: "429" | "500" | "503" | "drop" | "reset" | "slow";
  readonly retryAfterSeconds?: number;
  readonly delayMs?: number;
  /** How many matching requests it hits. */
  times: number;
  /** Matching requests to let through first. */
  skip?: number;
}

export interface LoggedRequest {
  readonly op: Op | "unknown";
  readonly method: string;
  readonly url: string;
  readonly bodyBytes: number;
  /** A1 ranges the request named (query for reads, body for writes). */
  ranges: string[];
  status: number;
  fault?: Fault["kind"];
}

export interface SeedSheet {
  readonly title: string;
  /** Rows as typed: strings starting with "=" become formulas. */
  readonly rows?: readonly (readonly unknown[])[];
  readonly rowCount?: number;
  readonly columnCount?: number;
}

export const TOKENS = { write: "uji-tulis", read: "uji-baca", stranger: "uji-asing" } as const;

function seedCell(v: unknown): Stored {
  if (v === null || v === undefined || v === "") return undefined;
  // { literal: "=1+1" } seeds text that merely starts with "=" (as RAW input stores it).
  if (typeof v === "object" && "literal" in v) return String((v as { literal: unknown }).literal);
  if (typeof v === "string" && v.startsWith("=")) return new Formula(v);
  return v as Stored;
}

function rangesOf(op: Op | "unknown", url: URL, body: Buffer): string[] {
  if (op === "batchGet") return url.searchParams.getAll("ranges");
  try {
    const json = JSON.parse(body.toString("utf8") || "{}") as { data?: { range?: string }[]; ranges?: string[] };
    return op === "valuesBatchUpdate" ? (json.data ?? []).map((d) => d.range ?? "") : op === "batchClear" ? (json.ranges ?? []) : [];
  } catch {
    return [];
  }
}

export class FakeSheetsServer implements RouteHost {
  readonly books = new Map<string, FakeSpreadsheet>();
  readonly requests: LoggedRequest[] = [];
  readonly faults: Fault[] = [];
  readonly grants = new Map<string, Grant>([
    [TOKENS.write, { scope: "write" }],
    [TOKENS.read, { scope: "read" }],
    [TOKENS.stranger, { scope: "write", only: new Set() }],
  ]);
  private readonly server = createServer((req, res) => {
    // A client that gave up (timeout) leaves a closed socket behind; never crash the test run.
    this.handle(req, res).catch(() => req.socket.destroy());
  });
  url = "";
  private nextSheetId = 1000;

  newSheetId(): number {
    return this.nextSheetId++;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  add(id: string, title: string, sheets: readonly SeedSheet[]): FakeSpreadsheet {
    const book: FakeSpreadsheet = {
      spreadsheetId: id,
      title,
      sheets: sheets.map((s, index) => {
        const rows = s.rows ?? [];
        const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
        return {
          sheetId: this.nextSheetId++,
          title: s.title,
          index,
          rowCount: s.rowCount ?? Math.max(1000, rows.length),
          columnCount: s.columnCount ?? Math.max(26, width),
          cells: rows.map((r) => r.map(seedCell)),
        };
      }),
    };
    this.books.set(id, book);
    return book;
  }

  book(id: string): FakeSpreadsheet {
    const book = this.books.get(id);
    if (!book) throw new Error(`no spreadsheet ${id}`);
    return book;
  }

  /** A tab as typed (formulas as "=…" text) or as computed, trailing blanks trimmed. */
  grid(id: string, tab: string, render: Render = "FORMULA"): unknown[][] {
    const book = this.book(id);
    const out = readValues(book, `'${tab.replace(/'/g, "''")}'`, render, computer(book));
    return (out as { values?: unknown[][] }).values ?? [];
  }

  /** Whether a cell holds a formula (as opposed to text that starts with "="). */
  isFormula(id: string, tab: string, row: number, col: number): boolean {
    return this.book(id).sheets.find((s) => s.title === tab)?.cells[row]?.[col] instanceof Formula;
  }

  count(op?: Op): number {
    return this.requests.filter((r) => !op || r.op === op).length;
  }

  private takeFault(op: Op | "unknown"): Fault | undefined {
    const fault = this.faults.find((f) => f.times > 0 && (!f.op || f.op === op || (Array.isArray(f.op) && f.op.includes(op as Op))));
    if (!fault) return undefined;
    if (fault.skip) {
      fault.skip--;
      return undefined;
    }
    fault.times--;
    return fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const m = /^\/v4\/spreadsheets\/([^/:]+)(?:\/values:(batchGet|batchUpdate|batchClear)|:(batchUpdate))?$/.exec(decodeURIComponent(url.pathname));
    const op: Op | "unknown" = !m ? "unknown" : m[3] ? "batchUpdate" : m[2] === "batchGet" ? "batchGet" : m[2] === "batchUpdate" ? "valuesBatchUpdate" : m[2] === "batchClear" ? "batchClear" : "get";
    const log: LoggedRequest = { op, method: req.method ?? "", url: req.url ?? "", bodyBytes: body.length, ranges: rangesOf(op, url, body), status: 0 };
    this.requests.push(log);
    const fault = this.takeFault(op);
    if (fault) log.fault = fault.kind;
    if (fault?.kind === "slow") await new Promise((r) => setTimeout(r, fault.delayMs ?? 1000));
    if (res.destroyed || req.socket.destroyed) return;
    if (fault?.kind === "reset") {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === "429" || fault?.kind === "500" || fault?.kind === "503") {
      const failure = fault.kind === "429"
        ? new ApiFailure(429, "RESOURCE_EXHAUSTED", "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'.")
        : fault.kind === "500" ? new ApiFailure(500, "INTERNAL", "Internal error encountered.") : new ApiFailure(503, "UNAVAILABLE", "The service is currently unavailable.");
      return this.send(res, log, failure.code, { error: { code: failure.code, message: failure.message, status: failure.status } },
        fault.retryAfterSeconds === undefined ? {} : { "retry-after": String(fault.retryAfterSeconds) });
    }
    let status = 200;
    let payload: unknown;
    try {
      payload = route(this, op, m?.[1] ?? "", req.headers.authorization ?? "", url, body);
    } catch (error) {
      const f = error instanceof ApiFailure ? error : new ApiFailure(500, "INTERNAL", "Internal error encountered.");
      status = f.code;
      payload = { error: { code: f.code, message: f.message, status: f.status } };
    }
    if (fault?.kind === "drop") {
      // The work is done (a write is applied) but the answer never arrives whole.
      const text = Buffer.from(JSON.stringify(payload));
      res.writeHead(status, { "content-type": "application/json; charset=UTF-8", "content-length": text.length });
      res.write(text.subarray(0, Math.floor(text.length / 2)), () => req.socket.destroy());
      log.status = status;
      return;
    }
    this.send(res, log, status, payload);
  }

  private send(res: ServerResponse, log: LoggedRequest, status: number, payload: unknown, headers: Record<string, string> = {}): void {
    const text = JSON.stringify(payload);
    log.status = status;
    res.writeHead(status, { "content-type": "application/json; charset=UTF-8", "content-length": Buffer.byteLength(text), ...headers });
    res.end(text);
  }
}

export async function startFakeSheets(): Promise<FakeSheetsServer> {
  return new FakeSheetsServer().start();
}
