// A live Google spreadsheet as a place: read whole tabs, write planned changes.
import type { Access, SheetsFactory } from "../auth";
import { SyncError } from "../errors";
import type { Spreadsheet } from "../model";
import type { Progress } from "../progress";
import { SheetsApi, type RequestStats, type SheetsOptions } from "./sheets-api";
import { fetchMeta, readTabs, type Meta } from "./sheets-read";
import { writeTabs } from "./sheets-write";
import type { ReadOptions, TabWrite, WritablePlace, WrittenPart } from "./types";

export class SheetsPlace implements WritablePlace {
  readonly kind = "sheets" as const;
  private api?: SheetsApi;
  private meta?: Meta;

  constructor(
    readonly spreadsheetId: string,
    private readonly access: Access,
    private readonly factory: SheetsFactory,
    private readonly options: SheetsOptions,
  ) {}

  describe(): string {
    return this.meta?.title ? `Google Sheets "${this.meta.title}" (${this.spreadsheetId})` : `Google Sheets ${this.spreadsheetId}`;
  }

  get stats(): RequestStats {
    return this.api?.stats ?? { reads: 0, writes: 0, retries: 0 };
  }

  private async connect(): Promise<SheetsApi> {
    this.api ??= new SheetsApi(await this.factory(this.access), this.spreadsheetId, this.options);
    return this.api;
  }

  async read(options: ReadOptions = {}): Promise<Spreadsheet> {
    const api = await this.connect();
    const meta = (this.meta = options.sameTabsAsLastRead && this.meta ? this.meta : await fetchMeta(api));
    const wanted = options.tabs ?? meta.sheets.map((s) => s.title);
    const missing = wanted.filter((name) => !meta.sheets.some((s) => s.title === name));
    if (missing.length > 0 && !options.missingOk) {
      throw new SyncError("NOT_FOUND", `Tab ${missing.map((m) => `"${m}"`).join(", ")} tidak ada di ${this.describe()}.`);
    }
    const selected = meta.sheets.filter((s) => wanted.includes(s.title));
    const tabs = await readTabs(api, selected, options.progress);
    return { id: meta.id, title: meta.title, tabs };
  }

  async write(writes: readonly TabWrite[], progress?: Progress): Promise<WrittenPart[]> {
    if (this.access !== "write") throw new SyncError("INTERNAL", "Tempat ini dibuka hanya untuk dibaca.");
    const api = await this.connect();
    const meta = this.meta ?? (this.meta = await fetchMeta(api));
    const parts = await writeTabs(api, meta, writes, progress);
    this.meta = undefined; // grid sizes changed
    return parts;
  }
}
