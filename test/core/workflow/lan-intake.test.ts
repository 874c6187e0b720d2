// Seed 004's two intake modes as moves: luring (the team travels to the agency's site) and daring
// (e-registration; the agency's technical team), each allowed only for the Metode Intake chosen
// when the intake was prepared; and the report route chosen by Tujuan Penilaian.
import { describe, expect, it } from "vitest";
import { ACTOR, at, caseOf, type Row, runAs, serviceOffice } from "../../case-factories";
import { clockAt } from "../../factories";
import { addCases, serviceOf } from "./shipped-cases";

const ID = "PK-2026-00001";
const SIGNED_IN_TIME: Row = { "Tanggal SPK Ditandatangani": at("2026-11-02"), "Tanggal Penilaian": at("2026-11-10") };

function run(from: string, to: string, cells: Row, role: keyof typeof ACTOR = "Petugas") {
  const workbook = serviceOffice({ withoutLetters: true });
  addCases(workbook, serviceOf("PENILAIAN_KOMPETENSI"), [{ "ID Penilaian Kompetensi": ID, "Status Tercatat": from, Status: to, ...cells }]);
  runAs(workbook, clockAt("2026-11-24", "10:00"), ACTOR[role]);
  return caseOf(workbook, "Penilaian Kompetensi", ID);
}

describe.each([["Luring", "Daring"], ["Daring", "Luring"]])("with Metode Intake %s", (mode, other) => {
  it(`goes to Intake ${mode}`, () => {
    const row = run("Persiapan Intake", `Intake ${mode}`, { ...SIGNED_IN_TIME, "Metode Intake": mode });
    expect(row["Status Tercatat"]).toBe(`Intake ${mode}`);
    expect(row["Pesan Langkah"]).toBeNull();
  });

  it(`refuses Intake ${other}, naming the mode`, () => {
    const row = run("Persiapan Intake", `Intake ${other}`, { ...SIGNED_IN_TIME, "Metode Intake": mode });
    expect(row["Status Tercatat"]).toBe("Persiapan Intake");
    expect(row["Pesan Langkah"]).toBe(`Langkah Persiapan Intake → Intake ${other} belum memenuhi syarat: Metode Intake bukan ${other}`);
  });
});

describe("Intake Daring", () => {
  it("needs the agency's technical team", () => {
    const row = run("Persiapan Intake", "Intake Daring", { ...SIGNED_IN_TIME, "Metode Intake": "Daring", "Tim Pendamping dan Teknis": null });
    expect(row["Pesan Langkah"]).toBe("Langkah Persiapan Intake → Intake Daring memerlukan kolom terisi: Tim Pendamping dan Teknis");
  });

  it("keeps the 5-day SPK rule", () => {
    const row = run("Persiapan Intake", "Intake Daring", { "Metode Intake": "Daring", "Tanggal SPK Ditandatangani": at("2026-11-06"), "Tanggal Penilaian": at("2026-11-10") });
    expect(row["Status Tercatat"]).toBe("Persiapan Intake");
    expect(row["Pesan Langkah"]).toMatch(/4 hari kalender; syaratnya paling sedikit 5 hari kalender$/);
  });
});

describe("the report route after Penagihan", () => {
  it("refuses Laporan Pemetaan for a seleksi jabatan, and Laporan Ringkas for a pemetaan", () => {
    expect(run("Penagihan", "Laporan Pemetaan", { "Tujuan Penilaian": "Seleksi Jabatan" })["Pesan Langkah"])
      .toBe("Langkah Penagihan → Laporan Pemetaan belum memenuhi syarat: Tujuan Penilaian bukan Pemetaan Jabatan");
    expect(run("Penagihan", "Laporan Ringkas", { "Tujuan Penilaian": "Pemetaan Jabatan" })["Pesan Langkah"])
      .toBe("Langkah Penagihan → Laporan Ringkas belum memenuhi syarat: Tujuan Penilaian bukan Seleksi Jabatan");
  });
});
