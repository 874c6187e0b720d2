import { describe, expect, it } from "vitest";
import { referenceProblems } from "../../../apps-script/core/domain/references";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { dateCell } from "../../../apps-script/core/ports";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { applicationRow, makeOffice } from "../../factories";
import { officeWithCell } from "../registers/office-edits";

const TODAY = "2026-11-20" as LocalDate;
const MET = "MET.000.000001 2026";
const problemsOf = (overrides: Parameters<typeof applicationRow>[0], office = makeOffice()) =>
  Object.fromEntries(referenceProblems(applicationRow(overrides), loadConfig(office).references, TODAY));

describe("referenceProblems", () => {
  it("is silent for known, active, valid references and for blank cells", () => {
    expect(problemsOf({ "Kode TUK": "TUK-01", Asesor: MET, "Jadwal Uji": dateCell("2026-12-10" as LocalDate) })).toEqual({});
    expect(problemsOf({})).toEqual({});
  });

  it("accepts a key written with other spaces or case", () => {
    expect(problemsOf({ "Kode TUK": " tuk-01 ", Asesor: "met.000.000001  2026" })).toEqual({});
  });

  it("names unknown references with the register they should come from", () => {
    expect(problemsOf({ "Kode TUK": "TUK-99", Asesor: "Pak Asesor" })).toEqual({
      "Kode TUK": '"TUK-99" tidak ada di register TUK (isi Kode TUK, mis. TUK-01)',
      Asesor: `"Pak Asesor" tidak ada di register Asesor (isi No. Registrasi, mis. ${MET})`,
    });
  });

  it("says so when an assessor's name was typed instead of the MET number", () => {
    expect(problemsOf({ Asesor: "asesor contoh satu" })).toEqual({
      Asesor: `"asesor contoh satu" adalah Nama di register Asesor, bukan No. Registrasi: isi "${MET}"`,
    });
  });

  it("refuses an assessor whose registration is limited to other schemes", () => {
    const office = officeWithCell("Asesor", 0, "Kode Skema", "SKEMA-LAIN, SKEMA-KEDUA");
    expect(problemsOf({ Asesor: MET }, office)).toEqual({
      Asesor: expect.stringMatching(/\(Asesor Contoh Satu\) tidak terdaftar untuk skema "SS-05\/LSP-BPSDM DKI\/V\/2022" di register Asesor/),
    });
    expect(problemsOf({ Asesor: MET }, officeWithCell("Asesor", 0, "Kode Skema", ""))).toEqual({});
  });

  it("refuses an inactive assessor or TUK", () => {
    const office = officeWithCell("Asesor", 0, "Aktif", "Tidak");
    expect(problemsOf({ Asesor: MET }, office)).toEqual({ Asesor: `"${MET}" (Asesor Contoh Satu) tidak aktif di register Asesor` });
    expect(problemsOf({ "Kode TUK": "TUK-01" }, officeWithCell("TUK", 0, "Aktif", "Tidak"))).toEqual({
      "Kode TUK": '"TUK-01" (TUK Sewaktu Gedung Diklat) tidak aktif di register TUK',
    });
  });

  describe("with an assessor whose MET registration ends on 31 December 2025", () => {
    const office = officeWithCell("Asesor", 0, "Berlaku Sampai", dateCell("2025-12-31" as LocalDate));

    it("refuses them for a test scheduled after it, naming both dates", () => {
      expect(problemsOf({ Asesor: MET, "Jadwal Uji": dateCell("2026-12-10" as LocalDate) }, office)).toEqual({
        Asesor: `"${MET}" (Asesor Contoh Satu) berlaku sampai 31 Desember 2025 menurut register Asesor, sebelum Jadwal Uji 10 Desember 2026`,
      });
    });

    it("judges by today when no test date is set", () => {
      expect(problemsOf({ Asesor: MET }, office).Asesor).toMatch(/berlaku sampai 31 Desember 2025 .*sudah lewat hari ini \(20 November 2026\)$/);
    });

    it("accepts them for a test on the last valid day", () => {
      expect(problemsOf({ Asesor: MET, "Jadwal Uji": dateCell("2025-12-31" as LocalDate) }, office)).toEqual({});
    });
  });

  it("leaves Kode Skema to checkApplication and control characters to its one message", () => {
    expect(problemsOf({ "Kode Skema": "SKEMA-X", "Kode TUK": "TUK-01\u0007" })).toEqual({});
  });

  it("never echoes a NIK pasted into a reference cell", () => {
    const nik = "3174015502900002";
    const message = problemsOf({ Asesor: nik }).Asesor!;
    expect(message).not.toContain(nik);
    expect(message).toMatch(/^"\[angka disamarkan\]" tidak ada di register Asesor/);
  });
});
