// The demo shows the product: the first `npm start` on a new workbook (in-process, fixed clock)
// holds cases of every shipped service, moves some on, writes Riwayat and letters of several kinds.
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { caseKindOf, caseRegistersInUse } from "../../apps-script/core/engine/case-kinds";
import { loadConfig } from "../../apps-script/core/engine/config";
import { LETTER_TYPE_CODES } from "../../apps-script/core/letters/letter-types";
import { RIWAYAT, SURAT } from "../../apps-script/core/registers/catalog";
import { cellText } from "../../apps-script/core/registers/cells";
import { readRegister } from "../../apps-script/core/registers/table";
import { SHIPPED_SERVICES } from "../../apps-script/core/seed/services";
import { type CliIo, runCommand } from "../../sync/local/cli-support";
import { main } from "../../sync/local/main";
import { XlsxWorkbookFile } from "../../sync/local/xlsx-workbook";

// A first run makes a workbook, checks some fifty cases and prints letters (PDF when Chromium is there).
vi.setConfig({ testTimeout: 120_000 });

/** `npm start -- --berkas <new file> --buat` in-process at `now`, as a newcomer's first run. */
async function firstRun(now: string) {
  const dir = mkdtempSync(join(tmpdir(), "demo-"));
  const path = join(dir, "sertifikasi.xlsx");
  const out: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: () => {}, interactive: false, ask: async () => "" };
  const code = await runCommand(main, ["--berkas", path, "--buat"], { SERTIFIKASI_SEKARANG: now }, io, "npm start -- --help");
  const file = await XlsxWorkbookFile.open(path);
  return { code, summary: out.join("\n"), workbook: file.workbook, lettersDir: join(dir, "surat") };
}

/** Case ID → the code of the service it belongs to, as the engine decides it, over every case register in use. */
function servicesOfCases(workbook: XlsxWorkbookFile["workbook"]): Map<string, string> {
  const config = loadConfig(workbook, new Set(LETTER_TYPE_CODES));
  const byCase = new Map<string, string>();
  for (const def of caseRegistersInUse(config)) {
    for (const row of readRegister(workbook, def)?.rows ?? []) {
      const kind = caseKindOf(config, def, row);
      if (!("problem" in kind) && row.id !== "") byCase.set(row.id, kind.service.code);
    }
  }
  return byCase;
}

describe.each([
  ["a Friday morning", "2026-11-20T03:00:00Z"],
  // Monday 07:30 WIB right after the Idulfitri holidays and cuti bersama: samples date back past them.
  ["early on the Monday after Idulfitri", "2026-03-30T00:30:00Z"],
])("with the first run on %s", (_when, now) => {
  it("holds cases of every shipped service, moves some on, and writes Riwayat and letters of several kinds", async () => {
    const { code, summary, workbook, lettersDir } = await firstRun(now);
    expect(code, summary).toBe(0);

    const serviceOf = servicesOfCases(workbook);
    const shipped = SHIPPED_SERVICES.map((s) => s.code);
    expect([...new Set(serviceOf.values())].sort()).toEqual([...shipped].sort());

    // Moves this run applied (Dari filled, Hasil Diterapkan, on the run's date) for at least three services.
    const audit = readRegister(workbook, RIWAYAT)!.rows;
    const today = now.slice(0, 10);
    const movedToday = audit.filter((r) => cellText(r.get("Hasil")) === "Diterapkan" && cellText(r.get("Dari")) !== "" && cellText(r.get("Waktu")).startsWith(today));
    const servicesMoved = new Set(movedToday.map((r) => serviceOf.get(cellText(r.get("ID Permohonan")))));
    expect(servicesMoved.size, [...servicesMoved].join(", ")).toBeGreaterThanOrEqual(3);
    expect(new Set(audit.map((r) => serviceOf.get(cellText(r.get("ID Permohonan"))))).size).toBe(shipped.length);
    // The samples agree with their history: nothing was rewritten from Riwayat or refused but the planted ones,
    // a jump and a LAN intake whose SPK was signed only 4 days before the assessment.
    const refused = audit.filter((r) => cellText(r.get("Hasil")) !== "Diterapkan" && cellText(r.get("Hasil")) !== "Catatan");
    expect(refused.map((r) => cellText(r.get("ID Permohonan"))).sort()).toEqual([expect.stringMatching(/^PK-\d{4}-00002$/), expect.stringMatching(/^PRM-\d{4}-00012$/)]);
    expect(cellText(refused.find((r) => cellText(r.get("ID Permohonan")).startsWith("PK-"))!.get("Keterangan"))).toMatch(/4 hari kalender; syaratnya paling sedikit 5 hari kalender$/);

    // Letters of several kinds, each recorded in the letter book with its file under surat/.
    const book = readRegister(workbook, SURAT)!.rows;
    const kinds = new Set(book.map((r) => cellText(r.get("Jenis Surat"))));
    for (const kind of ["TANDA_TERIMA", "LEMBAR_DISPOSISI", "JAWABAN_PENGADUAN", "PUTUSAN_BANDING", "JAWABAN_PERMOHONAN_PENILAIAN", "INVOICE_PENILAIAN", "PENGANTAR_LAPORAN_PENILAIAN"]) {
      expect([...kinds]).toContain(kind);
    }
    for (const row of book) expect(existsSync(fileURLToPath(cellText(row.get("Tautan Dokumen")))), cellText(row.get("ID Surat"))).toBe(true);
    const folders = readdirSync(lettersDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).filter((f) => readdirSync(join(lettersDir, f)).some((n) => n.endsWith(".html")));
    expect(folders.length, folders.join(", ")).toBeGreaterThanOrEqual(3);

    // The summary keeps "Permohonan per tahap" and names every service under "Layanan per tahap".
    expect(summary).toContain("Permohonan per tahap:\n  Diterima");
    const services = summary.slice(summary.indexOf("Layanan per tahap:"));
    for (const service of SHIPPED_SERVICES) expect(services).toContain(`  ${service.name} (${service.register}): `);
  });
});
