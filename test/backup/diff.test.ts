// Differences by ID: what is shown and what is never shown (personal keys), and the fallbacks.
import { describe, expect, it } from "vitest";
import { diffTab, hasChanges } from "../../sync/backup/diff";
import { DIFF_WORDS, renderDiff } from "../../sync/backup/diff-render";
import type { Cell, Tab } from "../../sync/backup/model";

const tab = (name: string, rows: Cell[][], formulas: [number, number, string][] = []): Tab => {
  const map = new Map<number, Map<number, string>>();
  for (const [r, c, f] of formulas) map.set(r, new Map([...(map.get(r) ?? []), [c, f]]));
  return { name, rows, formulas: map };
};

describe("diffTab", () => {
  it("matches rows by ID whatever their order, and names the changed columns", () => {
    const a = tab("Skema", [["Kode Skema", "Nama Skema", "Aktif"], ["S-1", "Satu", "Ya"], ["S-2", "Dua", "Ya"], ["S-3", "Tiga", "Ya"]]);
    const b = tab("Skema", [["Kode Skema", "Nama Skema", "Aktif"], ["S-3", "Tiga", "Tidak"], ["S-1", "Satu", "Ya"], ["S-4", "Empat", "Ya"]]);
    const d = diffTab("Skema", a, b);
    expect(d.added).toEqual(["S-4"]);
    expect(d.removed).toEqual(["S-2"]);
    expect(d.changed).toEqual([{ ref: "S-3", columns: ["Aktif"] }]);
    expect(d.orderChanged).toBe(true);
    expect(renderDiff([d], DIFF_WORDS)).toEqual([
      'Tab "Skema": 1 baris baru, 1 baris hilang, 1 baris berubah',
      "  baru: S-4",
      "  hilang: S-2",
      "  berubah: S-3 (Aktif)",
      "  urutan baris berbeda (misalnya karena pengurutan)",
    ]);
  });

  it("matches columns by header label, so moving a column is not a change of every row", () => {
    const a = tab("Skema", [["Kode Skema", "Nama Skema"], ["S-1", "Satu"]]);
    const b = tab("Skema", [["Nama Skema", "Kode Skema"], ["Satu", "S-1"]]);
    const d = diffTab("Skema", a, b);
    expect(d.changed).toEqual([]);
    expect(d.headerChanged).toBe(true);
  });

  it("never shows a personal key (Pengguna is keyed by e-mail): row numbers instead", () => {
    const a = tab("Pengguna", [["Email", "Nama", "Peran", "Aktif"], ["budi@contoh.invalid", "Budi", "Petugas", "Ya"]]);
    const b = tab("Pengguna", [["Email", "Nama", "Peran", "Aktif"], ["budi@contoh.invalid", "Budi", "Verifikator", "Ya"], ["sari@contoh.invalid", "Sari", "Petugas", "Ya"]]);
    const text = renderDiff([diffTab("Pengguna", a, b)]).join("\n");
    expect(text).toContain("baris 2 (Peran)");
    expect(text).toContain("baru: baris 3");
    expect(text).not.toContain("@");
  });

  it("compares formulas as typed, and falls back to row numbers for a tab without a key", () => {
    const a = tab("Hitung", [["a", "b"], [1, 2]], [[1, 1, "=A2*2"]]);
    const b = tab("Hitung", [["a", "b"], [1, 2]], [[1, 1, "=A2+1"]]);
    const d = diffTab("Hitung", a, b);
    expect(d.byPosition).toBe(true);
    expect(d.changed).toEqual([{ ref: "baris 2", columns: ["b"] }]);
    expect(hasChanges(diffTab("Hitung", a, a))).toBe(false);
  });

  it("keeps duplicate IDs apart instead of hiding one", () => {
    const a = tab("Skema", [["Kode Skema", "Nama Skema"], ["S-1", "Satu"], ["S-1", "Salinan"]]);
    const b = tab("Skema", [["Kode Skema", "Nama Skema"], ["S-1", "Satu"]]);
    expect(diffTab("Skema", a, b).removed).toEqual(["S-1"]);
  });

  it("reports tabs present on one side only", () => {
    expect(diffTab("Libur", undefined, tab("Libur", [["Tanggal"]])).only).toBe("b");
    expect(renderDiff([diffTab("Libur", tab("Libur", [["Tanggal"]]), undefined)])).toEqual(['Tab "Libur": hanya ada di A']);
  });
});
