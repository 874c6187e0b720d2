// Seed 004: the SPK is signed at least 5 (calendar) days before the assessment. The move into
// Intake is refused otherwise; while the SPK is being drafted the row is flagged as the
// assessment nears (Penyusunan SPK: SLA -5 counted from Tanggal Penilaian).
import { describe, expect, it } from "vitest";
import { ACTOR, at, caseOf, type Row, runAs, serviceOffice } from "../../case-factories";
import { clockAt } from "../../factories";
import { addCases, serviceOf } from "./shipped-cases";

const ID = "PK-2026-00001";

function run(from: string, to: string, cells: Row, clock = clockAt("2026-11-24", "10:00")) {
  const workbook = serviceOffice({ withoutLetters: true });
  addCases(workbook, serviceOf("PENILAIAN_KOMPETENSI"), [{ "ID Penilaian Kompetensi": ID, "Status Tercatat": from, Status: to, ...cells }]);
  runAs(workbook, clock, ACTOR.Petugas);
  return caseOf(workbook, "Penilaian Kompetensi", ID);
}

describe("JARAK_HARI(Tanggal SPK Ditandatangani .. Tanggal Penilaian >= 5 hari kalender) into an intake state", () => {
  it("goes ahead with the SPK signed 5 days before the assessment", () => {
    const row = run("Persiapan Intake", "Intake Luring", { "Tanggal SPK Ditandatangani": at("2026-11-05"), "Tanggal Penilaian": at("2026-11-10") });
    expect(row["Status Tercatat"]).toBe("Intake Luring");
    expect(row["Pesan Langkah"]).toBeNull();
  });

  it("is refused with the SPK signed 4 days before, the rule named", () => {
    const row = run("Persiapan Intake", "Intake Luring", { "Tanggal SPK Ditandatangani": at("2026-11-06"), "Tanggal Penilaian": at("2026-11-10") });
    expect(row["Status Tercatat"]).toBe("Persiapan Intake");
    expect(row["Pesan Langkah"]).toBe("Langkah Persiapan Intake → Intake Luring belum memenuhi syarat: "
      + "Tanggal SPK Ditandatangani ke Tanggal Penilaian 4 hari kalender; syaratnya paling sedikit 5 hari kalender");
  });
});

describe("the early flag while the SPK is drafted", () => {
  const drafted = (assessment: string) =>
    run("Penyusunan SPK", "Penyusunan SPK", { "Tanggal Penilaian": at(assessment), "Tanggal SPK Ditandatangani": null, "Nomor SPK": null });

  it("is late once 5 working days before the assessment have passed", () => {
    const row = drafted("2026-11-27");
    expect(row["Tenggat Langkah"]).toEqual(at("2026-11-20"));
    expect(row.Penanda).toBe("Terlambat");
  });

  it("is not raised for an assessment weeks away", () => {
    const row = drafted("2027-01-29");
    expect(row.Penanda).toBeNull();
  });
});
