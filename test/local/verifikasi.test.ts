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

  it("--status answers a case's token from a fresh workbook with service, step, since and due date; a wrong token like an unknown one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "verifikasi-status-"));
    const path = join(dir, "kantor.xlsx");
    await runLocalJob({ path, actorEmail: "admin@contoh.go.id", clock: fixedClock("2026-11-20T03:00:00Z") });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet("Permohonan")!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const column = (h: string) => headers.indexOf(h) + 1;
    const cases = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2))
      .map((row) => ({ id: String(row.getCell(column("ID Permohonan")).value ?? ""), token: String(row.getCell(column("Kode Lacak")).value ?? ""), name: String(row.getCell(column("Nama")).value ?? "") }))
      .filter((c) => c.id !== "");
    expect(cases.length).toBeGreaterThan(0);
    expect(new Set(cases.map((c) => c.token)).size).toBe(cases.length);
    const { id, token, name } = cases[0]!;
    expect(token).toMatch(/^[0-9A-HJKMNP-TV-Z]{24}$/);

    const text = io();
    expect(await main(["--status", token, "--berkas", path], {}, text.io)).toBe(0);
    const page = text.out.join("\n");
    expect(page).toMatch(/^Layanan: .+\nTahap saat ini: .+\nSejak: \d{1,2} \w+ \d{4}\nTenggat janji layanan: .+$/);
    for (const hidden of [id, name, token]) expect(page).not.toContain(hidden);

    const json = io();
    expect(await main(["--status", token.toLowerCase(), "--json", "--berkas", path], {}, json.io)).toBe(0);
    const answer = JSON.parse(json.out.join("")) as Record<string, unknown>;
    expect(answer).toEqual({
      ditemukan: true, layanan: expect.any(String), tahap: expect.any(String), sejak: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      tenggatLayanan: answer["tenggatLayanan"] === null ? null : expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), selesai: expect.any(Boolean), jamBerhenti: expect.any(Boolean), dihitungMulai: answer["dihitungMulai"] === null ? null : expect.any(String),
    });
    expect(page).toContain(`Tahap saat ini: ${String(answer["tahap"])}`);

    const answers: string[] = [];
    for (const wrong of [token.slice(0, -1) + (token.endsWith("0") ? "1" : "0"), id, "x"]) {
      const run = io();
      expect(await main(["--status", wrong, "--json", "--berkas", path], {}, run.io)).toBe(1);
      answers.push(run.out.join(""));
    }
    expect(new Set(answers)).toEqual(new Set([JSON.stringify({ ditemukan: false })]));
    await expect(main(["--status", token, "KODE", "--berkas", path], {}, io().io)).rejects.toThrow(/Dengan --status tidak ada argumen lain/);
  });

  it("refuses a call without a code as a usage error", async () => {
    await expect(main([], {}, io().io)).rejects.toThrow(/Perlu satu argumen, kode verifikasi/);
  });
});
