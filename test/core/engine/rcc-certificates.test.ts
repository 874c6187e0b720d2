// The assessor's certificate after an RCC (seed 003, lampiran IV, D23–D25): drafted with its
// verification code on the participant's move to Kompeten, recorded once by the Sertifikat
// register when the head numbers it, valid for Pengaturan's years; the old certificate number typed
// on Peserta RCC links the renewal (Diganti when in the register, reported once when not), a link
// staff typed is kept, and a participant without a typed number is never matched by name.
import { describe, expect, it } from "vitest";
import { CERTIFICATE_STATUS, SERTIFIKAT_REGISTER } from "../../../apps-script/core/engine/certificate-register";
import { certificateLines, normalizeVerificationCode, reconcileCertificates } from "../../../apps-script/core/engine/certificates";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { runCheck } from "../../../apps-script/core/engine/run-check";
import { LETTER_TYPE_CODES } from "../../../apps-script/core/letters/letter-types";
import type { MemoryWorkbook } from "../../../apps-script/core/memory-workbook";
import { PENGATURAN, SURAT } from "../../../apps-script/core/registers/catalog";
import { ACTOR, append, at, caseOf, editCase, rewritten, rowsOf, runAs, serviceOffice } from "../../case-factories";
import { clockAt, passThroughLock, uuids } from "../../factories";
import { addCases, serviceOf } from "../workflow/shipped-cases";

const REQUEST = "RCC-2026-00001";
const SARI = "PRC-2026-00001";
const HENDRA = "PRC-2026-00002";
const OLD = "MET.000.001234 2023";
const NIK = "3174015502900002";

/** An RCC after its SK, with Sari (old certificate `old`) and Hendra moved to Kompeten by the head on 1 December 2026. */
function competent(old: string | null = OLD, settings: Record<string, string> = {}): MemoryWorkbook {
  let workbook = serviceOffice();
  if (Object.keys(settings).length > 0) {
    workbook = rewritten(workbook, { [PENGATURAN.name]: (rows) => rows.map((r) => (String(r.Kunci) in settings ? { ...r, Nilai: settings[String(r.Kunci)]! } : r)) });
  }
  addCases(workbook, serviceOf("RCC_ASESOR"), [{ "ID Permohonan Asesor": REQUEST, "Status Tercatat": "SK Ditetapkan", Status: "SK Ditetapkan" }]);
  addCases(workbook, serviceOf("PESERTA_RCC"), [
    { "ID Peserta RCC": SARI, "Status Tercatat": "Dikaji MA Penguji", Status: "Kompeten", "Nomor Sertifikat Lama": old },
    { "ID Peserta RCC": HENDRA, "Nama Peserta": "Hendra, S.T.", "Email Peserta": "hendra@contoh.id", "Nomor Registrasi Asesor": "MET.000.005678 2026", "Status Tercatat": "Dikaji MA Penguji", Status: "Kompeten" },
  ]);
  // With a UUID source, as every place has: the certificate is drafted with its code and QR.
  const summary = runCheck({ workbook, clock: clockAt("2026-12-01", "10:00"), lock: passThroughLock, actor: { email: ACTOR.Kepala }, newUuid: uuids() }, {});
  workbook.takeChanges();
  if (summary.configErrors.length > 0) throw new Error(summary.configErrors.join("\n"));
  return workbook;
}

const certificateLetters = (workbook: MemoryWorkbook) => rowsOf(workbook, SURAT.name).filter((r) => r["Jenis Surat"] === "SERTIFIKAT_ASESOR");

/** The head approves the participant's certificate letter: numbered and dated. */
function approve(workbook: MemoryWorkbook, caseId: string, number: string, date: string): void {
  const rows = rowsOf(workbook, SURAT.name);
  const letter = rows.find((r) => r["Jenis Surat"] === "SERTIFIKAT_ASESOR" && r["ID Permohonan"] === caseId)!;
  workbook.applyChanges([{ table: SURAT.name, patches: [{ id: String(letter["ID Surat"]), rowHint: rows.indexOf(letter), values: { "Status Surat": "Disetujui", "Nomor Surat": number, "Tanggal Surat": at(date) } }], appends: [] }]);
  workbook.takeChanges();
}

const newUuid = uuids();
function reconcile(workbook: MemoryWorkbook, today: string) {
  const report = reconcileCertificates({ workbook, clock: clockAt(today, "06:00"), lock: passThroughLock, actor: { email: null }, newUuid }, loadConfig(workbook, new Set(LETTER_TYPE_CODES)))!;
  workbook.takeChanges();
  return report;
}

/** Sari's certificate from her previous RCC, in the register and still active. */
function registerOldCertificate(workbook: MemoryWorkbook): void {
  append(workbook, SERTIFIKAT_REGISTER.name, [{
    "Nomor Sertifikat": OLD, "Kode Verifikasi": "7K2M-9Q4R-XT3V", "Nama Pemegang": "Sari Wulandari", "Kode Skema": "ASKOM", "Nama Skema": "Asesor Kompetensi",
    "Tanggal Terbit": at("2023-12-20"), "Berlaku Sampai": at("2026-12-19"), Status: CERTIFICATE_STATUS.active, "ID Kasus": "PRC-2023-00004", "ID Surat": "SRT-000003",
  }]);
}
const certificate = (workbook: MemoryWorkbook, number: string) => rowsOf(workbook, SERTIFIKAT_REGISTER.name).find((r) => r["Nomor Sertifikat"] === number);

describe("an RCC participant found competent", () => {
  it("gets a certificate letter drafted with its verification code on the move to Kompeten", () => {
    const workbook = competent();
    expect(caseOf(workbook, "Peserta RCC", SARI)).toMatchObject({ "Status Tercatat": "Kompeten", "Pesan Langkah": null });
    const letters = certificateLetters(workbook);
    expect(letters.map((r) => [r["ID Permohonan"], r["Status Surat"]])).toEqual([[SARI, "Draf"], [HENDRA, "Draf"]]);
    for (const letter of letters) expect(normalizeVerificationCode(String(letter["Kode Verifikasi"] ?? ""))).toBe(letter["Kode Verifikasi"]);
  });

  it("is refused the move when the certificate cannot name the RCC request", () => {
    const workbook = serviceOffice();
    addCases(workbook, serviceOf("PESERTA_RCC"), [{ "ID Peserta RCC": SARI, "ID Permohonan Asesor": "RCC-2026-00099", "Status Tercatat": "Dikaji MA Penguji", Status: "Kompeten" }]);
    runAs(workbook, clockAt("2026-12-01", "10:00"), ACTOR.Kepala);
    const row = caseOf(workbook, "Peserta RCC", SARI);
    expect(row["Status Tercatat"]).toBe("Dikaji MA Penguji");
    expect(String(row["Pesan Langkah"])).toContain("Sertifikat Kompetensi Asesor untuk peserta RCC PRC-2026-00001 tidak dibuat");
    expect(certificateLetters(workbook)).toEqual([]);
  });
});

describe("the numbered assessor certificate in the Sertifikat register", () => {
  it("is recorded once, with the holder, the scheme Asesor Kompetensi, three years from the head's approval and the code it was drafted with", () => {
    const workbook = competent(null);
    const code = certificateLetters(workbook).find((r) => r["ID Permohonan"] === SARI)!["Kode Verifikasi"];
    approve(workbook, SARI, "SERTA/0007/BNSP/XII/2026", "2026-12-08");
    const first = reconcile(workbook, "2026-12-08");
    expect(first.issued).toEqual(["SERTA/0007/BNSP/XII/2026"]);
    expect(first.problems).toEqual([]);
    expect(certificate(workbook, "SERTA/0007/BNSP/XII/2026")).toMatchObject({
      "Kode Verifikasi": code, "Nama Pemegang": "Sari Wulandari", "Kode Skema": "ASKOM", "Nama Skema": "Asesor Kompetensi",
      "Tanggal Terbit": at("2026-12-08"), "Berlaku Sampai": at("2029-12-07"), Status: CERTIFICATE_STATUS.active, "ID Kasus": SARI, Menggantikan: null,
    });
    // Reconciled again (the sweep, the next edit): nothing recorded twice.
    expect(reconcile(workbook, "2026-12-09").issued).toEqual([]);
    expect(rowsOf(workbook, SERTIFIKAT_REGISTER.name)).toHaveLength(1);
  });

  it("is valid for the years of Pengaturan \"Masa Berlaku Sertifikat Asesor (tahun)\"", () => {
    const workbook = competent(null, { "Masa Berlaku Sertifikat Asesor (tahun)": "5" });
    approve(workbook, SARI, "SERTA/0007/BNSP/XII/2026", "2026-12-08");
    reconcile(workbook, "2026-12-08");
    expect(certificate(workbook, "SERTA/0007/BNSP/XII/2026")?.["Berlaku Sampai"]).toEqual(at("2031-12-07"));
  });

  it("links the old number typed on Peserta RCC: not in the register, kept as the link and reported once", () => {
    const workbook = competent(OLD);
    approve(workbook, SARI, "SERTA/0007/BNSP/XII/2026", "2026-12-08");
    const first = reconcile(workbook, "2026-12-08");
    expect(first.linked).toEqual([]);
    expect(first.unregistered).toEqual([{ number: "SERTA/0007/BNSP/XII/2026", replaces: OLD }]);
    expect(first.problems).toEqual([]);
    expect(certificateLines(first).filter((l) => l.includes(OLD))).toEqual([
      `Sertifikat SERTA/0007/BNSP/XII/2026 menggantikan ${OLD}, yang tidak ada di tab Sertifikat (terbit sebelum register ini atau di tempat lain): dicatat sebagai Menggantikan saja.`,
    ]);
    expect(certificate(workbook, "SERTA/0007/BNSP/XII/2026")?.Menggantikan).toBe(OLD);
    const again = reconcile(workbook, "2026-12-09");
    expect(again.unregistered).toEqual([]);
    expect(certificateLines(again).join("\n")).not.toContain(OLD);
  });

  it("makes the old certificate in the register Diganti", () => {
    const workbook = competent(OLD);
    // The old certificate, recorded when this office issued it three years ago.
    registerOldCertificate(workbook);
    approve(workbook, SARI, "SERTA/0007/BNSP/XII/2026", "2026-12-08");
    const report = reconcile(workbook, "2026-12-08");
    expect(report.linked).toEqual([{ number: "SERTA/0007/BNSP/XII/2026", replaces: OLD }]);
    expect(report.unregistered).toEqual([]);
    expect(certificateLines(report)).toContain(`Sertifikat SERTA/0007/BNSP/XII/2026 menggantikan ${OLD}: ${OLD} menjadi Diganti.`);
    expect(certificate(workbook, "SERTA/0007/BNSP/XII/2026")?.Menggantikan).toBe(OLD);
    expect(certificate(workbook, OLD)?.Status).toBe(CERTIFICATE_STATUS.replaced);
  });

  it("keeps a link staff typed in the register, whatever Peserta RCC says later", () => {
    const workbook = competent(OLD);
    approve(workbook, SARI, "SERTA/0007/BNSP/XII/2026", "2026-12-08");
    reconcile(workbook, "2026-12-08");
    const rows = rowsOf(workbook, SERTIFIKAT_REGISTER.name);
    const rowHint = rows.findIndex((r) => r["Nomor Sertifikat"] === "SERTA/0007/BNSP/XII/2026");
    workbook.applyChanges([{ table: SERTIFIKAT_REGISTER.name, patches: [{ id: "SERTA/0007/BNSP/XII/2026", rowHint, values: { Menggantikan: "MET.000.001234 2020" } }], appends: [] }]);
    workbook.takeChanges();
    editCase(workbook, "Peserta RCC", SARI, { "Nomor Sertifikat Lama": "MET.000.009999 2024" });
    const report = reconcile(workbook, "2026-12-09");
    expect(report.linked).toEqual([]);
    expect(certificate(workbook, "SERTA/0007/BNSP/XII/2026")?.Menggantikan).toBe("MET.000.001234 2020");
  });

  it("never matches assessors by name: without a typed number no link is made", () => {
    const workbook = competent(null);
    registerOldCertificate(workbook);
    approve(workbook, SARI, "SERTA/0007/BNSP/XII/2026", "2026-12-08");
    expect(reconcile(workbook, "2026-12-08").linked).toEqual([]);
    expect(certificate(workbook, OLD)?.Status).toBe(CERTIFICATE_STATUS.active);
  });

  it("refuses a NIK typed as the old number: recorded without a link, reported, the NIK never copied", () => {
    const workbook = competent(NIK);
    approve(workbook, SARI, "SERTA/0007/BNSP/XII/2026", "2026-12-08");
    const report = reconcile(workbook, "2026-12-08");
    expect(report.issued).toEqual(["SERTA/0007/BNSP/XII/2026"]);
    expect(report.problems).toEqual(["Sertifikat SERTA/0007/BNSP/XII/2026 (kasus PRC-2026-00001) dicatat tanpa tautan perpanjangan: Nomor Sertifikat Lama berisi 16 atau 18 angka (NIK/NIP?), bukan nomor sertifikat."]);
    expect(certificate(workbook, "SERTA/0007/BNSP/XII/2026")?.Menggantikan).toBeNull();
    expect(JSON.stringify(rowsOf(workbook, SERTIFIKAT_REGISTER.name))).not.toContain(NIK);
  });

  it("records the PNS and the assessor certificates of one book side by side", () => {
    const workbook = competent(null);
    approve(workbook, SARI, "SERTA/0007/BNSP/XII/2026", "2026-12-08");
    approve(workbook, HENDRA, "SERTA/0008/BNSP/XII/2026", "2026-12-09");
    const report = reconcile(workbook, "2026-12-09");
    expect(report.issued).toEqual(["SERTA/0007/BNSP/XII/2026", "SERTA/0008/BNSP/XII/2026"]);
    expect(certificate(workbook, "SERTA/0008/BNSP/XII/2026")).toMatchObject({ "Nama Pemegang": "Hendra, S.T.", "ID Kasus": HENDRA });
  });
});
