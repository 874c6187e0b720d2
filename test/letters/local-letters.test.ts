// The local side: HTML files under an output folder, numbers filled in on approval, PDF links.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { approveLetters } from "../../apps-script/core/letters/approval";
import { issueLetters } from "../../apps-script/core/letters/issue";
import { NUMBER_PLACEHOLDER } from "../../apps-script/core/letters/render";
import { PENGATURAN, RIWAYAT, SURAT } from "../../apps-script/core/registers/catalog";
import { headersOf } from "../../apps-script/core/registers/schema";
import { fileSegment, HtmlFileSink } from "../../sync/letters/html-file-sink";
import { attachPdfLinks, finalizeApprovedLetters, writePdfs } from "../../sync/letters/local-letters";
import { makeOffice, sampleData } from "./fixtures";
import { MemoryLock, TestWorkbook } from "./memory-workbook";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "surat-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("HTML files", () => {
  it("writes each letter under its folder with a safe name, never overwriting", () => {
    const out = tempDir();
    const sink = new HtmlFileSink(out);
    const first = sink.createDocument({ title: "Surat Tugas Asesor - PRM/2026:01", html: "<p>1</p>", folder: "Surat 2026" });
    const second = sink.createDocument({ title: "Surat Tugas Asesor - PRM/2026:01", html: "<p>2</p>", folder: "Surat 2026" });
    expect(first.id).toBe(join("surat-2026", "surat-tugas-asesor-prm-2026-01.html"));
    expect(second.id).toBe(join("surat-2026", "surat-tugas-asesor-prm-2026-01-2.html"));
    expect(readFileSync(fileURLToPath(first.url), "utf8")).toBe("<p>1</p>");
    expect(readFileSync(join(out, second.id), "utf8")).toBe("<p>2</p>");
    expect(fileSegment("Ñamé Ü ../../etc")).toBe("name-u-etc");
  });
});

describe("the local run after approval", () => {
  it("puts the number into the approved letter's file and records its PDF link", () => {
    const out = tempDir();
    const lock = new MemoryLock();
    const workbook = new TestWorkbook(() => lock.held);
    workbook.ensureTable(SURAT.name, headersOf(SURAT));
    workbook.ensureTable(PENGATURAN.name, headersOf(PENGATURAN));
    workbook.ensureTable(RIWAYAT.name, headersOf(RIWAYAT)); // approvals are audited there
    const documents = new HtmlFileSink(out);
    const clock = { now: () => new Date("2026-05-04T02:00:00Z") };
    issueLetters({ workbook, lock, clock, documents }, makeOffice(), [
      { type: "PERSETUJUAN", caseId: "PRM-1", data: sampleData("PERSETUJUAN") },
      { type: "PENOLAKAN", caseId: "PRM-2", data: sampleData("PENOLAKAN") },
    ], { folder: "surat", timeZone: "Asia/Makassar" });
    workbook.set(SURAT.name, "SRT-000002", "Status Surat", "Disetujui");
    const { approved } = approveLetters({ workbook, lock, clock }, { defaultFormat: "800/{urut}/BPSDM/{bulan romawi}/{tahun}", timeZone: "Asia/Makassar" });

    const changed = finalizeApprovedLetters(approved);
    expect(changed).toEqual([documents.written[1]!.path]);
    const html = readFileSync(changed[0]!, "utf8");
    expect(html).toContain("800/1/BPSDM/V/2026");
    expect(html).toContain("Mamuju, 4 Mei 2026");
    expect(html).not.toContain(NUMBER_PLACEHOLDER);
    expect(readFileSync(documents.written[0]!.path, "utf8")).toContain(NUMBER_PLACEHOLDER);

    const pdf = changed[0]!.replace(/\.html$/, ".pdf");
    expect(attachPdfLinks({ workbook, lock }, new Map([[changed[0]!, pdf]]))).toBe(1);
    const row = workbook.records(SURAT.name).find((r) => r["ID Surat"] === "SRT-000002")!;
    expect(fileURLToPath(String(row["Tautan PDF"]))).toBe(pdf);
  });

  it("skips PDFs with a clear message when Chromium is not installed", async () => {
    const result = await writePdfs(["/tmp/tidak-ada.html"], undefined, "/tidak/ada/chromium");
    expect(result.pdfs.size).toBe(0);
    expect(result.skipped).toMatch(/Chromium tidak ditemukan \(\/tidak\/ada\/chromium\): PDF tidak dibuat/);
    expect(existsSync("/tmp/tidak-ada.pdf")).toBe(false);
  });
});
