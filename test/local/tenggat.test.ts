import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { shippedHolidays } from "../../apps-script/core/engine/config";
import { ensureRegisters, seedDefaults } from "../../apps-script/core/engine/setup";
import { MemoryWorkbook } from "../../apps-script/core/memory-workbook";
import type { CellValue, RawTable } from "../../apps-script/core/ports";
import { WorkingCalendar } from "../../apps-script/core/time/calendar";
import { type CliIo, runCommand } from "../../sync/local/cli-support";
import { main, tenggatLines } from "../../sync/local/tenggat";
import { writeNewWorkbook } from "../../sync/local/xlsx/new-workbook";

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

describe("with an event time (the office cut-off)", () => {
  it("after 15:00 counts from the next working day, and says so on the second line", () => {
    const lines = tenggatLines(calendar, "2026-04-06 15:30", "1");
    expect(lines[0]).toBe("2026-04-08");
    expect(lines[1]).toBe("Pukul 15:30 pada atau setelah jam batas 15:00: hitungan dimulai dari hari kerja berikutnya, Selasa, 7 April 2026.");
    expect(lines[2]).toBe("Rabu, 8 April 2026: 1 (satu) hari kerja setelah Selasa, 7 April 2026.");
  });

  it("before 15:00 counts from the day itself", () => {
    const lines = tenggatLines(calendar, "2026-04-06 14:59", "1");
    expect(lines[0]).toBe("2026-04-07");
    expect(lines[1]).toBe("Pukul 14:59 sebelum jam batas 15:00: hitungan dimulai dari hari itu juga, Senin, 6 April 2026.");
  });

  it.each([
    ["2026-11-20 16:00", "1", "2026-11-24", "Friday after the cut-off counts from Monday"],
    ["2026-11-20 15:00", "0", "2026-11-23", "the same-day rule: disposed on Monday"],
    ["2026-11-21 09:00", "1", "2026-11-24", "a Saturday morning counts from Monday"],
    ["2026-03-17 15:00", "1", "2026-03-26", "past Nyepi and cuti bersama Idulfitri"],
    ["2026-04-06T15:30", "1", "2026-04-08", "an ISO time with T"],
    ["2026-04-06 15:30", "2026-04-10", "3", "a count between dates starts from the next working day too"],
  ])("%s %s → %s (%s)", (first, second, answer) => {
    expect(tenggatLines(calendar, first, second)[0]).toBe(answer);
  });

  it("names a closed day as the reason, not the hour", () => {
    expect(tenggatLines(calendar, "2026-11-21 09:00", "1")[1]).toBe("Sabtu, 21 November 2026 bukan hari kerja: hitungan dimulai dari hari kerja berikutnya, Senin, 23 November 2026.");
  });

  it("takes another cut-off and the calendar-day unit", () => {
    expect(tenggatLines(calendar, "2026-04-06 14:30", "1", { cutOffMinute: 14 * 60 })[0]).toBe("2026-04-08");
    const lines = tenggatLines(calendar, "2026-11-20 16:00", "1", { unit: "hari kalender" });
    expect(lines[0]).toBe("2026-11-22");
    expect(lines[1]).toBe("Pukul 16:00 pada atau setelah jam batas 15:00: hitungan dimulai dari hari berikutnya, Sabtu, 21 November 2026.");
    expect(lines[2]).toBe("Minggu, 22 November 2026: 1 (satu) hari kalender setelah Sabtu, 21 November 2026.");
    expect(tenggatLines(calendar, "2026-03-02", "-5", { unit: "hari kalender" })[0]).toBe("2026-02-25");
  });

  it("keeps the date-only forms as they were: the date is where counting starts", () => {
    expect(tenggatLines(calendar, "2026-11-21", "1")[0]).toBe("2026-11-23");
    expect(tenggatLines(calendar, "2026-11-21", "1")[1]).toMatch(/^Senin, 23 November 2026: 1 \(satu\) hari kerja setelah/);
  });

  it("prints the cut-off used and where it came from, and accepts the time without quotes", () => {
    const cwd = scratch(); // no data-lokal/ here: the shipped list and 15:00 are used
    const stdout = execFileSync(tsx, [script, "2026-04-06", "15:30", "1"], { cwd, env: { ...process.env, SERTIFIKASI_BERKAS: "" }, encoding: "utf8" });
    expect(stdout.split("\n")[0]).toBe("2026-04-08");
    expect(stdout).toContain("Jam batas 15:00: bawaan (tanpa buku kerja).");
  });

  it.each([
    [["2026-04-06 25:00", "1"], '"25:00" bukan jam JJ:MM yang sah'],
    [["2026-04-06 15:30 x", "1"], "bukan tanggal YYYY-MM-DD yang sah"],
  ])("%j → exit 64: %s", async (argv, message) => {
    const r = await tenggat(argv);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain(message);
  });
});

describe("with --alur and no workbook (the shipped services)", () => {
  it("uses the service's cut-off and day unit: SURAT_MASUK, 15:00, hari kerja", async () => {
    const cwd = scratch();
    const stdout = execFileSync(tsx, [script, "--alur", "surat_masuk", "2026-11-20 15:00", "0"], { cwd, env: { ...process.env, SERTIFIKASI_BERKAS: "" }, encoding: "utf8" });
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("2026-11-23");
    expect(stdout).toContain("Alur: SURAT_MASUK — Surat Masuk BNSP, dihitung dalam hari kerja.");
    expect(stdout).toContain("Jam batas 15:00: layanan SURAT_MASUK (layanan bawaan).");
  });

  it("an unknown code is a usage error listing the known codes (exit 64)", async () => {
    const cwd = scratch();
    const result = spawnSync(tsx, [script, "--alur", "SURAT_NGAWUR", "2026-04-06", "1"], { cwd, env: { ...process.env, SERTIFIKASI_BERKAS: "" }, encoding: "utf8" });
    expect(result.status).toBe(64);
    expect(result.stderr).toMatch(/^Alur "SURAT_NGAWUR" tidak dikenal \(layanan bawaan\)\. Kode yang dikenal: SERTIFIKASI_PNS, SURAT_MASUK, /);
    expect(result.stdout).toBe("");
  });

  it("an empty --alur is refused", async () => {
    const r = await tenggat(["--alur", " ", "2026-04-06", "1"]);
    expect(r.code).toBe(64);
    expect(r.stderr).toContain("Pilihan --alur kosong.");
  });
});

/** A new workbook with the shipped registers and a few cells changed, each named by its row's key. */
async function workbookWith(edits: readonly [table: string, keyColumn: string, key: string, column: string, value: CellValue][]): Promise<string> {
  const workbook = new MemoryWorkbook();
  ensureRegisters(workbook);
  seedDefaults(workbook);
  const tables: RawTable[] = workbook.tableNames().map((name) => {
    const table = workbook.readTable(name)!;
    const mine = edits.filter(([t]) => t === name);
    if (mine.length === 0) return table;
    const rows = table.rows.map((row) => {
      let next = [...row];
      for (const [, keyColumn, key, column, value] of mine) {
        if (next[table.headers.indexOf(keyColumn)] === key) next = next.map((v, i) => (i === table.headers.indexOf(column) ? value : v));
      }
      return next;
    });
    return { ...table, rows };
  });
  const path = join(scratch(), "kantor.xlsx");
  await writeNewWorkbook(path, tables);
  return path;
}

describe("with a workbook", () => {
  it("takes the cut-off from Pengaturan \"Jam Batas\"", async () => {
    const path = await workbookWith([["Pengaturan", "Kunci", "Jam Batas", "Nilai", "14:00"]]);
    const r = await tenggat(["--berkas", path, "2026-04-06 14:30", "1"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(0, 2)).toEqual([
      "2026-04-08",
      "Pukul 14:30 pada atau setelah jam batas 14:00: hitungan dimulai dari hari kerja berikutnya, Selasa, 7 April 2026.",
    ]);
    expect(r.stdout).toContain(`Jam batas 14:00: Pengaturan "Jam Batas" di ${path}.`);
  });

  it("takes a service's own cut-off and unit from Layanan, and knows only the workbook's codes", async () => {
    const path = await workbookWith([
      ["Pengaturan", "Kunci", "Jam Batas", "Nilai", "14:00"],
      ["Layanan", "Kode Alur", "BANDING", "Satuan Hari", "Hari Kalender"],
      ["Layanan", "Kode Alur", "BANDING", "Jam Batas", "12:00"],
    ]);
    const banding = await tenggat(["--berkas", path, "--alur", "BANDING", "2026-11-20 12:00", "1"]);
    expect(banding.code).toBe(0);
    expect(banding.stdout.split("\n")[0]).toBe("2026-11-22"); // Saturday 21 Nov + 1 calendar day
    expect(banding.stdout).toContain("dihitung dalam hari kalender.");
    expect(banding.stdout).toContain(`Jam batas 12:00: layanan BANDING (register Layanan di ${path}).`);
    // A service with Jam Batas left blank follows the office's.
    const adu = await tenggat(["--berkas", path, "--alur", "PENGADUAN", "2026-04-06 14:30", "1"]);
    expect(adu.stdout.split("\n")[0]).toBe("2026-04-08");
    expect(adu.stdout).toContain(`Jam batas 14:00: Pengaturan "Jam Batas" di ${path}.`);
    const unknown = await tenggat(["--berkas", path, "--alur", "LEGALISASI_SALINAN", "2026-04-06", "1"]);
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toContain(`Alur "LEGALISASI_SALINAN" tidak dikenal (register Layanan di ${path}). Kode yang dikenal: SERTIFIKASI_PNS,`);
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
