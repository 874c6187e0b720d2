// A local .xlsx workbook as a place (one worksheet per register, headers in row 1, as the main
// job uses): read every sheet (exceljs), or write planned changes in place — only the cells that
// differ, through the surgical writer — and save atomically. Commands that write one hold its
// lock (withXlsxLock) across read, plan and write, as `npm start` does.
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { withWorkbookLock, type WorkbookLock } from "../../local/file-guard";
import { SyncError, withLocalErrors } from "../errors";
import { setFormula, trimRows, type Cell, type Spreadsheet, type Tab } from "../model";
import type { Progress } from "../progress";
import type { ReadOptions, TabWrite, WritablePlace, WrittenPart } from "./types";
import { readCell } from "./xlsx-cells";
import { saveXlsx } from "./xlsx-save";
import { editXlsx, newXlsx, openXlsx } from "./xlsx-write";

async function exists(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

const sha256 = (data: Uint8Array): string => createHash("sha256").update(data).digest("hex");

/** The file's bytes with their SHA-256, or null when there is no file. */
async function readBytes(path: string): Promise<{ bytes: Buffer; sha256: string } | null> {
  if (!(await exists(path))) return null;
  const bytes = await readFile(path);
  return { bytes, sha256: sha256(bytes) };
}

async function load(path: string, bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new SyncError("CORRUPT", `Berkas ${basename(path)} tidak bisa dibaca sebagai .xlsx.`, { cause: error });
  }
  return workbook;
}

/**
 * Runs `work` holding the workbook's lock, the one `npm start` takes: refused (SyncError IN_USE)
 * while the engine runs on it or an office app has it open. Leftovers of a killed run are
 * removed first and named through `notice`.
 */
export function withXlsxLock<T>(path: string, work: (lock: WorkbookLock) => Promise<T>, notice: (message: string) => void = () => {}): Promise<T> {
  return withLocalErrors(() =>
    withWorkbookLock(path, (lock) => {
      if (lock.removedLeftovers.length > 0) notice(`Berkas sementara sisa proses yang terhenti dihapus: ${lock.removedLeftovers.join(", ")}`);
      return work(lock);
    }),
  );
}

function readSheet(sheet: ExcelJS.Worksheet): Tab {
  const tab: Tab = { name: sheet.name, rows: [], formulas: new Map() };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const { value, formula } = readCell(cell);
      out[col - 1] = value;
      if (formula) setFormula(tab.formulas, rowNumber - 1, col - 1, formula);
    });
    for (let c = 0; c < out.length; c++) out[c] ??= null;
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    tab.rows[rowNumber - 1] = out;
  });
  for (let r = 0; r < tab.rows.length; r++) tab.rows[r] ??= [];
  trimRows(tab.rows);
  return tab;
}

export class XlsxPlace implements WritablePlace {
  readonly kind = "xlsx" as const;
  /** SHA-256 of the file as last read (null: there was none); write refuses a file changed since. */
  private readSha256: string | null | undefined;

  /** `fresh`: write a new workbook over whatever is there (export), instead of editing it. */
  constructor(
    readonly path: string,
    private readonly options: { readonly fresh?: boolean } = {},
  ) {}

  describe(): string {
    return `berkas ${basename(this.path)}`;
  }

  async read(options: ReadOptions = {}): Promise<Spreadsheet> {
    const file = await readBytes(this.path);
    this.readSha256 = file?.sha256 ?? null;
    if (!file) {
      if (options.missingOk) return { tabs: [] };
      throw new SyncError("NOT_FOUND", `Berkas ${this.path} tidak ada.`);
    }
    const workbook = await load(this.path, file.bytes);
    const names = workbook.worksheets.map((s) => s.name);
    const missing = (options.tabs ?? []).filter((t) => !names.includes(t));
    if (missing.length > 0 && !options.missingOk) {
      throw new SyncError("NOT_FOUND", `Tab ${missing.map((m) => `"${m}"`).join(", ")} tidak ada di ${this.describe()}.`);
    }
    const sheets = workbook.worksheets.filter((s) => !options.tabs || options.tabs.includes(s.name));
    const title = workbook.title || basename(this.path, ".xlsx");
    return { title, tabs: sheets.map(readSheet) };
  }

  async write(writes: readonly TabWrite[], progress?: Progress): Promise<WrittenPart[]> {
    const file = await readBytes(this.path);
    if (this.readSha256 !== undefined && (file?.sha256 ?? null) !== this.readSha256) {
      throw new SyncError("CONFLICT", `Berkas ${basename(this.path)} berubah sejak dibaca; tidak ada yang ditulis. Jalankan perintahnya lagi.`);
    }
    progress?.begin("Menulis", writes.length);
    // Only the cells that differ are rewritten, by the writer `npm start` uses (see xlsx-write.ts).
    const edit = file && !this.options.fresh ? await editXlsx(this.path, openXlsx(this.path, file.bytes), writes, progress) : await newXlsx(this.path, writes, progress);
    progress?.end();
    if (edit.bytes) await saveXlsx(this.path, edit.bytes, file?.sha256);
    this.readSha256 = undefined; // the next write plans against a new read
    return edit.parts;
  }
}
