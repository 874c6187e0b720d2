// The LAN Penilaian Kompetensi moves draft their letters in whole runs (seed 004): the invoice
// counts the Peserta Penilaian rows naming the case, and without any the move is refused with
// the missing field named instead of an invoice for nobody.
import { describe, expect, it } from "vitest";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { SURAT } from "../../../apps-script/core/registers/catalog";
import { ACTOR, append, at, caseOf, type Row, rowsOf, runAs, serviceOffice } from "../../case-factories";
import { clockAt } from "../../factories";
import { addCases, serviceOf } from "./shipped-cases";

const ID = "PK-2026-00001";
const letters = (workbook: MemoryWorkbook) => rowsOf(workbook, SURAT.name).map((r) => [r["Jenis Surat"], r["ID Permohonan"], r["Status Surat"]]);
const participants = (count: number, caseId = ID): Row[] => Array.from({ length: count }, (_, i) => ({
  "ID Peserta Penilaian": `PPK-2026-${String(i + 1).padStart(5, "0")}`, "ID Penilaian Kompetensi": caseId, "Tanggal Daftar": at("2026-11-03"),
  "Nama Peserta": `Peserta ${i + 1}`, Jabatan: "Analis Kebijakan",
}));

function move(from: string, to: string, role: keyof typeof ACTOR, cells: Row = {}, people: Row[] = participants(3)) {
  const workbook = serviceOffice();
  addCases(workbook, serviceOf("PENILAIAN_KOMPETENSI"), [{ "ID Penilaian Kompetensi": ID, "Status Tercatat": from, Status: to, ...cells }]);
  if (people.length > 0) append(workbook, "Peserta Penilaian", people);
  runAs(workbook, clockAt("2026-11-24", "10:00"), ACTOR[role]);
  return { workbook, row: caseOf(workbook, "Penilaian Kompetensi", ID) };
}

describe("the letters of the LAN moves", () => {
  it.each([
    ["Permohonan Diterima", "Koordinasi", "JAWABAN_PERMOHONAN_PENILAIAN", "Kepala", {}],
    ["Koordinasi", "Penyusunan SPK", "SPK_PENILAIAN", "Petugas", {}],
    ["SPK Ditandatangani", "Persiapan Intake", "PEMBERITAHUAN_INTAKE", "Petugas", {}],
    ["Intake Luring", "Penagihan", "INVOICE_PENILAIAN", "Petugas", {}],
    ["Intake Daring", "Penagihan", "INVOICE_PENILAIAN", "Petugas", { "Metode Intake": "Daring" }],
    ["Laporan Ringkas", "Laporan Lengkap", "PENGANTAR_LAPORAN_PENILAIAN", "Verifikator", { "Tanggal Laporan Akhir": null }],
    ["Laporan Lengkap", "Selesai", "PENGANTAR_LAPORAN_PENILAIAN", "Kepala", {}],
    ["Laporan Pemetaan", "Selesai", "PENGANTAR_LAPORAN_PENILAIAN", "Kepala", { "Tujuan Penilaian": "Pemetaan Jabatan" }],
  ] as const)("%s → %s drafts %s", (from, to, letter, role, cells) => {
    const { workbook, row } = move(from, to, role, cells);
    expect(row).toMatchObject({ "Status Tercatat": to, "Pesan Langkah": null });
    expect(letters(workbook)).toEqual([[letter, ID, "Draf"]]);
  });

  it("refuses the invoice move while no participant names the case, the field named", () => {
    const { workbook, row } = move("Intake Luring", "Penagihan", "Petugas", {}, participants(2, "PK-2026-00099"));
    expect(row["Status Tercatat"]).toBe("Intake Luring");
    expect(String(row["Pesan Langkah"])).toMatch(/jumlah peserta \(register Peserta Penilaian\) wajib diisi/);
    expect(letters(workbook)).toEqual([]);
  });
});
