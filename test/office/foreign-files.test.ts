// Workbooks other apps wrote (Microsoft Excel, LibreOffice Calc): the local adapter writes a few
// cells, and every other cell keeps its value and number format, read back by LibreOffice and exceljs.
import { strFromU8, unzipSync } from "fflate";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { dateCell, type CellValue, type TableChanges } from "../../apps-script/core/ports";
import { LIBUR } from "../../apps-script/core/registers/catalog";
import { localDate } from "../../apps-script/core/time/local-date";
import { XlsxWorkbookFile } from "../../sync/local/xlsx-workbook";
import { gridDifferences } from "./compare";
import { readWithExcelJs } from "./exceljs-read";
import { closeLibreOffice, libreOfficeAvailable, readWithLibreOffice, warnIfNoLibreOffice } from "./libreoffice";
import type { ReadBook } from "./operations";
import { tempDir } from "../local/tried/harness";

// LibreOffice's start-up and read-backs take seconds on a loaded 2-core machine.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

/** "2026-12-02" as the port's calendar date. */
const day = (iso: string) => localDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
const FIXTURES = join(import.meta.dirname, "../fixtures/office-files");
const LIBREOFFICE = libreOfficeAvailable();
warnIfNoLibreOffice("Pembacaan ulang dengan LibreOffice pada uji berkas aplikasi lain");

/** A write the engine could make: an existing row patched by its key, or a row appended. */
interface Write {
  readonly sheet: string;
  readonly key?: string;
  readonly values: Readonly<Record<string, CellValue>>;
  /** A tab (or headers) the engine adds first, as set-up does. */
  readonly ensure?: readonly string[];
}

/** What the engine writes into a workbook it did not make: its own register tab, with a dated row. */
const LIBUR_TAB: Write = {
  sheet: LIBUR.name,
  ensure: LIBUR.columns.map((c) => c.header),
  values: { Tanggal: dateCell(day("2026-12-25")), Jenis: "Libur Nasional", Keterangan: "Hari Raya Natal", "Dasar Hukum": "SKB 3 Menteri 2025" },
};

// The adapter exposes register tabs only, so in the Excel files the engine adds one; their own
// sheets must come through exactly as Excel wrote them, beside a new sheet with dates in it.
const CASES: { file: string; app: RegExp; writes: Write[] }[] = [
  { file: "excel-gold.xlsx", app: /^Microsoft Excel$/, writes: [LIBUR_TAB] },
  { file: "excel-merged-range.xlsx", app: /^Microsoft Excel$/, writes: [LIBUR_TAB] },
  { file: "excel-line-up.xlsx", app: /^Microsoft Excel$/, writes: [LIBUR_TAB] },
  { file: "libreoffice-register.xlsx", app: /^LibreOffice/, writes: [
    { sheet: "Permohonan", key: "PRM-2026-00001", values: {
      // Cells that were blank in Calc's shared style for the font-size change: a date written
      // into one must not give that style (and every staff number sharing it) a date format.
      "Status Tercatat": "Verifikasi", "Mulai Layanan": dateCell(day("2026-12-02")), "Jeda Sejak": dateCell(day("2026-12-02")), "Hari Jeda": 0,
      "Diperiksa Mesin": dateCell(day("2026-12-02"), 600),
    } },
    // And the rows a move appends: its audit row and its letter, with their time stamps.
    { sheet: "Riwayat", values: { "ID Riwayat": "RWY-20261202-UJI-0001", Waktu: dateCell(day("2026-12-02"), 600), "ID Permohonan": "PRM-2026-00001", Dari: "Diterima", Ke: "Verifikasi", Oleh: "petugas@contoh.go.id", Peran: "Petugas", Hasil: "Diterapkan", Keterangan: "uji" } },
    { sheet: "Surat", values: { "ID Surat": "SRT-20261202-UJI-0001", "Jenis Surat": "TANDA_TERIMA", "ID Permohonan": "PRM-2026-00001", "Status Surat": "Menunggu Persetujuan", Dibuat: dateCell(day("2026-12-02"), 600) } },
  ] },
];

function applicationOf(path: string): string {
  const app = strFromU8(unzipSync(readFileSync(path), { filter: (f) => f.name === "docProps/app.xml" })["docProps/app.xml"]!);
  return /<Application>([^<]*)<\/Application>/.exec(app)?.[1] ?? "";
}

/** Applies the writes through the port, saves, and returns the positions written ("sheet!row,col", 0-based, header row 0). */
async function writeThroughAdapter(path: string, writes: readonly Write[]): Promise<Set<string>> {
  const file = await XlsxWorkbookFile.open(path);
  const written = new Set<string>();
  for (const w of writes) {
    if (w.ensure) file.workbook.ensureTable(w.sheet, w.ensure);
    const table = file.workbook.readTable(w.sheet)!;
    for (const h of w.ensure ?? []) written.add(`${w.sheet}!0,${table.headers.indexOf(h)}`);
    const column = (h: string) => table.headers.indexOf(h);
    let change: TableChanges;
    if (w.key !== undefined) {
      const row = table.rows.findIndex((r) => r[0] === w.key);
      expect(row, `${w.sheet}: ${w.key}`).toBeGreaterThanOrEqual(0);
      change = { table: w.sheet, patches: [{ id: w.key, rowHint: row, values: w.values }], appends: [] };
      for (const h of Object.keys(w.values)) written.add(`${w.sheet}!${row + 1},${column(h)}`);
    } else {
      change = { table: w.sheet, patches: [], appends: [w.values] };
      for (const h of Object.keys(w.values)) written.add(`${w.sheet}!${table.rows.length + 1},${column(h)}`);
    }
    expect(file.workbook.applyChanges([change]).skipped).toEqual([]);
  }
  await file.save();
  return written;
}

function differences(before: ReadBook, after: ReadBook, written: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const name of before.sheetNames) {
    const skip = new Set([...written].filter((w) => w.startsWith(`${name}!`)).map((w) => w.slice(name.length + 1)));
    if (!after.sheets[name]) problems.push(`tab ${name} hilang`);
    else problems.push(...gridDifferences(before.sheets[name]!, after.sheets[name]!, skip));
  }
  return problems;
}

describe("with workbooks written by other office apps", () => {
  afterAll(closeLibreOffice);

  it.each(CASES)("$file: the adapter writes its cells and every other cell keeps its value and format", async ({ file, app, writes }) => {
    const source = join(FIXTURES, file);
    expect(applicationOf(source)).toMatch(app);
    const path = join(tempDir("office-file-"), file);
    copyFileSync(source, path);
    const readers = [{ name: "exceljs", read: () => readWithExcelJs(path) }, ...(LIBREOFFICE ? [{ name: "LibreOffice", read: () => readWithLibreOffice(path) }] : [])];
    const before = await Promise.all(readers.map((r) => r.read()));
    const written = await writeThroughAdapter(path, writes);
    for (const [i, reader] of readers.entries()) {
      const after = await reader.read();
      expect(after.sheetNames, reader.name).toEqual(expect.arrayContaining([...before[i]!.sheetNames]));
      expect(differences(before[i]!, after, written), reader.name).toEqual([]);
    }
    // The engine's own values are there, as the engine wrote them.
    const reopened = await XlsxWorkbookFile.open(path);
    for (const w of writes) {
      const table = reopened.workbook.readTable(w.sheet)!;
      const row = w.key !== undefined ? table.rows.find((r) => r[0] === w.key)! : table.rows.at(-1)!;
      for (const [h, v] of Object.entries(w.values)) expect(row[table.headers.indexOf(h)], `${file} ${w.sheet} ${h}`).toEqual(v);
    }
  });
});
