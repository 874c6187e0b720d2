// The shipped holidays, stored compactly for the bundle, read back as the full rows the Libur register gets.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SHIPPED_HOLIDAYS } from "../../../apps-script/core/seed/holidays";

const CSV = join("..", "shared", "data", "hari-libur-2025-2026.csv");

describe("the shipped holidays", () => {
  it.skipIf(!existsSync(CSV))("are shared/data/hari-libur-2025-2026.csv row for row, legal basis included", () => {
    const rows = readFileSync(CSV, "utf8").trim().split("\n").slice(1).map((line) => line.split(","));
    const kinds: Record<string, string> = { libur_nasional: "Libur Nasional", cuti_bersama: "Cuti Bersama" };
    expect(SHIPPED_HOLIDAYS.map((h) => [h.tanggal, h.jenis, h.keterangan, h.dasar])).toEqual(
      rows.map(([date, kind, name, basis]) => [date, kinds[kind!], name, basis]),
    );
  });

  it("come in date order, one a day, each with its kind, name and basis", () => {
    const dates = SHIPPED_HOLIDAYS.map((h) => h.tanggal);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    for (const h of SHIPPED_HOLIDAYS) {
      expect(h.tanggal).toMatch(/^202[56]-\d\d-\d\d$/);
      expect(["Libur Nasional", "Cuti Bersama"]).toContain(h.jenis);
      expect(h.keterangan).toMatch(/^\S.*\S$/);
      expect(h.dasar).toMatch(/^SKB 3 Menteri \d+\/\d{4}; \d\/\d{4}; \d\/\d{4}/);
    }
    // The amendment of 2025 (SKB 933/2025) added one day, 18 August, in the middle of the year.
    expect(SHIPPED_HOLIDAYS.filter((h) => h.dasar.includes("933/2025")).map((h) => h.tanggal)).toEqual(["2025-08-18"]);
  });
});
