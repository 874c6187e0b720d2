import { describe, expect, it } from "vitest";
import { METHOD_EXPERIENCED, METHOD_NOT_EXPERIENCED } from "../../../apps-script/core/domain/eligibility";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { PERMOHONAN, RIWAYAT } from "../../../apps-script/core/registers/catalog";
import { registerProblems } from "../../../apps-script/core/registers/required";
import { readRegister, RegisterTable } from "../../../apps-script/core/registers/table";
import { caseCells, check, clockAt, makeApplication, makeOffice, staffEdit } from "../../factories";

const ID = "PRM-2026-00001";
const notes = (wb: MemoryWorkbook) => {
  const t = wb.readTable(RIWAYAT.name)!;
  return t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]]))).filter((r) => r.Hasil === "Catatan");
};

function recorded() {
  // 4 years of public service: the engine suggests the portfolio method (seed 001).
  const wb = makeOffice([makeApplication()]);
  check(wb, clockAt("2026-11-03"));
  return wb;
}

describe("with an application whose suggested method a Verifikator overrides", () => {
  it("takes the choice with its reason, records who chose it, and keeps it from the record", () => {
    const wb = recorded();
    expect(caseCells(wb, ID)["Metode Asesmen"]).toBe(METHOD_EXPERIENCED);
    staffEdit(wb, ID, { "Metode Ditetapkan": METHOD_NOT_EXPERIENCED, "Alasan Metode": "Portofolio tidak lengkap; perlu observasi" });
    check(wb, clockAt("2026-11-04"), "verifikator@contoh.go.id");
    expect(caseCells(wb, ID)["Metode Asesmen"]).toBe(`${METHOD_NOT_EXPERIENCED} (ditetapkan Verifikator)`);
    expect(notes(wb)).toEqual([
      expect.objectContaining({ "ID Permohonan": ID, Ke: `Metode: ${METHOD_NOT_EXPERIENCED}`, Oleh: "verifikator@contoh.go.id", Peran: "Verifikator", Keterangan: "Alasan: Portofolio tidak lengkap; perlu observasi" }),
    ]);
    // Staff clear the cells: the recorded choice stays, and nothing is recorded twice.
    staffEdit(wb, ID, { "Metode Ditetapkan": null, "Alasan Metode": null });
    check(wb, clockAt("2026-11-05"), "petugas@contoh.go.id");
    expect(caseCells(wb, ID)["Metode Asesmen"]).toBe(`${METHOD_NOT_EXPERIENCED} (ditetapkan Verifikator)`);
    expect(notes(wb)).toHaveLength(1);
  });

  it("refuses the choice of a Petugas, and a choice without a reason, with a warning on the row", () => {
    const wb = recorded();
    staffEdit(wb, ID, { "Metode Ditetapkan": METHOD_NOT_EXPERIENCED, "Alasan Metode": "ingin cepat" });
    check(wb, clockAt("2026-11-04"), "petugas@contoh.go.id");
    expect(caseCells(wb, ID)["Metode Asesmen"]).toBe(METHOD_EXPERIENCED);
    expect(String(caseCells(wb, ID)["Catatan Validasi"])).toContain("hanya Verifikator (atau Admin) yang boleh menetapkan metode asesmen");
    staffEdit(wb, ID, { "Alasan Metode": null });
    check(wb, clockAt("2026-11-04"), "verifikator@contoh.go.id");
    expect(String(caseCells(wb, ID)["Catatan Validasi"])).toContain("Alasan Metode: wajib diisi");
    expect(notes(wb)).toEqual([]);
  });

  it("names an unknown method", () => {
    const wb = recorded();
    staffEdit(wb, ID, { "Metode Ditetapkan": "Tes tertulis", "Alasan Metode": "x" });
    check(wb, clockAt("2026-11-04"), "verifikator@contoh.go.id");
    expect(String(caseCells(wb, ID)["Catatan Validasi"])).toContain("Metode Ditetapkan: harus salah satu");
  });
});

describe("with a workbook from before the method columns existed", () => {
  it("does not ask for them: the tab is complete without them", () => {
    const wb = makeOffice([makeApplication()]);
    const table = readRegister(wb, PERMOHONAN)!;
    const without = { ...table.raw, headers: table.raw.headers.filter((h) => h !== "Metode Ditetapkan" && h !== "Alasan Metode") };
    expect(registerProblems(new RegisterTable(PERMOHONAN, without), PERMOHONAN)).toEqual([]);
    // while a required column missing is still named
    const noStatus = { ...table.raw, headers: table.raw.headers.map((h) => (h === "Nama" ? "Nama Lengkap" : h)) };
    expect(registerProblems(new RegisterTable(PERMOHONAN, noStatus), PERMOHONAN)).toEqual([expect.stringContaining('kolom "Nama" tidak ada')]);
  });
});
