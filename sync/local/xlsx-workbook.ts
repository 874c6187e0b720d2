// XlsxWorkbookFile: the Workbook port over a local .xlsx file. The register tabs are read once
// (sync/local/xlsx/, a surgical OOXML reader), the engine works on that copy, and `save` writes
// back only the cells that changed — into the same file structure, byte for byte elsewhere —
// checks the new file by reading it back, and only then replaces the file on disk.
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { MemoryWorkbook } from "../../apps-script/core/memory-workbook";
import type { RawTable } from "../../apps-script/core/ports";
import type { RegisterDef } from "../../apps-script/core/registers/schema";
import { KOLOM_KASUS, registerNamed, REGISTERS } from "../../apps-script/core/registers/catalog";
import { registerResolver } from "../../apps-script/core/registers/case-registers";
import { LocalFileError } from "./errors";
import { replaceFileDurably, sha256Hex } from "./file-guard";
import { XlsxDocument, type SheetWriter } from "./xlsx/document";
import { dropdownRules } from "./xlsx/dropdowns";
import { XlsxFormatError, XlsxWriteRefused } from "./xlsx/format-error";
import { columnsOf, kindOfColumn } from "./xlsx/new-sheet";
import { newWorkbookBytes } from "./xlsx/new-workbook";
import type { ColumnKind } from "./xlsx/serial-date";
import type { CellWrite } from "./xlsx/sheet-writer";
import { sameCell, storedValue } from "./xlsx/stored-value";
import { XlsxVerifyError } from "./xlsx/verify";
import { normalizeHeader } from "../../apps-script/core/registers/table";

export interface XlsxOpenOptions {
  /** Start an empty workbook when the file does not exist; `save` then creates it. */
  readonly createIfMissing?: boolean;
  /** Test hooks: how the file is replaced, and the sheet writer (to prove the self-check). */
  readonly replaceFile?: typeof replaceFileDurably;
  readonly sheetWriter?: SheetWriter;
}

/** Column kinds of a tab from its register definition and its header texts. */
export function kindsFor(name: string, defOf: (name: string) => RegisterDef | undefined = registerNamed): (headers: readonly string[]) => ColumnKind[] {
  const def = defOf(name);
  return (headers) => columnsOf(def, headers).map(kindOfColumn);
}

function invalid(path: string, reason: string, cause?: unknown): LocalFileError {
  return new LocalFileError(
    "INVALID",
    `Berkas ${basename(path)} tidak dapat dibaca sebagai .xlsx: ${reason}. Buka berkas itu di LibreOffice atau Excel dan simpan ulang sebagai "Excel 2007-365 (.xlsx)", atau pakai cadangan yang masih baik.`,
    { cause },
  );
}

async function readBytes(path: string, createIfMissing: boolean): Promise<Uint8Array | null> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new LocalFileError("INVALID", `${path} adalah folder, bukan berkas .xlsx. Sebutkan berkas buku kerjanya, mis. data-lokal/sertifikasi.xlsx.`);
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof LocalFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      if (createIfMissing) return null;
      throw new LocalFileError("NOT_FOUND", `Berkas ${path} tidak ditemukan. Periksa nama dan foldernya (--berkas), atau jalankan tanpa --berkas untuk membuat buku kerja contoh.`, { cause: error });
    }
    if (code === "EACCES" || code === "EPERM") {
      throw new LocalFileError("NO_ACCESS", `Berkas ${basename(path)} tidak dapat dibaca: izin aksesnya ditolak. Periksa izin berkas dan foldernya, atau jalankan sebagai pengguna pemiliknya.`, { cause: error });
    }
    if (code === "EISDIR") throw new LocalFileError("INVALID", `${path} adalah folder, bukan berkas .xlsx.`, { cause: error });
    throw new LocalFileError("NO_ACCESS", `Berkas ${basename(path)} tidak dapat dibaca dari disk (${code ?? "galat baca"}). Periksa disknya lalu coba lagi.`, { cause: error });
  }
}

export interface SaveOptions {
  /** Runs with the new file's SHA-256 once it is complete on disk, just before it replaces the old one. */
  readonly beforeReplace?: (sha256: string) => Promise<void>;
}

export class XlsxWorkbookFile {
  /** The tables as the file holds them now: what the workbook is compared with on save. */
  private baseline = new Map<string, RawTable>();

  private constructor(
    readonly path: string,
    private doc: XlsxDocument | null,
    private fileSha256: string | null,
    readonly workbook: MemoryWorkbook,
    private readonly options: XlsxOpenOptions,
  ) {}

  /** Opens an existing file, or starts an empty workbook when `createIfMissing` and there is none. */
  static async open(path: string, options: XlsxOpenOptions = {}): Promise<XlsxWorkbookFile> {
    const bytes = await readBytes(path, options.createIfMissing === true);
    if (!bytes) return new XlsxWorkbookFile(path, null, null, new MemoryWorkbook(), options);
    let doc: XlsxDocument;
    const tables: RawTable[] = [];
    try {
      doc = XlsxDocument.open(bytes);
      for (const def of REGISTERS) if (doc.hasSheet(def.name)) tables.push(doc.readSheet(def.name, kindsFor(def.name)).table);
      // Case registers declared as data (Kolom Kasus): their tabs, with their own column types.
      const defOf = registerResolver(tables.find((t) => t.name === KOLOM_KASUS.name) ?? null);
      for (const name of doc.sheetNames()) {
        if (!registerNamed(name) && defOf(name)) tables.push(doc.readSheet(name, kindsFor(name, defOf)).table);
      }
    } catch (error) {
      if (error instanceof XlsxFormatError) throw invalid(path, error.message, error);
      throw error;
    }
    const file = new XlsxWorkbookFile(path, doc, sha256Hex(bytes), new MemoryWorkbook(tables), options);
    for (const t of tables) file.baseline.set(t.name, t);
    return file;
  }

  /**
   * Writes the changed cells back and returns how many were written; 0 leaves the file untouched
   * (not even its modification time). Nothing is replaced unless the new file passed the self-check.
   */
  async save(options: SaveOptions = {}): Promise<number> {
    const replace = this.options.replaceFile ?? replaceFileDurably;
    const names = this.workbook.tableNames();
    if (!this.doc) {
      const tables = names.map((n) => this.workbook.readTable(n)!);
      if (tables.length === 0) return 0;
      const bytes = await newWorkbookBytes(tables);
      await replace(this.path, bytes, options.beforeReplace ? { beforeReplace: options.beforeReplace } : {});
      this.rebase(bytes);
      return tables.reduce((n, t) => n + t.headers.length + t.rows.reduce((m, r) => m + r.filter((v) => v !== null && v !== "").length, 0), 0);
    }
    const doc = this.doc;
    const defOf = this.defOf();
    const cells = new Map<string, CellWrite[]>();
    const newTables: RawTable[] = [];
    let written = 0;
    for (const name of names) {
      const now = this.workbook.readTable(name)!;
      const before = this.baselineOf(name);
      if (before) {
        const writes = changedCells(before, now, doc.date1904, defOf);
        if (writes.length > 0) cells.set(name, writes), (written += writes.length);
      } else if (doc.hasSheet(name)) {
        throw new Error(`tab ${name} exists in the file but was not read`);
      } else {
        newTables.push(now);
        written += now.headers.length + now.rows.reduce((m, r) => m + r.filter((v) => v !== null && v !== "").length, 0);
      }
    }
    if (written === 0) return 0;
    const all = names.map((n) => this.workbook.readTable(n)!);
    const locate = (register: string, header: string) => {
      const i = all.find((t) => t.name === register)?.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header)) ?? -1;
      return i < 0 ? undefined : i;
    };
    const newSheets = newTables.map((table) => {
      const def = defOf(table.name);
      return { table, ...(def ? { def } : {}), dropdowns: def ? dropdownRules(def, table.headers, locate) : [] };
    });
    let bytes: Uint8Array;
    try {
      const options = { headersOf: (name: string) => this.workbook.readTable(name)?.headers ?? [], kindsOf: (name: string) => kindsFor(name, defOf) };
      const result = await doc.save({ cells, newSheets }, this.options.sheetWriter ? { ...options, writer: this.options.sheetWriter } : options);
      bytes = result.bytes;
    } catch (error) {
      throw this.saveError(error);
    }
    await replace(this.path, bytes, {
      ...(this.fileSha256 ? { expectedSha256: this.fileSha256 } : {}),
      ...(options.beforeReplace ? { beforeReplace: options.beforeReplace } : {}),
    });
    this.rebase(bytes);
    return written;
  }

  /** Register definitions by tab name: the catalog's and the case registers Kolom Kasus declares. */
  private defOf(): (name: string) => RegisterDef | undefined {
    return registerResolver(this.workbook.readTable(KOLOM_KASUS.name));
  }

  /** SHA-256 of the file as this object last read or wrote it (null before a new file is saved). */
  get sha256(): string | null {
    return this.fileSha256;
  }

  /** After a save the file holds the workbook's state: later saves compare with the new file. */
  private rebase(bytes: Uint8Array): void {
    this.doc = XlsxDocument.open(bytes);
    this.fileSha256 = sha256Hex(bytes);
    this.baseline = new Map();
  }

  private baselineOf(name: string): RawTable | undefined {
    const known = this.baseline.get(name);
    const defOf = this.defOf();
    if (known || !this.doc || !this.doc.hasSheet(name) || !defOf(name)) return known;
    const table = this.doc.readSheet(name, kindsFor(name, defOf)).table;
    this.baseline.set(name, table);
    return table;
  }

  private saveError(error: unknown): unknown {
    const name = basename(this.path);
    if (error instanceof XlsxWriteRefused) return new LocalFileError("INVALID", `Hasil tidak disimpan ke ${name}: ${error.message}. Berkas tidak diubah.`, { cause: error });
    if (error instanceof XlsxVerifyError) {
      const list = error.differences.slice(0, 5).map((d) => `${d.cell}: ${d.what}`).join("; ");
      const more = error.differences.length > 5 ? ` (dan ${error.differences.length - 5} lagi)` : "";
      return new LocalFileError(
        "VERIFY_FAILED",
        `Penyimpanan ke ${name} dibatalkan: pemeriksaan ulang berkas baru menemukan perbedaan — ${list}${more}. Berkas lama tidak diubah. Laporkan pesan ini kepada pengelola aplikasi.`,
        { cause: error },
      );
    }
    if (error instanceof XlsxFormatError) return new LocalFileError("INVALID", `Hasil tidak dapat disimpan ke ${name}: ${error.message}. Berkas tidak diubah.`, { cause: error });
    return error;
  }
}

/** The cells of `now` that differ from `before` (the file), as writes in sheet coordinates. */
export function changedCells(before: RawTable, now: RawTable, date1904: boolean, defOf: (name: string) => RegisterDef | undefined = registerNamed): CellWrite[] {
  const writes: CellWrite[] = [];
  const kinds = kindsFor(now.name, defOf)(now.headers);
  // Header row: only labels appended after the existing ones; an existing header is never rewritten.
  for (let c = before.headers.length; c < now.headers.length; c += 1) {
    if (now.headers[c] !== "") writes.push({ row: 0, col: c, value: now.headers[c]! });
  }
  now.rows.forEach((cells, r) => {
    const old = before.rows[r];
    const nowFormulas = now.formulas?.get(r);
    const oldFormulas = before.formulas?.get(r);
    // A row the workbook never wrote is still the very array read from the file.
    if (cells === old && nowFormulas?.size === oldFormulas?.size) return;
    const width = Math.max(cells.length, old?.length ?? 0);
    for (let c = 0; c < width; c += 1) {
      const kind = kinds[c] ?? "other";
      const nowFormula = nowFormulas?.get(c);
      const oldFormula = oldFormulas?.get(c);
      if (nowFormula !== undefined) {
        if (nowFormula !== oldFormula) writes.push({ row: r + 1, col: c, value: cells[c] ?? null, formula: nowFormula.replace(/^=/, ""), kind });
        continue;
      }
      const value = cells[c] ?? null;
      if (oldFormula !== undefined || !sameCell(storedValue(value, kind, date1904), old?.[c] ?? null)) writes.push({ row: r + 1, col: c, value: value === "" ? null : value, kind });
    }
  });
  return writes;
}
