import { describe, expect, it } from "vitest";
import { ALUR_TRANSISI, PERMOHONAN, REGISTERS } from "../../../apps-script/core/registers/catalog";
import { headersOf } from "../../../apps-script/core/registers/schema";
import { registerProblems } from "../../../apps-script/core/registers/required";
import { RegisterTable } from "../../../apps-script/core/registers/table";

const tableWith = (headers: string[]) => new RegisterTable(PERMOHONAN, { name: PERMOHONAN.name, headers, rows: [] });

describe("registerProblems", () => {
  it.each(REGISTERS.map((r) => [r.name, r] as const))("is silent for a complete %s tab", (_name, def) => {
    expect(registerProblems(new RegisterTable(def, { name: def.name, headers: headersOf(def), rows: [] }), def)).toEqual([]);
  });

  it("names a missing tab, once, in Indonesian", () => {
    const problems = registerProblems(null, ALUR_TRANSISI);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Tab "Alur Transisi" tidak ada di buku kerja \(terhapus atau diganti namanya\?\)\. /);
  });

  it("names each missing header with its tab", () => {
    const headers = headersOf(PERMOHONAN).map((h) => (h === "NIP" ? "Nomor Pegawai" : h)).filter((h) => h !== "Email");
    expect(registerProblems(tableWith(headers), PERMOHONAN)).toEqual([
      'Tab Permohonan: kolom "NIP" tidak ada (judul kolom diubah atau dihapus?). Kembalikan judul kolom itu di baris 1.',
      'Tab Permohonan: kolom "Email" tidak ada (judul kolom diubah atau dihapus?). Kembalikan judul kolom itu di baris 1.',
    ]);
  });

  it("matches headers loosely: case and spaces do not count", () => {
    const headers = headersOf(PERMOHONAN).map((h) => (h === "Tanggal Permohonan" ? "  tanggal   PERMOHONAN " : h));
    expect(registerProblems(tableWith(headers), PERMOHONAN)).toEqual([]);
  });
});
