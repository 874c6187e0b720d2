// LockService, PropertiesService, CacheService, Session, MailApp and Utilities (sleep, getUuid, newBlob)
// in the fake. Locks are shared by all executions of the store; a lock held by another
// execution is "busy" (nested executions cannot wait for an outer one, so tryLock returns false).
import { randomUUID } from "node:crypto";
import { tzOffset } from "@date-fns/tz";
import { isDateObject } from "./cells";
import { FakeBlob } from "./drive";
import type { FakeStore } from "./store";

type LockKind = "document" | "script";

/**
 * A lock of LockService: "getDocumentLock … prevents any user of the current document from
 * concurrently running a section of code", "getScriptLock … prevents any user from concurrently
 * running a section of code" (https://developers.google.com/apps-script/reference/lock/lock-service);
 * they are distinct locks, so holding one does not exclude a holder of the other. tryLock returns
 * false and waitLock throws when the wait runs out (https://developers.google.com/apps-script/reference/lock/lock).
 */
class FakeLock {
  readonly serviceName = "Lock";
  constructor(
    private readonly store: FakeStore,
    private readonly kind: LockKind,
  ) {}
  private get holder(): number | null {
    return this.kind === "document" ? this.store.lockHolder : this.store.scriptLockHolder;
  }
  private set holder(id: number | null) {
    if (this.kind === "document") this.store.lockHolder = id;
    else this.store.scriptLockHolder = id;
  }
  tryLock(timeoutMs: number): boolean {
    const me = this.store.current().id;
    if (this.store.lockDisabled) return true;
    if (this.holder === null || this.holder === me) {
      this.holder = me;
      return true;
    }
    this.store.clock += timeoutMs;
    return false;
  }
  waitLock(timeoutMs: number): void {
    if (!this.tryLock(timeoutMs)) throw new Error("Lock timeout: another process was holding the lock for too long.");
  }
  hasLock(): boolean {
    return this.holder === this.store.current().id;
  }
  releaseLock(): void {
    if (this.holder === this.store.current().id) this.holder = null;
  }
}

export class FakeLockService {
  readonly serviceName = "LockService";
  constructor(private readonly store: FakeStore) {}
  /**
   * "Returns null if the method is called from a script that is not container-bound" (and, in
   * practice, in some trigger contexts): https://developers.google.com/apps-script/reference/lock/lock-service#getdocumentlock
   */
  getDocumentLock(): FakeLock | null {
    return this.store.documentLockNull ? null : new FakeLock(this.store, "document");
  }
  getScriptLock(): FakeLock {
    return new FakeLock(this.store, "script");
  }
}

class FakeProperties {
  readonly serviceName = "Properties";
  constructor(private readonly map: Map<string, string>) {}
  getProperty(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    if (String(value).length > 9 * 1024) throw new Error("Argument too large: value");
    this.map.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): this {
    this.map.delete(key);
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.map);
  }
  getKeys(): string[] {
    return [...this.map.keys()];
  }
}

export class FakePropertiesService {
  readonly serviceName = "PropertiesService";
  constructor(private readonly store: FakeStore) {}
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.store.properties.script);
  }
  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this.store.properties.document);
  }
  getUserProperties(): FakeProperties {
    return new FakeProperties(this.store.properties.user);
  }
}

export class FakeSession {
  readonly serviceName = "Session";
  constructor(
    private readonly store: FakeStore,
    private readonly scriptTimeZone: string,
  ) {}
  getActiveUser(): { serviceName: string; getEmail(): string } {
    const email = this.store.current().user;
    return { serviceName: "User", getEmail: () => email };
  }
  /**
   * "The user under whose authority the script is running": the clicker for a menu item, the
   * creator for an installable trigger (https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()).
   */
  getEffectiveUser(): { serviceName: string; getEmail(): string } {
    const email = this.store.effectiveUser();
    return { serviceName: "User", getEmail: () => email };
  }
  getScriptTimeZone(): string {
    return this.scriptTimeZone;
  }
}

export class FakeMailApp {
  readonly serviceName = "MailApp";
  constructor(private readonly store: FakeStore) {}
  getRemainingDailyQuota(): number {
    this.store.requireAuth("MailApp.getRemainingDailyQuota");
    return this.store.mailQuota - this.store.mails.length;
  }
  /**
   * sendEmail(message): `attachments` is an array of BlobSource
   * (https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)); a
   * message carries at most 250 attachments of 25 MB in all ("Current limitations",
   * https://developers.google.com/apps-script/guides/services/quotas). The quota counts recipients.
   */
  sendEmail(a: string | { to: string; subject: string; body?: string; htmlBody?: string; attachments?: FakeBlob[] }, subject?: string, body?: string): void {
    this.store.requireAuth("MailApp.sendEmail");
    const message = typeof a === "string" ? { to: a, subject: subject ?? "", body: body ?? "", attachments: undefined } : a;
    if (!/^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(message.to)) throw new Error(`Invalid email: ${message.to}`);
    if (this.store.mails.length >= this.store.mailQuota) throw new Error("Service invoked too many times for one day: email.");
    const attachments = (message.attachments ?? []).map((blob) => {
      if (!(blob instanceof FakeBlob)) throw new Error("The parameters (Object) don't match the method signature for MailApp.sendEmail.");
      return { name: blob.getName() ?? "", contentType: blob.getContentType() ?? "", bytes: Buffer.from(blob.getBytes()) };
    });
    if (attachments.length > 250) throw new Error("Limit Exceeded: Email Attachments Per Message.");
    if (attachments.reduce((n, f) => n + f.bytes.length, 0) > 25 * 1024 * 1024) throw new Error("Limit Exceeded: Email Total Attachments Size.");
    this.store.mails.push({ to: message.to, subject: message.subject, body: message.body ?? message.htmlBody ?? "", ...(attachments.length > 0 ? { attachments } : {}) });
  }
}

/**
 * One cache (https://developers.google.com/apps-script/reference/cache/cache): keys up to 250
 * characters, values up to 100 KB, expiration up to 21,600 s (6 hours; default 600 s), getAll /
 * putAll / removeAll as one call each. "The cache is not guaranteed to hold an item until its
 * expiration" (CacheService guide, https://developers.google.com/apps-script/reference/cache):
 * `store.cacheEvicts` drops everything on the next read, so code must work on a miss.
 */
type CacheEntry = FakeStore["caches"]["document"] extends Map<string, infer E> ? E : never;

class FakeCache {
  readonly serviceName = "Cache";
  constructor(
    private readonly store: FakeStore,
    private readonly entries: Map<string, CacheEntry>,
  ) {}
  private checkKey(key: unknown): string {
    if (typeof key !== "string") throw new Error(`The parameters (${typeof key}) don't match the method signature for Cache.get.`);
    if (key.length > 250) throw new Error("Argument too large: key");
    return key;
  }
  private evictIfAsked(): void {
    if (this.store.cacheEvicts) this.entries.clear();
  }
  private read(key: string): string | null {
    const entry = this.entries.get(this.checkKey(key));
    return entry && entry.until > this.store.clock ? entry.value : null;
  }
  private write(key: string, value: unknown, ttlSeconds: number): void {
    if (typeof value !== "string") throw new Error(`The parameters (String,${typeof value}) don't match the method signature for Cache.put.`);
    if (value.length > 100 * 1024) throw new Error("Argument too large: value");
    if (!(ttlSeconds > 0) || ttlSeconds > 21_600) throw new Error("Invalid argument: expirationInSeconds");
    this.entries.set(this.checkKey(key), { value, until: this.store.clock + ttlSeconds * 1000 });
  }
  get(key: string): string | null {
    this.evictIfAsked();
    return this.read(key);
  }
  getAll(keys: string[]): Record<string, string> {
    this.evictIfAsked();
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.read(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }
  put(key: string, value: string, ttlSeconds = 600): void {
    this.write(key, value, ttlSeconds);
  }
  putAll(values: Record<string, string>, ttlSeconds = 600): void {
    for (const [key, value] of Object.entries(values)) this.write(key, value, ttlSeconds);
  }
  remove(key: string): void {
    this.entries.delete(this.checkKey(key));
  }
  removeAll(keys: string[]): void {
    for (const key of keys) this.entries.delete(this.checkKey(key));
  }
}

/** The document cache and the script cache are separate caches. */
export class FakeCacheService {
  readonly serviceName = "CacheService";
  private readonly documentCache: FakeCache;
  private readonly scriptCache: FakeCache;
  constructor(store: FakeStore) {
    // Entries live in the store: a cache outlasts the execution that filled it.
    this.documentCache = new FakeCache(store, store.caches.document);
    this.scriptCache = new FakeCache(store, store.caches.script);
  }
  getScriptCache(): FakeCache {
    return this.scriptCache;
  }
  getDocumentCache(): FakeCache {
    return this.documentCache;
  }
}

export class FakeUtilities {
  readonly serviceName = "Utilities";
  private uuid = 0;
  constructor(private readonly store: FakeStore) {}
  sleep(ms: number): void {
    this.store.clock += ms;
  }
  newBlob(data: string, contentType?: string, name?: string): FakeBlob {
    return new FakeBlob(String(data), contentType ?? null, name ?? null);
  }
  /**
   * Java SimpleDateFormat patterns, the subset the bundle uses (y M d H m s, Z = "+0700", XXX =
   * "+07:00", quoted text); any other pattern letter throws, so a new use is noticed here first.
   * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
   */
  formatDate(date: Date, timeZone: string, format: string): string {
    if (!isDateObject(date) || typeof timeZone !== "string" || typeof format !== "string") {
      throw new Error("The parameters (" + [date, timeZone, format].map((v) => typeof v).join(",") + ") don't match the method signature for Utilities.formatDate.");
    }
    let zone = timeZone;
    if (!Number.isFinite(tzOffset(zone, date))) {
      if (this.store.unknownZone === "throw") throw new Error(`Invalid argument: timeZone`);
      zone = "UTC";
    }
    const offset = tzOffset(zone, date);
    const wall = new Date(date.getTime() + offset * 60_000);
    const pad = (n: number, w = 2) => String(n).padStart(w, "0");
    const sign = offset < 0 ? "-" : "+";
    const oh = pad(Math.floor(Math.abs(offset) / 60));
    const om = pad(Math.abs(offset) % 60);
    return format.replace(/'([^']*)'|y+|M+|d+|H+|m+|s+|XXX|Z|[A-Za-z]/g, (token, quoted: string | undefined) => {
      if (quoted !== undefined) return quoted;
      switch (token[0]) {
        case "y": return token.length === 2 ? pad(wall.getUTCFullYear() % 100) : pad(wall.getUTCFullYear(), 4);
        case "M": return pad(wall.getUTCMonth() + 1, token.length);
        case "d": return pad(wall.getUTCDate(), token.length);
        case "H": return pad(wall.getUTCHours(), token.length);
        case "m": return pad(wall.getUTCMinutes(), token.length);
        case "s": return pad(wall.getUTCSeconds(), token.length);
      }
      if (token === "XXX") return `${sign}${oh}:${om}`;
      if (token === "Z") return `${sign}${oh}${om}`;
      throw new Error(`Illegal pattern character '${token}'`);
    });
  }
  /** A random version-4 UUID, as Utilities.getUuid returns (https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()). */
  getUuid(): string {
    this.uuid += 1;
    return randomUUID();
  }
}

/**
 * HtmlService as far as a web app page uses it
 * (https://developers.google.com/apps-script/reference/html/html-service,
 * https://developers.google.com/apps-script/reference/html/html-output): createHtmlOutput(html)
 * and an HtmlOutput with getContent, setTitle/getTitle (chainable). Not modelled: templates,
 * sandbox modes, the iframe Google serves the page in.
 */
export class FakeHtmlService {
  readonly serviceName = "HtmlService";
  createHtmlOutput(html?: string): FakeHtmlOutput {
    if (html !== undefined && typeof html !== "string") throw new Error("The parameters (object) don't match the method signature for HtmlService.createHtmlOutput.");
    return new FakeHtmlOutput(html ?? "");
  }
}

export class FakeHtmlOutput {
  private title = "";
  constructor(private readonly content: string) {}
  getContent(): string {
    return this.content;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
}
