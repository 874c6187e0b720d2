import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shippedHolidays } from "../../apps-script/core/engine/config";
import { WorkingCalendar } from "../../apps-script/core/time/calendar";
import { tenggatLines } from "../../sync/local/tenggat";

const calendar = new WorkingCalendar(shippedHolidays());
const tsx = join("node_modules", ".bin", "tsx");
const noWorkbook = () => join(mkdtempSync(join(tmpdir(), "tenggat-")), "tidak-ada.xlsx");

describe("tenggat (due-date calculator)", () => {
  it("prints the date n working days later first, then words and the holidays skipped", () => {
    const lines = tenggatLines(calendar, "2026-03-12", "10");
    expect(lines[0]).toBe("2026-04-02");
    expect(lines[1]).toBe("Kamis, 2 April 2026: 10 (sepuluh) hari kerja setelah Kamis, 12 Maret 2026.");
    expect(lines.slice(3).map((l) => l.trim().slice(0, 10))).toEqual(["2026-03-18", "2026-03-19", "2026-03-20", "2026-03-23", "2026-03-24"]);
  });

  it("prints the number of working days between two dates, in either order", () => {
    expect(tenggatLines(calendar, "2026-03-12", "2026-04-02")[0]).toBe("10");
    expect(tenggatLines(calendar, "2026-04-02", "2026-03-12")[0]).toBe("10");
  });

  it("rejects an impossible date with a clear message", () => {
    expect(() => tenggatLines(calendar, "2026-02-30", "3")).toThrow('"2026-02-30" bukan tanggal YYYY-MM-DD yang sah.');
    expect(() => tenggatLines(calendar, "2026-02-03", "besok")).toThrow(/bukan jumlah hari atau tanggal/);
  });

  it("gives the same answer as a process in another time zone (the machine's zone never matters)", () => {
    const berkas = noWorkbook();
    const run = (tz: string) =>
      execFileSync(tsx, ["sync/local/tenggat.ts", "--berkas", berkas, "2026-12-23", "3"], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
    const honolulu = run("Pacific/Honolulu");
    const kiritimati = run("Pacific/Kiritimati");
    expect(honolulu).toBe(kiritimati);
    expect(honolulu.split("\n")[0]).toBe("2026-12-30"); // past 24–25 Dec and the weekend
    expect(honolulu).toContain("Sumber hari libur: daftar bawaan SKB 3 Menteri 2025–2026.");
    expect(existsSync(berkas)).toBe(false); // asking never creates a workbook
  });

  it("exits 64 with the usage text on bad arguments", () => {
    const result = spawnSync(tsx, ["sync/local/tenggat.ts", "--berkas", noWorkbook(), "2026-03-12"], { encoding: "utf8" });
    expect(result.status).toBe(64);
    expect(result.stderr).toContain("Pemakaian:");
  });
});

describe("the shipped holiday list", () => {
  const csv = join("..", "shared", "data", "hari-libur-2025-2026.csv");
  it.skipIf(!existsSync(csv))("matches shared/data/hari-libur-2025-2026.csv row for row", () => {
    const rows = readFileSync(csv, "utf8").trim().split("\n").slice(1).map((line) => line.split(","));
    const kinds: Record<string, string> = { libur_nasional: "Libur Nasional", cuti_bersama: "Cuti Bersama" };
    expect(shippedHolidays().map((h) => [h.date, h.kind, h.name])).toEqual(rows.map(([date, kind, name]) => [date, kinds[kind!], name]));
  });

  it("has 17 libur nasional per year and 11 (2025) / 8 (2026) days of cuti bersama", () => {
    const count = (year: string, kind: string) => shippedHolidays().filter((h) => h.date.startsWith(year) && h.kind === kind).length;
    expect([count("2025", "Libur Nasional"), count("2025", "Cuti Bersama")]).toEqual([17, 11]);
    expect([count("2026", "Libur Nasional"), count("2026", "Cuti Bersama")]).toEqual([17, 8]);
  });
});
