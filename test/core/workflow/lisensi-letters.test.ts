// The Lisensi LSP moves that draft letters (seed 003, lampiran VI), through whole runs: each
// drafts its letters in the letter book, and a letter that cannot be made holds the case.
import { describe, expect, it } from "vitest";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { SURAT } from "../../../apps-script/core/registers/catalog";
import { ACTOR, caseOf, type Row, rowsOf, runAs, serviceOffice } from "../../case-factories";
import { clockAt } from "../../factories";
import { addCases, serviceOf } from "./shipped-cases";

const R = "Lisensi LSP";
const ID = "LIS-2026-00001";
const letters = (workbook: MemoryWorkbook) => rowsOf(workbook, SURAT.name).map((r) => [r["Jenis Surat"], r["ID Permohonan"], r["Status Surat"]]);

function ask(from: string, to: string, role: keyof typeof ACTOR, cells: Row = {}) {
  const workbook = serviceOffice();
  addCases(workbook, serviceOf("LISENSI_LSP"), [{ [`ID ${R}`]: ID, "Status Tercatat": from, Status: to, ...cells }]);
  runAs(workbook, clockAt("2026-11-24", "10:00"), ACTOR[role]);
  return { workbook, row: caseOf(workbook, R, ID) };
}

describe("the Lisensi LSP moves with letters", () => {
  it.each([
    ["Pemeriksaan Apresiasi", "Undangan Apresiasi", "Petugas", {}, ["UNDANGAN_LISENSI"]],
    ["Penjadwalan Asesmen", "Penugasan Asesmen", "Kepala", {}, ["SURAT_TUGAS_ASESMEN_LISENSI"]],
    ["Rapat Pleno", "Penerbitan Lisensi", "Kepala", {}, ["SK_LISENSI", "SERTIFIKAT_LISENSI"]],
    ["Rapat Pleno", "Lisensi Ditolak", "Kepala", { "Keputusan Pleno": "Tidak Direkomendasikan" }, ["PENOLAKAN_LISENSI"]],
    ["Diskresi Pleno", "Lisensi Ditolak", "Kepala", {}, ["PENOLAKAN_LISENSI"]],
    ["Pengajuan Penyaksian", "Penugasan Penyaksian", "Kepala", {}, ["SURAT_TUGAS_PENYAKSIAN"]],
  ] as const)("%s → %s (%s) drafts %j", (from, to, role, cells, drafted) => {
    const { workbook, row } = ask(from, to, role, cells);
    expect(row).toMatchObject({ "Status Tercatat": to, "Pesan Langkah": null });
    expect(letters(workbook)).toEqual(drafted.map((type) => [type, ID, "Draf"]));
  });

  it("a letter that cannot be made holds the case, naming what is missing", () => {
    const { workbook, row } = ask("Penjadwalan Asesmen", "Penugasan Asesmen", "Kepala", { "Skema Diajukan": " ; " });
    expect(row["Status Tercatat"]).toBe("Penjadwalan Asesmen");
    expect(String(row["Pesan Langkah"])).toMatch(/^Langkah Penjadwalan Asesmen → Penugasan Asesmen belum dapat membuat suratnya: .*skema wajib diisi/);
    expect(letters(workbook)).toEqual([]);
  });
});
