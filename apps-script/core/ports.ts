// The only doors between the domain core and a platform. Each place (Apps Script, Sheets API
// from Node, a local .xlsx file) supplies adapters for these; the core never imports one.
import type { Instant, LocalDate } from "./time/local-date";

/**
 * A date cell as a wall-calendar reading, never an instant: sheets store dates without a zone
 * (serial numbers), so adapters convert to and from the platform's form at the boundary
 * (Apps Script: Date objects in the spreadsheet's zone; xlsx and Sheets API: serial numbers).
 * `minuteOfDay` is present for date-time cells (e.g. the audit timestamp).
 */
export interface DateCell {
  readonly kind: "date";
  readonly date: LocalDate;
  readonly minuteOfDay?: number;
}

/**
 * A cell as adapters hand it over: typed values, not display strings. Blank cells are `null`
 * (Apps Script returns '' for blanks: adapters map that to null).
 */
export type CellValue = string | number | boolean | DateCell | null;

export function dateCell(date: LocalDate, minuteOfDay?: number): DateCell {
  return minuteOfDay === undefined ? { kind: "date", date } : { kind: "date", date, minuteOfDay };
}

export function isDateCell(value: unknown): value is DateCell {
  return typeof value === "object" && value !== null && (value as DateCell).kind === "date";
}

/**
 * A block of merged cells as read, inclusive, 0-based: `top`/`bottom` are data rows as in
 * RawTable.rows (-1 is the header row), `left`/`right` are columns as in RawTable.headers.
 * Only the top-left cell of a block holds a value; the engine never writes into a block.
 */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One tab as read in a single batch. Row 0 of `rows` is the first row under the header. */
export interface RawTable {
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Sparse: data-row index → column index → formula text (e.g. "=A2+1"), where a cell holds one. */
  readonly formulas?: ReadonlyMap<number, ReadonlyMap<number, string>>;
  /**
   * True when only some rows were read in full (`TableReadOptions.rows`): every other row holds
   * its key cells and nothing else, so positions and IDs stay right but their data is absent.
   */
  readonly partial?: boolean;
  /**
   * The rows of a `matching` read were found by a search (a TextFinder), not by reading the
   * column: the reference does not say whether a search passes over rows staff hid.
   */
  readonly searched?: boolean;
  /** Merged blocks that touch the data rows or the header (places that cannot tell leave it out). */
  readonly merges?: readonly MergedRange[];
}

/** Hints for reading less of a large tab; a place may ignore them and read it whole. */
export interface TableReadOptions {
  /** Data rows (0-based, as in RawTable.rows) whose every cell is needed: the edited rows. */
  readonly rows?: readonly number[];
  /**
   * Only the rows whose `column` holds one of `values` are needed (a case's history, letters and
   * results in an edit). A place may then return just those rows, marked `partial`: such a
   * table is for reading only, its row positions are not the tab's.
   */
  readonly matching?: {
    readonly column: string;
    readonly values: readonly string[];
    /**
     * Every matching row, surely: no search that could pass rows over (the TextFinder reference
     * does not say whether rows staff hid are searched), read from the column itself instead.
     */
    readonly complete?: boolean;
  };
}

/**
 * Writes the engine asks for, addressed by row ID (never by row number) and header label.
 * `rowHint` is where the row was when read; an adapter checks the ID there first and looks the
 * ID up when staff have sorted or inserted rows meanwhile. Only the named columns are written.
 */
export interface RowPatch {
  readonly id: string;
  readonly rowHint: number;
  readonly values: Readonly<Record<string, CellValue>>;
}

/** A batch of changes for one tab, applied by the adapter in as few calls as it can. */
export interface TableChanges {
  readonly table: string;
  readonly patches: readonly RowPatch[];
  /** New rows keyed by header label; missing headers are left blank. */
  readonly appends: readonly Readonly<Record<string, CellValue>>[];
}

/**
 * A workbook of named tables. Strings are always written as literal text: an adapter must make
 * sure a value such as "=HYPERLINK(...)" can never turn into a formula on the sheet.
 */
export interface Workbook {
  /**
   * Reads a whole tab in one batch, or null when the tab does not exist. With `options.rows` a
   * place may read just those rows in full plus the key column of all rows (`partial`).
   */
  readTable(name: string, options?: TableReadOptions): RawTable | null;
  /** Creates the tab with these headers, or appends the headers it lacks. Never removes data. */
  ensureTable(name: string, headers: readonly string[]): void;
  /**
   * Applies the changes. A patch whose row can no longer be found (deleted meanwhile, or a row
   * without ID that moved) is skipped and reported, not guessed at: the next run retries it.
   */
  applyChanges(changes: readonly TableChanges[]): ApplyResult;
}

export interface ApplyResult {
  /** "Permohonan: PRM-2026-00007" for each patch that was not written. */
  readonly skipped: readonly string[];
}

/** What a sink is asked to make: one letter's HTML, filed under a folder path such as "Surat/2026/SK_PENETAPAN". */
export interface DocumentRequest {
  readonly title: string;
  readonly html: string;
  readonly folder: string;
  /** Page orientation, for sinks that set the page after conversion (Google Docs); portrait when absent. */
  readonly orientation?: "portrait" | "landscape";
}

/**
 * Where generated letters go: a Google Doc in production, an HTML/PDF file locally. Throws
 * `DocumentQuotaError` when it cannot make more documents now; the caller leaves the letter queued.
 */
export interface DocumentSink {
  createDocument(request: DocumentRequest): {
    readonly id: string;
    readonly url: string;
  };
}

/** Why a sink put off making documents: its daily cap, the platform's rate limit, or the execution's time budget. */
export type DocumentQuotaReason = "daily" | "rate" | "time";

/**
 * A sink cannot make more documents in this run. Not a failure: the letter is recorded without a
 * document ("Draf") and a later run creates it. Once thrown, a sink keeps throwing for the run.
 */
export class DocumentQuotaError extends Error {
  readonly code = "QUOTA";
  constructor(
    readonly reason: DocumentQuotaReason,
    message: string,
  ) {
    super(message);
    this.name = "DocumentQuotaError";
  }
}

/** One plain-text e-mail. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  /** Files sent with it, by reference: the sender fetches each where the place keeps letters. */
  readonly attachments?: readonly MailAttachment[];
}

/** A letter's PDF by its link as the letter book records it (Drive link on Apps Script, file: URL locally). */
export interface MailAttachment {
  /** File name the recipient sees, e.g. "SRT-000012.pdf". */
  readonly name: string;
  readonly link: string;
}

/** Where e-mails go: MailApp on Apps Script, .eml files beside the local workbook. */
export interface MailSender {
  /** How many more messages may be sent now (the platform's daily quota; Infinity when none). */
  remainingQuota(): number;
  /** Sends one message; throws MailQuotaError when the quota ran out, any other error when refused. */
  send(message: MailMessage): void;
}

/** The platform's mail quota ran out: the message was not sent and is not counted as a failure. */
export class MailQuotaError extends Error {
  readonly code = "MAIL_QUOTA";
  constructor(message: string) {
    super(message);
    this.name = "MailQuotaError";
  }
}

/** Time, injected. The core never calls `new Date()` for "now". */
export interface Clock {
  now(): Instant;
}

/** Mutual exclusion across concurrent executions (LockService in Apps Script, a file lock locally). */
export interface Lock {
  /** Runs `work` while holding the lock; throws `LockBusyError` when it cannot be had in time. */
  runExclusive<T>(work: () => T): T;
}

export type WorkbookErrorCode = "NOT_FOUND" | "NO_ACCESS" | "QUOTA" | "CONFLICT" | "INVALID";

/** A platform failure translated at the adapter boundary, with a message staff can read. */
export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}

export class LockBusyError extends Error {
  constructor(message = "Proses lain sedang berjalan pada spreadsheet ini. Coba lagi sebentar lagi.") {
    super(message);
    this.name = "LockBusyError";
  }
}

/**
 * Runs a named entry point once more, later, as the same user (Apps Script: a one-off clock
 * trigger for a global function). Long work that stops at a platform limit continues this way.
 */
export interface Scheduler {
  /**
   * Runs `handler` once after about `afterMs`, unless a run of it is already waiting (never two,
   * whichever account scheduled it).
   * Throws `ScheduleLimitError` when the platform can take no more.
   */
  runLater(handler: string, afterMs: number): void;
  /** Forgets the waiting run of `handler`, if any; a handler calls it first when it starts. */
  cancel(handler: string): void;
}

/** The platform can schedule nothing more for this user (Apps Script: 20 triggers per user per script). */
export class ScheduleLimitError extends Error {
  readonly code = "SCHEDULE_LIMIT";
  constructor(message: string) {
    super(message);
    this.name = "ScheduleLimitError";
  }
}
