// Migration by schema version: a version-1 workbook (release 0.1, before Layanan) gets the
// version-2 registers once, runs exactly as before, and keeps every row of the staff's.
import { describe, expect, it } from "vitest";
import { addShippedServices } from "../../../apps-script/core/engine/add-services";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { addLaterCaseColumns, laterColumnsMessage, migrateWorkbook, migrationMessage } from "../../../apps-script/core/engine/migrate";
import { ensureRegisters, seedDefaults } from "../../../apps-script/core/engine/setup";
import { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { type CellValue, dateCell, type RawTable, type Workbook } from "../../../apps-script/core/ports";
import { REGISTERS, WORKBOOK_VERSION_KEY } from "../../../apps-script/core/registers/catalog";
import { headersOf } from "../../../apps-script/core/registers/schema";
import { SHIPPED_CASE_REGISTERS, SHIPPED_SERVICES } from "../../../apps-script/core/seed/services";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { caseCells, check, clockAt, makeApplication, makeOffice, staffEdit } from "../../factories";

const NEW_TABS = ["Dokumen Kasus", "Layanan", "Jenis Dokumen", "Kolom Kasus"];
const PNS = "SERTIFIKASI_PNS";
/** Columns added since release 0.1 to its tabs (catalog `optional`), by tab. */
const OPTIONAL = REGISTERS.map((r) => [r.name, r.columns.filter((c) => c.optional).map((c) => c.header)] as const).filter(([, headers]) => headers.length > 0);
const withoutColumns = (table: RawTable, headers: readonly string[]): RawTable => {
  const keep = table.headers.map((h, i) => (headers.includes(h) ? -1 : i)).filter((i) => i >= 0);
  return { ...table, headers: keep.map((i) => table.headers[i]!), rows: table.rows.map((r) => keep.map((i) => r[i] ?? null)), formulas: new Map() };
};

type Edit = (table: RawTable) => RawTable;
const keepRows = (table: RawTable, keep: (cell: (header: string) => CellValue) => boolean): RawTable => ({
  ...table,
  rows: table.rows.filter((row) => keep((h) => row[table.headers.indexOf(h)] ?? null)),
  formulas: new Map(),
});
const setting = (key: string, value: string): Edit => (t) => ({
  ...t,
  rows: t.rows.map((r) => (r[0] === key ? r.map((c, i) => (i === 1 ? value : c)) : r)),
});

/**
 * The sample office as release 0.1 laid it out: no version-2 tab, no case register tab, no
 * optional column, Alur with sertifikasi only (plus `extraWorkflow`, a copy under another
 * code), no version key.
 */
function versionOneOffice(options: { extraWorkflow?: string; edits?: Record<string, Edit>; applications?: Record<string, CellValue>[] } = {}): MemoryWorkbook {
  const dropped = new Set([...NEW_TABS, ...SHIPPED_CASE_REGISTERS]);
  const office = makeOffice(options.applications ?? []);
  const tables = office
    .tableNames()
    .filter((name) => !dropped.has(name))
    .map((name) => office.readTable(name)!)
    .map((table) => {
      if (table.name === "Alur" || table.name === "Alur Transisi") {
        const pns = keepRows(table, (cell) => cell("Kode Alur") === PNS);
        const extra = options.extraWorkflow ? pns.rows.map((r) => r.map((c) => (c === PNS ? options.extraWorkflow! : c))) : [];
        return { ...pns, rows: [...pns.rows, ...extra] };
      }
      if (table.name === "Pengaturan") return keepRows(table, (cell) => cell("Kunci") !== WORKBOOK_VERSION_KEY);
      return table;
    })
    .map((table) => withoutColumns(table, OPTIONAL.find(([name]) => name === table.name)?.[1] ?? []))
    .map((table) => options.edits?.[table.name]?.(table) ?? table);
  return new MemoryWorkbook(tables);
}

/** The port around a workbook, counting the writes. */
function counting(workbook: MemoryWorkbook): { port: Workbook; applies: () => number; ensures: () => number } {
  let applies = 0;
  let ensures = 0;
  const port: Workbook = {
    readTable: (name) => workbook.readTable(name),
    ensureTable: (name, headers) => (ensures++, workbook.ensureTable(name, headers)),
    applyChanges: (changes) => (applies++, workbook.applyChanges(changes)),
  };
  return { port, applies: () => applies, ensures: () => ensures };
}

const tablesOf = (workbook: MemoryWorkbook) => Object.fromEntries(workbook.tableNames().map((n) => [n, JSON.parse(JSON.stringify(workbook.readTable(n)!.rows)) as unknown[][]]));
const rowsOf = (workbook: MemoryWorkbook, tab: string) => {
  const table = workbook.readTable(tab)!;
  return table.rows.map((r) => Object.fromEntries(table.headers.map((h, i) => [h, r[i] ?? null])));
};

describe("migrateWorkbook on a version-1 workbook", () => {
  it("is version 1 to loadConfig and runs without errors before migrating", () => {
    const config = loadConfig(versionOneOffice());
    expect(config.workbookVersion).toBe(1);
    expect(config.errors).toEqual([]);
  });

  it("adds the version-2 tabs with their headers, Layanan from Alur and Pengaturan, and the version row, in one applyChanges call", () => {
    const workbook = versionOneOffice({ extraWorkflow: "SERTIFIKASI_PPPK", edits: { Pengaturan: setting("SLA Layanan (hari kerja)", "25") } });
    const { port, applies } = counting(workbook);
    const result = migrateWorkbook(port, clockAt("2026-11-20"));
    expect(result).toEqual({ from: 1, to: 2, added: NEW_TABS, columns: OPTIONAL.map(([name, headers]) => `${name} (+${headers.join(", ")})`) });
    expect(applies()).toBe(1);
    for (const [name, headers] of OPTIONAL) expect(workbook.readTable(name)!.headers.slice(-headers.length)).toEqual(headers);
    for (const name of NEW_TABS) expect(workbook.readTable(name)!.headers).toEqual(headersOf(REGISTERS.find((r) => r.name === name)!));
    expect(rowsOf(workbook, "Layanan")).toEqual([
      { "Kode Alur": PNS, "Nama Layanan": "Sertifikasi Kompetensi bagi PNS", "Register Kasus": "Permohonan", "Prefiks ID": null, "SLA Layanan": 25, "Satuan Hari": "Hari Kerja", "Jam Batas": null,
        Dasar: 'Dibawa dari Pengaturan "SLA Layanan (hari kerja)" (25) saat buku kerja diperbarui ke versi 2 pada 2026-11-20' },
      expect.objectContaining({ "Kode Alur": "SERTIFIKASI_PPPK", "Nama Layanan": "SERTIFIKASI_PPPK", "Register Kasus": "Permohonan", "SLA Layanan": 25 }),
    ]);
    for (const name of ["Kolom Kasus", "Jenis Dokumen", "Dokumen Kasus"]) expect(workbook.readTable(name)!.rows).toEqual([]);
    expect(rowsOf(workbook, "Pengaturan").at(-1)).toEqual({ Kunci: "Versi Buku Kerja", Nilai: "2", Keterangan: expect.stringContaining("Diperbarui dari versi 1 pada 2026-11-20") });
    const config = loadConfig(workbook);
    expect(config.workbookVersion).toBe(2);
    expect(config.errors).toEqual([]);
    expect(config.services.get(PNS)).toMatchObject({ register: "Permohonan", slaDays: 25, dayUnit: "hari kerja", cutOffMinute: null });
    expect(migrationMessage(result)).toMatch(/^Buku kerja diperbarui ke versi 2: tab Dokumen Kasus, Layanan, Jenis Dokumen, Kolom Kasus ditambahkan; kolom Permohonan \(\+Metode Ditetapkan, Alasan Metode, ID Jawaban Formulir, Kode Lacak\); Surat \(\+Kode Verifikasi, Surel Terkirim\) ditambahkan\. /);
  });

  it("moves and rewrites no existing row: every tab as before (new headers at the end), one row appended to Pengaturan", () => {
    const workbook = versionOneOffice({ applications: [makeApplication()] });
    check(workbook, clockAt("2026-11-03"));
    const before = tablesOf(workbook);
    migrateWorkbook(workbook);
    const after = tablesOf(workbook);
    for (const [name, rows] of Object.entries(before)) {
      if (name === "Pengaturan") {
        expect(after[name]!.slice(0, rows.length)).toEqual(rows);
        expect(after[name]).toHaveLength(rows.length + 1);
      } else {
        expect(after[name], name).toEqual(rows);
      }
    }
  });

  it("runs the cases exactly as version 1 did, after-hours and weekend moves included", () => {
    const applications = [
      makeApplication(),
      makeApplication({ "ID Permohonan": "PRM-2026-00002", NIP: "199103152015031003", NIK: "3174011503910003", "Tanggal Permohonan": dateCell("2026-11-05" as LocalDate) }),
    ];
    const legacy = versionOneOffice({ applications });
    const migrated = versionOneOffice({ applications });
    migrateWorkbook(migrated);
    for (const workbook of [legacy, migrated]) {
      check(workbook, clockAt("2026-11-06", "15:30"));
      staffEdit(workbook, "PRM-2026-00001", { Status: "Verifikasi" });
      check(workbook, clockAt("2026-11-06", "15:30")); // Friday after the cut-off
      staffEdit(workbook, "PRM-2026-00002", { Status: "Verifikasi" });
      check(workbook, clockAt("2026-11-08", "10:00")); // Sunday
      check(workbook, clockAt("2026-12-01", "16:00"));
    }
    expect(loadConfig(legacy).workbookVersion).toBe(1);
    // Friday 15:30 counts from Monday (the day counter's cut-off rule), in both versions alike.
    expect(caseCells(migrated, "PRM-2026-00001")).toMatchObject({ "Status Tercatat": "Verifikasi", "Status Sejak": dateCell("2026-11-09" as LocalDate), "Mulai Layanan": dateCell("2026-11-09" as LocalDate) });
    expect(caseCells(migrated, "PRM-2026-00002")).toMatchObject({ "Status Tercatat": "Verifikasi", "Status Sejak": dateCell("2026-11-09" as LocalDate) });
    const width = legacy.readTable("Permohonan")!.headers.length; // the migrated tab has the optional columns after these, empty
    expect(tablesOf(migrated).Permohonan!.map((r) => r.slice(0, width))).toEqual(tablesOf(legacy).Permohonan);
    expect(tablesOf(migrated).Permohonan!.flatMap((r) => r.slice(width)).filter((v) => v !== null)).toEqual([]);
    expect(rowsOf(migrated, "Riwayat").map(({ "ID Riwayat": _, ...rest }) => rest)).toEqual(rowsOf(legacy, "Riwayat").map(({ "ID Riwayat": _, ...rest }) => rest));
  });

  it("waits while the configuration has errors: nothing created, nothing written", () => {
    const workbook = versionOneOffice({ edits: { Alur: (t) => ({ ...t, rows: [] }) } });
    const { port, applies, ensures } = counting(workbook);
    expect(migrateWorkbook(port)).toEqual({ from: 1, to: 1, added: [], columns: [] });
    expect([applies(), ensures()]).toEqual([0, 0]);
  });

  it("leaves a Versi Buku Kerja row that is not a number to loadConfig, writing nothing", () => {
    const workbook = versionOneOffice();
    workbook.applyChanges([{ table: "Pengaturan", patches: [], appends: [{ Kunci: WORKBOOK_VERSION_KEY, Nilai: "dua" }] }]);
    const { port, applies, ensures } = counting(workbook);
    expect(migrateWorkbook(port).added).toEqual([]);
    expect([applies(), ensures()]).toEqual([0, 0]);
    expect(loadConfig(workbook).errors).toEqual([expect.stringMatching(/Versi Buku Kerja|Nilai/)]);
  });
});

describe("migrateWorkbook once at version 2", () => {
  it("does nothing the second time", () => {
    const workbook = versionOneOffice();
    migrateWorkbook(workbook);
    const before = tablesOf(workbook);
    const { port, applies, ensures } = counting(workbook);
    expect(migrateWorkbook(port)).toEqual({ from: 2, to: 2, added: [], columns: [] });
    expect([applies(), ensures()]).toEqual([0, 0]);
    expect(tablesOf(workbook)).toEqual(before);
  });

  it("does nothing to a workbook set up by this release", () => {
    const { port, applies, ensures } = counting(makeOffice());
    expect(migrateWorkbook(port)).toEqual({ from: 2, to: 2, added: [], columns: [] });
    expect([applies(), ensures()]).toEqual([0, 0]);
  });

  it.each(["Layanan", "Kolom Kasus", "Jenis Dokumen"])("never recreates a deleted %s tab: loadConfig names it", (tab) => {
    const migrated = versionOneOffice();
    migrateWorkbook(migrated);
    const workbook = new MemoryWorkbook(migrated.tableNames().filter((n) => n !== tab).map((n) => migrated.readTable(n)!));
    const { port, applies, ensures } = counting(workbook);
    expect(migrateWorkbook(port).added).toEqual([]);
    expect([applies(), ensures()]).toEqual([0, 0]);
    expect(workbook.readTable(tab)).toBeNull();
    expect(loadConfig(workbook).errors).toEqual([expect.stringMatching(new RegExp(`^Tab "${tab}" tidak ada di buku kerja \\(terhapus atau diganti namanya\\?\\)`))]);
  });
});

describe("migrateWorkbook on a workbook of a newer release", () => {
  it("writes nothing, and loadConfig refuses it", () => {
    const workbook = versionOneOffice();
    workbook.applyChanges([{ table: "Pengaturan", patches: [], appends: [{ Kunci: WORKBOOK_VERSION_KEY, Nilai: "99" }] }]);
    const { port, applies, ensures } = counting(workbook);
    expect(migrateWorkbook(port)).toEqual({ from: 99, to: 99, added: [], columns: [] });
    expect([applies(), ensures()]).toEqual([0, 0]);
    expect(loadConfig(workbook).errors).toContain("Buku kerja ini versi 99, dibuat rilis yang lebih baru (rilis ini versi 2). Perbarui program sebelum menjalankannya.");
    expect(() => ensureRegisters(workbook)).toThrow(/versi 99, dibuat rilis yang lebih baru/);
  });
});

describe("set-up (ensureRegisters, seedDefaults) on a version-1 workbook", () => {
  it("after the migration creates and seeds nothing: Kolom Kasus and Jenis Dokumen stay empty", () => {
    const workbook = versionOneOffice();
    migrateWorkbook(workbook);
    expect(ensureRegisters(workbook)).toEqual({ created: [], upgraded: [] });
    expect(seedDefaults(workbook)).toEqual({ seeded: [] });
    expect(workbook.readTable("Kolom Kasus")!.rows).toEqual([]);
    expect(loadConfig(workbook).errors).toEqual([]);
  });

  it("while the migration waits, creates no version-2 tab (one would make it read as version 2)", () => {
    const workbook = versionOneOffice({ edits: { Pengaturan: setting("Zona Waktu", "Mars/Olympus") } });
    expect(migrateWorkbook(workbook).added).toEqual([]);
    expect(ensureRegisters(workbook).created).toEqual([]);
    seedDefaults(workbook);
    for (const name of NEW_TABS) expect(workbook.readTable(name)).toBeNull();
    expect(loadConfig(workbook).workbookVersion).toBe(1);
  });
});

describe("addShippedServices", () => {
  it("adds the BNSP, pengaduan and banding services to a migrated workbook on request, once", () => {
    const workbook = versionOneOffice();
    migrateWorkbook(workbook);
    const added = addShippedServices(workbook);
    expect(added).toEqual({ services: SHIPPED_SERVICES.map((s) => s.code).filter((c) => c !== "SERTIFIKASI_PNS"), tabs: [...SHIPPED_CASE_REGISTERS], refused: null });
    const config = loadConfig(workbook);
    expect(config.errors).toEqual([]);
    expect(config.services.get("SURAT_MASUK")).toMatchObject({ register: "Surat Masuk", cutOffMinute: 15 * 60 });
    expect(config.services.get(PNS)).toMatchObject({ register: "Permohonan", name: "Sertifikasi Kompetensi bagi PNS" });

    const before = tablesOf(workbook);
    const { port, applies, ensures } = counting(workbook);
    expect(addShippedServices(port).refused).toMatch(/^Layanan bawaan tidak ditambahkan: sudah ada SURAT_MASUK/);
    expect([applies(), ensures()]).toEqual([0, 0]);
    expect(tablesOf(workbook)).toEqual(before);
  });

  it("refuses a version-1 workbook", () => {
    const { port, applies } = counting(versionOneOffice());
    expect(addShippedServices(port).refused).toMatch(/^Buku kerja belum versi 2/);
    expect(applies()).toBe(0);
  });
});

describe("addLaterCaseColumns on a version-2 workbook set up before Peserta RCC had Nomor Sertifikat Lama", () => {
  /** makeOffice's workbook with the column taken out of Kolom Kasus and of the Peserta RCC tab, as an earlier release made it. */
  function earlier(): MemoryWorkbook {
    const office = makeOffice();
    const tables = office.tableNames().map((name) => {
      const raw = office.readTable(name)!;
      if (name === "Peserta RCC") return withoutColumns(raw, ["Nomor Sertifikat Lama"]);
      if (name === "Kolom Kasus") return keepRows(raw, (cell) => cell("Kolom") !== "Nomor Sertifikat Lama");
      return raw;
    });
    return new MemoryWorkbook(tables);
  }

  it("appends the shipped Kolom Kasus row and the tab's header once, and the register then reads it", () => {
    const workbook = earlier();
    expect(loadConfig(workbook).caseRegisters.get("Peserta RCC")!.columns.map((c) => c.header)).not.toContain("Nomor Sertifikat Lama");
    const columns = addLaterCaseColumns(workbook);
    expect(columns).toEqual(["Peserta RCC (+Nomor Sertifikat Lama)"]);
    expect(laterColumnsMessage(columns)).toBe("Kolom Peserta RCC (+Nomor Sertifikat Lama) ditambahkan (Kolom Kasus dan tabnya).");
    expect(workbook.readTable("Peserta RCC")!.headers.at(-1)).toBe("Nomor Sertifikat Lama");
    const config = loadConfig(workbook);
    expect(config.errors).toEqual([]);
    expect(config.caseRegisters.get("Peserta RCC")!.columns.map((c) => c.header)).toContain("Nomor Sertifikat Lama");
    const { port, applies, ensures } = counting(workbook);
    expect(addLaterCaseColumns(port)).toEqual([]);
    expect([applies(), ensures()]).toEqual([0, 0]);
  });

  it("does nothing to a workbook set up by this release, or one whose Kolom Kasus declares no Peserta RCC", () => {
    const { port, applies } = counting(makeOffice());
    expect(addLaterCaseColumns(port)).toEqual([]);
    expect(applies()).toBe(0);
    const own = earlier();
    const withoutRcc = new MemoryWorkbook(own.tableNames().map((name) => (name === "Kolom Kasus" ? keepRows(own.readTable(name)!, (cell) => cell("Register") !== "Peserta RCC") : own.readTable(name)!)));
    expect(addLaterCaseColumns(withoutRcc)).toEqual([]);
    expect(laterColumnsMessage([])).toBeNull();
  });
});
