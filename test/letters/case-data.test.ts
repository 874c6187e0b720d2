// Letter data read from the registers renders every letter; blanks are named, never printed.
import { describe, expect, it } from "vitest";
import type { Eligibility } from "../../apps-script/core/domain/eligibility";
import type { Scheme } from "../../apps-script/core/domain/schemes";
import { caseLetterData, type CaseLetterSources, DEFAULT_PROCESS_STEPS } from "../../apps-script/core/letters/case-data";
import { LetterDataError } from "../../apps-script/core/letters/errors";
import { type CaseLetterType, LETTER_TYPE_CODES, type LetterTypeCode, SERVICE_LETTER_TYPES } from "../../apps-script/core/letters/letter-types";
import { prepareLetter } from "../../apps-script/core/letters/render";
import { type CellValue, dateCell } from "../../apps-script/core/ports";
import { PERMOHONAN } from "../../apps-script/core/registers/catalog";
import { headersOf } from "../../apps-script/core/registers/schema";
import { RegisterTable } from "../../apps-script/core/registers/table";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { APPLICANT, fakeNip, makeOffice, refusalOf, SCHEME, TUK, UNITS } from "./fixtures";
import { textOf } from "./html-text";

const SCHEME_DEF: Scheme = {
  code: SCHEME.code, name: SCHEME.name, workflowCode: "SERTIFIKASI_PNS", validityYears: 3, standard: "", description: "",
  testSite: TUK.name, active: true, units: UNITS.map((u, i) => ({ number: i + 1, ...u })),
  requirements: [
    { code: "PENDIDIKAN", kind: "Persyaratan Dasar", description: "Pendidikan minimal DIII atau sederajat", rule: "PENDIDIKAN_MIN", value: "D-III" },
    { code: "REKOMENDASI", kind: "Bukti Administratif", description: "Surat rekomendasi pimpinan unit kerja", rule: "DOKUMEN", value: "" },
    { code: "KTP", kind: "Bukti Administratif", description: "Fotokopi KTP", rule: "DOKUMEN", value: "" },
  ],
};

function rows(records: Record<string, CellValue>[]): RegisterTable {
  const headers = headersOf(PERMOHONAN);
  return new RegisterTable(PERMOHONAN, { name: PERMOHONAN.name, headers, rows: records.map((r) => headers.map((h) => r[h] ?? null)) });
}

const caseRow = (overrides: Record<string, CellValue> = {}, i = 0): Record<string, CellValue> => ({
  "ID Permohonan": `PRM-2026-0000${i + 1}`, "Tanggal Permohonan": dateCell("2026-03-02" as LocalDate),
  Nama: i === 0 ? APPLICANT.name : `Peserta ${i}`, NIP: i === 0 ? APPLICANT.nip : fakeNip(i), Instansi: APPLICANT.agency,
  Jabatan: APPLICANT.position, Golongan: "III/b", "Kode Skema": SCHEME.code, "Dokumen Diserahkan": "KTP, FOTO",
  "Jadwal Uji": dateCell("2026-04-14" as LocalDate), "Kode TUK": "TUK-01", "Rekomendasi Asesor": i === 2 ? "BK" : "K",
  "Metode Asesmen": "Asesmen Portofolio dan Pertanyaan Wawancara", ...overrides,
});

const eligibility: Eligibility = {
  unmet: ["Golongan minimal Pengatur Muda Tk.I (II/b) (tertulis II/a)"], missingDocuments: [SCHEME_DEF.requirements[1]!],
  eligible: false, complete: false, method: "Observasi Demonstrasi dan Pertanyaan Lisan",
};

function sources(table: RegisterTable, extra: Partial<CaseLetterSources> = {}): CaseLetterSources {
  return {
    row: table.rows[0]!, scheme: SCHEME_DEF, eligibility, tuk: TUK, cohort: table.rows,
    assessors: [{ name: "Hendra Gunawan, S.E., M.M.", registrationNumber: "MET.000.001234 2021" }],
    serviceDays: 30, now: { date: "2026-04-20" as LocalDate, minuteOfDay: 9 * 60 + 5 }, ...extra,
  };
}

/** The letters of a Permohonan row: every kind but those of the other case registers. */
const CASE_TYPES = LETTER_TYPE_CODES.filter((t): t is CaseLetterType => !(SERVICE_LETTER_TYPES as readonly string[]).includes(t));

const render = (type: LetterTypeCode, s: CaseLetterSources) =>
  prepareLetter(type, caseLetterData(type, s), { ...makeOffice(), caseId: s.row.id });

describe("letter data from the registers", () => {
  const table = rows([caseRow(), caseRow({}, 1), caseRow({}, 2)]);

  it.each(CASE_TYPES)("renders %s from a case row", (type) => {
    expect(() => render(type, sources(table))).not.toThrow();
  });

  it("names pangkat from golongan and documents from the scheme", () => {
    const text = textOf(render("TANDA_TERIMA", sources(table)).html);
    expect(text).toContain("Fotokopi KTP");
    expect(text).toContain("FOTO");
    expect(text).toContain("30 (tiga puluh) hari kerja");
    expect(caseLetterData("PERSETUJUAN", sources(table)).applicant?.rank).toBe("Penata Muda Tk. I (III/b)");
  });

  it("carries the engine's reasons into a refusal and its missing documents into a return", () => {
    expect(caseLetterData("PENOLAKAN", sources(table)).reasons).toEqual(eligibility.unmet);
    expect(caseLetterData("PENGEMBALIAN_BERKAS", sources(table)).missingDocuments).toEqual(["Surat rekomendasi pimpinan unit kerja"]);
    const noted = rows([caseRow({ "Catatan Petugas": "Pasfoto buram; SK pangkat tidak terbaca" })]);
    expect(caseLetterData("PENOLAKAN", sources(noted, { eligibility: null })).reasons).toEqual(["Pasfoto buram", "SK pangkat tidak terbaca"]);
  });

  it("lists the cohort with K/BK in the SK and keeps a BK's unit results out of the statement", () => {
    const sk = caseLetterData("SK_PENETAPAN", sources(table));
    expect(sk.participants?.map((p) => p.result)).toEqual(["K", "K", "BK"]);
    const bk = caseLetterData("SURAT_KETERANGAN", sources(table, { row: table.rows[2]! }));
    expect(bk.units?.every((u) => !("result" in u))).toBe(true);
    expect(textOf(render("SURAT_KETERANGAN", sources(table, { row: table.rows[2]! })).html)).toContain("BELUM KOMPETEN");
  });

  it("refuses a letter when a cell it needs is blank, naming case and field", () => {
    const blank = rows([caseRow({ NIP: null, "Jadwal Uji": null })]);
    expect(() => render("UNDANGAN_UJI", sources(blank))).toThrow(LetterDataError);
    expect(() => render("UNDANGAN_UJI", sources(blank))).toThrow(/PRM-2026-00001 .*asesi › NIP wajib diisi.*jadwal uji › tanggal wajib diisi/);
    const noResult = rows([caseRow(), caseRow({ "Rekomendasi Asesor": null }, 1)]);
    expect(() => render("BERITA_ACARA", sources(noResult))).toThrow(/peserta ke-2 › hasil \(K\/BK\) wajib diisi/);
  });
});

describe("the letters added for steps 1, 5 and 9", () => {
  const table = rows([caseRow(), caseRow({}, 1), caseRow({}, 2)]);

  it("tells the applicant the scheme's requirements, documents and the service's steps", () => {
    const data = caseLetterData("INFORMASI_SERTIFIKASI", sources(table, { appealDays: 14 }));
    expect(data.scheme?.requirements).toEqual(["Pendidikan minimal DIII atau sederajat"]);
    expect(data.scheme?.documents).toEqual(["Surat rekomendasi pimpinan unit kerja", "Fotokopi KTP"]);
    expect(data.steps).toBe(DEFAULT_PROCESS_STEPS);
    expect(data.assessmentMethod).toBe(eligibility.method);
    const text = textOf(render("INFORMASI_SERTIFIKASI", sources(table, { appealDays: 14 })).html);
    expect(text).toContain("Penerimaan permohonan dan pemeriksaan kelengkapan berkas (5 (lima) hari kerja)");
    expect(text).toContain("paling lama 30 (tiga puluh) hari kerja sejak berkas dinyatakan lengkap dan benar");
    expect(text).toContain("paling lama 14 (empat belas) hari kerja sejak tanggal keputusan");
  });

  it("counts the shipped steps to the 30 working days of the service promise (seed 002)", () => {
    expect(DEFAULT_PROCESS_STEPS.reduce((sum, step) => sum + (step.days ?? 0), 0)).toBe(30);
  });

  it("refuses the information letter when the scheme is not found, naming the fields", () => {
    const error = refusalOf(() => render("INFORMASI_SERTIFIKASI", sources(table, { scheme: null })));
    expect(error.message).toContain("skema › nama wajib diisi");
    expect(error.message).toContain("skema › unit kompetensi minimal satu butir");
  });

  it("lists the whole cohort on the attendance list by name, agency and ID, without NIP", () => {
    const data = caseLetterData("DAFTAR_HADIR", sources(table));
    expect(data.participants).toEqual([
      { name: APPLICANT.name, agency: APPLICANT.agency, caseId: "PRM-2026-00001" },
      { name: "Peserta 1", agency: APPLICANT.agency, caseId: "PRM-2026-00002" },
      { name: "Peserta 2", agency: APPLICANT.agency, caseId: "PRM-2026-00003" },
    ]);
    const html = render("DAFTAR_HADIR", sources(table)).html;
    expect(html).not.toContain(APPLICANT.nip.slice(0, 8));
    expect(textOf(html)).toContain("3 (tiga) orang");
  });

  it("hands a competent participant the certificate with its number, the statement and the SK", () => {
    const numbers = { SERTIFIKAT: "SERT/0042/BPSDM/IV/2026", SK_PENETAPAN: "800/57/BPSDM/IV/2026" };
    const officer = { name: "Siti Aminah, A.Md." };
    const data = caseLetterData("TANDA_TERIMA_PENYERAHAN", sources(table, { issuedNumbers: numbers, officer }));
    expect(data.items).toEqual([
      { name: "Sertifikat Kompetensi", number: "SERT/0042/BPSDM/IV/2026" },
      { name: "Surat Keterangan Hasil Uji Kompetensi" },
      { name: "Salinan Keputusan Penetapan Hasil Uji Kompetensi", number: "800/57/BPSDM/IV/2026" },
    ]);
    expect(data).toMatchObject({ handoverDate: "2026-04-20", officer, result: "K" });
  });

  it("hands a participant not yet competent no certificate", () => {
    const data = caseLetterData("TANDA_TERIMA_PENYERAHAN", sources(table, { row: table.rows[2]! }));
    expect(data.items?.map((i) => i.name)).toEqual(["Surat Keterangan Hasil Uji Kompetensi", "Salinan Keputusan Penetapan Hasil Uji Kompetensi"]);
    expect(textOf(render("TANDA_TERIMA_PENYERAHAN", sources(table, { row: table.rows[2]! })).html)).toContain("BELUM KOMPETEN");
  });

  it("writes no handover receipt before the test was held", () => {
    expect(() => caseLetterData("TANDA_TERIMA_PENYERAHAN", sources(table, { now: { date: "2026-04-10" as LocalDate, minuteOfDay: 600 } })))
      .toThrow(/belum dilaksanakan pada 10 April 2026/);
  });

  it("refuses a letter of another case register on a Permohonan row", () => {
    expect(refusalOf(() => caseLetterData("LEMBAR_DISPOSISI", sources(table))).message)
      .toBe("Lembar Disposisi untuk permohonan PRM-2026-00001 tidak dibuat: surat ini untuk surat masuk, bukan untuk permohonan.");
  });
});
