// JARAK_HARI: a move guarded by the days between two of the case's dates (seed 003's LKS closed
// within 15 days, seed 004's SPK signed at least 5 days before the assessment), declared in rows.
import { describe, expect, it } from "vitest";
import { parseDayDistance } from "../../../apps-script/core/engine/guards";
import { runCheck } from "../../../apps-script/core/engine/run-check";
import { ensureCaseRegisters } from "../../../apps-script/core/engine/setup";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { ALUR, ALUR_TRANSISI, KOLOM_KASUS, LAYANAN } from "../../../apps-script/core/registers/catalog";
import { ACTOR, append, at, caseOf, editCase, type Row, runAs, serviceOffice } from "../../case-factories";
import { clockAt, passThroughLock } from "../../factories";

const REGISTER = "Uji Jarak";
const CODE = "UJI_JARAK";
const ID = "UJ-2026-00001";

function office(guards: { tepat: string; lewat: string } = {
  tepat: "JARAK_HARI(Tanggal Terbit .. Tanggal Tutup <= 15 hari kalender)",
  lewat: "JARAK_HARI(Tanggal Terbit .. Tanggal Tutup > 15 hari kalender)",
}): MemoryWorkbook {
  const workbook = serviceOffice();
  workbook.applyChanges([
    { table: LAYANAN.name, patches: [], appends: [{ "Kode Alur": CODE, "Nama Layanan": "Uji Jarak Hari", "Register Kasus": REGISTER, "Prefiks ID": "UJ", "SLA Layanan": "", "Satuan Hari": "Hari Kerja", "Jam Batas": "", Dasar: "uji" }] },
    { table: KOLOM_KASUS.name, patches: [], appends: [
      { Register: REGISTER, Kolom: "Tanggal Terbit", Tipe: "date", Wajib: "Ya", "Awal Hitung": "Ya" },
      { Register: REGISTER, Kolom: "Tanggal Tutup", Tipe: "date", Wajib: "Tidak" },
      { Register: REGISTER, Kolom: "Tanggal Kegiatan", Tipe: "date", Wajib: "Tidak" },
    ] },
    { table: ALUR.name, patches: [], appends: [
      { "Kode Alur": CODE, Status: "Perbaikan", Urutan: 1, Tahap: "LKS diperbaiki", "Mulai Hitung Layanan": "Ya" },
      { "Kode Alur": CODE, Status: "Panel", Urutan: 2, Tahap: "Panel teknis" },
      { "Kode Alur": CODE, Status: "Diskresi Pleno", Urutan: 3, Tahap: "Kebijakan rapat pleno" },
      { "Kode Alur": CODE, Status: "Kegiatan", Urutan: 4, Tahap: "Kegiatan", "Status Akhir": "Ya" },
    ] },
    { table: ALUR_TRANSISI.name, patches: [], appends: [
      { "Kode Alur": CODE, Dari: "Perbaikan", Ke: "Panel", Peran: "Petugas", Syarat: guards.tepat },
      { "Kode Alur": CODE, Dari: "Perbaikan", Ke: "Diskresi Pleno", Peran: "Petugas", Syarat: guards.lewat },
      { "Kode Alur": CODE, Dari: "Panel", Ke: "Kegiatan", Peran: "Petugas", Syarat: "JARAK_HARI(Tanggal Hari Ini .. Tanggal Kegiatan >= 3 hari kerja)" },
    ] },
  ]);
  ensureCaseRegisters(workbook);
  workbook.takeChanges();
  return workbook;
}

/** The case recorded on 1 Dec 2026, then asked to move to `to` with its LKS closed on `closed`. */
function asked(to: string, closed: string | null, workbook = office()) {
  append(workbook, REGISTER, [{ "Tanggal Terbit": at("2026-12-01") }]);
  runAs(workbook, clockAt("2026-12-01", "10:00"), ACTOR.Petugas);
  editCase(workbook, REGISTER, ID, { Status: to, "Tanggal Tutup": closed === null ? null : at(closed) });
  runAs(workbook, clockAt("2026-12-20", "10:00"), ACTOR.Petugas);
  return caseOf(workbook, REGISTER, ID);
}

describe("JARAK_HARI in Alur Transisi", () => {
  it("lets the LKS closed on day 15 go to the panel and refuses day 16, naming the distance and the limit", () => {
    expect(asked("Panel", "2026-12-16")).toMatchObject({ "Status Tercatat": "Panel", "Pesan Langkah": null });
    const late = asked("Panel", "2026-12-17");
    expect(late["Status Tercatat"]).toBe("Perbaikan");
    expect(late["Pesan Langkah"]).toBe("Langkah Perbaikan → Panel belum memenuhi syarat: Tanggal Terbit ke Tanggal Tutup 16 hari kalender; syaratnya paling lama 15 hari kalender");
  });

  it("routes day 16 to the plenary's discretion and refuses that route on day 15", () => {
    expect(asked("Diskresi Pleno", "2026-12-17")["Status Tercatat"]).toBe("Diskresi Pleno");
    expect(asked("Diskresi Pleno", "2026-12-16")["Pesan Langkah"]).toMatch(/15 hari kalender; syaratnya lebih dari 15 hari kalender$/);
  });

  it("names the date that is still blank", () => {
    expect(asked("Panel", null)["Pesan Langkah"]).toBe("Langkah Perbaikan → Panel belum memenuhi syarat: Tanggal Tutup belum diisi tanggal");
  });

  it("counts hari kerja on the office calendar and reads Tanggal Hari Ini as today", () => {
    const workbook = office({ tepat: "JARAK_HARI(Tanggal Terbit .. Tanggal Tutup <= 5 hari kerja)", lewat: "JARAK_HARI(Tanggal Terbit .. Tanggal Tutup > 5 hari kerja)" });
    // Tue 1 Dec → Tue 8 Dec: five working days (the weekend does not count).
    expect(asked("Panel", "2026-12-08", workbook)["Status Tercatat"]).toBe("Panel");
    // Today is Sunday 20 Dec; Wednesday 23 Dec is 3 working days ahead, Tuesday 22 Dec only 2.
    editCase(workbook, REGISTER, ID, { Status: "Kegiatan", "Tanggal Kegiatan": at("2026-12-22") });
    runAs(workbook, clockAt("2026-12-20", "11:00"), ACTOR.Petugas);
    expect(caseOf(workbook, REGISTER, ID)["Pesan Langkah"]).toMatch(/Tanggal Hari Ini ke Tanggal Kegiatan 2 hari kerja; syaratnya paling sedikit 3 hari kerja$/);
    editCase(workbook, REGISTER, ID, { Status: "Kegiatan", "Tanggal Kegiatan": at("2026-12-23") });
    runAs(workbook, clockAt("2026-12-20", "12:00"), ACTOR.Petugas);
    expect(caseOf(workbook, REGISTER, ID)["Status Tercatat"]).toBe("Kegiatan");
  });

  it("is refused when the workflow loads with an unknown column or without a unit, naming the row", () => {
    for (const [syarat, message] of [
      ["JARAK_HARI(Tanggal Terbit .. Tanggal Tutupan <= 15 hari kalender)", 'kolom "Tanggal Tutupan" tidak ada di Uji Jarak'],
      ["JARAK_HARI(Tanggal Terbit .. Tanggal Tutup <= 15 hari)", "tulis JARAK_HARI(Kolom Awal .. Kolom Akhir <= 15 hari kerja)"],
    ] as const) {
      const workbook = office({ tepat: syarat, lewat: "JARAK_HARI(Tanggal Terbit .. Tanggal Tutup > 15 hari kalender)" });
      const summary = runCheck({ workbook, clock: clockAt("2026-12-01"), lock: passThroughLock, actor: { email: ACTOR.Admin } });
      expect(summary.configErrors).toHaveLength(1);
      expect(summary.configErrors[0]).toContain("(UJI_JARAK | Perbaikan | Panel), kolom Syarat");
      expect(summary.configErrors[0]).toContain(message);
    }
  });
});

describe("parseDayDistance", () => {
  it("reads the columns, comparison, number and unit, and nothing else", () => {
    expect(parseDayDistance("Tanggal SPK .. Tanggal Penilaian >= 5 hari kalender")).toEqual({ from: "Tanggal SPK", to: "Tanggal Penilaian", comparison: ">=", days: 5, unit: "hari kalender" });
    expect(parseDayDistance("A..B<10 Hari Kerja")).toEqual({ from: "A", to: "B", comparison: "<", days: 10, unit: "hari kerja" });
    for (const bad of ["A .. B = 5 hari kerja", "A B <= 5 hari kerja", "A .. B <= lima hari kerja", "A .. B <= 5", null]) expect(parseDayDistance(bad)).toBeNull();
  });
});
