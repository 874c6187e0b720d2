// `npm run verifikasi`: the local equivalent of the verification page, reading the Sertifikat
// register of a workbook saved by the office (here: a row written as the engine writes it, dates
// as Excel dates), answering the same for a malformed and an unknown code, and JSON only on stdout.
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runLocalJob } from "../../sync/local/main-job";
import { fixedClock } from "../../sync/local/node-ports";
import { main } from "../../sync/local/verifikasi";

const CODE = "1Y62-N7HV-3Q3Y";

async function workbookWithCertificate(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "verifikasi-"));
  const path = join(dir, "kantor.xlsx");
  await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock("2026-11-20T03:00:00Z") });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.getWorksheet("Sertifikat")!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const row: Record<string, unknown> = {
    "Nomor Sertifikat": "SERT/0042/BPSDM/XI/2026", "Kode Verifikasi": CODE, "Nama Pemegang": "Rina Kartika", "Kode Skema": "SS-05/LSP-BPSDM DKI/V/2022",
    "Nama Skema": "Pelayanan Publik", "Unit Kompetensi": "M.84PPP01.001.1", "Tanggal Terbit": new Date(Date.UTC(2026, 10, 23)),
    "Berlaku Sampai": new Date(Date.UTC(2029, 10, 22)), Status: "Aktif", "ID Kasus": "PRM-2026-00001", "ID Surat": "SRT-000007",
  };
  sheet.addRow(headers.map((h) => row[h] ?? null));
  await book.xlsx.writeFile(path);
  return path;
}

function io() {
  const out: string[] = [];
  return { out, io: { out: (t: string) => void out.push(t), err: () => {}, interactive: false, ask: async () => "" } };
}

describe("npm run verifikasi", () => {
  it("answers a valid code with name, scheme, dates and status; an unknown or malformed one alike, exit 1", async () => {
    const path = await workbookWithCertificate();
    const env = { SERTIFIKASI_SEKARANG: "2026-12-01" };
    const valid = io();
    expect(await main([CODE.toLowerCase().replaceAll("-", " "), "--berkas", path], env, valid.io)).toBe(0);
    expect(valid.out.join("\n")).toBe([
      "Nama pemegang: Rina Kartika", "Skema sertifikasi: Pelayanan Publik (SS-05/LSP-BPSDM DKI/V/2022)", "Tanggal terbit: 23 November 2026",
      "Berlaku sampai: 22 November 2029", "Status: AKTIF — sertifikat ini sah dan masih berlaku.",
    ].join("\n"));

    const json = io();
    expect(await main([CODE, "--json", "--berkas", path], { SERTIFIKASI_SEKARANG: "2029-11-23" }, json.io)).toBe(0);
    expect(JSON.parse(json.out.join(""))).toEqual({
      ditemukan: true, namaPemegang: "Rina Kartika", kodeSkema: "SS-05/LSP-BPSDM DKI/V/2022", namaSkema: "Pelayanan Publik",
      tanggalTerbit: "2026-11-23", berlakuSampai: "2029-11-22", status: "Kedaluwarsa",
    });

    const answers: string[] = [];
    for (const code of ["1Y62-N7HV-3Q3Z", "SERT/0042/BPSDM/XI/2026", "Rina Kartika"]) {
      const run = io();
      expect(await main([code, "--json", "--berkas", path], env, run.io)).toBe(1);
      answers.push(run.out.join(""));
    }
    expect(new Set(answers)).toEqual(new Set([JSON.stringify({ ditemukan: false })]));
  });

  it("refuses a call without a code as a usage error", async () => {
    await expect(main([], {}, io().io)).rejects.toThrow(/Perlu satu argumen, kode verifikasi/);
  });
});
