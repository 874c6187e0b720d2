import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { shippedHolidays } from "../../apps-script/core/engine/config";
import { WorkingCalendar } from "../../apps-script/core/time/calendar";
import { type CliIo, runCommand } from "../../sync/local/cli-support";
import { main, tenggatLines } from "../../sync/local/tenggat";

const calendar = new WorkingCalendar(shippedHolidays());
const ROOT = resolve(import.meta.dirname, "../..");
const tsx = join(ROOT, "node_modules", ".bin", "tsx");
const script = join(ROOT, "sync/local/tenggat.ts");
const scratch = () => mkdtempSync(join(tmpdir(), "tenggat-"));
const noWorkbook = () => join(scratch(), "tidak-ada.xlsx");

/** The command in-process, with no workbook anywhere near (cwd untouched: the named path is checked first). */
async function tenggat(argv: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), interactive: false, ask: async () => "" };
  const code = await runCommand(main, argv, env, io, "npm run --silent tenggat -- --help");
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

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
    const cwd = scratch(); // no data-lokal/ here: the shipped list is used
    const run = (tz: string) =>
      execFileSync(tsx, [script, "2026-12-23", "3"], { cwd, env: { ...process.env, TZ: tz, SERTIFIKASI_BERKAS: "" }, encoding: "utf8" });
    const honolulu = run("Pacific/Honolulu");
    const kiritimati = run("Pacific/Kiritimati");
    expect(honolulu).toBe(kiritimati);
    expect(honolulu.split("\n")[0]).toBe("2026-12-30"); // past 24–25 Dec and the weekend
    expect(honolulu).toContain("Sumber hari libur: daftar bawaan SKB 3 Menteri 2025–2026.");
    expect(existsSync(join(cwd, "data-lokal"))).toBe(false); // asking never creates a workbook
  });

  it("exits 64 with the usage text on a missing argument", () => {
    const result = spawnSync(tsx, [script, "2026-03-12"], { encoding: "utf8", env: { ...process.env, SERTIFIKASI_BERKAS: "" } });
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(/^Perlu dua argumen \(diberikan 1\)/);
    expect(result.stderr).toContain("Pemakaian:");
  });

  it("exits 64 with Indonesian on an unknown option, as a process", () => {
    const result = spawnSync(tsx, [script, "--berkass", "x.xlsx", "2026-03-12", "3"], { encoding: "utf8" });
    expect(result.status).toBe(64);
    expect(result.stderr).toBe("Pilihan tidak dikenal: --berkass. Mungkin maksudnya --berkas? Lihat `npm run --silent tenggat -- --help`.\n");
  });
});

describe("tenggat errors", () => {
  it("refuses a named workbook that does not exist (exit 2) instead of quietly using the shipped list", async () => {
    const path = noWorkbook();
    const r = await tenggat(["--berkas", path, "2026-03-12", "10"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Buku kerja .*tidak-ada\.xlsx tidak ada\. Periksa jalurnya/);
    expect(r.stdout).toBe("");
    expect((await tenggat(["2026-03-12", "10"], { SERTIFIKASI_BERKAS: path })).code).toBe(2);
  });

  it("says a folder is not a workbook (exit 2)", async () => {
    const r = await tenggat(["--berkas", scratch(), "2026-03-12", "10"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("adalah folder, bukan buku kerja");
  });

  it.each([
    [["2026-02-30", "3"], '"2026-02-30" bukan tanggal YYYY-MM-DD yang sah.'],
    [["2026-03-12", "besok"], '"besok" bukan jumlah hari atau tanggal YYYY-MM-DD yang sah.'],
    [["2026-03-12", "100000"], "Jumlah hari kerja terlalu besar: 100000"],
    [["2026-03-12", "--berkas"], "Pilihan --berkas perlu diikuti nilainya"],
  ])("%j → exit 64: %s", async (argv, message) => {
    const r = await tenggat(argv);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain(message);
  });

  it("notes years the holiday list does not cover", async () => {
    const cwd = scratch();
    const stdout = execFileSync(tsx, [script, "2027-12-30", "3"], { cwd, env: { ...process.env, SERTIFIKASI_BERKAS: "" }, encoding: "utf8" });
    expect(stdout).toContain("Catatan: tidak ada hari libur tercatat untuk tahun 2027, 2028; pada tahun itu hanya Sabtu dan Minggu yang dilewati.");
    expect(stdout.split("\n")[0]).toBe("2028-01-04");
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
