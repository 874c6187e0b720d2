// Letter data read from the registers renders every letter; blanks are named, never printed.
import { describe, expect, it } from "vitest";
import type { Eligibility } from "../../apps-script/core/domain/eligibility";
import type { Scheme } from "../../apps-script/core/domain/schemes";
import { caseLetterData, type CaseLetterSources } from "../../apps-script/core/letters/case-data";
import { LetterDataError } from "../../apps-script/core/letters/errors";
import { LETTER_TYPE_CODES } from "../../apps-script/core/letters/letter-types";
import { prepareLetter } from "../../apps-script/core/letters/render";
import { type CellValue, dateCell } from "../../apps-script/core/ports";
import { PERMOHONAN } from "../../apps-script/core/registers/catalog";
import { headersOf } from "../../apps-script/core/registers/schema";
import { RegisterTable } from "../../apps-script/core/registers/table";
import type { LocalDate } from "../../apps-script/core/time/local-date";
import { APPLICANT, fakeNip, makeOffice, SCHEME, TUK, UNITS } from "./fixtures";
import { textOf } from "./html-text";

const SCHEME_DEF: Scheme = {
  code: SCHEME.code, name: SCHEME.name, workflowCode: "SERTIFIKASI_PNS", validityYears: 3, standard: "", description: "",
  testSite: TUK.name, active: true, units: UNITS.map((u, i) => ({ number: i + 1, ...u })),
  requirements: [
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
  unmet: ["Golongan minimal Pengatur Muda Tk.I (II/b) (tertulis II/a)"], missingDocuments: [SCHEME_DEF.requirements[0]!],
  eligible: false, complete: false, method: "Observasi Demonstrasi dan Pertanyaan Lisan",
};

function sources(table: RegisterTable, extra: Partial<CaseLetterSources> = {}): CaseLetterSources {
  return {
    row: table.rows[0]!, scheme: SCHEME_DEF, eligibility, tuk: TUK, cohort: table.rows,
    assessors: [{ name: "Hendra Gunawan, S.E., M.M.", registrationNumber: "MET.000.001234 2021" }],
    serviceDays: 30, now: { date: "2026-04-20" as LocalDate, minuteOfDay: 9 * 60 + 5 }, ...extra,
  };
}

const render = (type: (typeof LETTER_TYPE_CODES)[number], s: CaseLetterSources) =>
  prepareLetter(type, caseLetterData(type, s), { ...makeOffice(), caseId: s.row.id });

describe("letter data from the registers", () => {
  const table = rows([caseRow(), caseRow({}, 1), caseRow({}, 2)]);

  it.each(LETTER_TYPE_CODES)("renders %s from a case row", (type) => {
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
