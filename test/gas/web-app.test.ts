// The verification web app through the built bundle: doGet as the owner with no active user,
// answering a valid, an unknown, an expired, a revoked and a malformed code, writing nothing and
// logging no code; and, where getActiveSpreadsheet() gives no spreadsheet in a web app
// execution (the reference does not say), the same "unavailable" page for every code.
import { describe, expect, it } from "vitest";
import type { GasRuntime } from "./harness";
import { newOffice, put } from "./office";

const CODE = "1Y62-N7HV-3Q3Y";

function issue(rt: GasRuntime, rows: readonly Record<string, unknown>[]): void {
  const sheet = rt.sheet("Sertifikat");
  const headers = Array.from({ length: sheet.getLastColumn() }, (_, c) => String(sheet._plain(1, c + 1)));
  put(rt, "Sertifikat", 2, 1, rows.map((row) => headers.map((h) => row[h] ?? "")));
}

const certificate = (n: number, extra: Record<string, unknown> = {}) => ({
  "Nomor Sertifikat": `SERT/00${n}/BPSDM/III/2026`, "Kode Verifikasi": CODE.slice(0, -1) + String(n), "Nama Pemegang": `Pemegang ${n}`,
  "Kode Skema": "SS-05/LSP-BPSDM DKI/V/2022", "Nama Skema": "Pelayanan Publik", "Unit Kompetensi": "M.84PPP01.001.1",
  "Tanggal Terbit": "2023-03-02", "Berlaku Sampai": "2026-12-31", Status: "Aktif", "ID Kasus": `PRM-2023-0000${n}`, "ID Surat": `SRT-00000${n}`, ...extra,
});

function page(rt: GasRuntime, parameter: Record<string, string>): string {
  const run = rt.webGet(parameter);
  expect(run.ok, run.error ?? "").toBe(true);
  const output = run.value as { getContent(): string; getTitle(): string };
  expect(output.getTitle()).toBe("Verifikasi Sertifikat");
  return output.getContent();
}

describe("the verification web app", () => {
  it("answers each code with name, scheme, dates and status only, and writes nothing", async () => {
    const rt = await newOffice();
    issue(rt, [certificate(1), certificate(2, { "Berlaku Sampai": "2026-03-01" }), certificate(3, { "Dicabut Pada": "2026-02-01", "Alasan Pencabutan": "Pemalsuan dokumen" })]);
    const logsBefore = rt.store.logs.length;
    const valid = page(rt, { kode: certificate(1)["Kode Verifikasi"] });
    expect(valid).toContain("Pemegang 1");
    expect(valid).toContain("Pelayanan Publik (SS-05/LSP-BPSDM DKI/V/2022)");
    expect(valid).toContain("Berlaku sampai: 31 Desember 2026");
    expect(valid).toContain("AKTIF");
    expect(valid).not.toMatch(/SERT\/001|PRM-2023|SRT-0000/);
    expect(page(rt, { kode: certificate(2)["Kode Verifikasi"].toLowerCase() })).toContain("KEDALUWARSA");
    const revoked = page(rt, { kode: certificate(3)["Kode Verifikasi"] });
    expect(revoked).toContain("DICABUT");
    expect(revoked).not.toContain("Pemalsuan");

    const unknown = page(rt, { kode: CODE.slice(0, -1) + "9" });
    for (const parameter of [{ kode: "<script>alert(1)</script>" }, { kode: "" }, {}, { kode: "Pemegang 1" }, { kode: "SERT/001/BPSDM/III/2026" }] as Record<string, string>[]) {
      expect(page(rt, parameter)).toBe(unknown);
    }
    expect(unknown).toContain("Kode verifikasi tidak ditemukan");
    // The holder's obligations and the maklumat pelayanan, on every answer alike (seed 001, 000).
    for (const answer of [valid, revoked, unknown]) {
      expect(answer).toContain("Kewajiban Pemegang Sertifikat");
      expect(answer).toContain("<li>Menjamin bahwa sertifikat kompetensi tidak disalahgunakan.</li>");
      expect(answer).toContain("Maklumat Pelayanan");
      expect(answer).toContain("kami siap menerima sanksi sesuai ketentuan peraturan perundang-undangan.");
    }
    expect(rt.table("Sertifikat").map((r) => r["Status"])).toEqual(["Aktif", "Aktif", "Aktif"]); // the page never writes
    for (const line of rt.store.logs.slice(logsBefore)) expect(line).not.toContain(CODE.slice(0, 8));
  });

  it("says the service is unavailable, for every code alike, when the web app gets no spreadsheet", async () => {
    const rt = await newOffice();
    issue(rt, [certificate(1)]);
    rt.store.webAppActiveSpreadsheet = "null";
    const valid = page(rt, { kode: certificate(1)["Kode Verifikasi"] });
    expect(valid).toContain("Layanan verifikasi sedang tidak tersedia");
    expect(page(rt, { kode: "x" })).toBe(valid);
  });
});
