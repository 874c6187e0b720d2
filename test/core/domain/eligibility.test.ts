import { describe, expect, it } from "vitest";
import { checkApplication } from "../../../apps-script/core/domain/application";
import { checkEligibility, METHOD_EXPERIENCED, METHOD_NOT_EXPERIENCED } from "../../../apps-script/core/domain/eligibility";
import { loadConfig } from "../../../apps-script/core/engine/config";
import { PELAYANAN_PUBLIK_CODE } from "../../../apps-script/core/seed/scheme-pelayanan-publik";
import { applicationRow, makeOffice } from "../../factories";

const schemes = loadConfig(makeOffice()).schemes;
const scheme = schemes.get(PELAYANAN_PUBLIK_CODE)!;
const eligibilityOf = (overrides: Parameters<typeof applicationRow>[0]) =>
  checkEligibility(checkApplication(applicationRow(overrides), schemes, 2026).application, scheme);

describe("eligibility for the Pelayanan Publik scheme (seed 001)", () => {
  it("loads the scheme with its 12 units and 3-year validity", () => {
    expect(scheme.units).toHaveLength(12);
    expect(scheme.units[0]).toEqual({ number: 1, code: "N.821100.028.02", title: "Mengaplikasikan Keterampilan Dasar Komunikasi" });
    expect(scheme.validityYears).toBe(3);
  });

  it("an applicant meeting every requirement is eligible with a complete dossier", () => {
    const result = eligibilityOf({});
    expect(result).toMatchObject({ eligible: true, complete: true, unmet: [], missingDocuments: [] });
  });

  it.each([
    [{ "Pendidikan Terakhir": "SMA/SMK" }, /Pendidikan minimal DIII.*tertulis SMA\/SMK/],
    [{ Golongan: "II/a" }, /Golongan minimal .*II\/b.*tertulis II\/a/],
    [{ "Pengalaman Pelayanan Publik (tahun)": 1.5 }, /minimal 2 tahun.*tertulis 1.5 tahun/],
    [{ Instansi: "Pemerintah Provinsi Sulawesi Barat" }, /DKI Jakarta \(instansi tidak sesuai\)/],
  ])("names the unmet requirement %j", (overrides, message) => {
    const result = eligibilityOf(overrides);
    expect(result.eligible).toBe(false);
    expect(result.unmet).toHaveLength(1);
    expect(result.unmet[0]).toMatch(message);
  });

  it("treats the boundaries as met: D-III, II/b, exactly 2 years; D-IV ranks as S1", () => {
    expect(eligibilityOf({ "Pendidikan Terakhir": "D-III", Golongan: "II/b", "Pengalaman Pelayanan Publik (tahun)": 2 }).eligible).toBe(true);
    expect(eligibilityOf({ "Pendidikan Terakhir": "D-IV" }).eligible).toBe(true);
  });

  it("a missing Diklat certificate or recommendation fails eligibility and completeness", () => {
    const result = eligibilityOf({ "Dokumen Diserahkan": "KTP, CV, PASFOTO, SK_ASN, IJAZAH, SK_JABATAN, SURAT_PENGALAMAN" });
    expect(result.eligible).toBe(false);
    expect(result.unmet.join(" ")).toMatch(/Diklat Fungsional Pelayanan Prima/);
    expect(result.unmet.join(" ")).toMatch(/rekomendasi/);
    expect(result.missingDocuments.map((d) => d.code)).toEqual(["DIKLAT_PP", "REKOMENDASI"]);
  });

  it("missing administrative documents leave eligibility but not completeness", () => {
    const result = eligibilityOf({ "Dokumen Diserahkan": "DIKLAT_PP, REKOMENDASI, SK_ASN, IJAZAH, SK_JABATAN, SURAT_PENGALAMAN, KTP" });
    expect(result.eligible).toBe(true);
    expect(result.complete).toBe(false);
    expect(result.missingDocuments.map((d) => d.code)).toEqual(["CV", "PASFOTO"]);
  });

  it("suggests the assessment method from experience", () => {
    expect(eligibilityOf({ "Pengalaman Pelayanan Publik (tahun)": 5 }).method).toBe(METHOD_EXPERIENCED);
    expect(eligibilityOf({ "Pengalaman Pelayanan Publik (tahun)": 1 }).method).toBe(METHOD_NOT_EXPERIENCED);
  });
});
