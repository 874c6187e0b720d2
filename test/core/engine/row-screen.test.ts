import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import type { RawTable } from "../../../apps-script/core/ports";
import { PERMOHONAN, RIWAYAT } from "../../../apps-script/core/registers/catalog";
import { caseCells, check, clockAt, makeApplication, makeOffice, staffEdit } from "../../factories";

const ID = "PRM-2026-00001";
const audits = (wb: MemoryWorkbook) => {
  const t = wb.readTable(RIWAYAT.name)!;
  return t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]])));
};

/** The office with its Permohonan tab replaced by one that also carries merged blocks. */
function withMerges(wb: MemoryWorkbook, merges: RawTable["merges"]): MemoryWorkbook {
  const tables = wb.tableNames().map((name) => wb.readTable(name)!);
  return new MemoryWorkbook(tables.map((t) => (t.name === PERMOHONAN.name ? { ...t, merges } : t)));
}

describe("with a pasted copy of a row that kept its ID", () => {
  it("reports the duplicate on both rows and moves neither", () => {
    const wb = makeOffice([makeApplication()]);
    check(wb, clockAt("2026-11-03"));
    const row = caseCells(wb, ID);
    wb.applyChanges([{ table: PERMOHONAN.name, patches: [], appends: [{ ...row, Nama: "Budi Salinan", Status: "Verifikasi" }] }]);
    staffEdit(wb, ID, { Status: "Verifikasi" });
    const before = audits(wb).length;
    const summary = check(wb, clockAt("2026-11-04"), "petugas@contoh.go.id");
    expect(summary.movesApplied).toBe(0);
    expect(audits(wb)).toHaveLength(before);
    const table = wb.readTable(PERMOHONAN.name)!;
    const col = (h: string) => table.headers.indexOf(h);
    const rows = table.rows.filter((r) => r[col("ID Permohonan")] === ID);
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(String(r[col("Catatan Validasi")])).toMatch(/dipakai di lebih dari satu baris \(baris 2, 3\)/);
      expect(r[col("Status Tercatat")]).toBe("Diterima");
    }
    expect(summary.problems.filter((p) => p.id === ID)).toHaveLength(2);
  });
});

describe("with a recorded case whose ID cell was cleared", () => {
  it("is not renumbered: the row is held with the ID its history knows", () => {
    const wb = makeOffice([makeApplication()]);
    check(wb, clockAt("2026-11-03"));
    staffEdit(wb, ID, { "ID Permohonan": null });
    const summary = check(wb, clockAt("2026-11-04"));
    expect(summary.idsAssigned).toBe(0);
    const table = wb.readTable(PERMOHONAN.name)!;
    const note = table.rows[0]![table.headers.indexOf("Catatan Validasi")];
    expect(String(note)).toMatch(/ID Permohonan kosong.*PRM-2026-00001/);
    expect(audits(wb).filter((a) => a["ID Permohonan"] !== ID)).toEqual([]);
  });
});

describe("with cells merged over columns the engine writes", () => {
  it("holds every row the block touches, writes nothing into them, and says where", () => {
    const base = makeOffice([makeApplication(), makeApplication({ "ID Permohonan": "PRM-2026-00002" })]);
    const idColumn = PERMOHONAN.columns.findIndex((c) => c.header === "ID Permohonan");
    const wb = withMerges(base, [{ top: 0, left: idColumn, bottom: 1, right: idColumn }]);
    const summary = check(wb, clockAt("2026-11-03"));
    expect(summary.cellsWritten).toBe(0);
    expect(audits(wb)).toEqual([]);
    expect(summary.problems.map((p) => p.messages.join(" "))).toEqual([
      expect.stringMatching(/sel gabungan \(merge\) A2:A3/), expect.stringMatching(/sel gabungan \(merge\) A2:A3/),
    ]);
  });

  it("a merge over staff columns only is no reason to hold the row", () => {
    const name = PERMOHONAN.columns.findIndex((c) => c.header === "Nama");
    const wb = withMerges(makeOffice([makeApplication()]), [{ top: 0, left: name, bottom: 0, right: name + 1 }]);
    expect(check(wb, clockAt("2026-11-03")).problems).toEqual([]);
  });
});
