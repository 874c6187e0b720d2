// A workbook as release 0.1.0 wrote it (test/fixtures/release-0.1), opened by this release's
// `npm start`: migrated once to version 2, every cell of the staff's (and of the engine's) kept.
import ExcelJS from "exceljs";
import { copyFileSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../apps-script/core/engine/config";
import { runCheck } from "../../apps-script/core/engine/run-check";
import { dateCell, type RawTable } from "../../apps-script/core/ports";
import { REGISTERS, registerNamed, STATUS_TOKEN_COLUMN } from "../../apps-script/core/registers/catalog";
import { headersOf } from "../../apps-script/core/registers/schema";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { runLocalJob } from "../../sync/local/main-job";
import { fixedClock } from "../../sync/local/node-ports";
import { XlsxWorkbookFile } from "../../sync/local/xlsx-workbook";
import { cellDifferences } from "../office/compare";
import { closeLibreOffice, editWithLibreOffice, libreOfficeAvailable, readWithLibreOffice, warnIfNoLibreOffice } from "../office/libreoffice";

const FIXTURE = join(import.meta.dirname, "../fixtures/release-0.1/sertifikasi-0.1.0.xlsx");
/** When release 0.1.0 wrote the fixture (its README): the same "now" must compute the same cells. */
const WRITTEN_AT = "2026-11-20T09:00:00+07:00";
const NEW_TABS = ["Dokumen Kasus", "Layanan", "Jenis Dokumen", "Kolom Kasus"];
const ACTOR = "admin@contoh.go.id";

function copyOfFixture(): string {
  const path = join(mkdtempSync(join(tmpdir(), "migrasi-")), "sertifikasi.xlsx");
  copyFileSync(FIXTURE, path);
  return path;
}

async function tablesIn(path: string): Promise<Map<string, RawTable>> {
  const { workbook } = await XlsxWorkbookFile.open(path);
  return new Map(workbook.tableNames().map((name) => [name, workbook.readTable(name)!]));
}

async function run(path: string, now = WRITTEN_AT) {
  const progress: string[] = [];
  const result = await runLocalJob({ path, actorEmail: ACTOR, clock: fixedClock(now), createIfMissing: false, onProgress: (m) => progress.push(m) });
  return { result, progress };
}

const recordsOf = (table: RawTable) => table.rows.map((r) => Object.fromEntries(table.headers.map((h, i) => [h, r[i] ?? null])));

/** Rewrites the file with ExcelJS, as another program would (a tab deleted, a row typed). */
async function editWithExcel(path: string, edit: (book: ExcelJS.Workbook) => void): Promise<void> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  edit(book);
  await book.xlsx.writeFile(path);
}

describe("npm start on a workbook release 0.1.0 wrote", () => {
  it("migrates it once to version 2 and keeps every cell of every tab that existed", async () => {
    const path = copyOfFixture();
    const before = await tablesIn(path);
    expect([...before.keys()]).not.toContain("Layanan");

    const { result, progress } = await run(path);
    const message = "Buku kerja diperbarui ke versi 2: tab Dokumen Kasus, Layanan, Jenis Dokumen, Kolom Kasus ditambahkan; kolom Permohonan (+Metode Ditetapkan, Alasan Metode, ID Jawaban Formulir, Kode Lacak); Surat (+Kode Verifikasi, Surel Terkirim) ditambahkan. Layanan yang sudah berjalan tetap di Permohonan dengan SLA dari Pengaturan.";
    expect(progress, progress.join("\n")).toContain(message);
    expect(result.migrated).toBe(message);
    expect(result.summary.configErrors).toEqual([]);

    const after = await tablesIn(path);
    for (const [name, table] of before) {
      const now = after.get(name)!;
      // Headers added since release 0.1 (catalog `optional`) come after every existing one, empty.
      const appended = registerNamed(name)!.columns.filter((c) => c.optional).map((c) => c.header);
      expect(now.headers, name).toEqual([...table.headers, ...appended]);
      // Same "now" as release 0.1.0's run: the engine's cells (statuses, deadlines, flags, the
      // time it checked) come out the same, so staff and engine cells alike are compared.
      const rows = (name === "Pengaturan" ? now.rows.slice(0, table.rows.length) : now.rows).map((r) => r.slice(0, table.headers.length));
      expect(rows, name).toEqual(table.rows);
      // Empty, but for the status-link token the run gives every case (Kode Lacak).
      const token = now.headers.indexOf(STATUS_TOKEN_COLUMN);
      expect(now.rows.flatMap((r) => r.slice(table.headers.length).filter((_, i) => table.headers.length + i !== token)).filter((v) => v !== null), name).toEqual([]);
      if (token >= 0) expect(now.rows.map((r) => String(r[token])), name).toEqual(now.rows.map(() => expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{24}$/)));
      expect(now.formulas ?? new Map(), name).toEqual(table.formulas ?? new Map());
    }
    const settings = recordsOf(after.get("Pengaturan")!);
    expect(settings).toHaveLength(before.get("Pengaturan")!.rows.length + 1);
    expect(settings.at(-1)).toMatchObject({ Kunci: "Versi Buku Kerja", Nilai: "2" });

    for (const name of NEW_TABS) expect(after.get(name)?.headers, name).toEqual(headersOf(registerNamed(name)!));
    expect(recordsOf(after.get("Layanan")!)).toEqual([
      expect.objectContaining({ "Kode Alur": "SERTIFIKASI_PNS", "Nama Layanan": "Sertifikasi Kompetensi bagi PNS", "Register Kasus": "Permohonan", "SLA Layanan": 30, "Satuan Hari": "Hari Kerja", "Jam Batas": null }),
    ]);
    for (const name of ["Kolom Kasus", "Jenis Dokumen", "Dokumen Kasus"]) expect(after.get(name)!.rows, name).toEqual([]);

    // Other programs see the new tabs too.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((w) => w.name)).toEqual([...before.keys(), ...NEW_TABS]);
  });

  it("a second run adds nothing and leaves the file byte for byte", async () => {
    const path = copyOfFixture();
    await run(path);
    const bytes = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    const { result, progress } = await run(path);
    expect(result.migrated).toBeNull();
    expect(progress.filter((m) => m.startsWith("Buku kerja diperbarui"))).toEqual([]);
    expect(result.cellsSaved).toBe(0);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it("computes later days on the migrated workbook as on the unmigrated one", async () => {
    const migrated = copyOfFixture();
    await run(migrated);
    const later = "2026-11-27T16:00:00+07:00"; // a Friday after the cut-off
    await run(migrated, later);
    const legacy = copyOfFixture();
    const { workbook } = await XlsxWorkbookFile.open(legacy);
    expect(loadConfig(workbook).workbookVersion).toBe(1);
    // The engine alone on the version-1 copy (no migration), in memory, at the same moment.
    runCheck({ workbook, clock: fixedClock(later), lock: { runExclusive: (w) => w() }, actor: { email: ACTOR } });
    const cases = (await tablesIn(migrated)).get("Permohonan")!;
    const width = workbook.readTable("Permohonan")!.headers.length; // then the optional columns, empty
    expect(cases.rows.map((r) => r.slice(0, width))).toEqual(workbook.readTable("Permohonan")!.rows.map((r) => r.slice(0, width)));
    expect(recordsOf(cases).map((r) => r["Diperiksa Mesin"])).toContainEqual(dateCell("2026-11-27" as LocalDate, 16 * 60));
  });

  it("after the migration, a deleted Layanan tab is the missing-tab error and is not recreated", async () => {
    const path = copyOfFixture();
    await run(path);
    await editWithExcel(path, (book) => book.removeWorksheet(book.getWorksheet("Layanan")!.id));
    const bytes = readFileSync(path);
    const { result } = await run(path);
    expect(result.migrated).toBeNull();
    expect(result.summary.configErrors).toEqual([expect.stringMatching(/^Tab "Layanan" tidak ada di buku kerja \(terhapus atau diganti namanya\?\)/)]);
    expect(result.cellsSaved).toBe(0);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it("refuses a workbook a newer release wrote (version 99) and writes nothing", async () => {
    const path = copyOfFixture();
    await editWithExcel(path, (book) => book.getWorksheet("Pengaturan")!.addRow(["Versi Buku Kerja", "99", ""]));
    const bytes = readFileSync(path);
    const { result } = await run(path);
    expect(result.migrated).toBeNull();
    expect(result.summary.configErrors).toContain("Buku kerja ini versi 99, dibuat rilis yang lebih baru (rilis ini versi 2). Perbarui program sebelum menjalankannya.");
    expect(result.cellsSaved).toBe(0);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});

const LIBREOFFICE = libreOfficeAvailable();
warnIfNoLibreOffice("Pembaruan buku kerja 0.1.0 yang disimpan LibreOffice");

describe.skipIf(!LIBREOFFICE)("on a release-0.1.0 workbook saved again by LibreOffice Calc", () => {
  afterAll(closeLibreOffice);

  it("migrates it, and LibreOffice reads every staff cell and format as before, with the new tabs", async () => {
    const path = copyOfFixture();
    // A staff edit in LibreOffice first: the file is then LibreOffice's writing, not release 0.1.0's.
    await editWithLibreOffice(path, [{ op: "set", sheet: "Permohonan", key: { header: "ID Permohonan", value: "PRM-2026-00001" }, header: "Catatan Petugas", string: "ditelepon" }]);
    const before = await readWithLibreOffice(path);
    const { result } = await run(path);
    expect(result.migrated).toMatch(/^Buku kerja diperbarui ke versi 2/);
    expect(result.summary.configErrors).toEqual([]);
    const after = await readWithLibreOffice(path);
    expect(after.sheetNames).toEqual([...before.sheetNames, ...NEW_TABS]);
    const problems = before.sheetNames.flatMap((name) => {
      const def = REGISTERS.find((r) => r.name === name)!;
      const engineColumns = def.columns.filter((c) => c.owner === "engine").map((c) => c.header);
      return cellDifferences(before.sheets[name]!, after.sheets[name]!, { key: def.key, except: engineColumns });
    });
    expect(problems).toEqual([]);
  }, 120_000);
});
