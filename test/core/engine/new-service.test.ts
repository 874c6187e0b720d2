// Adding a service is a data-only change: a brand-new service (a request for personnel data,
// counted in calendar days) made purely of register rows — its Layanan row, its case register
// in Kolom Kasus, its workflow in Alur and Alur Transisi, its tab with the headers set-up builds —
// runs like the shipped ones, in memory and through a local .xlsx file, with no code of its own.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../../apps-script/core/engine/run-check";
import { ensureCaseRegisters, ensureRegisters, seedDefaults } from "../../../apps-script/core/engine/setup";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import type { Workbook } from "../../../apps-script/core/ports";
import { ALUR, ALUR_TRANSISI, KOLOM_KASUS, LAYANAN } from "../../../apps-script/core/registers/catalog";
import { SHIPPED_CASE_REGISTERS } from "../../../apps-script/core/seed/services";
import { XlsxWorkbookFile } from "../../../sync/local/xlsx-workbook";
import { ACTOR, append, at, caseOf, editCase, type Row, rowsOf, runAs, serviceOffice } from "../../case-factories";
import { clockAt, dateOf, passThroughLock } from "../../factories";

const REGISTER = "Permintaan Data";
const CODE = "PERMINTAAN_DATA";
const NIP = "199002152015032002";

const rows = {
  layanan: [{ "Kode Alur": CODE, "Nama Layanan": "Permintaan Data Kepegawaian", "Register Kasus": REGISTER, "Prefiks ID": "PD", "SLA Layanan": 10, "Satuan Hari": "Hari Kalender", "Jam Batas": "", Dasar: "Contoh: janji layanan kantor, 10 hari" }],
  kolomKasus: [
    { Register: REGISTER, Kolom: "Tanggal Permintaan", Tipe: "date", Wajib: "Ya", "Awal Hitung": "Ya" },
    { Register: REGISTER, Kolom: "Nama Peminta", Tipe: "text", Wajib: "Ya" },
    { Register: REGISTER, Kolom: "NIP Pegawai", Tipe: "nip", Wajib: "Ya", Keterangan: "Pegawai yang datanya diminta" },
    { Register: REGISTER, Kolom: "Jenis Data", Tipe: "choice", Wajib: "Ya", Pilihan: "Riwayat Jabatan, Riwayat Pangkat, Data Diklat" },
    { Register: REGISTER, Kolom: "Tanggal Dikirim", Tipe: "date", Wajib: "Tidak" },
  ] as Row[],
  alur: [
    { "Kode Alur": CODE, Status: "Diajukan", Urutan: 1, Tahap: "Permintaan dicatat", "SLA (hari kerja)": 2, "Mulai Hitung Layanan": "Ya" },
    { "Kode Alur": CODE, Status: "Diproses", Urutan: 2, Tahap: "Data disiapkan", "SLA (hari kerja)": 5 },
    { "Kode Alur": CODE, Status: "Dikirim", Urutan: 3, Tahap: "Data dikirim", "Status Akhir": "Ya" },
    { "Kode Alur": CODE, Status: "Ditolak", Urutan: 4, Tahap: "Permintaan ditolak", "Status Akhir": "Ya" },
  ] as Row[],
  transisi: [
    { "Kode Alur": CODE, Dari: "Diajukan", Ke: "Diproses", Peran: "Petugas", Syarat: "DATA_VALID" },
    { "Kode Alur": CODE, Dari: "Diajukan", Ke: "Ditolak", Peran: "Verifikator", "Wajib Diisi": "Catatan Petugas" },
    { "Kode Alur": CODE, Dari: "Diproses", Ke: "Dikirim", Peran: "Petugas", "Wajib Diisi": "Tanggal Dikirim", Syarat: "ISIAN(Jenis Data = Riwayat Jabatan / Riwayat Pangkat / Data Diklat)" },
  ] as Row[],
};

/** The new service's rows added to a set-up office, and its tab made as set-up makes it. */
function addService(workbook: Workbook & Pick<MemoryWorkbook, "takeChanges">, edit: Partial<typeof rows> = {}): string[] {
  const all = { ...rows, ...edit };
  workbook.applyChanges([
    { table: LAYANAN.name, patches: [], appends: all.layanan },
    { table: KOLOM_KASUS.name, patches: [], appends: all.kolomKasus },
    { table: ALUR.name, patches: [], appends: all.alur },
    { table: ALUR_TRANSISI.name, patches: [], appends: all.transisi },
  ]);
  const created = ensureCaseRegisters(workbook);
  workbook.takeChanges();
  return created;
}

const request = (cells: Row = {}): Row => ({
  "Tanggal Permintaan": at("2026-11-20"), "Nama Peminta": "Bagian Kepegawaian Dinas Kesehatan", "NIP Pegawai": NIP, "Jenis Data": "Riwayat Jabatan", ...cells,
});

describe("a service declared only in register rows", () => {
  function office() {
    const workbook = serviceOffice();
    expect(addService(workbook)).toEqual([REGISTER]);
    return workbook;
  }

  it("gets its tab from its declared columns: ID, its own columns, Status, Catatan Petugas and the engine's", () => {
    const headers = office().readTable(REGISTER)!.headers;
    expect(headers.slice(0, 8)).toEqual(["ID Permintaan Data", "Tanggal Permintaan", "Nama Peminta", "NIP Pegawai", "Jenis Data", "Tanggal Dikirim", "Status", "Catatan Petugas"]);
    expect(headers).toContain("Tenggat Layanan");
    expect(SHIPPED_CASE_REGISTERS).not.toContain(REGISTER);
  });

  it("numbers its cases with its own prefix and counts its deadlines in calendar days", () => {
    const workbook = office();
    append(workbook, REGISTER, [request(), request({ "Tanggal Permintaan": at("2026-12-30") })]);
    const summary = runAs(workbook, clockAt("2026-12-30"), ACTOR.Petugas);
    expect(summary.configErrors).toEqual([]);
    expect(summary.casesByService).toContainEqual({ code: CODE, name: "Permintaan Data Kepegawaian", register: REGISTER, casesByStatus: { Diajukan: 2 } });
    const [first, second] = rowsOf(workbook, REGISTER);
    expect([first!["ID Permintaan Data"], second!["ID Permintaan Data"]]).toEqual(["PD-2026-00001", "PD-2026-00002"]);
    // Friday 20 Nov: 2 days → Sunday 22 Nov (working days would give Tuesday 24); 10 days → 30 Nov.
    expect([dateOf(first!["Tenggat Langkah"]), dateOf(first!["Mulai Layanan"]), dateOf(first!["Tenggat Layanan"])]).toEqual(["2026-11-22", "2026-11-20", "2026-11-30"]);
    // Over the year end and the holiday of 1 January alike.
    expect([dateOf(second!["Tenggat Langkah"]), dateOf(second!["Tenggat Layanan"])]).toEqual(["2027-01-01", "2027-01-09"]);
    expect([first!.Penanda, first!["Catatan Validasi"]]).toEqual(["Terlambat", null]);
  });

  it("moves its cases by its own Alur Transisi rows, guards and required columns included", () => {
    const workbook = office();
    append(workbook, REGISTER, [request()]);
    runAs(workbook, clockAt("2026-11-20", "10:00"), ACTOR.Petugas);
    editCase(workbook, REGISTER, "PD-2026-00001", { Status: "Diproses" });
    runAs(workbook, clockAt("2026-11-21", "10:00"), ACTOR.Petugas);
    expect(dateOf(caseOf(workbook, REGISTER, "PD-2026-00001")["Tenggat Langkah"])).toBe("2026-11-26"); // Saturday + 5 calendar days
    editCase(workbook, REGISTER, "PD-2026-00001", { Status: "Dikirim" });
    runAs(workbook, clockAt("2026-11-23", "10:00"), ACTOR.Petugas);
    expect(caseOf(workbook, REGISTER, "PD-2026-00001")["Pesan Langkah"]).toBe("Langkah Diproses → Dikirim memerlukan kolom terisi: Tanggal Dikirim");
    editCase(workbook, REGISTER, "PD-2026-00001", { Status: "Dikirim", "Tanggal Dikirim": at("2026-11-23") });
    runAs(workbook, clockAt("2026-11-23", "11:00"), ACTOR.Kepala);
    expect(caseOf(workbook, REGISTER, "PD-2026-00001")["Pesan Langkah"]).toBe("Peran Kepala tidak boleh melakukan Diproses → Dikirim; hanya Petugas");
    editCase(workbook, REGISTER, "PD-2026-00001", { Status: "Dikirim" });
    runAs(workbook, clockAt("2026-11-23", "12:00"), ACTOR.Petugas);
    expect(caseOf(workbook, REGISTER, "PD-2026-00001")).toMatchObject({ "Status Tercatat": "Dikirim", Penanda: null, "Pesan Langkah": null });
  });

  it("checks its nip column as a NIP and its choice column against its choices, without echoing the number", () => {
    const workbook = office();
    append(workbook, REGISTER, [request({ "NIP Pegawai": "19900215201503200", "Jenis Data": "Data Keluarga", Status: "Diproses" })]);
    runAs(workbook, clockAt("2026-11-20", "10:00"), ACTOR.Petugas);
    const row = caseOf(workbook, REGISTER, "PD-2026-00001");
    const note = String(row["Catatan Validasi"]);
    expect(note).toMatch(/^NIP Pegawai: NIP .*; Jenis Data: harus salah satu: Riwayat Jabatan, Riwayat Pangkat, Data Diklat$/);
    expect(note).not.toContain("19900215201503200");
    expect(row["Pesan Langkah"]).toBe("Langkah Diajukan → Diproses belum memenuhi syarat: data belum valid (2 masalah di Catatan Validasi)");
  });
});

describe("with a mistake in the new service's rows (made after its tab was set up)", () => {
  /** The run's configuration errors after staff changed one cell of a register row (by its key). */
  function configErrors(tab: string, key: string, values: Row): readonly string[] {
    const workbook = serviceOffice();
    addService(workbook);
    append(workbook, REGISTER, [request()]);
    const rowHint = workbook.readTable(tab)!.rows.length - 1;
    workbook.applyChanges([{ table: tab, patches: [{ id: key, rowHint, values }], appends: [] }]);
    expect(workbook.takeChanges()[0]!.patches).toHaveLength(1);
    const summary = runCheck({ workbook, clock: clockAt("2026-11-20"), lock: passThroughLock, actor: { email: ACTOR.Admin } });
    expect(workbook.takeChanges()).toEqual([]); // nothing written anywhere
    return summary.configErrors;
  }

  it("refuses an unknown guard in Alur Transisi, naming the row and the cell", () => {
    const errors = configErrors(ALUR_TRANSISI.name, `${CODE} | Diajukan | Diproses`, { Syarat: "DATA_VALID, SUDAH_DIBAYAR" });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Alur Transisi baris \d+ \(PERMINTAAN_DATA \| Diajukan \| Diproses\), kolom Syarat: syarat "SUDAH_DIBAYAR" tidak dikenal \(DATA_VALID, /);
  });

  it("refuses a Kolom Kasus row with a bad Tipe, naming the row and the cell", () => {
    const errors = configErrors(KOLOM_KASUS.name, `${REGISTER} | Tanggal Dikirim`, { Tipe: "tanggal" });
    expect(errors[0]).toMatch(/^Kolom Kasus baris \d+ \(Permintaan Data \| Tanggal Dikirim\), kolom Tipe: "tanggal" tidak dikenal; pilih salah satu: text, date, datetime, /);
    expect(errors).toHaveLength(1);
  });
});

describe("through a local .xlsx file", () => {
  it("keeps the declared register's dates as dates across save and reopen, and a second run writes nothing", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "layanan-baru-")), "kantor.xlsx");
    const fresh = await XlsxWorkbookFile.open(path, { createIfMissing: true });
    ensureRegisters(fresh.workbook);
    seedDefaults(fresh.workbook);
    addService(fresh.workbook);
    fresh.workbook.applyChanges([{ table: REGISTER, patches: [], appends: [request()] }]);
    await fresh.save();

    const file = await XlsxWorkbookFile.open(path);
    expect(file.workbook.tableNames()).toContain(REGISTER);
    runAs(file.workbook, clockAt("2026-11-21"), ACTOR.Petugas);
    expect(await file.save()).toBeGreaterThan(0);

    const reopened = await XlsxWorkbookFile.open(path);
    const row = caseOf(reopened.workbook, REGISTER, "PD-2026-00001");
    expect(row["Tanggal Permintaan"]).toEqual(at("2026-11-20"));
    expect(row["NIP Pegawai"]).toBe(NIP);
    expect([row["Status Tercatat"], dateOf(row["Tenggat Langkah"]), dateOf(row["Tenggat Layanan"])]).toEqual(["Diajukan", "2026-11-22", "2026-11-30"]);
    expect(runAs(reopened.workbook, clockAt("2026-11-21", "10:00"), ACTOR.Petugas).cellsWritten).toBe(0);
    expect(await reopened.save()).toBe(0);
  });
});
