// An .xlsx opened for surgical editing: the zip's entries, the package structure, shared strings
// and sheets read on demand, and `save` that builds a new archive where only the parts that had
// to change are rewritten (the written sheets, styles.xml when a new xf was needed, and the
// package parts a new tab touches). Every other entry is copied compressed, byte for byte.
import type { RawTable } from "../../../apps-script/core/ports";
import type { RegisterDef } from "../../../apps-script/core/registers/schema";
import { readSharedStrings } from "./cell-value";
import type { DropdownRule } from "./dropdowns";
import { XlsxFormatError, XlsxWriteRefused } from "./format-error";
import { newSheetXml } from "./new-sheet";
import { EntryMap, readPackage, type PackageInfo } from "./package";
import {
  addOverride,
  addRelationship,
  addSheetToAppProps,
  addSheetToWorkbook,
  freshRelId,
  PART_TYPES,
  removeOverride,
  removeRelationshipsOfType,
  requestFullCalculation,
  targetFrom,
} from "./package-edit";
import type { ColumnKind } from "./serial-date";
import { readSheet, type SheetRead } from "./sheet-reader";
import { writeSheet, type CellWrite } from "./sheet-writer";
import { minimalStyles, StyleBook } from "./styles";
import { verifyPackage, XlsxVerifyError } from "./verify";
import { verifySheet, type Difference } from "./verify-sheet";
import { readZip, writeZip, type ZipEntry, type ZipItem } from "./zip";
import { compress, inflateEntry, type Compressed } from "./zip-codec";

export interface NewSheet {
  readonly table: RawTable;
  readonly def?: RegisterDef;
  readonly dropdowns?: readonly DropdownRule[];
}

export interface WorkbookEdits {
  /** Cells to write, per existing tab (read first with `readSheet`). */
  readonly cells: ReadonlyMap<string, readonly CellWrite[]>;
  readonly newSheets: readonly NewSheet[];
}

export interface SaveResult {
  readonly bytes: Uint8Array;
  /** Entry names whose content was rewritten (or added), and entries left out. */
  readonly changed: ReadonlySet<string>;
  readonly removed: ReadonlySet<string>;
  readonly added: readonly { readonly name: string; readonly path: string }[];
}

/** What the self-check needs from the caller: how it sees each tab's headers and column kinds. */
export interface SaveOptions {
  readonly headersOf: (sheet: string) => readonly string[];
  readonly kindsOf: (sheet: string) => (headers: readonly string[]) => readonly ColumnKind[];
  /** A hook for tests: replaces the sheet writer (to prove the self-check catches a bad one). */
  readonly writer?: SheetWriter;
}

export type SheetWriter = typeof writeSheet;

/**
 * A tab name Excel accepts (at most 31 characters, none of : \\ / ? * [ ], not blank) and that no
 * other tab has — ignoring case, as Excel does: "permohonan" beside "Permohonan" is a corrupt file.
 */
function refuseSheetName(name: string, existing: readonly string[]): void {
  const same = existing.find((e) => e.toLowerCase() === name.toLowerCase());
  if (same) throw new XlsxWriteRefused(`tab "${name}" tidak dapat dibuat karena sudah ada tab "${same}" (nama tab tidak membedakan huruf besar dan kecil); ganti nama tab itu menjadi "${name}"`);
  if (name.trim() === "" || name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new XlsxWriteRefused(`nama tab "${name}" tidak dapat dipakai di Excel (maks. 31 karakter, tanpa : \\ / ? * [ ])`);
}

export class XlsxDocument {
  private stringsCache: string[] | null = null;
  private readonly sheetsRead = new Map<string, SheetRead>();

  private constructor(
    readonly bytes: Uint8Array,
    readonly entries: readonly ZipEntry[],
    readonly map: EntryMap,
    readonly info: PackageInfo,
  ) {}

  /** Reads the archive and the package structure; throws XlsxFormatError. */
  static open(bytes: Uint8Array): XlsxDocument {
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
      throw new XlsxFormatError("ini berkas Excel lama (.xls) atau .xlsx yang dilindungi kata sandi, bukan .xlsx biasa");
    }
    if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new XlsxFormatError("isinya bukan buku kerja .xlsx (bukan arsip zip)");
    const entries = readZip(bytes);
    const map = new EntryMap(entries);
    return new XlsxDocument(bytes, entries, map, readPackage(map));
  }

  get date1904(): boolean {
    return this.info.date1904;
  }

  sheetNames(): string[] {
    return this.info.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.info.sheets.some((s) => s.name === name);
  }

  strings(): string[] {
    if (!this.stringsCache) {
      const path = this.info.sharedStringsPath;
      this.stringsCache = path ? readSharedStrings(inflateEntry(this.map.get(path)!)) : [];
    }
    return this.stringsCache;
  }

  /**
   * Reads a worksheet tab (cached; its XML is not kept — at 50,000 rows that is 80 MB the engine
   * run does not need — and is inflated again when the tab is written). Throws XlsxFormatError
   * naming the tab when it cannot be read.
   */
  readSheet(name: string, kinds: (headers: readonly string[]) => readonly ColumnKind[]): SheetRead {
    const cached = this.sheetsRead.get(name);
    if (cached) return cached;
    let read: SheetRead;
    try {
      read = readSheet(this.sheetBytes(name), name, { strings: this.strings(), date1904: this.date1904, kinds });
    } catch (error) {
      if (error instanceof XlsxFormatError && !error.message.startsWith("tab ")) throw new XlsxFormatError(`tab "${name}": ${error.message}`, { cause: error });
      throw error;
    }
    this.sheetsRead.set(name, read);
    return read;
  }

  /** A tab's worksheet XML, inflated (and CRC-checked) from the archive. */
  sheetBytes(name: string): Buffer {
    const sheet = this.info.sheets.find((s) => s.name === name);
    if (!sheet?.path) throw new XlsxFormatError(`tab "${name}" bukan lembar kerja biasa atau bagiannya hilang`);
    return inflateEntry(this.map.get(sheet.path)!);
  }

  /** Styles as read (a fresh, unedited book each call). */
  styleBook(): StyleBook {
    const path = this.info.stylesPath;
    return new StyleBook(path ? inflateEntry(this.map.get(path)!).toString("utf8") : minimalStyles());
  }

  /**
   * Builds the new archive and checks it (see verify.ts); nothing is written to disk here.
   * Throws XlsxVerifyError when the check finds a difference, XlsxWriteRefused for a write into
   * a merged block or an array formula. Tabs are written one at a time, each checked against its
   * original XML before it is packed, and compressed on zlib's thread pool meanwhile.
   */
  async save(edits: WorkbookEdits, options: SaveOptions): Promise<SaveResult> {
    const writer = options.writer ?? writeSheet;
    const styles = this.styleBook();
    const compressed = new Map<string, Promise<Compressed>>();
    const changedText = new Map<string, Uint8Array>();
    const removed = new Set<string>();
    const differences: Difference[] = [];
    let formulaRemoved = false;
    let written = 0;
    for (const [name, writes] of edits.cells) {
      if (writes.length === 0) continue;
      const read = this.sheetsRead.get(name);
      const path = this.info.sheets.find((s) => s.name === name)?.path;
      if (!read || !path) throw new Error(`tab ${name} must be read before it is written`);
      const original = this.sheetBytes(name);
      const result = writer(original, read.index, writes, styles, this.date1904, name);
      formulaRemoved ||= result.formulaRemoved;
      written += writes.length;
      differences.push(
        ...verifySheet({
          name,
          original,
          index: read.index,
          next: result.bytes,
          writes,
          materialized: result.materialized,
          headers: options.headersOf(name),
          strings: this.strings(),
          date1904: this.date1904,
          styles,
          materializedText: (r, c) => read.table.formulas?.get(r - 1)?.get(c)?.slice(1),
        }),
      );
      // The XML just checked is what the entry holds: zlib's CRC-32 of it goes into the archive.
      compressed.set(path, compress(result.bytes));
    }

    const text = (path: string) => this.map.text(path) ?? "";
    let workbook = text(this.info.workbookPath);
    let rels = text(this.info.workbookRelsPath);
    let types = text("[Content_Types].xml");
    let app = this.map.get("docProps/app.xml") ? text("docProps/app.xml") : null;
    const touched = new Set<string>();
    const added: { name: string; path: string }[] = [];
    const taken = new Set(this.entries.map((e) => e.name.toLowerCase()));
    let sheetCount = this.info.sheets.length;
    const names = this.info.sheets.map((s) => s.name);
    for (const sheet of edits.newSheets) {
      refuseSheetName(sheet.table.name, names);
      names.push(sheet.table.name);
      let n = sheetCount + 1;
      while (taken.has(`xl/worksheets/sheet${n}.xml`)) n += 1;
      const path = `xl/worksheets/sheet${n}.xml`;
      taken.add(path);
      const relId = freshRelId(rels);
      rels = addRelationship(rels, relId, PART_TYPES.WORKSHEET_TYPE, targetFrom(this.info.workbookPath, path));
      workbook = addSheetToWorkbook(workbook, sheet.table.name, relId);
      types = addOverride(types, `/${path}`, PART_TYPES.WORKSHEET_CONTENT);
      if (app !== null) app = addSheetToAppProps(app, sheet.table.name, sheetCount);
      compressed.set(path, compress(Buffer.from(newSheetXml(sheet.table, sheet.def, styles, this.date1904, sheet.dropdowns ?? []))));
      added.push({ name: sheet.table.name, path });
      sheetCount += 1;
      touched.add(this.info.workbookPath).add(this.info.workbookRelsPath).add("[Content_Types].xml");
      if (app !== null) touched.add("docProps/app.xml");
    }
    if (formulaRemoved && this.info.calcChainPath) {
      removed.add(this.info.calcChainPath);
      rels = removeRelationshipsOfType(rels, "calcChain");
      types = removeOverride(types, `/${this.info.calcChainPath}`);
      touched.add(this.info.workbookRelsPath).add("[Content_Types].xml");
    }
    if (written > 0) {
      const next = requestFullCalculation(workbook);
      if (next !== workbook) (workbook = next), touched.add(this.info.workbookPath);
    }
    let stylesPath = this.info.stylesPath;
    if (styles.changed) {
      if (!stylesPath) {
        stylesPath = "xl/styles.xml";
        rels = addRelationship(rels, freshRelId(rels), PART_TYPES.STYLES_TYPE, targetFrom(this.info.workbookPath, stylesPath));
        types = addOverride(types, `/${stylesPath}`, PART_TYPES.STYLES_CONTENT);
        touched.add(this.info.workbookRelsPath).add("[Content_Types].xml");
      }
      changedText.set(stylesPath, Buffer.from(styles.toXml()));
    }
    const partText: Record<string, string | null> = { [this.info.workbookPath]: workbook, [this.info.workbookRelsPath]: rels, "[Content_Types].xml": types, "docProps/app.xml": app };
    for (const path of touched) changedText.set(path, Buffer.from(partText[path]!));

    const packed = new Map<string, Compressed>();
    for (const [path, pending] of compressed) packed.set(path, await pending);
    const items: ZipItem[] = [];
    const like = this.entries.find((e) => e.name === this.info.workbookPath);
    const itemFor = (name: string, entry?: ZipEntry): ZipItem | null => {
      const ready = packed.get(name);
      const data = changedText.get(name);
      const model = entry ?? like;
      if (ready) return model ? { name, compressed: ready, like: model } : { name, compressed: ready };
      if (data) return model ? { name, data, like: model } : { name, data };
      return null;
    };
    for (const entry of this.entries) {
      if (removed.has(entry.name)) continue;
      items.push(itemFor(entry.name, entry) ?? { entry });
    }
    const existing = new Set(this.entries.map((e) => e.name));
    for (const name of [...packed.keys(), ...changedText.keys()]) if (!existing.has(name)) items.push(itemFor(name)!);
    const changed = new Set([...packed.keys(), ...changedText.keys()]);
    const result: SaveResult = { bytes: writeZip(items), changed, removed, added };
    differences.push(...(await verifyPackage({ original: this, result, styles, newTables: edits.newSheets.map((s) => s.table), kindsOf: options.kindsOf, reopen: (bytes) => XlsxDocument.open(bytes) })));
    if (differences.length > 0) throw new XlsxVerifyError(differences);
    return result;
  }
}
