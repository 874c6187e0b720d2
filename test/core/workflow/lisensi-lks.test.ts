// The LKS rule of Lisensi LSP (seed 003, lampiran VI, D15): closing the LKS more than 15 calendar
// days after the full assessment routes the case to Diskresi Pleno, taken by the engine itself.
import { describe, expect, it } from "vitest";
import { DOKUMEN_KASUS } from "../../../apps-script/core/registers/catalog";
import { ACTOR, append, auditOf, caseOf, runAs, serviceOffice } from "../../case-factories";
import { clockAt } from "../../factories";

const R = "Lisensi LSP";
const base = {
  "Tanggal Pengajuan": "2026-10-01", "Nama LSP": "LSP Contoh Mandiri", "Email LSP": "lsp@contoh.id", "Alamat LSP": "Jl. Contoh 1, Jakarta",
  "Skema Diajukan": "Skema Contoh", "Tanggal Asesmen Lengkap": "2026-11-02", "Status Tercatat": "Perbaikan LKS", Status: "LKS Ditutup",
};

function run(cases: { id: string; closed: string; documents?: boolean; status?: string; recorded?: string }[]) {
  const workbook = serviceOffice({ withoutLetters: true });
  append(workbook, R, cases.map((c) => ({ ...base, [`ID ${R}`]: c.id, "Tanggal LKS Ditutup": c.closed, ...(c.status ? { Status: c.status } : {}), ...(c.recorded ? { "Status Tercatat": c.recorded } : {}) })));
  append(workbook, DOKUMEN_KASUS.name, cases.filter((c) => c.documents !== false).map((c) => ({ "ID Kasus": c.id, "Kode Dokumen": "D15", Ada: "Ya" })));
  runAs(workbook, clockAt("2026-11-24", "10:00"), ACTOR.Petugas);
  return workbook;
}

describe("Lisensi LSP: LKS closed after the full assessment", () => {
  const workbook = run([
    { id: "LIS-2026-0001", closed: "2026-11-17" }, // day 15
    { id: "LIS-2026-0002", closed: "2026-11-18" }, // day 16
    { id: "LIS-2026-0003", closed: "2026-11-17", documents: false },
    { id: "LIS-2026-0004", closed: "2026-11-18", recorded: "LKS Ditutup", status: "Diskresi Pleno" },
  ]);

  it("on day 15 goes on to Panel Teknis, by the engine", () => {
    expect(caseOf(workbook, R, "LIS-2026-0001")["Status Tercatat"]).toBe("Panel Teknis");
    const auto = auditOf(workbook, "LIS-2026-0001").find((a) => a.Dari === "LKS Ditutup");
    expect(auto).toMatchObject({ Ke: "Panel Teknis", Oleh: "mesin", Hasil: "Diterapkan" });
    expect(String(auto!.Keterangan)).toMatch(/15 hari kalender \(<= 15\)/i);
  });

  it("on day 16 is routed to Diskresi Pleno, Riwayat saying why", () => {
    expect(caseOf(workbook, R, "LIS-2026-0002")["Status Tercatat"]).toBe("Diskresi Pleno");
    const auto = auditOf(workbook, "LIS-2026-0002").find((a) => a.Dari === "LKS Ditutup");
    expect(auto).toMatchObject({ Ke: "Diskresi Pleno", Oleh: "mesin" });
    expect(String(auto!.Keterangan)).toMatch(/16 hari kalender \(> 15\)/i);
  });

  it("a missing D15 holds the case in Perbaikan LKS, naming the code", () => {
    expect(caseOf(workbook, R, "LIS-2026-0003")["Status Tercatat"]).toBe("Perbaikan LKS");
    const refused = auditOf(workbook, "LIS-2026-0003").find((a) => a.Hasil === "Ditolak");
    expect(String(refused!.Keterangan)).toContain("D15");
  });

  it("staff asking for the Otomatis move's target are refused", () => {
    expect(caseOf(workbook, R, "LIS-2026-0004")["Status Tercatat"]).toBe("LKS Ditutup");
    const refused = auditOf(workbook, "LIS-2026-0004").find((a) => a.Hasil === "Ditolak");
    expect(String(refused!.Keterangan)).toContain("langkah ini diambil mesin");
  });
});
