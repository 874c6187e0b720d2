import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SERTIFIKAT_REGISTER } from "../../apps-script/core/engine/certificate-register";
import { SURVEI_IKM } from "../../apps-script/core/engine/ikm-register";
import { KOTAK_SUREL } from "../../apps-script/core/engine/outbox";
import { SHIPPED_CASE_REGISTERS } from "../../apps-script/core/seed/services";
import { REGISTERS } from "../../apps-script/core/registers/catalog";
import { runLocalJob } from "../../sync/local/main-job";
import { fixedClock } from "../../sync/local/node-ports";
import { XlsxWorkbookFile } from "../../sync/local/xlsx-workbook";
import { loadConfig } from "../../apps-script/core/engine/config";
import type { LocalDate } from "../../apps-script/core/time/local-date";

const NOW = "2026-11-20T03:00:00Z"; // Friday 10:00 WIB

async function openSheet(path: string, name: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(name)!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows = new Map<string, Record<string, unknown>>();
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const record = Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value]));
    rows.set(String(record[headers[0]!]), record);
  });
  return { book, sheet, headers, rows };
}

const ymd = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

describe("the main job on a new local workbook", () => {
  it("creates every register with sample data, processes it, and writes real .xlsx cells", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "sertifikasi-")), "kantor.xlsx");
    const first = await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock(NOW) });
    expect(first.created).toBe(true);
    expect(first.summary.configErrors).toEqual([]);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    // The catalog's registers, the case registers the shipped services declare in Kolom Kasus, and the outbox.
    expect(book.worksheets.map((w) => w.name).sort()).toEqual([...REGISTERS.map((r) => r.name), ...SHIPPED_CASE_REGISTERS, KOTAK_SUREL.name, SERTIFIKAT_REGISTER.name, SURVEI_IKM.name].sort());

    const { rows } = await openSheet(path, "Permohonan");
    const ok = rows.get("PRM-2026-00001")!;
    expect(ok["Status Tercatat"]).toBe("Diterima");
    expect(ok.Kelayakan).toBe("Memenuhi syarat");
    expect(ok["Catatan Validasi"]).toBeNull();
    expect(ymd(ok["Tenggat Langkah"])).toBe("2026-11-26"); // submitted Thu 19 Nov + 5 working days
    expect(ok.NIP).toBe("199002152015032002"); // text, leading digits intact

    const late = rows.get("PRM-2026-00002")!;
    expect(late.Penanda).toBe("Terlambat");
    expect(ymd(late["Tenggat Layanan"])).toBe("2026-12-16");

    expect(rows.get("PRM-2026-00005")!.Penanda).toBe("Jam Berhenti");
    expect(rows.get("PRM-2026-00006")!.Kelayakan).toMatch(/^Belum memenuhi: Pendidikan minimal DIII .*tertulis SMA\/SMK.*Golongan minimal/);
    expect(rows.get("PRM-2026-00008")!["Catatan Validasi"]).toMatch(/NIP: NIP harus 18 digit.*Email: alamat e-mail tidak sah/);
    const formulaRow = rows.get("PRM-2026-00009")!;
    expect(formulaRow["Catatan Validasi"]).toMatch(/^Nama: berisi rumus/);
    expect(formulaRow.Nama).toMatchObject({ formula: expect.stringContaining("HYPERLINK") }); // staff data left as it was
    expect(rows.get("PRM-2026-00012")!.Status).toBe("Diterima"); // illegal jump put back
    expect(rows.get("PRM-2026-00012")!["Pesan Langkah"]).toMatch(/Tidak boleh dari Diterima ke Penetapan/);
    expect([...rows.keys()]).toContain("PRM-2026-00016"); // the row typed without an ID

    const audit = await openSheet(path, "Riwayat");
    const auditText = JSON.stringify([...audit.rows.values()]);
    expect(auditText).not.toContain("199002152015032002"); // no NIP in the audit trail
    expect(auditText).not.toContain("3174015502900002");
  });

  it("every engine cell on disk agrees with the calendar and the workflow, row by row", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "sertifikasi-")), "kantor.xlsx");
    const result = await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock(NOW) });
    const reopened = await XlsxWorkbookFile.open(path);
    const config = loadConfig(reopened.workbook);
    const workflow = config.workflows.get("SERTIFIKASI_PNS")!;
    const { rows } = await openSheet(path, "Permohonan");
    const withProblems = new Set(result.summary.problems.map((p) => p.id));
    expect(rows.size).toBe(16); // 15 applications and the finished case of the sample certificate
    for (const [id, row] of rows) {
      const state = workflow.states.find((s) => s.status === row["Status Tercatat"])!;
      expect(state, id).toBeDefined();
      expect(row.Status, id).toBe(row["Status Tercatat"]);
      const since = ymd(row["Status Sejak"]) as LocalDate;
      const expectedStepDue = state.final || state.clockStops || state.slaDays === null ? null : config.calendar.addWorkingDays(since, state.slaDays);
      expect(ymd(row["Tenggat Langkah"]), id).toBe(expectedStepDue);
      const start = ymd(row["Mulai Layanan"]) as LocalDate | null;
      const expectedServiceDue = start && !state.clockStops ? config.calendar.addWorkingDays(start, 30 + Number(row["Hari Jeda"] ?? 0)) : null;
      expect(ymd(row["Tenggat Layanan"]), id).toBe(expectedServiceDue);
      expect(row["Catatan Validasi"] !== null && !String(row["Catatan Validasi"]).startsWith("Peringatan"), id).toBe(withProblems.has(id));
      expect(row["Diperiksa Mesin"], id).toBeInstanceOf(Date);
    }
  });

  it("a second run with no edits leaves the file byte for byte as it was", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "sertifikasi-")), "kantor.xlsx");
    await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock(NOW) });
    const before = readFileSync(path);
    const mtime = statSync(path).mtimeMs;
    const second = await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock("2026-11-20T05:00:00Z") });
    expect(second.cellsSaved).toBe(0);
    expect(second.summary.movesApplied + second.summary.movesRefused + second.summary.idsAssigned).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(statSync(path).mtimeMs).toBe(mtime);
  });

  it("reacts to a staff edit made in the file, keeping rows found by ID after a sort", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "sertifikasi-")), "kantor.xlsx");
    await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock(NOW) });
    const { book, sheet, headers } = await openSheet(path, "Permohonan");
    const col = (h: string) => headers.indexOf(h) + 1;
    // Staff sort the data rows by name (descending) and move case 1 on, as in LibreOffice.
    const data: ExcelJS.CellValue[][] = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) data.push(headers.map((_, i) => sheet.getRow(r).getCell(i + 1).value));
    data.sort((a, b) => String(b[col("Nama") - 1]).localeCompare(String(a[col("Nama") - 1])));
    data.forEach((values, i) => values.forEach((v, j) => (sheet.getRow(i + 2).getCell(j + 1).value = v)));
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      if (sheet.getRow(r).getCell(col("ID Permohonan")).value === "PRM-2026-00001") sheet.getRow(r).getCell(col("Status")).value = "Verifikasi";
    }
    await book.xlsx.writeFile(path);

    const third = await runLocalJob({ path, actorEmail: "petugas@contoh.go.id", clock: fixedClock("2026-11-23T02:00:00Z") });
    expect(third.summary.movesApplied).toBe(1);
    const after = await openSheet(path, "Permohonan");
    const moved = after.rows.get("PRM-2026-00001")!;
    expect(moved["Status Tercatat"]).toBe("Verifikasi");
    expect(moved.Nama).toBe("Rina Kartika, S.Sos.");
    expect(ymd(moved["Mulai Layanan"])).toBe("2026-11-23");
    // 30 working days, skipping 24–25 Dec 2026; 1 Jan 2027 is not in the shipped register yet (the run warns).
    expect(ymd(moved["Tenggat Layanan"])).toBe("2027-01-06");
    const letters = await openSheet(path, "Surat");
    expect([...letters.rows.values()].map((r) => r["Jenis Surat"])).toContain("TANDA_TERIMA");
  });

  it("refuses a file that is not a workbook, and leaves it untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sertifikasi-"));
    const path = join(dir, "rusak.xlsx");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, "bukan xlsx");
    await expect(runLocalJob({ path, actorEmail: null, clock: fixedClock(NOW) })).rejects.toThrow(/tidak dapat dibaca sebagai .xlsx/);
    expect(readFileSync(path, "utf8")).toBe("bukan xlsx");
  });
});
