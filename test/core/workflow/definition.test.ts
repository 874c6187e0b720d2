import { describe, expect, it } from "vitest";
import { GUARD_NAMES } from "../../../apps-script/core/engine/guards";
import { ALUR, ALUR_TRANSISI } from "../../../apps-script/core/registers/catalog";
import { type PlainValue, tableFromRecords } from "../../../apps-script/core/registers/records";
import { RegisterTable } from "../../../apps-script/core/registers/table";
import { parseWorkflows } from "../../../apps-script/core/workflow/definition";
import { processAMoveRows, processAStateRows } from "../../../apps-script/core/workflow/process-a";

type Rows = Record<string, PlainValue>[];
function parse(states: Rows, moves: Rows, letters?: Set<string>) {
  return parseWorkflows(
    new RegisterTable(ALUR, tableFromRecords(ALUR, states)),
    new RegisterTable(ALUR_TRANSISI, tableFromRecords(ALUR_TRANSISI, moves)),
    { letters, guards: GUARD_NAMES },
  );
}

describe("a workflow definition edited by an office", () => {
  it("an SLA changed in a row changes the definition", () => {
    const states = processAStateRows().map((r) => (r.Status === "Verifikasi" ? { ...r, "SLA (hari kerja)": 7 } : r));
    const { workflows, errors } = parse(states, processAMoveRows());
    expect(errors).toEqual([]);
    expect(workflows.get("SERTIFIKASI_PNS")!.states.find((s) => s.status === "Verifikasi")!.slaDays).toBe(7);
  });

  it("a complaint workflow (process F) with a 3-day SLA is expressible", () => {
    const states: Rows = [
      { "Kode Alur": "PENGADUAN", Status: "Masuk", Urutan: 1, "SLA (hari kerja)": 3 },
      { "Kode Alur": "PENGADUAN", Status: "Ditindaklanjuti", Urutan: 2, "Status Akhir": "Ya" },
    ];
    const moves = [{ "Kode Alur": "PENGADUAN", Dari: "Masuk", Ke: "Ditindaklanjuti", Peran: "Petugas" }];
    const { workflows, errors } = parse(states, moves);
    expect(errors).toEqual([]);
    expect(workflows.get("PENGADUAN")!.initial).toBe("Masuk");
  });

  it("BNSP outgoing letters (process D) and LAN reports (process E) are expressible", () => {
    const states: Rows = [
      { "Kode Alur": "SURAT_KELUAR", Status: "Konsep", Urutan: 1, "SLA (hari kerja)": 2, Tahap: "Surat keluar Sekretariat" },
      { "Kode Alur": "SURAT_KELUAR", Status: "Terkirim", Urutan: 2, "Status Akhir": "Ya" },
      { "Kode Alur": "PENILAIAN_LAN", Status: "Intake", Urutan: 1, "SLA (hari kerja)": 10, Tahap: "Laporan singkat (seleksi)" },
      { "Kode Alur": "PENILAIAN_LAN", Status: "Laporan Singkat", Urutan: 2, "SLA (hari kerja)": 15, Tahap: "Laporan lengkap dan individual" },
      { "Kode Alur": "PENILAIAN_LAN", Status: "Selesai", Urutan: 3, "Status Akhir": "Ya" },
    ];
    const moves: Rows = [
      { "Kode Alur": "SURAT_KELUAR", Dari: "Konsep", Ke: "Terkirim", Peran: "Kepala" },
      { "Kode Alur": "PENILAIAN_LAN", Dari: "Intake", Ke: "Laporan Singkat", Peran: "Asesor" },
      { "Kode Alur": "PENILAIAN_LAN", Dari: "Laporan Singkat", Ke: "Selesai", Peran: "Asesor, Kepala" },
    ];
    const { workflows, errors } = parse(states, moves);
    expect(errors).toEqual([]);
    expect([...workflows.keys()]).toEqual(["SURAT_KELUAR", "PENILAIAN_LAN"]);
    expect(workflows.get("PENILAIAN_LAN")!.states.map((s) => s.slaDays)).toEqual([10, 15, null]);
  });

  it("is refused as a whole, with one message per bad cell naming row and column", () => {
    const states = [...processAStateRows(), { "Kode Alur": "SERTIFIKASI_PNS", Status: "Diterima", Urutan: "satu", "SLA (hari kerja)": "lima" }];
    const moves = [
      ...processAMoveRows(),
      { "Kode Alur": "SERTIFIKASI_PNS", Dari: "Diterima", Ke: "Disetujui", Peran: "Petugas" },
      { "Kode Alur": "SERTIFIKASI_PNS", Dari: "Selesai", Ke: "Diterima", Peran: "Lurah", Syarat: "CUACA_CERAH", "Wajib Diisi": "Golongan Darah" },
    ];
    const { workflows, errors } = parse(states, moves);
    expect(workflows.size).toBe(0);
    // Exactly these: the duplicate row's Status is a true problem of its own; no follow-ons.
    expect(errors).toEqual([
      'Alur baris 14 (SERTIFIKASI_PNS | Diterima), kolom Urutan: "satu" bukan bilangan bulat',
      'Alur baris 14 (SERTIFIKASI_PNS | Diterima), kolom SLA (hari kerja): "lima" bukan bilangan bulat',
      'Alur baris 14 (SERTIFIKASI_PNS | Diterima), kolom Status: status "Diterima" tercantum dua kali untuk alur "SERTIFIKASI_PNS"',
      'Alur Transisi baris 18 (SERTIFIKASI_PNS | Diterima | Disetujui), kolom Ke: status "Disetujui" tidak ada di register Alur untuk "SERTIFIKASI_PNS"',
      'Alur Transisi baris 19 (SERTIFIKASI_PNS | Selesai | Diterima), kolom Dari: "Selesai" adalah status akhir, tidak boleh punya langkah keluar',
      'Alur Transisi baris 19 (SERTIFIKASI_PNS | Selesai | Diterima), kolom Peran: peran "Lurah" tidak dikenal (Petugas, Verifikator, Asesor, Kepala, Admin)',
      `Alur Transisi baris 19 (SERTIFIKASI_PNS | Selesai | Diterima), kolom Syarat: syarat "CUACA_CERAH" tidak dikenal (${[...GUARD_NAMES].join(", ")})`,
      'Alur Transisi baris 19 (SERTIFIKASI_PNS | Selesai | Diterima), kolom Wajib Diisi: kolom "Golongan Darah" tidak ada di Permohonan',
    ]);
  });

  it("checks letter types against the templates that exist", () => {
    const { errors } = parse(processAStateRows(), processAMoveRows(), new Set(["TANDA_TERIMA"]));
    expect(errors.some((e) => /jenis surat "PENOLAKAN" tidak dikenal/.test(e))).toBe(true);
  });
});

describe("a workflow definition with one bad cell", () => {
  const verifikasi = (overrides: Rows[number]) => processAStateRows().map((r) => (r.Status === "Verifikasi" ? { ...r, ...overrides } : r));

  it("still counts a status row with a bad SLA as declared: the moves naming it are not called unknown", () => {
    const { errors } = parse(verifikasi({ "SLA (hari kerja)": "sepuluh" }), processAMoveRows());
    expect(errors).toEqual(['Alur baris 4 (SERTIFIKASI_PNS | Verifikasi), kolom SLA (hari kerja): "sepuluh" bukan bilangan bulat']);
  });

  it("does not call a status unknown when it may be the one in a bad Status cell", () => {
    const { errors, declared } = parse(verifikasi({ Status: "" }), processAMoveRows());
    expect(errors).toEqual(["Alur baris 4 (SERTIFIKASI_PNS | ), kolom Status: wajib diisi"]);
    expect(declared.has("SERTIFIKASI_PNS")).toBe(true);
  });

  it("says a workflow may exist while an Alur row's Kode Alur is bad, so Skema rows are not called wrong", () => {
    const { declared } = parse(verifikasi({ "Kode Alur": "" }), processAMoveRows());
    expect(declared.has("ALUR_APA_SAJA")).toBe(true);
    expect(parse(processAStateRows(), processAMoveRows()).declared.has("ALUR_APA_SAJA")).toBe(false);
  });

  it("names a move of a workflow Alur does not have once, on its Kode Alur", () => {
    const moves = [...processAMoveRows(), { "Kode Alur": "PENGADUAN", Dari: "Masuk", Ke: "Selesai", Peran: "Petugas" }];
    expect(parse(processAStateRows(), moves).errors).toEqual([
      'Alur Transisi baris 18 (PENGADUAN | Masuk | Selesai), kolom Kode Alur: alur "PENGADUAN" tidak punya status di register Alur',
    ]);
  });

  it("names a workflow no Alur Transisi row names", () => {
    const states = [...processAStateRows(), { "Kode Alur": "PENGADUAN", Status: "Masuk", Urutan: 1 }];
    expect(parse(states, processAMoveRows()).errors).toEqual(['Alur "PENGADUAN": belum ada langkah di register Alur Transisi']);
  });

  it("gives one message for a cell with several unknown roles", () => {
    const moves = processAMoveRows().map((m, i) => (i === 0 ? { ...m, Peran: "Lurah, Petugas, Camat" } : m));
    expect(parse(processAStateRows(), moves).errors).toEqual([
      'Alur Transisi baris 2 (SERTIFIKASI_PNS | Diterima | Verifikasi), kolom Peran: peran "Lurah", "Camat" tidak dikenal (Petugas, Verifikator, Asesor, Kepala, Admin)',
    ]);
  });
});

describe("guard names", () => {
  it("come from the registry the caller passes, keeping its spelling", () => {
    const moves = processAMoveRows().map((m, i) => (i === 0 ? { ...m, Syarat: "data_valid, cek_khusus" } : m));
    const parsed = parseWorkflows(
      new RegisterTable(ALUR, tableFromRecords(ALUR, processAStateRows())),
      new RegisterTable(ALUR_TRANSISI, tableFromRecords(ALUR_TRANSISI, moves)),
      { guards: new Set([...GUARD_NAMES, "CEK_KHUSUS"]) },
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.workflows.get("SERTIFIKASI_PNS")!.moves[0]!.guards).toEqual(["DATA_VALID", "CEK_KHUSUS"]);
  });
});
