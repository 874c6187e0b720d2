// Runs the built Apps Script bundle (the very Code.js clasp pushes) inside node:vm, with string
// code generation disabled, against the in-memory fake of the Apps Script services. Each call is
// a separate "execution" with its own globals, like Apps Script; state lives in the FakeStore.
//
// What the fake models (test/gas/fake/*), and throws like the real service where documented:
// - SpreadsheetApp: sheets with a 1000×26 default grid and "outside the dimensions" errors,
//   Range.getValues/setValues/getFormulas with the dimension checks and messages, '' for blanks,
//   Dates in the spreadsheet's zone, typing-like parsing of strings (see cells.ts), number
//   formats, notes, data validation and conditional-format builders, protections that start with
//   every editor and block staff edits, frozen rows, widths, insert/delete/sort rows, toasts,
//   Ui menus and alerts (getUi only from the UI), embedded charts (newChart builder, insertChart,
//   getCharts) and Charts.ChartType (charts.ts).
// - LockService (one document lock and one separate script lock shared by executions), PropertiesService, CacheService,
//   Session (active user per execution: '' when Apps Script cannot tell; the effective user is the
//   trigger's creator in an installable trigger), MailApp (quota, invalid address), ScriptApp
//   triggers (each owned by its creator, listed only to them, 20 per user, one-off clock
//   triggers that stay listed after firing), FormApp as far
//   as used (items, validation, destination tab, responses, publish state: forms created after
//   30 June 2026 start unpublished and refuse submissions), Utilities.sleep/getUuid.
// - Switches for what the documentation leaves open: getDocumentLock() returning null
//   (`documentLockNull`), getValues handing back a text cell's apostrophe or not
//   (`apostropheReadBack`). The simultaneous-execution limit (30 per user) drops form-submit
//   triggers in a burst (`submitFormBurst`, `droppedExecutions`).
// - Drive (drive.ts, documents.ts): the Drive advanced service v3, present only when the manifest
//   enables it — Files.create (folders; HTML blobs converted to a Google Doc whose text is the
//   HTML's visible text, on US Letter with 1-inch margins as conversion leaves it; other blobs
//   stored as files, e.g. the PDF), Files.get, default/asked `fields`; the drive.file rule (a
//   script sees only files it created: others are "File not found"); the daily docs quota
//   (`drive.docsQuota`, "Service invoked too many times for one day: docs create.") and injected
//   errors (`drive.failConversion("User rate limit exceeded.", n)`). DocumentApp.openById, Body
//   text with replaceText as a regular expression, page width/height and margins, saveAndClose
//   (a closed Document throws), getAs PDF. DriveApp getFileById/getFolderById/createFolder/
//   createFile/getAs, which demand the full `drive` scope. Utilities.newBlob.
// - Scopes: Drive, DriveApp and DocumentApp calls check the manifest's oauthScopes and fail like
//   Apps Script when theirs is missing; other services do not check.
// - Auth modes: simple triggers (LIMITED) cannot mail, open forms or manage triggers; custom
//   functions cannot write; an execution stops after 6 minutes of virtual time.
// - Every service call is counted per execution and in total (`CallCounter`): "Drive.Files.create",
//   "DocumentApp.openById", "Body.replaceText", …
// Not modelled: formula evaluation, number-format-driven value types, A1 ranges growing with
// inserted rows, Doc formatting (only text and page set-up), Drive sharing and ownership, quotas
// other than mail and docs, triggers firing on their own (tests fire them).
import vm from "node:vm";
import { buildGasBundle, type GasBundle } from "../../scripts/build-gas";
import { isBlankCell, valueOfCell } from "./fake/cells";
import { counted } from "./fake/counted";
import { FakeDocsDocuments, FakeDocumentApp } from "./fake/documents";
import { FakeDriveApp, FakeDriveFiles } from "./fake/drive";
import { type FakeForm, FakeFormResponse } from "./fake/forms";
import { FakeFormApp } from "./fake/form-app";
import { FakeCacheService, FakeHtmlService, FakeLockService, FakeMailApp, FakePropertiesService, FakeSession, FakeUtilities } from "./fake/services";
import { FakeScriptApp } from "./fake/script-app";
import type { FakeSheet } from "./fake/sheet";
import { FakeSpreadsheet, FakeSpreadsheetApp } from "./fake/spreadsheet";
import { FakeCharts } from "./fake/charts";
import { type AuthMode, CallCounter, type Execution, FakeStore, type FakeTrigger } from "./fake/store";

let bundlePromise: Promise<{ bundle: GasBundle; script: vm.Script }> | null = null;

/** Builds the bundle once per test worker (same bytes `npm run build` writes to dist/gas). */
export function loadBundle(): Promise<{ bundle: GasBundle; script: vm.Script }> {
  bundlePromise ??= buildGasBundle().then((bundle) => ({ bundle, script: new vm.Script(bundle.code, { filename: "Code.js" }) }));
  return bundlePromise;
}

export interface RunOptions {
  readonly authMode?: AuthMode;
  /** Active user's e-mail ('' = cannot tell). */
  readonly user?: string;
  /** The user it runs as: an installable trigger's creator (default: the active user, else the owner). */
  readonly effectiveUser?: string;
  readonly interactive?: boolean;
  readonly event?: unknown;
  readonly args?: readonly unknown[];
}

export interface ExecutionResult {
  readonly ok: boolean;
  readonly value: unknown;
  readonly error: string | null;
  readonly calls: CallCounter;
  /** Service calls made while loading the bundle (before the handler ran). */
  readonly loadCalls: number;
  readonly timedOut: boolean;
}

interface Manifest {
  readonly timeZone: string;
  readonly oauthScopes?: readonly string[];
  readonly dependencies?: { readonly enabledAdvancedServices?: readonly { readonly userSymbol: string; readonly serviceId?: string; readonly version: string }[] };
}

// Inside the sandbox "now" is the store's virtual clock, so deadlines are deterministic.
const PRELUDE = `(() => {
  const RealDate = Date;
  function FakeDate(...args) {
    if (!new.target) return new RealDate(__now()).toString();
    return args.length === 0 ? new RealDate(__now()) : new RealDate(...args);
  }
  FakeDate.prototype = RealDate.prototype;
  FakeDate.now = () => __now();
  FakeDate.UTC = RealDate.UTC;
  FakeDate.parse = RealDate.parse;
  globalThis.Date = FakeDate;
  if (__intl === "absent") delete globalThis.Intl;
  if (__intl === "noLongOffset") {
    const RealFormat = Intl.DateTimeFormat;
    const Format = function (locales, options) {
      if (options && options.timeZoneName === "longOffset") {
        throw new RangeError("Value longOffset out of range for Intl.DateTimeFormat options property timeZoneName");
      }
      return new RealFormat(locales, options);
    };
    Format.prototype = RealFormat.prototype;
    Format.supportedLocalesOf = RealFormat.supportedLocalesOf;
    Intl.DateTimeFormat = Format;
  }
  return { Date: RealDate, Error };
})()`;

export class GasRuntime {
  readonly store: FakeStore;
  private readonly manifest: Manifest;
  private nextExecution = 1;

  constructor(
    private readonly script: vm.Script,
    readonly bundle: GasBundle,
    options: { now?: string; timeZone?: string } = {},
  ) {
    this.store = new FakeStore(Date.parse(options.now ?? "2026-03-02T01:00:00Z"));
    this.store.spreadsheet = new FakeSpreadsheet(this.store, options.timeZone ?? "Asia/Makassar");
    this.manifest = JSON.parse(bundle.manifest) as Manifest;
    this.store.scopes = new Set(this.manifest.oauthScopes ?? []);
  }

  static async create(options: { now?: string; timeZone?: string } = {}): Promise<GasRuntime> {
    const { bundle, script } = await loadBundle();
    return new GasRuntime(script, bundle, options);
  }

  private globals(): Record<string, unknown> {
    const s = this.store;
    const logs = (...parts: unknown[]) => void s.logs.push(parts.map(String).join(" "));
    return {
      SpreadsheetApp: counted(s, new FakeSpreadsheetApp(s)),
      LockService: counted(s, new FakeLockService(s)),
      PropertiesService: counted(s, new FakePropertiesService(s)),
      CacheService: counted(s, new FakeCacheService(s)),
      Session: counted(s, new FakeSession(s, this.manifest.timeZone)),
      MailApp: counted(s, new FakeMailApp(s)),
      HtmlService: counted(s, new FakeHtmlService()),
      Charts: counted(s, new FakeCharts()),
      ScriptApp: counted(s, new FakeScriptApp(s)),
      FormApp: counted(s, new FakeFormApp(s)),
      Utilities: counted(s, new FakeUtilities(s)),
      DocumentApp: counted(s, new FakeDocumentApp(s)),
      DriveApp: counted(s, new FakeDriveApp(s)),
      // An advanced service is a global only when the manifest enables it.
      ...(this.manifest.dependencies?.enabledAdvancedServices?.some((a) => a.userSymbol === "Drive" && a.version === "v3")
        ? { Drive: { Files: counted(s, new FakeDriveFiles(s)) } }
        : {}),
      ...(this.manifest.dependencies?.enabledAdvancedServices?.some((a) => a.userSymbol === "Docs" && a.serviceId === "docs" && a.version === "v1")
        ? { Docs: { Documents: counted(s, new FakeDocsDocuments(s)) } }
        : {}),
      console: { log: logs, info: logs, warn: logs, error: logs },
      Logger: { log: logs },
      __now: () => s.clock,
      __intl: s.intl,
    };
  }

  /** Runs one global function of the bundle as a fresh Apps Script execution. */
  run(handler: string, options: RunOptions = {}): ExecutionResult {
    const context = vm.createContext(this.globals(), { codeGeneration: { strings: false, wasm: false }, name: `execution-${this.nextExecution}` });
    const realm = vm.runInContext(PRELUDE, context) as Execution["realm"];
    const execution: Execution = {
      id: this.nextExecution++,
      handler,
      authMode: options.authMode ?? "FULL",
      user: options.user ?? this.store.owner,
      ...(options.effectiveUser ? { effectiveUser: options.effectiveUser } : {}),
      interactive: options.interactive ?? false,
      startedAt: this.store.clock,
      realm,
      calls: new CallCounter(),
      killed: false,
    };
    this.store.stack.push(execution);
    let loadCalls = 0;
    try {
      this.script.runInContext(context);
      loadCalls = execution.calls.total;
      const fn = (context as Record<string, unknown>)[handler];
      if (typeof fn !== "function") throw new Error(`The bundle has no global function ${handler}`);
      const args = options.args ?? (options.event === undefined ? [] : [options.event]);
      const value = (fn as (...a: unknown[]) => unknown)(...args);
      return { ok: !execution.killed, value, error: execution.killed ? "Exceeded maximum execution time" : null, calls: execution.calls, loadCalls, timedOut: execution.killed };
    } catch (error) {
      const message = error instanceof Error || (error && typeof (error as Error).message === "string") ? (error as Error).message : String(error);
      return { ok: false, value: undefined, error: message, calls: execution.calls, loadCalls, timedOut: execution.killed };
    } finally {
      this.store.stack.pop();
      // Apps Script releases an execution's locks when it ends.
      if (this.store.lockHolder === execution.id) this.store.lockHolder = null;
      if (this.store.scriptLockHolder === execution.id) this.store.scriptLockHolder = null;
    }
  }

  /**
   * Runs host code as if it were script code in an execution (for testing the fake itself):
   * `services` are the same counted globals a bundle would see.
   */
  asScript<T>(work: (services: Record<string, any>) => T, options: { authMode?: AuthMode; interactive?: boolean; user?: string; effectiveUser?: string } = {}): T {
    const execution: Execution = {
      id: this.nextExecution++,
      handler: "(host)",
      authMode: options.authMode ?? "FULL",
      user: options.user ?? this.store.owner,
      ...(options.effectiveUser ? { effectiveUser: options.effectiveUser } : {}),
      interactive: options.interactive ?? false,
      startedAt: this.store.clock,
      realm: { Date, Error },
      calls: new CallCounter(),
      killed: false,
    };
    this.store.stack.push(execution);
    try {
      return work(this.globals());
    } finally {
      this.store.stack.pop();
    }
  }

  /**
   * Someone opens the web app's address (deployed "execute as me", "anyone"): doGet runs as the
   * owner with no active user, `e.parameter` holding the query string.
   */
  webGet(parameter: Readonly<Record<string, string>>): ExecutionResult {
    return this.run("doGet", { user: "", effectiveUser: this.store.owner, event: { parameter, parameters: Object.fromEntries(Object.entries(parameter).map(([k, v]) => [k, [v]])), queryString: new URLSearchParams(parameter).toString() } });
  }

  /** Staff open the spreadsheet: the simple onOpen trigger builds the menu. */
  open(user = "petugas@bkpsdm.go.id"): ExecutionResult {
    return this.run("onOpen", { authMode: "LIMITED", user, interactive: true, event: { authMode: "LIMITED", source: counted(this.store, this.store.spreadsheet), user: { getEmail: () => user } } });
  }

  /**
   * A menu click by `user` (the owner by default): it runs as that user ("the user at the
   * keyboard"), with their authority over protections and Drive files, never the installer's.
   */
  menu(functionName: string, user = this.store.owner): ExecutionResult {
    const item = this.store.menu?.items.find((i) => i.functionName === functionName);
    if (!item) throw new Error(`Menu item ${functionName} is not on the menu`);
    return this.run(functionName, { user, interactive: true });
  }

  sheet(name: string): FakeSheet {
    const sheet = this.store.spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(`No tab ${name}`);
    return sheet;
  }

  /**
   * Staff type or paste into a tab: protections are enforced (as for a user in the UI), then the
   * installable on-edit triggers fire with the documented event (value/oldValue for one cell only).
   */
  edit(user: string, sheetName: string, row: number, column: number, values: unknown[][], options: { userVisible?: boolean } = {}): ExecutionResult[] {
    const sheet = this.sheet(sheetName);
    for (let r = 0; r < values.length; r += 1) {
      for (let c = 0; c < values[r]!.length; c += 1) {
        if (sheet.protections.some((p) => p.blocks(user, row + r, column + c))) {
          throw new Error(`Protected cell ${sheetName}!R${row + r}C${column + c}: you are trying to edit a protected cell or object.`);
        }
      }
    }
    const single = values.length === 1 && values[0]!.length === 1;
    const before = single ? sheet.rows[row - 1]?.[column - 1] : undefined;
    const range = sheet._range(row, column, values.length, values[0]!.length);
    this.store.stack.push({ id: 0, handler: "(staff)", authMode: "FULL", user, interactive: true, startedAt: this.store.clock, realm: { Date, Error }, calls: new CallCounter(), killed: false });
    try {
      range.setValues(values);
    } finally {
      this.store.stack.pop();
    }
    const visibleUser = options.userVisible ?? user.endsWith(`@${this.store.domain}`) ? user : "";
    const results: ExecutionResult[] = [];
    for (const trigger of this.triggersFor("ON_EDIT", this.store.spreadsheet.id)) {
      const event: Record<string, unknown> = {
        authMode: "FULL",
        triggerUid: trigger.id,
        range: counted(this.store, range),
        source: counted(this.store, this.store.spreadsheet),
        user: { getEmail: () => visibleUser, getNickname: () => visibleUser.split("@")[0] ?? "" },
      };
      if (single) {
        event["value"] = String(values[0]![0]);
        if (!isBlankCell(before)) event["oldValue"] = String(valueOfCell(before, this.store.spreadsheet.timeZone, (ms) => new Date(ms)));
      }
      results.push(this.run(trigger.handler, { event, user: visibleUser, effectiveUser: trigger.owner }));
    }
    return results;
  }

  triggersFor(eventType: FakeTrigger["eventType"], sourceId: string | null): FakeTrigger[] {
    return this.store.triggers.filter((t) => t.eventType === eventType && (sourceId === null || t.sourceId === sourceId));
  }

  /** The application form the bundle created: the one its ID is kept as, else the last one made. */
  form(): FakeForm {
    const kept = this.store.properties.document.get("sertifikasi.formId");
    const form = (kept !== undefined ? this.store.forms.get(kept) : undefined) ?? [...this.store.forms.values()].filter((f) => f.id !== this.store.properties.document.get("sertifikasi.surveyFormId")).pop();
    if (!form) throw new Error("No form has been created");
    return form;
  }

  /** The IKM survey form the bundle created. */
  surveyForm(): FakeForm {
    const id = this.store.properties.document.get("sertifikasi.surveyFormId");
    const form = id !== undefined ? this.store.forms.get(id) : undefined;
    if (!form) throw new Error("No survey form has been created");
    return form;
  }

  /** A respondent submits the form (the application form unless told); installed form-submit triggers fire (none fire before installation). */
  submitForm(answers: Readonly<Record<string, string | string[]>>, form: FakeForm = this.form()): ExecutionResult[] {
    const response = form._submit(answers);
    return this.triggersFor("ON_FORM_SUBMIT", form.id).map((trigger) =>
      this.run(trigger.handler, {
        user: "",
        effectiveUser: trigger.owner,
        event: { authMode: "FULL", triggerUid: trigger.id, source: counted(this.store, form), response: counted(this.store, new FakeFormResponse(this.store, response)) },
      }),
    );
  }

  /**
   * Respondents submit at the same moment: every submission's form-submit trigger would run as
   * its own execution at once, under the trigger owner's account. Past the simultaneous-execution
   * limit (per user, per script) the platform starts none for the rest: those responses are on
   * the form but their triggers never ran (counted in `store.droppedExecutions`).
   */
  submitFormBurst(answers: readonly Readonly<Record<string, string | string[]>>[]): ExecutionResult[] {
    const form = this.form();
    const responses = answers.map((a) => form._submit(a));
    const results: ExecutionResult[] = [];
    const runningBy = new Map<string, number>();
    let running = this.store.stack.length;
    for (const response of responses) {
      for (const trigger of this.triggersFor("ON_FORM_SUBMIT", form.id)) {
        const mine = runningBy.get(trigger.owner) ?? 0;
        if (mine >= this.store.simultaneousExecutionsPerUser || running >= this.store.simultaneousExecutionsPerScript) {
          this.store.droppedExecutions += 1;
          continue;
        }
        runningBy.set(trigger.owner, mine + 1);
        running += 1;
        results.push(
          this.run(trigger.handler, {
            user: "",
            effectiveUser: trigger.owner,
            event: { authMode: "FULL", triggerUid: trigger.id, source: counted(this.store, form), response: counted(this.store, new FakeFormResponse(this.store, response)) },
          }),
        );
      }
    }
    return results;
  }

  /** Fires every daily clock trigger once (the sweep), as the time-driven runtime would. */
  runDailyTriggers(): ExecutionResult[] {
    return this.store.triggers
      .filter((t) => t.eventType === "CLOCK" && t.everyDays !== null)
      .map((t) => this.run(t.handler, { user: t.owner, effectiveUser: t.owner, event: { authMode: "FULL", triggerUid: t.id } }));
  }

  /**
   * Advances virtual time by a minute and fires every trigger set to run every few minutes once,
   * each as its creator (installable triggers run as the account that created them,
   * https://developers.google.com/apps-script/guides/triggers/installable#restrictions).
   */
  runMinuteTriggers(): ExecutionResult[] {
    this.store.clock += 60_000;
    return this.store.triggers
      .filter((t) => t.eventType === "CLOCK" && t.everyMinutes)
      .map((t) => this.run(t.handler, { user: t.owner, effectiveUser: t.owner, event: { authMode: "FULL", triggerUid: t.id } }));
  }

  /** Advances virtual time and fires one-off clock triggers that have come due. */
  runDueOneOffTriggers(advanceMs = 0): ExecutionResult[] {
    this.store.clock += advanceMs;
    const due = this.store.triggers.filter((t) => t.at !== null && t.at <= this.store.clock && !this.store.firedTriggers.has(t.id));
    return due.map((t) => {
      this.store.firedTriggers.add(t.id);
      return this.run(t.handler, { user: t.owner, effectiveUser: t.owner, event: { authMode: "FULL", triggerUid: t.id } });
    });
  }

  /** A custom function evaluated by Sheets for one cell. */
  customFunction(name: string, ...args: unknown[]): ExecutionResult {
    return this.run(name, { authMode: "CUSTOM_FUNCTION", user: "", args });
  }

  /** The tab as plain rows keyed by header (dates as "YYYY-MM-DD"), for assertions. */
  table(name: string): Record<string, string | number | boolean>[] {
    const sheet = this.sheet(name);
    const last = sheet.getLastRow();
    const width = sheet.getLastColumn();
    const headers = Array.from({ length: width }, (_, c) => String(sheet._plain(1, c + 1)));
    const rows: Record<string, string | number | boolean>[] = [];
    for (let r = 2; r <= last; r += 1) rows.push(Object.fromEntries(headers.map((h, c) => [h, sheet._plain(r, c + 1)])));
    return rows;
  }

  /** 1-based column of a header on a tab. */
  column(name: string, header: string): number {
    const sheet = this.sheet(name);
    for (let c = 1; c <= sheet.getLastColumn(); c += 1) if (sheet._plain(1, c) === header) return c;
    throw new Error(`No column ${header} on ${name}`);
  }
}
