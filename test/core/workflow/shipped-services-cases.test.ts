// The shipped services' cases through whole runs: deadlines in working days with Layanan's cut-off,
// service promises, an appeal's trace on the appealed application, rows whose service cannot be
// told, what a register never asks for, and the letters the moves make.
import { describe, expect, it } from "vitest";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { LAYANAN, PENGATURAN, PERMOHONAN, SURAT } from "../../../apps-script/core/registers/catalog";
import { ACTOR, append, at, auditOf, caseOf, editCase, type Row, rowsOf, runAs, serviceOffice } from "../../case-factories";
import { clockAt, dateOf } from "../../factories";
import { addAppealedApplication, addCases, APPEALED, serviceOf } from "./shipped-cases";

/** A new Surat Masuk with only its own columns (no ID: the engine gives one). */
const letterIn = (received: Row["x"], cells: Row = {}): Row => ({
  "Waktu Diterima": received, "Nomor Surat Pengirim": "B-7/LSP/2026", Pengirim: "LSP Kominfo", Perihal: "Laporan surveilans", "Ditujukan Kepada": "Ketua BNSP", ...cells,
});

function receive(rows: readonly Row[], clock = clockAt("2026-11-24"), workbook = serviceOffice()) {
  append(workbook, "Surat Masuk", rows);
  const summary = runAs(workbook, clock, ACTOR.Petugas);
  return { workbook, summary, rows: rowsOf(workbook, "Surat Masuk") };
}

function setCell(workbook: MemoryWorkbook, tab: string, key: string, keyHeader: string, values: Row) {
  const rowHint = rowsOf(workbook, tab).findIndex((r) => r[keyHeader] === key);
  workbook.applyChanges([{ table: tab, patches: [{ id: key, rowHint, values }], appends: [] }]);
  workbook.takeChanges();
}

describe("a Surat Masuk is disposed the same working day (TS) when received before 15:00 (Layanan Jam Batas)", () => {
  it.each([
    { label: "Friday 14:59", date: "2026-11-20", time: "14:59", due: "2026-11-20" },
    { label: "Friday 15:00", date: "2026-11-20", time: "15:00", due: "2026-11-23" },
    { label: "Friday 15:30", date: "2026-11-20", time: "15:30", due: "2026-11-23" },
    { label: "Saturday morning", date: "2026-11-21", time: "08:00", due: "2026-11-23" },
    { label: "Tuesday 15:30 before Nyepi and the Idulfitri cuti bersama", date: "2026-03-17", time: "15:30", due: "2026-03-25" },
    { label: "Tuesday 14:00 before them", date: "2026-03-17", time: "14:00", due: "2026-03-17" },
    { label: "New Year's Eve 15:30", date: "2025-12-31", time: "15:30", due: "2026-01-02" },
  ])("received $label: Tenggat Langkah $due", ({ date, time, due }) => {
    const { rows } = receive([letterIn(at(date, time))], clockAt(date.startsWith("2025") ? "2026-01-05" : "2026-11-24"));
    expect(rows[0]).toMatchObject({ "ID Surat Masuk": `SM-${date.slice(0, 4)}-00001`, "Status Tercatat": "Diterima", "Catatan Validasi": null });
    expect(dateOf(rows[0]!["Status Sejak"])).toBe(due);
    expect(dateOf(rows[0]!["Tenggat Langkah"])).toBe(due);
  });

  it("the hour is the service's own: Pengaturan's Jam Batas does not move it, Layanan's does", () => {
    const office = serviceOffice();
    setCell(office, PENGATURAN.name, "Jam Batas", "Kunci", { Nilai: "17:00" });
    expect(dateOf(receive([letterIn(at("2026-11-20", "15:30"))], clockAt("2026-11-24"), office).rows[0]!["Tenggat Langkah"])).toBe("2026-11-23");
    const later = serviceOffice();
    setCell(later, LAYANAN.name, "SURAT_MASUK", "Kode Alur", { "Jam Batas": "16:00" });
    expect(dateOf(receive([letterIn(at("2026-11-20", "15:30"))], clockAt("2026-11-24"), later).rows[0]!["Tenggat Langkah"])).toBe("2026-11-20");
  });

  it("a disposition made Friday after 15:00 counts from Monday: one working day, Tuesday", () => {
    const { workbook } = receive([letterIn(at("2026-11-20", "09:00"), { "Disposisi Kepada": "Sekretariat" })], clockAt("2026-11-20", "10:00"), serviceOffice({ withoutLetters: true }));
    editCase(workbook, "Surat Masuk", "SM-2026-00001", { Status: "Didisposisi" });
    runAs(workbook, clockAt("2026-11-20", "15:30"), ACTOR.Kepala);
    const row = caseOf(workbook, "Surat Masuk", "SM-2026-00001");
    expect(row["Status Tercatat"]).toBe("Didisposisi");
    expect([dateOf(row["Status Sejak"]), dateOf(row["Tenggat Langkah"])]).toEqual(["2026-11-23", "2026-11-24"]);
  });
});

describe("the promise of a Surat Keluar, counted from Waktu Konsep (Mulai Hitung Layanan on Konsep)", () => {
  const draft = (code: string, drafted: Row["x"]): Row => ({ ...serviceOf(code).complete, "Nomor Surat Keluar": null, "Tanggal Kirim": null, "Catatan Petugas": null, "Kode Alur": code, "Waktu Konsep": drafted });

  it("from a member of BNSP: 1 working day; from the Secretariat: 2", () => {
    const workbook = serviceOffice({ withoutLetters: true });
    append(workbook, "Surat Keluar", [draft("SURAT_KELUAR_ANGGOTA", at("2026-11-20", "10:00")), draft("SURAT_KELUAR_SEKRETARIAT", at("2026-11-20", "10:00")), draft("SURAT_KELUAR_ANGGOTA", at("2026-11-20", "15:30"))]);
    runAs(workbook, clockAt("2026-11-20", "16:00"), ACTOR.Petugas);
    const rows = rowsOf(workbook, "Surat Keluar");
    expect(rows.map((r) => r["ID Surat Keluar"])).toEqual(["SKA-2026-00001", "SKS-2026-00001", "SKA-2026-00002"]);
    expect(rows.map((r) => [dateOf(r["Mulai Layanan"]), dateOf(r["Tenggat Layanan"])])).toEqual([
      ["2026-11-20", "2026-11-23"],
      ["2026-11-20", "2026-11-24"],
      ["2026-11-23", "2026-11-24"], // drafted after 15:00: counts from Monday
    ]);
    // The history settles the same clock on the next run: nothing to rewrite.
    expect(runAs(workbook, clockAt("2026-11-20", "16:05"), ACTOR.Petugas).cellsWritten).toBe(0);
  });

  it("a draft sent back to Konsep keeps its first start; the promise is late the day after", () => {
    const workbook = serviceOffice({ withoutLetters: true });
    append(workbook, "Surat Keluar", [draft("SURAT_KELUAR_ANGGOTA", at("2026-11-20", "10:00"))]);
    runAs(workbook, clockAt("2026-11-20", "11:00"), ACTOR.Petugas);
    editCase(workbook, "Surat Keluar", "SKA-2026-00001", { Status: "Diperiksa" });
    runAs(workbook, clockAt("2026-11-20", "12:00"), ACTOR.Petugas);
    editCase(workbook, "Surat Keluar", "SKA-2026-00001", { Status: "Konsep", "Catatan Petugas": "Lampiran kurang" });
    runAs(workbook, clockAt("2026-11-23", "09:00"), ACTOR.Verifikator);
    let row = caseOf(workbook, "Surat Keluar", "SKA-2026-00001");
    expect(row).toMatchObject({ "Status Tercatat": "Konsep", "Pesan Langkah": null });
    expect([dateOf(row["Mulai Layanan"]), dateOf(row["Tenggat Layanan"]), row.Penanda]).toEqual(["2026-11-20", "2026-11-23", "Segera"]);
    runAs(workbook, clockAt("2026-11-24", "09:00"), ACTOR.Petugas);
    row = caseOf(workbook, "Surat Keluar", "SKA-2026-00001");
    expect(row.Penanda).toBe("Terlambat");
  });
});

describe("a Pengaduan is followed up within 3 working days", () => {
  it("is flagged Terlambat once the promise has passed, even while its step is on time", () => {
    const service = serviceOf("PENGADUAN");
    const workbook = serviceOffice({ withoutLetters: true });
    append(workbook, "Pengaduan", [{ ...service.complete, "Waktu Diterima": at("2026-11-16", "09:00"), "Tindak Lanjut": null }]);
    runAs(workbook, clockAt("2026-11-16", "10:00"), ACTOR.Petugas);
    let row = caseOf(workbook, "Pengaduan", "ADU-2026-00001");
    expect([dateOf(row["Mulai Layanan"]), dateOf(row["Tenggat Layanan"]), dateOf(row["Tenggat Langkah"])]).toEqual(["2026-11-16", "2026-11-19", "2026-11-17"]);

    editCase(workbook, "Pengaduan", "ADU-2026-00001", { Status: "Ditindaklanjuti", "Tindak Lanjut": "Diteruskan ke bidang sertifikasi" });
    runAs(workbook, clockAt("2026-11-18", "10:00"), ACTOR.Petugas);
    row = caseOf(workbook, "Pengaduan", "ADU-2026-00001");
    expect([row["Status Tercatat"], dateOf(row["Tenggat Langkah"]), dateOf(row["Tenggat Layanan"]), row.Penanda]).toEqual(["Ditindaklanjuti", "2026-11-20", "2026-11-19", "Segera"]);

    runAs(workbook, clockAt("2026-11-20", "10:00"), ACTOR.Petugas);
    expect(caseOf(workbook, "Pengaduan", "ADU-2026-00001").Penanda).toBe("Terlambat");

    editCase(workbook, "Pengaduan", "ADU-2026-00001", { Status: "Dijawab" });
    const summary = runAs(workbook, clockAt("2026-11-20", "11:00"), ACTOR.Verifikator);
    row = caseOf(workbook, "Pengaduan", "ADU-2026-00001");
    expect([row["Status Tercatat"], row.Penanda, row["Tenggat Layanan"]]).toEqual(["Dijawab", null, row["Tenggat Layanan"]]);
    expect(summary.overdue).toBe(0);
  });
});

describe("a Banding move on the appealed application's history", () => {
  function appeal(from: string, to: string, cells: Row = {}) {
    const workbook = serviceOffice({ withoutLetters: true });
    addAppealedApplication(workbook);
    addCases(workbook, serviceOf("BANDING"), [{ "ID Banding": "BDG-2026-00001", "Status Tercatat": from, Status: to, ...cells }]);
    const summary = runAs(workbook, clockAt("2026-11-24", "10:00"), ACTOR.Kepala);
    return { workbook, summary };
  }

  it("writes a Catatan row on the Permohonan with the panel's decision, and moves nothing there", () => {
    const { workbook } = appeal("Diperiksa Panel", "Diputuskan", { "Putusan Panel": "Diterima" });
    expect(caseOf(workbook, "Banding", "BDG-2026-00001")["Status Tercatat"]).toBe("Diputuskan");
    const remarks = auditOf(workbook, APPEALED).filter((r) => r.Hasil === "Catatan");
    expect(remarks).toEqual([expect.objectContaining({
      Dari: "Diperiksa Panel", Ke: "Diputuskan", Oleh: ACTOR.Kepala, Peran: "Kepala",
      Keterangan: "Banding atas Keputusan Sertifikasi BDG-2026-00001: Diperiksa Panel → Diputuskan; Putusan Panel: Diterima",
    })]);
    // A remark is no move: the application's state still comes from its own moves.
    runAs(workbook, clockAt("2026-11-25"), ACTOR.Petugas);
    expect(rowsOf(workbook, PERMOHONAN.name)[0]!["Status Tercatat"]).toBe("Penyerahan");
    expect(auditOf(workbook, APPEALED).filter((r) => r.Hasil === "Diterapkan").map((r) => r.Ke)).toEqual(["Diterima", "Penyerahan"]);
  });

  it("leaves no Catatan for a refused move", () => {
    const { workbook, summary } = appeal("Diperiksa Panel", "Diputuskan", { "Putusan Panel": null });
    expect(summary.movesRefused).toBe(1);
    expect(auditOf(workbook, APPEALED).filter((r) => r.Hasil === "Catatan")).toEqual([]);
  });
});

describe("a Surat Keluar whose service cannot be told (Kode Alur)", () => {
  it.each([
    ["blank", null, "Kode Alur: wajib diisi (SURAT_KELUAR_SEKRETARIAT, SURAT_KELUAR_ANGGOTA)"],
    ["unknown", "SURAT_KELUAR_DIREKSI", 'Kode Alur: "SURAT_KELUAR_DIREKSI" bukan layanan register Surat Keluar (SURAT_KELUAR_SEKRETARIAT, SURAT_KELUAR_ANGGOTA)'],
  ])("%s: is reported on its row, gets no ID and is not moved", (_, code, problem) => {
    const workbook = serviceOffice({ withoutLetters: true });
    append(workbook, "Surat Keluar", [{ ...serviceOf("SURAT_KELUAR_ANGGOTA").complete, "Kode Alur": code, Status: "Diperiksa" }]);
    const summary = runAs(workbook, clockAt("2026-11-24"), ACTOR.Admin);
    const [row] = rowsOf(workbook, "Surat Keluar");
    const note = `Layanan kasus ini tidak dapat ditentukan: ${problem}`;
    expect(row).toMatchObject({ "ID Surat Keluar": null, Status: "Diperiksa", "Status Tercatat": null, "Catatan Validasi": note });
    expect(summary.problems).toEqual([{ table: "Surat Keluar", id: "baris 2", messages: [note] }]);
    expect([summary.idsAssigned, summary.movesApplied, rowsOf(workbook, "Riwayat")]).toEqual([0, 0, []]);
  });
});

describe("a register asks only for its own columns", () => {
  it("a Surat Masuk with only its own columns has nothing to report: no NIP, NIK or applicant data asked", () => {
    const { workbook, rows, summary } = receive([letterIn(at("2026-11-20", "10:00"))]);
    expect(Object.keys(rows[0]!).filter((h) => /NIP|NIK|Nama|Email|Golongan/.test(h))).toEqual([]);
    expect(rows[0]!["Catatan Validasi"]).toBeNull();
    expect(summary.problems).toEqual([]);
    editCase(workbook, "Surat Masuk", "SM-2026-00001", { Pengirim: null });
    runAs(workbook, clockAt("2026-11-24", "10:00"), ACTOR.Petugas);
    expect(caseOf(workbook, "Surat Masuk", "SM-2026-00001")["Catatan Validasi"]).toBe("Pengirim: wajib diisi");
  });
});

// These use the shipped Surat cells, so they need the service letters (letters/service-data.ts).
describe("the letters of the shipped moves (LEMBAR_DISPOSISI, JAWABAN_PENGADUAN, PUTUSAN_BANDING)", () => {
  const letters = (workbook: MemoryWorkbook) => rowsOf(workbook, SURAT.name).map((r) => [r["Jenis Surat"], r["ID Permohonan"], r["Status Surat"]]);

  it("a disposition drafts its lembar disposisi, and the letter must be approved before the letter is closed", () => {
    const workbook = serviceOffice();
    // Recorded first: the sheet's disposition deadline (Tenggat Langkah) is what the letter states.
    addCases(workbook, serviceOf("SURAT_MASUK"), [{ "ID Surat Masuk": "SM-2026-00001", "Waktu Diterima": at("2026-11-24", "08:30") }]);
    runAs(workbook, clockAt("2026-11-24", "09:00"), ACTOR.Petugas);
    editCase(workbook, "Surat Masuk", "SM-2026-00001", { Status: "Didisposisi" });
    runAs(workbook, clockAt("2026-11-24", "10:00"), ACTOR.Kepala);
    expect(caseOf(workbook, "Surat Masuk", "SM-2026-00001")["Status Tercatat"]).toBe("Didisposisi");
    expect(letters(workbook)).toEqual([["LEMBAR_DISPOSISI", "SM-2026-00001", "Draf"]]);
    editCase(workbook, "Surat Masuk", "SM-2026-00001", { Status: "Selesai" });
    runAs(workbook, clockAt("2026-11-24", "11:00"), ACTOR.Petugas);
    expect(String(caseOf(workbook, "Surat Masuk", "SM-2026-00001")["Pesan Langkah"])).toMatch(/^Langkah Didisposisi → Selesai belum memenuhi syarat: surat belum disetujui: SRT-/);
  });

  it.each([
    ["PENGADUAN", "Ditindaklanjuti", "Dijawab", "JAWABAN_PENGADUAN", "Verifikator"],
    ["BANDING", "Diperiksa Panel", "Diputuskan", "PUTUSAN_BANDING", "Kepala"],
    ["BANDING", "Diajukan", "Ditolak Administratif", "PUTUSAN_BANDING", "Verifikator"],
  ] as const)("%s %s → %s drafts %s", (code, from, to, letter, role) => {
    const service = serviceOf(code);
    const workbook = serviceOffice();
    if (code === "BANDING") addAppealedApplication(workbook);
    const id = `${service.prefix}-2026-00001`;
    addCases(workbook, service, [{ [`ID ${service.register}`]: id, "Status Tercatat": from, Status: to }]);
    runAs(workbook, clockAt("2026-11-24", "10:00"), ACTOR[role]);
    expect(caseOf(workbook, service.register, id)).toMatchObject({ "Status Tercatat": to, "Pesan Langkah": null });
    expect(letters(workbook)).toEqual([[letter, id, "Draf"]]);
  });
});
