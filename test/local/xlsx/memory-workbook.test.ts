// MemoryWorkbook (apps-script/core/memory-workbook.ts) shares rows instead of copying them; its
// semantics must stay those of a copy. Here beside the .xlsx adapter that relies on the sharing.
import { describe, expect, it } from "vitest";
import { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import type { CellValue, RawTable } from "../../../apps-script/core/ports";

const table = (): RawTable => ({
  name: "Permohonan",
  headers: ["ID Permohonan", "Status", "Catatan"],
  rows: [
    ["PRM-1", "Diterima", null],
    ["PRM-2", "Verifikasi", null],
    ["PRM-3", "Diterima", null],
  ],
  formulas: new Map([[1, new Map([[2, "=B3"]])]]),
  merges: [{ top: 2, left: 2, bottom: 3, right: 2 }],
});
const patch = (id: string, rowHint: number, values: Record<string, CellValue>) => [{ table: "Permohonan", patches: [{ id, rowHint, values }], appends: [] }];

describe("with rows handed in and snapshots handed out", () => {
  it("never writes into the caller's rows, and keeps untouched rows the very same arrays", () => {
    const input = table();
    const workbook = new MemoryWorkbook([input]);
    workbook.applyChanges(patch("PRM-2", 1, { Catatan: "baru" }));
    expect(input.rows[1]).toEqual(["PRM-2", "Verifikasi", null]);
    const now = workbook.readTable("Permohonan")!;
    expect(now.rows[1]).toEqual(["PRM-2", "Verifikasi", "baru"]);
    expect(now.rows[0]).toBe(input.rows[0]);
    expect(now.rows[1]).not.toBe(input.rows[1]);
    expect(now.formulas?.get(1)?.has(2)).toBe(false); // the written cell lost its formula
    expect(now.merges).toEqual(input.merges);
  });

  it("leaves an earlier snapshot as it was when later writes and appends come", () => {
    const workbook = new MemoryWorkbook([table()]);
    const before = workbook.readTable("Permohonan")!;
    workbook.applyChanges(patch("PRM-1", 0, { Status: "Verifikasi" }));
    workbook.applyChanges([{ table: "Permohonan", patches: [], appends: [{ "ID Permohonan": "PRM-4" }] }]);
    workbook.applyChanges(patch("PRM-1", 0, { Catatan: "dua kali" }));
    expect(before.rows).toHaveLength(3);
    expect(before.rows[0]).toEqual(["PRM-1", "Diterima", null]);
    expect(workbook.readTable("Permohonan")!.rows.map((r) => r.join("|"))).toEqual(["PRM-1|Verifikasi|dua kali", "PRM-2|Verifikasi|", "PRM-3|Diterima|", "PRM-4||"]);
  });
});

describe("finding rows", () => {
  it("looks an ID up when its hint is stale, also after an ID changed, and skips one that is gone", () => {
    const workbook = new MemoryWorkbook([table()]);
    workbook.applyChanges(patch("PRM-3", 0, { Catatan: "dicari" }));
    workbook.applyChanges(patch("PRM-2", 1, { "ID Permohonan": "PRM-9" }));
    workbook.applyChanges(patch("PRM-9", 0, { Catatan: "pindah" }));
    const { skipped } = workbook.applyChanges(patch("PRM-2", 1, { Catatan: "hilang" }));
    expect(skipped).toEqual(["Permohonan: PRM-2"]);
    expect(workbook.readTable("Permohonan")!.rows.map((r) => r[2])).toEqual([null, "pindah", "dicari"]);
  });

  it("refuses an unknown column and finds one added later by ensureTable", () => {
    const workbook = new MemoryWorkbook([table()]);
    expect(() => workbook.applyChanges(patch("PRM-1", 0, { Penanda: "Segera" }))).toThrow(/Kolom "Penanda" tidak ada/);
    workbook.ensureTable("Permohonan", ["Penanda", "status"]);
    workbook.applyChanges(patch("PRM-1", 0, { penanda: "Segera" }));
    const now = workbook.readTable("Permohonan")!;
    expect(now.headers).toEqual(["ID Permohonan", "Status", "Catatan", "Penanda"]);
    expect(now.rows[0]).toEqual(["PRM-1", "Diterima", null, "Segera"]);
  });
});
