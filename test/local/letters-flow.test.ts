import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runLocalJob } from "../../sync/local/main-job";
import { fixedClock } from "../../sync/local/node-ports";

async function edit(path: string, sheetName: string, id: string, header: string, value: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet(sheetName)!;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  sheet.eachRow((row, n) => {
    if (n > 1 && row.getCell(1).value === id) row.getCell(headers.indexOf(header)).value = value;
  });
  await book.xlsx.writeFile(path);
}

/** The letter book's rows of one case (the sample workbook's first run drafts letters of other cases too). */
async function letterBook(path: string, caseId = "PRM-2026-00001") {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet("Surat")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return rows.filter((r) => r["ID Permohonan"] === caseId);
}

describe("letters in the local run", () => {
  it("a move writes its letter for review; approval numbers it and puts the number into the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "surat-"));
    const path = join(dir, "kantor.xlsx");
    await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock("2026-11-20T03:00:00Z") });
    await edit(path, "Permohonan", "PRM-2026-00001", "Status", "Verifikasi");
    const moved = await runLocalJob({ path, actorEmail: "petugas@contoh.go.id", clock: fixedClock("2026-11-20T04:00:00Z") });
    expect(moved.letters.created).toBe(2); // the receipt and the scheme information

    const [letter, information] = await letterBook(path);
    expect(information).toMatchObject({ "Jenis Surat": "INFORMASI_SERTIFIKASI", "ID Permohonan": "PRM-2026-00001", "Status Surat": "Menunggu Persetujuan" });
    expect(letter).toMatchObject({ "Jenis Surat": "TANDA_TERIMA", "ID Permohonan": "PRM-2026-00001", "Status Surat": "Menunggu Persetujuan", "Nomor Surat": null });
    const htmlPath = fileURLToPath(String(letter!["Tautan Dokumen"]));
    const draft = readFileSync(htmlPath, "utf8");
    expect(draft).toContain("[NOMOR SURAT]");
    expect(draft).toContain("Rina Kartika");
    expect(draft).toContain("PRM-2026-00001");

    await edit(path, "Surat", String(letter!["ID Surat"]), "Status Surat", "Disetujui");
    const approved = await runLocalJob({ path, actorEmail: "kepala@contoh.go.id", clock: fixedClock("2026-11-23T02:00:00Z") });
    expect(approved.letters.approved).toBe(1);
    const [numbered] = await letterBook(path);
    expect(numbered!["Nomor Surat"]).toBe("800/1/BPSDM/XI/2026");
    const final = readFileSync(htmlPath, "utf8");
    expect(final).not.toContain("[NOMOR SURAT]");
    expect(final).toContain("800/1/BPSDM/XI/2026");
    expect(final).toContain("23 November 2026");
    if (existsSync("/usr/bin/chromium")) {
      expect(existsSync(htmlPath.replace(/\.html$/, ".pdf"))).toBe(true);
      expect(String(numbered!["Tautan PDF"])).toMatch(/^file:.*\.pdf$/);
    }
  });

  it("a letter sent back for correction is rendered again from the corrected case", async () => {
    const dir = mkdtempSync(join(tmpdir(), "surat-"));
    const path = join(dir, "kantor.xlsx");
    await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock("2026-11-20T03:00:00Z") });
    await edit(path, "Permohonan", "PRM-2026-00001", "Status", "Verifikasi");
    await runLocalJob({ path, actorEmail: "petugas@contoh.go.id", clock: fixedClock("2026-11-20T04:00:00Z") });
    const [first] = await letterBook(path);
    await edit(path, "Permohonan", "PRM-2026-00001", "Nama", "Rina Kartika Sari, S.Sos.");
    await edit(path, "Surat", String(first!["ID Surat"]), "Status Surat", "Perlu Perbaikan");
    const again = await runLocalJob({ path, actorEmail: "petugas@contoh.go.id", clock: fixedClock("2026-11-20T05:00:00Z") });
    expect(again.letters.reworked).toBe(1);
    const [reworked] = await letterBook(path);
    expect(reworked!["Status Surat"]).toBe("Menunggu Persetujuan");
    expect(reworked!["Tautan Dokumen"]).not.toBe(first!["Tautan Dokumen"]); // the version the head saw is kept
    expect(readFileSync(fileURLToPath(String(reworked!["Tautan Dokumen"])), "utf8")).toContain("Rina Kartika Sari");
  });

  it("a letter setting left blank stops the run before any move, naming the setting", async () => {
    const dir = mkdtempSync(join(tmpdir(), "surat-"));
    const path = join(dir, "kantor.xlsx");
    await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock("2026-11-20T03:00:00Z") });
    await edit(path, "Pengaturan", "Nama Penandatangan", "Nilai", "");
    await edit(path, "Permohonan", "PRM-2026-00001", "Status", "Verifikasi");
    const result = await runLocalJob({ path, actorEmail: "petugas@contoh.go.id", clock: fixedClock("2026-11-20T04:00:00Z") });
    expect(result.summary.configErrors).toEqual([expect.stringMatching(/Pengaturan baris \d+ \(Nama Penandatangan\), kolom Nilai: wajib diisi/)]);
    expect(result.summary.movesApplied + result.summary.movesRefused).toBe(0);
    expect(result.cellsSaved).toBe(0);
    expect(result.letters.created).toBe(0);
    expect(await letterBook(path)).toEqual([]);
  });
});
