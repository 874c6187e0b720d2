// Cases created by a numbered letter: one per listed person, exactly once however often the
// approvals are settled (a run repeated after a failure half-way), each person told once through
// the outbox; nothing is created for a letter that is not numbered. The request and participant
// registers are declared here as rows (Layanan, Kolom Kasus, Alur), as an office would.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { KOTAK_SUREL } from "../../../apps-script/core/engine/outbox";
import { reconcileSpawns, SPAWNED_EVENT } from "../../../apps-script/core/engine/spawn-cases";
import { listedPeople, type SpawnRule } from "../../../apps-script/core/engine/spawn-rules";
import { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { ALUR, KOLOM_KASUS, LAYANAN, RIWAYAT, SURAT } from "../../../apps-script/core/registers/catalog";
import { headersOf } from "../../../apps-script/core/registers/schema";
import { ensureCaseRegisters } from "../../../apps-script/core/engine/setup";
import { LETTER_TYPE_CODES } from "../../../apps-script/core/letters/letter-types";
import { append, at, rowsOf, serviceOffice } from "../../case-factories";
import { clockAt, passThroughLock } from "../../factories";

const RULE: SpawnRule = {
  letter: "PERSETUJUAN",
  listColumn: "Peserta Disetujui",
  target: { register: "Peserta Uji", link: "ID Permintaan Uji", name: "Nama Peserta", email: "Email Peserta", since: "Tanggal Akun" },
  mail: ({ name, caseId }) => ({ subject: `Akun ${caseId}`, body: `Yth. ${name}` }),
};

function office(options: { outbox?: boolean } = {}): MemoryWorkbook {
  const workbook = serviceOffice();
  append(workbook, LAYANAN.name, [
    { "Kode Alur": "PERMINTAAN_UJI", "Nama Layanan": "Permintaan Uji", "Register Kasus": "Permintaan Uji", "Prefiks ID": "PMU", "Satuan Hari": "Hari Kerja" },
    { "Kode Alur": "PESERTA_UJI", "Nama Layanan": "Peserta Uji", "Register Kasus": "Peserta Uji", "Prefiks ID": "PSU", "Satuan Hari": "Hari Kerja" },
  ]);
  append(workbook, KOLOM_KASUS.name, [
    { Register: "Permintaan Uji", Kolom: "Tanggal Surat", Tipe: "date", Wajib: "Ya", "Awal Hitung": "Ya" },
    { Register: "Permintaan Uji", Kolom: "Peserta Disetujui", Tipe: "text", Wajib: "Tidak", "Awal Hitung": "Tidak" },
    { Register: "Peserta Uji", Kolom: "ID Permintaan Uji", Tipe: "case", Wajib: "Ya", Pilihan: "Permintaan Uji", "Awal Hitung": "Tidak" },
    { Register: "Peserta Uji", Kolom: "Nama Peserta", Tipe: "text", Wajib: "Ya", "Awal Hitung": "Tidak" },
    { Register: "Peserta Uji", Kolom: "Email Peserta", Tipe: "email", Wajib: "Tidak", "Awal Hitung": "Tidak" },
    { Register: "Peserta Uji", Kolom: "Tanggal Akun", Tipe: "date", Wajib: "Ya", "Awal Hitung": "Ya" },
  ]);
  append(workbook, ALUR.name, ["PERMINTAAN_UJI", "PESERTA_UJI"].flatMap((code) => [
    { "Kode Alur": code, Status: "Baru", Urutan: 1, Tahap: "Dicatat", "Jam Berhenti": "Tidak", "Mulai Hitung Layanan": "Ya", "Status Akhir": "Tidak" },
    { "Kode Alur": code, Status: "Selesai", Urutan: 2, Tahap: "Selesai", "Jam Berhenti": "Tidak", "Mulai Hitung Layanan": "Tidak", "Status Akhir": "Ya" },
  ]));
  ensureCaseRegisters(workbook);
  append(workbook, "Permintaan Uji", [{
    "ID Permintaan Uji": "PMU-2026-00001", "Tanggal Surat": at("2026-11-16"), Status: "Baru",
    "Peserta Disetujui": "Dr. Lina Marlina, M.Psi. <lina@contoh.id>\nAhmad Hidayat <ahmad@contoh.id>\nSri Lestari",
  }]);
  append(workbook, SURAT.name, [
    { "ID Surat": "SRT-000101", "Jenis Surat": "PERSETUJUAN", "ID Permohonan": "PMU-2026-00001", "Status Surat": "Disetujui", "Nomor Surat": "B-7/UJI/XI/2026", "Tanggal Surat": at("2026-11-20") },
  ]);
  if (options.outbox !== false) return workbook;
  // An office whose workbook predates the outbox (set-up not run since).
  return new MemoryWorkbook(workbook.tableNames().filter((name) => name !== KOTAK_SUREL.name).map((name) => workbook.readTable(name)!));
}

const deps = (workbook: MemoryWorkbook) => ({ workbook, clock: clockAt("2026-11-23", "10:00"), lock: passThroughLock, actor: { email: null } });
const settle = (workbook: MemoryWorkbook) => {
  const report = reconcileSpawns(deps(workbook), loadConfig(workbook, new Set(LETTER_TYPE_CODES)), [RULE]);
  workbook.takeChanges();
  return report;
};

describe("a numbered letter with a spawn rule", () => {
  it("creates one case per listed person, linked to the request and dated by the letter", () => {
    const workbook = office();
    const report = settle(workbook);
    expect(report.problems).toEqual([]);
    expect(rowsOf(workbook, "Peserta Uji").map((r) => [r["ID Peserta Uji"], r["ID Permintaan Uji"], r["Nama Peserta"], r["Email Peserta"]])).toEqual([
      ["PSU-2026-00001", "PMU-2026-00001", "Dr. Lina Marlina, M.Psi.", "lina@contoh.id"],
      ["PSU-2026-00002", "PMU-2026-00001", "Ahmad Hidayat", "ahmad@contoh.id"],
      ["PSU-2026-00003", "PMU-2026-00001", "Sri Lestari", null],
    ]);
    expect(rowsOf(workbook, "Peserta Uji")[0]!["Tanggal Akun"]).toMatchObject({ date: "2026-11-20" });
    const remarks = rowsOf(workbook, RIWAYAT.name).filter((r) => r.Ke === SPAWNED_EVENT);
    expect(remarks.map((r) => [r["ID Permohonan"], r.Oleh, r.Hasil])).toEqual(Array(3).fill(["PMU-2026-00001", "mesin", "Catatan"]));
    // Who has an address is told once; the person without one is not.
    expect(rowsOf(workbook, KOTAK_SUREL.name).map((r) => [r.Kunci, r.Kepada, r["Status Kirim"]])).toEqual([
      ["PERSETUJUAN:PSU-2026-00001", "lina@contoh.id", "Menunggu"],
      ["PERSETUJUAN:PSU-2026-00002", "ahmad@contoh.id", "Menunggu"],
    ]);
  });

  it("creates them exactly once when the approvals are settled twice", () => {
    const workbook = office();
    settle(workbook);
    const again = settle(workbook);
    expect(again).toEqual({ created: [], queued: 0, problems: [] });
    expect(rowsOf(workbook, "Peserta Uji")).toHaveLength(3);
    expect(rowsOf(workbook, KOTAK_SUREL.name)).toHaveLength(2);
  });

  it("adds only the person added to the list later, and keeps staff's edits of the rows made", () => {
    const workbook = office();
    settle(workbook);
    workbook.applyChanges([{ table: "Permintaan Uji", patches: [{ id: "PMU-2026-00001", rowHint: 0, values: {
      "Peserta Disetujui": "Dr. Lina Marlina, M.Psi. <lina@contoh.id>\nAhmad Hidayat <ahmad@contoh.id>\nSri Lestari\nPutu Wijaya <putu@contoh.id>",
    } }], appends: [] }]);
    const report = settle(workbook);
    expect(report.created).toEqual(["PSU-2026-00004 (dari PMU-2026-00001)"]);
    expect(rowsOf(workbook, KOTAK_SUREL.name).map((r) => r.Kunci)).toContain("PERSETUJUAN:PSU-2026-00004");
  });

  it("creates nothing for a letter still waiting for its number", () => {
    const workbook = office();
    workbook.applyChanges([{ table: SURAT.name, patches: [{ id: "SRT-000101", rowHint: 0, values: { "Status Surat": "Menunggu Persetujuan", "Nomor Surat": null } }], appends: [] }]);
    expect(settle(workbook).created).toEqual([]);
    expect(rowsOf(workbook, "Peserta Uji")).toEqual([]);
  });

  it("without the outbox tab still creates the cases, says so, and queues the mails once the tab exists", () => {
    const workbook = office({ outbox: false });
    const report = settle(workbook);
    expect(report.created).toHaveLength(3);
    expect(report.problems.join(" ")).toMatch(/Tab Kotak Surel belum ada: 2 pemberitahuan/);
    workbook.ensureTable(KOTAK_SUREL.name, headersOf(KOTAK_SUREL));
    expect(settle(workbook)).toMatchObject({ created: [], queued: 2 });
  });
});

describe("listedPeople", () => {
  it.each([
    ["Dr. Lina, M.Psi. <lina@contoh.id>", [{ name: "Dr. Lina, M.Psi.", email: "lina@contoh.id" }]],
    ["Ahmad Hidayat - AHMAD@Contoh.id", [{ name: "Ahmad Hidayat", email: "ahmad@contoh.id" }]],
    ["Ahmad; Sri Lestari <sri@contoh.id>", [{ name: "Ahmad", email: null }, { name: "Sri Lestari", email: "sri@contoh.id" }]],
    ["\n  \n", []],
  ])("%j", (cell, people) => {
    expect(listedPeople(cell)).toEqual(people);
  });
});
