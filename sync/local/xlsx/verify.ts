// The self-check of a save, before the file on disk is replaced. Each rewritten tab's new XML is
// read back by `verifySheet` before it is packed (the archive stores its CRC-32); here the new
// archive itself is read back: every entry we did not mean to change must be stored exactly as
// before (same compressed bytes, CRC and size: the same content), every rewritten entry must
// inflate to content with its CRC, the tabs keep their places, existing styles are untouched
// (only appended), and every new tab reads back as the table it was made from. Differences are
// named by tab and cell, never by value.
import type { CellValue, RawTable } from "../../../apps-script/core/ports";
import { a1 } from "./cell-xml";
import type { SaveResult, XlsxDocument } from "./document";
import { XlsxFormatError } from "./format-error";
import type { ColumnKind } from "./serial-date";
import { StyleBook } from "./styles";
import { sameCell, storedValue } from "./stored-value";
import type { Difference } from "./verify-sheet";
import { readZip } from "./zip";
import { checkEntry } from "./zip-codec";

export class XlsxVerifyError extends Error {
  constructor(readonly differences: readonly Difference[]) {
    super(differences.map((d) => `${d.cell}: ${d.what}`).join("; "));
    this.name = "XlsxVerifyError";
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}

/** Existing style entries must read exactly as before; new ones may only follow them. */
export function styleDifferences(before: StyleBook, after: StyleBook): Difference[] {
  const found: Difference[] = [];
  for (const section of StyleBook.SECTIONS) {
    if (section === "numFmts" || section === "cellXfs" || section === "fonts") continue;
    if (before.sectionText(section) !== after.sectionText(section)) found.push({ cell: "styles.xml", what: `bagian ${section} berubah` });
  }
  for (const section of ["fonts", "cellXfs"]) {
    const old = before.childTexts(section);
    const now = after.childTexts(section);
    if (now.length < old.length || old.some((text, i) => now[i] !== text)) found.push({ cell: "styles.xml", what: `entri ${section} yang ada berubah` });
  }
  for (const id of before.numFmtIds()) {
    if (after.numFmtCode(id) !== before.numFmtCode(id)) found.push({ cell: "styles.xml", what: `format angka ${id} berubah` });
  }
  return found;
}

export interface PackageCheck {
  readonly original: XlsxDocument;
  readonly result: SaveResult;
  /** The style book the writers appended to (its additions are what styles.xml must now hold). */
  readonly styles: StyleBook;
  readonly newTables: readonly RawTable[];
  readonly kindsOf: (sheet: string) => (headers: readonly string[]) => readonly ColumnKind[];
  /** Opens the new archive with the same reader (XlsxDocument.open). */
  readonly reopen: (bytes: Uint8Array) => XlsxDocument;
}

/** The differences between the new archive and what was meant (empty when none). */
export async function verifyPackage(check: PackageCheck): Promise<Difference[]> {
  const { original, result } = check;
  const found: Difference[] = [];
  let entries;
  try {
    entries = readZip(result.bytes);
  } catch {
    return [{ cell: "arsip", what: "arsip zip baru tidak dapat dibaca" }];
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  for (const before of original.entries) {
    const after = byName.get(before.name);
    if (result.removed.has(before.name)) {
      if (after) found.push({ cell: before.name, what: "bagian yang seharusnya dibuang masih ada" });
    } else if (!after) found.push({ cell: before.name, what: "bagian berkas hilang" });
    else if (!result.changed.has(before.name) && (after.method !== before.method || after.crc !== before.crc || after.size !== before.size || !sameBytes(after.raw, before.raw))) {
      found.push({ cell: before.name, what: "bagian yang tidak diubah ternyata berbeda" });
    }
  }
  if (entries.length !== original.entries.length - result.removed.size + result.added.length) found.push({ cell: "arsip", what: "jumlah bagian berkas tidak sesuai" });
  // Rewritten parts must inflate to exactly the checked content: zlib verifies CRC-32 and size
  // as it streams (in parallel on its thread pool), and nothing of the inflated copy is kept.
  await Promise.all(
    [...result.changed].map(async (name) => {
      const entry = byName.get(name);
      if (!entry) return void found.push({ cell: name, what: "bagian yang ditulis hilang" });
      await checkEntry(entry).catch((error: unknown) => {
        if (!(error instanceof XlsxFormatError)) throw error;
        found.push({ cell: name, what: "bagian yang ditulis rusak" });
      });
    }),
  );
  if (found.length > 0) return found;

  const next = check.reopen(result.bytes);
  original.info.sheets.forEach((sheet, i) => {
    const now = next.info.sheets[i];
    if (!now || now.name !== sheet.name || now.path !== sheet.path) found.push({ cell: sheet.name, what: "tab hilang atau berpindah" });
  });
  const styles = next.styleBook();
  found.push(...styleDifferences(original.styleBook(), styles));
  if (styles.xml !== check.styles.toXml()) found.push({ cell: "styles.xml", what: "gaya baru tidak tersimpan seperti ditulis" });

  for (const table of check.newTables) {
    const kinds = check.kindsOf(table.name)(table.headers);
    const back = next.readSheet(table.name, () => kinds).table;
    const mismatch = (row: number, col: number) => found.push({ cell: `${table.name}!${a1(row, col)}`, what: "tab baru terbaca lain" });
    table.headers.forEach((h, c) => {
      if ((back.headers[c] ?? "") !== h.trim()) mismatch(0, c);
    });
    table.rows.forEach((cells, r) => {
      cells.forEach((value: CellValue, c) => {
        if (!sameCell(storedValue(value, kinds[c] ?? "other", original.date1904), back.rows[r]?.[c] ?? null)) mismatch(r + 1, c);
      });
    });
    if (back.rows.length > table.rows.length) mismatch(table.rows.length + 1, 0);
    for (const [r, cols] of table.formulas ?? []) {
      for (const [c, text] of cols) if (back.formulas?.get(r)?.get(c) !== text) mismatch(r + 1, c);
    }
  }
  return found;
}
