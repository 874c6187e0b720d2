// Shared state of the fake Apps Script world (one spreadsheet, its forms, triggers, properties,
// locks, mail) and the stack of executions using it; every service call is counted here.
import type { ApostropheReadBack } from "./cells";
import { FakeDrive } from "./drive";
import type { FakeForm } from "./forms";
import type { FakeSpreadsheet } from "./spreadsheet";

/** Constructors of the script's own realm, so Dates and Errors it receives are its own kind. */
export interface Realm {
  readonly Date: DateConstructor;
  readonly Error: ErrorConstructor;
}

/** Apps Script's ScriptApp.AuthMode, reduced to the cases the project meets. */
export type AuthMode = "LIMITED" | "CUSTOM_FUNCTION" | "FULL";

export interface Execution {
  readonly id: number;
  readonly handler: string;
  readonly authMode: AuthMode;
  /** Active user's e-mail; '' when the platform cannot tell. */
  readonly user: string;
  /**
   * Whose authority the execution runs with (Session.getEffectiveUser): the user at the keyboard
   * for a menu item, the trigger's creator for an installable trigger ("Installable triggers
   * always run under the account of the person who created them",
   * https://developers.google.com/apps-script/guides/triggers/installable). Triggers it creates
   * are this user's. Absent: the active user, or the owner when Apps Script cannot tell.
   */
  readonly effectiveUser?: string;
  /** Started from the spreadsheet UI (menu): only then does getUi() work. */
  readonly interactive: boolean;
  readonly startedAt: number;
  readonly realm: Realm;
  readonly calls: CallCounter;
  killed: boolean;
}

export class CallCounter {
  readonly byMethod = new Map<string, number>();
  /** Every call in order, to see where an execution's calls go. */
  readonly sequence: string[] = [];
  total = 0;

  count(name: string): void {
    this.total += 1;
    this.sequence.push(name);
    this.byMethod.set(name, (this.byMethod.get(name) ?? 0) + 1);
  }

  of(name: string): number {
    return this.byMethod.get(name) ?? 0;
  }

  /** Calls whose name starts with the prefix, e.g. "Range.setValues" or "Range." */
  matching(prefix: string): number {
    let n = 0;
    for (const [name, count] of this.byMethod) if (name.startsWith(prefix)) n += count;
    return n;
  }

  reset(): void {
    this.byMethod.clear();
    this.sequence.length = 0;
    this.total = 0;
  }

  summary(): Record<string, number> {
    return Object.fromEntries([...this.byMethod].sort((a, b) => b[1] - a[1]));
  }
}

export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  /** The blobs sent with it, as MailApp received them. */
  readonly attachments?: readonly { readonly name: string; readonly contentType: string; readonly bytes: Buffer }[];
}

export interface Toast {
  readonly message: string;
  readonly title: string;
}

export interface MenuItem {
  readonly caption: string;
  readonly functionName: string;
}

export interface FakeTrigger {
  readonly id: string;
  readonly handler: string;
  readonly eventType: "ON_EDIT" | "ON_FORM_SUBMIT" | "ON_OPEN" | "ON_CHANGE" | "CLOCK";
  readonly source: "SPREADSHEETS" | "FORMS" | "CLOCK";
  readonly sourceId: string | null;
  /** For one-off clock triggers: when it fires (virtual ms). */
  readonly at: number | null;
  readonly everyDays: number | null;
  /** For recurring clock triggers every n minutes (TimeBasedTriggerBuilder.everyMinutes: 1, 5, 10, 15 or 30). */
  readonly everyMinutes?: number | null;
  /** Who created it: it runs as them, counts towards their limit, and only they list it. */
  readonly owner: string;
}

export class ExecutionTimeout extends Error {}

/** Calls a custom function may not make (it may only read). */
const WRITES = /^(Range|Sheet|Spreadsheet|Protection)\.(set|insert|delete|protect|toast|sort|append|clear)|^(MailApp|ScriptApp|FormApp|DocumentApp|DriveApp|Drive\.|Docs\.)/;

export class FakeStore {
  /** Virtual time (ms since epoch): what `new Date()` returns inside the sandbox. */
  clock: number;
  /** Virtual time each service call costs, to exercise the 6-minute limit. */
  callCostMs = 0;
  readonly executionLimitMs = 6 * 60_000;
  readonly owner = "admin@bkpsdm.go.id";
  readonly domain = "bkpsdm.go.id";
  /** Staff the spreadsheet is shared with (editors). */
  readonly spreadsheetEditors = ["petugas@bkpsdm.go.id", "verifikator@bkpsdm.go.id", "kepala@bkpsdm.go.id"];
  spreadsheet!: FakeSpreadsheet;
  readonly forms = new Map<string, FakeForm>();
  readonly triggers: FakeTrigger[] = [];
  readonly properties = { script: new Map<string, string>(), document: new Map<string, string>(), user: new Map<string, string>() };
  /** Execution holding the document lock (LockService.getDocumentLock). */
  lockHolder: number | null = null;
  /** LockService.getDocumentLock() returns null (as it may outside a container-bound context). */
  documentLockNull = false;
  /** Execution holding the script lock, a separate lock (LockService.getScriptLock). */
  scriptLockHolder: number | null = null;
  /** One-off clock triggers that have fired (they stay listed, like the real ones, but never fire again). */
  readonly firedTriggers = new Set<string>();
  /** Set by a "broken lock" test: locks pretend to be taken without excluding anyone. */
  lockDisabled = false;
  /**
   * What the sandbox's Intl offers. Apps Script documents no Intl support at all, so tests also run
   * the bundle with it absent, or present without `timeZoneName: "longOffset"` (an ICU-lite build).
   */
  intl: "full" | "noLongOffset" | "absent" = "full";
  /**
   * Utilities.formatDate with a zone ID it does not know: Java's TimeZone falls back to GMT
   * silently, but the Apps Script page does not say; model both.
   */
  unknownZone: "gmt" | "throw" = "gmt";
  /** getValues on text typed with a leading apostrophe: without it (usual) or with it (see cells.ts). */
  apostropheReadBack: ApostropheReadBack = "stripped";
  mailQuota = 100;
  /** Whether TextFinder searches rows staff hid: the TextFinder reference does not say (text-finder.ts). */
  textFinderHiddenRows: "searched" | "skipped" = "searched";
  /**
   * SpreadsheetApp.getActiveSpreadsheet() in a web app execution (doGet) of a bound script: its
   * reference does not say, so both are modelled — the container (usual) or null.
   */
  webAppActiveSpreadsheet: "container" | "null" = "container";
  /** CacheService's document and script caches (services.ts), shared by every execution. */
  readonly caches = {
    document: new Map<string, { value: string; until: number }>(),
    script: new Map<string, { value: string; until: number }>(),
  };
  /** True: every cache read first loses all entries (the cache keeps nothing it promised). */
  cacheEvicts = false;
  /**
   * "Simultaneous executions: 30 / user" (1,000 per script), https://developers.google.com/apps-script/guides/services/quotas
   * (current limitations): a trigger event past it starts no execution and leaves no trace but the
   * response itself. `droppedExecutions` counts them.
   */
  simultaneousExecutionsPerUser = 30;
  simultaneousExecutionsPerScript = 1_000;
  droppedExecutions = 0;
  /** Files, Docs and quotas of the owner's Drive. */
  readonly drive = new FakeDrive();
  /** The manifest's oauthScopes (set by the harness); null = not checked. */
  scopes: ReadonlySet<string> | null = null;
  readonly mails: Mail[] = [];
  readonly toasts: Toast[] = [];
  readonly alerts: string[] = [];
  readonly logs: string[] = [];
  menu: { title: string; items: MenuItem[] } | null = null;
  readonly totalCalls = new CallCounter();
  /** Cells moved by batch reads and writes (what a cell-by-cell script would fetch one call at a time). */
  /** Cells whose values reached a script (read), cells written, cells a TextFinder looked at on Google's side (searched). */
  readonly cells = { read: 0, written: 0, searched: 0 };
  readonly stack: Execution[] = [];
  /** Called on every service call; the interleaving scheduler starts other executions here. */
  onServiceCall: ((execution: Execution, name: string, target: object | undefined) => void) | null = null;
  private nextId = 1;

  constructor(now: number) {
    this.clock = now;
  }

  newId(prefix: string): string {
    return `${prefix}-${this.nextId++}`;
  }

  current(): Execution {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw new Error("No Apps Script execution is running (call through the harness).");
    return top;
  }

  /** Counts a call by the running execution, advances virtual time and enforces the 6-minute limit. */
  recordCall(name: string, target?: object): void {
    const execution = this.current();
    if (execution.killed) throw new ExecutionTimeout("Exceeded maximum execution time");
    if (execution.authMode === "CUSTOM_FUNCTION" && WRITES.test(name)) {
      throw new Error(`You do not have permission to call ${name.split(".")[1]}`);
    }
    execution.calls.count(name);
    this.totalCalls.count(name);
    this.clock += this.callCostMs;
    if (this.clock - execution.startedAt > this.executionLimitMs) {
      execution.killed = true;
      throw new ExecutionTimeout("Exceeded maximum execution time");
    }
    this.onServiceCall?.(execution, name, target);
  }

  hasScope(scope: string): boolean {
    return this.scopes === null || this.scopes.has(scope);
  }

  /** Throws like Apps Script when the manifest grants none of `anyOf` (checked for Drive and Docs only). */
  requireScope(call: string, anyOf: readonly string[]): void {
    if (this.scopes === null || anyOf.some((s) => this.scopes!.has(s))) return;
    throw new Error(`You do not have permission to call ${call}. Required permissions: ${anyOf.join(" || ")}`);
  }

  /** The running execution's effective user (see Execution.effectiveUser). */
  effectiveUser(): string {
    const execution = this.current();
    return execution.effectiveUser || execution.user || this.owner;
  }

  requireAuth(service: string): void {
    const mode = this.current().authMode;
    if (mode !== "FULL") {
      throw new Error(`You do not have permission to call ${service}. Required permissions are not granted in this context.`);
    }
  }
}
