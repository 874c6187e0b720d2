// A snapshot folder as a read-only place. Reading verifies the whole snapshot first.
import { basename } from "node:path";
import { SyncError } from "../errors";
import type { Spreadsheet } from "../model";
import { loadSnapshot, openManifest, type Loaded } from "../snapshot/read";
import { resolveSnapshot } from "../snapshot/store";
import type { Place, ReadOptions } from "./types";

export class SnapshotPlace implements Place {
  readonly kind = "snapshot" as const;
  /** What the last read checked, for the command's report. */
  loaded?: Loaded;
  private resolved?: string;

  constructor(
    readonly path: string,
    private readonly key: Buffer | undefined,
    private readonly notice: (message: string) => void = () => {},
  ) {}

  describe(): string {
    return `cadangan ${basename(this.resolved ?? this.path)}`;
  }

  async read(options: ReadOptions = {}): Promise<Spreadsheet> {
    const { dir, newestOf, passedOver = [] } = await resolveSnapshot(this.path);
    this.resolved = dir;
    for (const s of passedOver) this.notice(`Melewati ${s.name} (lebih baru, tetapi tidak bisa dipakai): ${s.problem}`);
    if (newestOf) this.notice(`Memakai cadangan terbaru di ${newestOf}: ${basename(dir)}`);
    const manifest = await openManifest(dir);
    const names = manifest.tabs.map((t) => t.name);
    const wanted = options.tabs ?? names;
    const missing = wanted.filter((t) => !names.includes(t));
    if (missing.length > 0 && !options.missingOk) {
      throw new SyncError("NOT_FOUND", `Tab ${missing.map((m) => `"${m}"`).join(", ")} tidak ada di ${this.describe()}.`);
    }
    // Every file's hash is checked even when only one tab is decoded.
    this.loaded = await loadSnapshot(dir, { decode: wanted, ...(this.key ? { key: this.key } : {}) });
    return this.loaded.spreadsheet;
  }
}
