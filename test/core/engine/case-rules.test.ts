import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck } from "../../../apps-script/core/engine/run-check";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { type CellValue, dateCell } from "../../../apps-script/core/ports";
import { ALUR_TRANSISI, HASIL_ASESMEN, PERMOHONAN, RIWAYAT, SURAT } from "../../../apps-script/core/registers/catalog";
import { pelayananPublikUnitRows } from "../../../apps-script/core/seed/scheme-pelayanan-publik";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { HtmlFileSink } from "../../../sync/letters/html-file-sink";
import { caseCells, check, clockAt, makeApplication, makeOffice, passThroughLock, staffEdit } from "../../factories";

const ID = "PRM-2026-00001";
const units = pelayananPublikUnitRows().map((u) => String(u["Kode Unit"]));
const rows = (wb: MemoryWorkbook, name: string) => {
  const t = wb.readTable(name)!;
  return t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]])));
};
const day = (text: string) => dateCell(text as LocalDate);

/** A case adopted at `status` (cells, no history), tested on 2 November at TUK-01. */
function caseAt(status: string, extra: Record<string, CellValue | string> = {}): MemoryWorkbook {
  return makeOffice([makeApplication({
    Status: status, "Status Tercatat": status, "Status Sejak": "2026-11-02", "Mulai Layanan": "2026-10-20",
    "Jadwal Uji": "2026-11-02", "Kode TUK": "TUK-01", Asesor: "MET.000.000001 2026", ...extra,
  })]);
}
function recordResults(wb: MemoryWorkbook, bkUnits: readonly number[]) {
  wb.applyChanges([{ table: HASIL_ASESMEN.name, patches: [], appends: units.map((u, i) => ({ "ID Permohonan": ID, "Kode Unit": u, Hasil: bkUnits.includes(i) ? "BK" : "K" })) }]);
}
function move(wb: MemoryWorkbook, to: string, actor: string, at = "2026-11-04", documents?: HtmlFileSink) {
  staffEdit(wb, ID, { Status: to });
  return runCheck({ workbook: wb, clock: clockAt(at), lock: passThroughLock, actor: { email: actor }, ...(documents ? { documents } : {}) });
}

describe("with 11 units K and 1 BK in Hasil Asesmen", () => {
  it("a Rekomendasi Asesor K contradicts the record: a validation message, and neither outcome of Penetapan is accepted", () => {
    for (const to of ["Penerbitan Sertifikat", "Penyerahan"]) {
      const wb = caseAt("Penetapan", { "Rekomendasi Asesor": "K" });
      recordResults(wb, [4]);
      const summary = move(wb, to, "kepala@contoh.go.id");
      const c = caseCells(wb, ID);
      expect(c["Status Tercatat"], to).toBe("Penetapan");
      expect(String(c["Catatan Validasi"])).toMatch(/Rekomendasi Asesor: K bertentangan dengan Hasil Asesmen \(BK pada 1 unit/);
      expect(summary.refusedMoves?.[0]?.reason).toMatch(/bertentangan/);
    }
  });

  it("with Rekomendasi Asesor BK the letters state BK as the register does", () => {
    const dir = mkdtempSync(join(tmpdir(), "bk-"));
    const wb = caseAt("Penetapan", { "Rekomendasi Asesor": "BK" });
    recordResults(wb, [4]);
    const sink = new HtmlFileSink(dir);
    expect(move(wb, "Penyerahan", "kepala@contoh.go.id", "2026-11-04", sink).movesApplied).toBe(1);
    const html = sink.written.map((w) => readFileSync(w.path, "utf8"));
    const statement = html.find((h) => h.includes("Surat Keterangan Hasil Uji Kompetensi"))!;
    expect(statement).toMatch(/dengan hasil <strong>BELUM KOMPETEN<\/strong>/);
    const decision = html.find((h) => h.includes("LAMPIRAN KEPUTUSAN"))!;
    expect(decision).toMatch(/Belum Kompeten \(BK\): 1 \(satu\) orang/);
  });
});

describe("with a test scheduled after today", () => {
  it("Uji Kompetensi → Rapat Hasil is refused before Jadwal Uji", () => {
    const wb = caseAt("Uji Kompetensi", { "Jadwal Uji": "2026-12-10" });
    const summary = move(wb, "Rapat Hasil", "asesor@contoh.go.id", "2026-12-02");
    expect(caseCells(wb, ID)["Status Tercatat"]).toBe("Uji Kompetensi");
    expect(summary.refusedMoves?.[0]?.reason).toMatch(/dijadwalkan 2026-12-10, belum dilaksanakan/);
  });

  it("an office workflow without that guard still gets no berita acara that states the test as held", () => {
    const wb = caseAt("Rapat Hasil", { "Jadwal Uji": "2026-12-10", "Rekomendasi Asesor": "K" });
    const summary = move(wb, "Penetapan", "asesor@contoh.go.id", "2026-12-02");
    expect(caseCells(wb, ID)["Status Tercatat"]).toBe("Rapat Hasil");
    expect(summary.refusedMoves?.[0]?.reason).toMatch(/dijadwalkan 10 Desember 2026, belum dilaksanakan/);
    expect(rows(wb, SURAT.name)).toEqual([]);
  });
});

describe("with letters of the case still waiting for approval", () => {
  function handedOver(status: "Menunggu Persetujuan" | "Disetujui", number: string | null) {
    const wb = caseAt("Penyerahan", { "Rekomendasi Asesor": "K" });
    wb.applyChanges([{ table: SURAT.name, patches: [], appends: [
      { "ID Surat": "SRT-1", "Jenis Surat": "SERTIFIKAT", "ID Permohonan": ID, "Status Surat": status, "Nomor Surat": number },
      { "ID Surat": "SRT-2", "Jenis Surat": "UNDANGAN_UJI", "ID Permohonan": ID, "Status Surat": "Batal" },
    ] }]);
    return wb;
  }

  it("the case cannot reach Selesai; the reason names the letter", () => {
    const wb = handedOver("Menunggu Persetujuan", null);
    const summary = move(wb, "Selesai", "petugas@contoh.go.id");
    expect(caseCells(wb, ID)["Status Tercatat"]).toBe("Penyerahan");
    expect(summary.refusedMoves?.[0]?.reason).toMatch(/surat belum disetujui: SRT-1 \(Sertifikat Kompetensi, Menunggu Persetujuan\)/);
  });

  it("once numbered (cancelled ones aside) the case closes", () => {
    const wb = handedOver("Disetujui", "800/1/BPSDM/XI/2026");
    expect(move(wb, "Selesai", "petugas@contoh.go.id").movesApplied).toBe(1);
    expect(caseCells(wb, ID)["Status Tercatat"]).toBe("Selesai");
  });
});

describe("with a move that asks for a reason", () => {
  it("Riwayat records the reason of a return", () => {
    const wb = makeOffice([makeApplication()]);
    check(wb, clockAt("2026-11-03"));
    staffEdit(wb, ID, { "Catatan Petugas": "Pasfoto belum ada" });
    move(wb, "Dikembalikan", "petugas@contoh.go.id");
    expect(rows(wb, RIWAYAT.name).at(-1)).toMatchObject({ Dari: "Diterima", Ke: "Dikembalikan", Hasil: "Diterapkan", Keterangan: "Alasan: Pasfoto belum ada" });
  });
});

describe("with a formula typed into Status", () => {
  it("the formula is kept, reported, and nothing moves", () => {
    const wb = makeOffice([makeApplication({ Status: "Verifikasi" })]);
    const table = wb.readTable(PERMOHONAN.name)!;
    table.formulas!.get(0) ?? (table.formulas as Map<number, Map<number, string>>).set(0, new Map());
    (table.formulas!.get(0) as Map<number, string>).set(table.headers.indexOf("Status"), '=IF(A2="";"";"Verifikasi")');
    const summary = check(wb, clockAt("2026-11-03"), "petugas@contoh.go.id");
    const changed = wb.takeChanges().flatMap((c) => c.patches).flatMap((p) => Object.keys(p.values));
    expect(changed).not.toContain("Status");
    expect(summary.movesApplied).toBe(0);
    expect(String(caseCells(wb, ID)["Catatan Validasi"])).toMatch(/Status: berisi rumus/);
  });
});

describe("with a NIK or NIP typed where a code belongs", () => {
  it("no engine cell and no summary line repeats the number", () => {
    const nik = "3171010101850001";
    const nip = "198501012010011001";
    const wb = makeOffice([makeApplication({ "Kode Skema": nik, "Dokumen Diserahkan": `KTP, ${nik}` }), makeApplication({ "ID Permohonan": "PRM-2026-00002", Status: nip })]);
    check(wb, clockAt("2026-11-03"));
    const summary = check(wb, clockAt("2026-11-03", "10:00"));
    const written = JSON.stringify([rows(wb, RIWAYAT.name), summary, ...["Catatan Validasi", "Pesan Langkah", "Kelayakan"].map((h) => caseCells(wb, ID)[h]),
      caseCells(wb, "PRM-2026-00002")["Pesan Langkah"]]);
    expect(written).not.toMatch(/\d{15,}/);
    expect(written).toContain("[angka disamarkan]");
  });
});

describe("the office's own Alur Transisi rows", () => {
  it("a move naming a guard the registry lacks is refused at load, with its row and cell", () => {
    const wb = makeOffice([makeApplication()]);
    const t = wb.readTable(ALUR_TRANSISI.name)!;
    const first = t.rows[0]!;
    wb.applyChanges([{ table: ALUR_TRANSISI.name, patches: [{ id: `${first[0]} | ${first[1]} | ${first[2]}`, rowHint: 0, values: { Syarat: "DATA_VALID, TANPA_NAMA" } }], appends: [] }]);
    expect(check(wb, clockAt("2026-11-03")).configErrors).toEqual([expect.stringMatching(/Alur Transisi baris 2 .*kolom Syarat: syarat "TANPA_NAMA" tidak dikenal/)]);
  });
});
