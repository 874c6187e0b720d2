import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { dateCell } from "../../../apps-script/core/ports";
import { PENGATURAN, PERMOHONAN, RIWAYAT, SURAT } from "../../../apps-script/core/registers/catalog";
import type { LocalDate } from "../../../apps-script/core/time/local-date";
import { runCheck } from "../../../apps-script/core/engine/run-check";
import { pelayananPublikUnitRows } from "../../../apps-script/core/seed/scheme-pelayanan-publik";
import { HtmlFileSink } from "../../../sync/letters/html-file-sink";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { caseCells, check, clockAt, dateOf, makeApplication, makeOffice, passThroughLock, staffEdit } from "../../factories";

const ID = "PRM-2026-00001";
const auditRows = (wb: MemoryWorkbook) => {
  const t = wb.readTable(RIWAYAT.name)!;
  return t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]])));
};
const letterRows = (wb: MemoryWorkbook) => {
  const t = wb.readTable(SURAT.name)!;
  return t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]])));
};
function setSetting(wb: MemoryWorkbook, key: string, value: string) {
  wb.applyChanges([{ table: PENGATURAN.name, patches: [{ id: key, rowHint: 0, values: { Nilai: value } }], appends: [] }]);
}

describe("with a new application (no recorded status)", () => {
  it("records Diterima, fills Status, stamps the step deadline and audits", () => {
    const wb = makeOffice([makeApplication()]);
    const summary = check(wb, clockAt("2026-11-03"));
    const c = caseCells(wb, ID);
    expect(c.Status).toBe("Diterima");
    expect(c["Status Tercatat"]).toBe("Diterima");
    expect(dateOf(c["Status Sejak"])).toBe("2026-11-02"); // the submission date
    expect(dateOf(c["Tenggat Langkah"])).toBe("2026-11-09"); // 5 working days
    expect(c.Kelayakan).toBe("Memenuhi syarat");
    expect(summary).toMatchObject({ casesByStatus: { Diterima: 1 }, movesApplied: 0, rowsWithErrors: 0 });
    expect(auditRows(wb)).toEqual([expect.objectContaining({ "ID Permohonan": ID, Dari: null, Ke: "Diterima", Hasil: "Diterapkan" })]);
  });

  it("assigns unique IDs to rows typed without one", () => {
    const wb = makeOffice([makeApplication(), makeApplication({ "ID Permohonan": "" }), makeApplication({ "ID Permohonan": "" })]);
    const summary = check(wb, clockAt("2026-11-03"));
    expect(summary.idsAssigned).toBe(2);
    expect(caseCells(wb, "PRM-2026-00002").Nama).toBe("Rina Kartika");
    expect(caseCells(wb, "PRM-2026-00003").Nama).toBe("Rina Kartika");
  });
});

describe("with a recorded case that staff move", () => {
  function received() {
    const wb = makeOffice([makeApplication()]);
    check(wb, clockAt("2026-11-03"));
    wb.takeChanges();
    return wb;
  }

  it("a legal move is stamped, starts the 30-day service clock, audits and drafts its letter", () => {
    const wb = received();
    staffEdit(wb, ID, { Status: "Verifikasi" });
    const summary = check(wb, clockAt("2026-11-04", "10:00"), "petugas@contoh.go.id");
    const c = caseCells(wb, ID);
    expect(summary.movesApplied).toBe(1);
    expect(c["Status Tercatat"]).toBe("Verifikasi");
    expect(dateOf(c["Status Sejak"])).toBe("2026-11-04");
    expect(dateOf(c["Tenggat Langkah"])).toBe("2026-11-18"); // 10 working days
    expect(dateOf(c["Mulai Layanan"])).toBe("2026-11-04");
    expect(dateOf(c["Tenggat Layanan"])).toBe("2026-12-16"); // 30 working days, no holidays in between
    expect(auditRows(wb).at(-1)).toMatchObject({ Dari: "Diterima", Ke: "Verifikasi", Oleh: "petugas@contoh.go.id", Peran: "Petugas", Hasil: "Diterapkan" });
    expect(letterRows(wb)).toEqual(["TANDA_TERIMA", "INFORMASI_SERTIFIKASI"].map((type) => expect.objectContaining({ "Jenis Surat": type, "ID Permohonan": ID, "Status Surat": "Draf" })));
  });

  it("a move after the cut-off hour counts from the next working day", () => {
    const wb = received();
    staffEdit(wb, ID, { Status: "Verifikasi" });
    check(wb, clockAt("2026-11-06", "15:30"), "petugas@contoh.go.id"); // Friday after 15:00
    const c = caseCells(wb, ID);
    expect(dateOf(c["Status Sejak"])).toBe("2026-11-09"); // Friday after hours counts as Monday
    expect(dateOf(c["Tenggat Langkah"])).toBe("2026-11-23"); // 10 working days after Monday 9 Nov
  });

  it("an illegal move is put back, explained, and audited as refused", () => {
    const wb = received();
    staffEdit(wb, ID, { Status: "Penetapan" });
    const summary = check(wb, clockAt("2026-11-04"), "admin@contoh.go.id");
    const c = caseCells(wb, ID);
    expect(summary.movesRefused).toBe(1);
    expect(c.Status).toBe("Diterima");
    expect(c["Status Tercatat"]).toBe("Diterima");
    expect(c["Pesan Langkah"]).toBe("Tidak boleh dari Diterima ke Penetapan. Langkah yang boleh: Verifikasi, Dikembalikan, Dibatalkan");
    expect(auditRows(wb).at(-1)).toMatchObject({ Dari: "Diterima", Ke: "Penetapan", Hasil: "Ditolak" });
  });

  it("a move the actor's role may not make is put back", () => {
    const wb = received();
    staffEdit(wb, ID, { Status: "Verifikasi" });
    check(wb, clockAt("2026-11-04"), "asesor@contoh.go.id");
    expect(caseCells(wb, ID).Status).toBe("Diterima");
    expect(caseCells(wb, ID)["Pesan Langkah"]).toMatch(/Peran Asesor tidak boleh/);
  });

  it("an unknown user is refused unless the office's setting gives them a role", () => {
    const wb = received();
    staffEdit(wb, ID, { Status: "Verifikasi" });
    check(wb, clockAt("2026-11-04"), null);
    expect(caseCells(wb, ID)["Status Tercatat"]).toBe("Diterima");
    setSetting(wb, "Peran Pengguna Tak Dikenal", "Petugas");
    staffEdit(wb, ID, { Status: "Verifikasi" });
    check(wb, clockAt("2026-11-04"), null);
    expect(caseCells(wb, ID)["Status Tercatat"]).toBe("Verifikasi");
  });

  it("a move whose guard fails names what is missing", () => {
    const wb = makeOffice([makeApplication({ "Dokumen Diserahkan": "KTP" })]);
    check(wb, clockAt("2026-11-03"));
    staffEdit(wb, ID, { Status: "Verifikasi" });
    check(wb, clockAt("2026-11-04"), "petugas@contoh.go.id");
    expect(caseCells(wb, ID)["Pesan Langkah"]).toMatch(/^Langkah Diterima → Verifikasi belum memenuhi syarat: berkas belum lengkap: DIKLAT_PP, REKOMENDASI/);
  });
});

describe("with a returned dossier", () => {
  it("stops the service clock while returned and extends the deadline by the days it was away", () => {
    const wb = makeOffice([makeApplication()]);
    check(wb, clockAt("2026-11-03"));
    staffEdit(wb, ID, { Status: "Verifikasi" });
    check(wb, clockAt("2026-11-04"), "petugas@contoh.go.id");
    staffEdit(wb, ID, { Status: "Dikembalikan", "Catatan Petugas": "Ijazah tidak terbaca" });
    check(wb, clockAt("2026-11-05"), "verifikator@contoh.go.id");
    let c = caseCells(wb, ID);
    expect(c.Penanda).toBe("Jam Berhenti");
    expect(c["Tenggat Layanan"]).toBeNull();
    expect(c["Tenggat Langkah"]).toBeNull();
    expect(dateOf(c["Jeda Sejak"])).toBe("2026-11-05");

    staffEdit(wb, ID, { Status: "Diterima" });
    check(wb, clockAt("2026-11-10"), "petugas@contoh.go.id"); // 3 working days later
    c = caseCells(wb, ID);
    expect(c["Hari Jeda"]).toBe(3);
    expect(c["Jeda Sejak"]).toBeNull();
    expect(dateOf(c["Mulai Layanan"])).toBe("2026-11-04"); // the first complete date stays
    expect(dateOf(c["Tenggat Layanan"])).toBe("2026-12-21"); // 16 Dec + 3 working days
  });
});

describe("the daily sweep", () => {
  it("flags due-soon and overdue cases as days pass, and clears flags at a final state", () => {
    const wb = makeOffice([makeApplication()]);
    check(wb, clockAt("2026-11-03")); // due 9 Nov
    expect(caseCells(wb, ID).Penanda).toBeNull();
    check(wb, clockAt("2026-11-05")); // 2 working days left
    expect(caseCells(wb, ID).Penanda).toBe("Segera");
    const overdue = check(wb, clockAt("2026-11-10"));
    expect(caseCells(wb, ID).Penanda).toBe("Terlambat");
    expect(overdue.overdue).toBe(1);
    staffEdit(wb, ID, { Status: "Dibatalkan", "Catatan Petugas": "Ditarik pemohon" });
    check(wb, clockAt("2026-11-10"), "petugas@contoh.go.id");
    expect(caseCells(wb, ID).Penanda).toBeNull();
  });

  it("a second run with no edits changes nothing", () => {
    const wb = makeOffice([makeApplication(), makeApplication({ "ID Permohonan": "PRM-2026-00002", NIP: "123" })]);
    check(wb, clockAt("2026-11-03"));
    wb.takeChanges();
    const second = check(wb, clockAt("2026-11-03", "11:00"));
    expect(wb.takeChanges()).toEqual([]);
    expect(second.cellsWritten).toBe(0);
    expect(second.rowsWithErrors).toBe(1);
  });

  it("finds rows by ID after staff sorted the register", () => {
    const wb = makeOffice([makeApplication(), makeApplication({ "ID Permohonan": "PRM-2026-00002", Nama: "Budi" })]);
    check(wb, clockAt("2026-11-03"));
    const table = wb.readTable(PERMOHONAN.name)!;
    const sorted = new MemoryWorkbook([
      ...wb.tableNames().filter((n) => n !== PERMOHONAN.name).map((n) => wb.readTable(n)!),
      { ...table, rows: [...table.rows].reverse() },
    ]);
    staffEdit(sorted, "PRM-2026-00002", { Status: "Verifikasi" });
    check(sorted, clockAt("2026-11-04"), "petugas@contoh.go.id");
    expect(caseCells(sorted, "PRM-2026-00002")["Status Tercatat"]).toBe("Verifikasi");
    expect(caseCells(sorted, "PRM-2026-00002").Nama).toBe("Budi");
    expect(caseCells(sorted, ID)["Status Tercatat"]).toBe("Diterima");
  });

  it("reads by header label: reordered columns, loose spelling and extra staff columns are fine", () => {
    const wb = makeOffice([makeApplication()]);
    const table = wb.readTable(PERMOHONAN.name)!;
    const order = table.headers.map((_, i) => i).reverse();
    const shuffled = new MemoryWorkbook([
      ...wb.tableNames().filter((n) => n !== PERMOHONAN.name).map((n) => wb.readTable(n)!),
      {
        name: PERMOHONAN.name,
        headers: [...order.map((i) => (table.headers[i] === "Nama" ? "  NAMA " : table.headers[i]!)), "Catatan Pribadi Staf"],
        rows: table.rows.map((r) => [...order.map((i) => r[i] ?? null), "jangan diubah"]),
      },
    ]);
    check(shuffled, clockAt("2026-11-03"));
    const after = shuffled.readTable(PERMOHONAN.name)!;
    const cell = (h: string) => after.rows[0]![after.headers.indexOf(h)];
    expect(cell("Status Tercatat")).toBe("Diterima");
    expect(cell("  NAMA ")).toBe("Rina Kartika");
    expect(cell("Catatan Pribadi Staf")).toBe("jangan diubah");
    expect(after.headers).toHaveLength(table.headers.length + 1); // nothing added, nothing lost
  });

  it("stops when asked, reports where, and a run from there finishes the rest", () => {
    const many = Array.from({ length: 600 }, (_, i) => makeApplication({ "ID Permohonan": `PRM-2026-${String(i + 1).padStart(5, "0")}` }));
    const wb = makeOffice(many);
    const deps = { workbook: wb, clock: clockAt("2026-11-03"), lock: passThroughLock, actor: { email: null } };
    const first = runCheck(deps, { shouldStop: () => true });
    expect(first.resumeAt).toBe(250);
    expect(caseCells(wb, "PRM-2026-00250")["Status Tercatat"]).toBe("Diterima");
    expect(caseCells(wb, "PRM-2026-00251")["Status Tercatat"]).toBeNull();
    const rest = runCheck(deps, { startAt: first.resumeAt! });
    expect(rest.resumeAt).toBeNull();
    expect(caseCells(wb, "PRM-2026-00600")["Status Tercatat"]).toBe("Diterima");
    expect(runCheck(deps).cellsWritten).toBe(0); // nothing left undone
  });

  it("with onlyIds touches only the edited cases", () => {
    const wb = makeOffice([makeApplication(), makeApplication({ "ID Permohonan": "PRM-2026-00002" })]);
    check(wb, clockAt("2026-11-03"), "admin@contoh.go.id", ["PRM-2026-00002"]);
    expect(caseCells(wb, ID)["Status Tercatat"]).toBeNull();
    expect(caseCells(wb, "PRM-2026-00002")["Status Tercatat"]).toBe("Diterima");
  });

  it("writes only engine columns (and Status), never staff data", () => {
    const wb = makeOffice([makeApplication({ NIP: "bukan nip" })]);
    check(wb, clockAt("2026-11-03"));
    const written = wb.takeChanges().flatMap((c) => (c.table === PERMOHONAN.name ? c.patches.flatMap((p) => Object.keys(p.values)) : []));
    const staffColumns = PERMOHONAN.columns.filter((c) => c.owner === "staff" && c.header !== "Status").map((c) => c.header);
    expect(written.filter((h) => staffColumns.includes(h))).toEqual([]);
    expect(caseCells(wb, ID).NIP).toBe("bukan nip");
  });
});

describe("with a deadline counted back from a case date (process E: SPK before the assessment)", () => {
  it("falls the given working days before that date, and moves with it", () => {
    const wb = makeOffice();
    wb.applyChanges([
      { table: "Alur", patches: [], appends: [
        { "Kode Alur": "PENILAIAN_LAN", Status: "Penandatanganan SPK", Urutan: 1, "SLA (hari kerja)": -5, "Dihitung Dari": "Jadwal Uji" },
        { "Kode Alur": "PENILAIAN_LAN", Status: "Selesai", Urutan: 2, "Status Akhir": "Ya" },
      ] },
      { table: "Alur Transisi", patches: [], appends: [{ "Kode Alur": "PENILAIAN_LAN", Dari: "Penandatanganan SPK", Ke: "Selesai", Peran: "Kepala" }] },
      // A new service is a row of Layanan too: its register and its promise.
      { table: "Layanan", patches: [], appends: [{ "Kode Alur": "PENILAIAN_LAN", "Nama Layanan": "Penilaian Kompetensi LAN", "Register Kasus": "Permohonan", "Satuan Hari": "Hari Kerja" }] },
      { table: "Skema", patches: [], appends: [{ "Kode Skema": "PK-LAN", "Nama Skema": "Penilaian Kompetensi", "Kode Alur": "PENILAIAN_LAN", "Masa Berlaku (tahun)": 3, Aktif: "Ya" }] },
      { table: PERMOHONAN.name, patches: [], appends: [makeApplication({ "Kode Skema": "PK-LAN", "Jadwal Uji": dateCell("2026-11-30" as LocalDate) })] },
    ]);
    const summary = check(wb, clockAt("2026-11-03"));
    expect(summary.configErrors).toEqual([]);
    expect(caseCells(wb, ID)["Status Tercatat"]).toBe("Penandatanganan SPK");
    expect(dateOf(caseCells(wb, ID)["Tenggat Langkah"])).toBe("2026-11-23"); // Monday 30 Nov − 5 working days
    staffEdit(wb, ID, { "Jadwal Uji": dateCell("2026-12-07" as LocalDate) });
    check(wb, clockAt("2026-11-03"));
    expect(dateOf(caseCells(wb, ID)["Tenggat Langkah"])).toBe("2026-11-30");
  });

  it("refuses a negative SLA without a date column, and an unknown column", () => {
    const wb = makeOffice();
    wb.applyChanges([{ table: "Alur", patches: [], appends: [
      { "Kode Alur": "X", Status: "A", Urutan: 1, "SLA (hari kerja)": -5 },
      { "Kode Alur": "X", Status: "B", Urutan: 2, "SLA (hari kerja)": -5, "Dihitung Dari": "Tanggal Lahir" },
    ] }]);
    const { configErrors } = check(wb, clockAt("2026-11-03"));
    expect(configErrors).toEqual(expect.arrayContaining([
      expect.stringMatching(/kolom SLA \(hari kerja\): SLA negatif hanya boleh bersama kolom Dihitung Dari/),
      expect.stringMatching(/kolom Dihitung Dari: "Tanggal Lahir" bukan kolom tanggal Permohonan/),
    ]));
  });
});

describe("with per-unit results in Hasil Asesmen (FR.AK.02)", () => {
  const units = pelayananPublikUnitRows().map((u) => String(u["Kode Unit"]));
  function atPenetapan(results: [string, string][]) {
    // A case that reached Penetapan before the audit trail: adopted from its cells on the first run.
    const wb = makeOffice([makeApplication({ "Rekomendasi Asesor": "K", "Jadwal Uji": dateCell("2026-11-02" as LocalDate), "Kode TUK": "TUK-01", "Status Tercatat": "Penetapan", Status: "Penetapan" })]);
    check(wb, clockAt("2026-11-03"));
    wb.applyChanges([{ table: "Hasil Asesmen", patches: [], appends: results.map(([unit, result]) => ({ "ID Permohonan": ID, "Kode Unit": unit, Hasil: result })) }]);
    return wb;
  }
  const move = (wb: MemoryWorkbook, to: string) => {
    staffEdit(wb, ID, { Status: to });
    check(wb, clockAt("2026-11-04"), "kepala@contoh.go.id");
    return caseCells(wb, ID);
  };

  it("a certificate needs K on every unit: unassessed and BK units are named", () => {
    const wb = atPenetapan([[units[0]!, "K"], [units[1]!, "BK"]]);
    staffEdit(wb, ID, { "Rekomendasi Asesor": null }); // the record alone decides
    const c = move(wb, "Penerbitan Sertifikat");
    expect(c["Status Tercatat"]).toBe("Penetapan");
    expect(c["Pesan Langkah"]).toMatch(new RegExp(`unit belum dinilai di Hasil Asesmen: ${units.slice(2).join(", ")}; unit BK: ${units[1]}`));
  });

  it("with K on all units the certificate step goes ahead, and a BK unit (recommended BK) goes on to the hand-over as not yet competent", () => {
    expect(move(atPenetapan(units.map((u) => [u, "K"])), "Penerbitan Sertifikat")["Status Tercatat"]).toBe("Penerbitan Sertifikat");
    const notYet = atPenetapan(units.map((u, i) => [u, i === 3 ? "BK" : "K"]));
    staffEdit(notYet, ID, { "Rekomendasi Asesor": "BK" });
    expect(move(notYet, "Penyerahan")["Status Tercatat"]).toBe("Penyerahan");
  });

  it("the Surat Keterangan lists each unit's recorded result", () => {
    const dir = mkdtempSync(join(tmpdir(), "ket-"));
    const wb = atPenetapan(units.map((u, i) => [u, i === 3 ? "BK" : "K"]));
    staffEdit(wb, ID, { "Rekomendasi Asesor": "BK", "Jadwal Uji": dateCell("2026-11-02" as LocalDate), "Kode TUK": "TUK-01" });
    staffEdit(wb, ID, { Status: "Penyerahan" });
    const sink = new HtmlFileSink(dir);
    runCheck({ workbook: wb, clock: clockAt("2026-11-04"), lock: passThroughLock, actor: { email: "kepala@contoh.go.id" }, documents: sink });
    const html = readFileSync(sink.written.find((w) => w.path.includes("surat-keterangan"))!.path, "utf8");
    const row = html.slice(html.indexOf(units[3]!), html.indexOf(units[4]!));
    expect(row).toMatch(/Belum Kompeten/);
    expect(html.slice(html.indexOf(units[0]!), html.indexOf(units[1]!))).toMatch(/Kompeten/);
  });
});

describe("the edit fast path on a place that can read part of a tab", () => {
  /** Reads only the hinted rows in full (others keep their ID), like the Apps Script adapter. */
  class PartialReads extends MemoryWorkbook {
    fullReads = 0;
    override readTable(name: string, options?: { rows?: readonly number[] }) {
      const raw = super.readTable(name);
      if (!raw || name !== PERMOHONAN.name) return raw;
      if (!options?.rows) {
        this.fullReads += 1;
        return raw;
      }
      const keep = new Set(options.rows);
      const id = raw.headers.indexOf("ID Permohonan");
      return { ...raw, partial: true, rows: raw.rows.map((r, i) => (keep.has(i) ? r : r.map((c, j) => (j === id ? c : null)))) };
    }
  }
  function office() {
    const source = makeOffice([makeApplication(), makeApplication({ "ID Permohonan": "PRM-2026-00002", Nama: "Budi" })]);
    check(source, clockAt("2026-11-03"));
    const wb = new PartialReads(source.tableNames().map((n) => source.readTable(n)!));
    staffEdit(wb, "PRM-2026-00002", { Status: "Verifikasi" });
    wb.fullReads = 0;
    return wb;
  }
  const run = (wb: MemoryWorkbook, rowHints: number[]) =>
    runCheck({ workbook: wb, clock: clockAt("2026-11-04"), lock: passThroughLock, actor: { email: "petugas@contoh.go.id" } }, { onlyIds: ["PRM-2026-00002"], rowHints });

  it("moves the edited case without reading the register whole", () => {
    const wb = office();
    expect(run(wb, [1]).movesApplied).toBe(1);
    expect(wb.fullReads).toBe(0);
    expect(caseCells(wb, "PRM-2026-00002")["Status Tercatat"]).toBe("Verifikasi");
    expect(caseCells(wb, "PRM-2026-00002").Nama).toBe("Budi");
  });

  it("reads it whole when the rows moved since the edit (stale hints)", () => {
    const wb = office();
    expect(run(wb, [0]).movesApplied).toBe(1);
    expect(wb.fullReads).toBe(1);
    expect(caseCells(wb, ID)["Status Tercatat"]).toBe("Diterima");
  });
});

describe("with a bad configuration", () => {
  it("stops before writing anything and names the row and cell", () => {
    const wb = makeOffice([makeApplication()]);
    setSetting(wb, "Zona Waktu", "Asia/Bandung");
    wb.takeChanges();
    const summary = check(wb, clockAt("2026-11-03"));
    expect(summary.configErrors).toEqual([expect.stringMatching(/^Pengaturan baris \d+ \(Zona Waktu\), kolom Nilai: zona waktu tidak dikenal/)]);
    expect(wb.takeChanges()).toEqual([]);
  });

  it("a holiday typed in the Libur register moves deadlines", () => {
    const wb = makeOffice([makeApplication()]);
    wb.applyChanges([{ table: "Libur", patches: [], appends: [{ Tanggal: dateCell("2026-11-04" as LocalDate), Jenis: "Libur Daerah", Keterangan: "HUT Provinsi" }] }]);
    check(wb, clockAt("2026-11-03"));
    expect(dateOf(caseCells(wb, ID)["Tenggat Langkah"])).toBe("2026-11-10");
  });
});
