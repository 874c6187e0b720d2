// The Sheets v4 calls the tool makes, each paced by the quota limiter, retried, counted, translated.
import type { sheets_v4 } from "googleapis/build/src/apis/sheets/index.js";
import { RateLimiter, defaultRetryPolicy, realClock, withRetry, type RetryPolicy } from "../retry";
import { IncompleteResponseError, classifyFailure, translateError } from "./sheets-errors";

export interface SheetsOptions {
  readonly retry: RetryPolicy;
  /** Shared by every place in one run: the quota is per user, not per spreadsheet. */
  readonly readLimiter: RateLimiter;
  readonly writeLimiter: RateLimiter;
  /** Cells per batchGet, so a huge tab is read in slices the API answers within its time limit. */
  readonly maxCellsPerRead: number;
  /** Characters of encoded ranges per batchGet URL (GET: the ranges go in the query string). */
  readonly maxUrlChars: number;
  /** JSON bytes per write request; Google recommends payloads of at most 2 MB. */
  readonly maxBytesPerWrite: number;
  /** Told about each retry, e.g. to print "mencoba lagi dalam 4 detik". */
  readonly onRetry?: (message: string) => void;
}

export function defaultSheetsOptions(overrides: Partial<SheetsOptions> = {}): SheetsOptions {
  const clock = overrides.retry?.clock ?? realClock;
  return {
    retry: defaultRetryPolicy,
    readLimiter: new RateLimiter(60, 60_000, clock),
    writeLimiter: new RateLimiter(60, 60_000, clock),
    maxCellsPerRead: 1_000_000,
    maxUrlChars: 6_000,
    maxBytesPerWrite: 2_000_000,
    ...overrides,
  };
}

export interface RequestStats {
  reads: number;
  writes: number;
  retries: number;
}

type Kind = "read" | "write";

export class SheetsApi {
  readonly stats: RequestStats = { reads: 0, writes: 0, retries: 0 };

  constructor(
    private readonly client: sheets_v4.Sheets,
    readonly spreadsheetId: string,
    readonly options: SheetsOptions,
  ) {}

  /** One API call: wait for quota, try, retry transient failures, translate the final failure. */
  async call<T>(
    kind: Kind,
    action: string,
    request: (attempt: number) => Promise<{ data: T }>,
    isComplete: (data: T) => boolean = () => true,
  ): Promise<T> {
    const limiter = kind === "read" ? this.options.readLimiter : this.options.writeLimiter;
    try {
      return await withRetry(
        async (attempt) => {
          await limiter.take();
          if (kind === "read") this.stats.reads++;
          else this.stats.writes++;
          const { data } = await request(attempt);
          // gaxios returns the raw text when a body cut off mid-way fails to parse as JSON.
          if (typeof data !== "object" || data === null || !isComplete(data)) throw new IncompleteResponseError(action);
          return data;
        },
        classifyFailure,
        this.options.retry,
        ({ delayMs, attempt }) => {
          this.stats.retries++;
          this.options.onRetry?.(`${action}: gangguan sementara, mencoba lagi (ke-${attempt + 1}) dalam ${(delayMs / 1000).toFixed(1)} detik`);
        },
      );
    } catch (error) {
      throw translateError(error, this.spreadsheetId, action);
    }
  }

  getMeta(): Promise<sheets_v4.Schema$Spreadsheet> {
    return this.call("read", "membaca daftar tab", () =>
      this.client.spreadsheets.get({
        spreadsheetId: this.spreadsheetId,
        fields: "spreadsheetId,properties(title),sheets(properties(sheetId,title,index,sheetType,gridProperties(rowCount,columnCount)))",
      }),
    );
  }

  async batchGet(ranges: string[], render: "FORMULA" | "UNFORMATTED_VALUE"): Promise<sheets_v4.Schema$ValueRange[]> {
    const data = await this.call(
      "read",
      "membaca isi tab",
      () =>
        this.client.spreadsheets.values.batchGet({
          spreadsheetId: this.spreadsheetId,
          ranges,
          valueRenderOption: render,
          dateTimeRenderOption: "SERIAL_NUMBER",
          majorDimension: "ROWS",
        }),
      // The API answers ranges in the order asked; anything else is a damaged answer.
      (d) => (d.valueRanges?.length ?? 0) === ranges.length,
    );
    return data.valueRanges ?? [];
  }

  updateValues(data: sheets_v4.Schema$ValueRange[], input: "RAW" | "USER_ENTERED"): Promise<sheets_v4.Schema$BatchUpdateValuesResponse> {
    return this.call("write", "menulis nilai", () =>
      this.client.spreadsheets.values.batchUpdate({
        spreadsheetId: this.spreadsheetId,
        requestBody: { valueInputOption: input, data, includeValuesInResponse: false },
      }),
    );
  }

  clearRanges(ranges: string[]): Promise<sheets_v4.Schema$BatchClearValuesResponse> {
    return this.call("write", "mengosongkan baris sisa", () =>
      this.client.spreadsheets.values.batchClear({ spreadsheetId: this.spreadsheetId, requestBody: { ranges } }),
    );
  }

  /** Structural changes. `build` is called per attempt so a retry can re-plan from fresh metadata
   * (addSheet is not idempotent: a retry after a lost answer must not add the tab twice). */
  async updateStructure(build: (attempt: number) => Promise<sheets_v4.Schema$Request[]>): Promise<void> {
    let requests = await build(1);
    if (requests.length === 0) return;
    await this.call("write", "menyiapkan tab", async (attempt) => {
      if (attempt > 1) requests = await build(attempt);
      if (requests.length === 0) return { data: {} };
      return this.client.spreadsheets.batchUpdate({ spreadsheetId: this.spreadsheetId, requestBody: { requests } });
    });
  }
}
