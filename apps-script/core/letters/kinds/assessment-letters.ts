// Letters around the test itself: assignment, attendance, decision, berita acara, certificate,
// statement, and the receipt when the documents are handed over.
import * as z from "zod/mini";
import { berlakuSampai, pukul, tanggalPanjang, validUntilPlaceholder } from "../format";
import { defineKind } from "../kind";
import { angkaTerbilang } from "../words";
import { clockTime, isoDate, list, nip, participant, person, positiveInt, result, scheme, text, tuk, unit } from "../schemas/common";

const countResults = (participants: readonly { result: "K" | "BK" }[]) => ({
  competentCount: participants.filter((p) => p.result === "K").length,
  notYetCount: participants.filter((p) => p.result === "BK").length,
});

export const SURAT_TUGAS = defineKind({
  emailed: false,
  label: "Surat Tugas Asesor",
  template: "surat-tugas",
  orientation: "portrait",
  shortCode: "ST",
  schema: () => z.object({
    assessor: z.object({
      name: text(),
      /** BNSP "MET" registration number. */
      registrationNumber: text(),
      nip: z.optional(nip()),
      rank: z.optional(text()),
      position: z.optional(text()),
    }),
    scheme: scheme(),
    schedule: z.object({ date: isoDate(), tuk: z.object({ name: text(), address: text() }) }),
    participants: list(z.object({ name: text(), nip: nip(), agency: text() })),
    /** "Dasar" items; the letter names the scheme's test when absent. */
    basis: z.optional(list(text())),
  }),
  perihal: (d) => `Surat Tugas Asesor Uji Kompetensi Skema ${d.scheme.name}`,
  tujuan: (d) => `${d.assessor.name} (Asesor ${d.assessor.registrationNumber})`,
});

const decisionTitle = (schemeName: string) => `Penetapan Hasil Uji Kompetensi Skema Sertifikasi ${schemeName}`;

export const SK_PENETAPAN = defineKind({
  emailed: false,
  label: "Keputusan Penetapan Hasil Uji Kompetensi",
  template: "sk-penetapan",
  orientation: "portrait",
  shortCode: "SK",
  schema: () => z.object({
    scheme: scheme(),
    assessmentDate: isoDate(),
    tuk: tuk(),
    participants: list(participant()),
    validityYears: z._default(positiveInt(), 3),
    /** Menimbang items; a default grounded in the test is written when absent. */
    considering: z.optional(list(text())),
    /** Mengingat items (laws and regulations); national defaults when absent. */
    legalBasis: z.optional(list(text())),
  }),
  perihal: (d) => decisionTitle(d.scheme.name),
  tujuan: (d) => `Peserta Uji Kompetensi Skema ${d.scheme.name}`,
  derive: (d, office) => {
    const { competentCount, notYetCount } = countResults(d.participants);
    const title = decisionTitle(d.scheme.name);
    const considering = d.considering ?? [
      `bahwa telah dilaksanakan uji kompetensi Skema Sertifikasi ${d.scheme.name} pada tanggal ${tanggalPanjang(d.assessmentDate)} di ${d.tuk.name};`,
      "bahwa berdasarkan rapat hasil uji kompetensi perlu menetapkan peserta yang dinyatakan Kompeten dan Belum Kompeten;",
      `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan ${office.signatory.position} tentang ${title};`,
    ];
    const decisions = [
      `Menetapkan hasil uji kompetensi Skema Sertifikasi ${d.scheme.name} yang dilaksanakan pada tanggal ${tanggalPanjang(d.assessmentDate)} di ${d.tuk.name} sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.`,
      `Peserta yang dinyatakan Kompeten (K) diberikan Sertifikat Kompetensi yang berlaku selama ${angkaTerbilang(d.validityYears)} tahun sejak tanggal ditetapkan.`,
      ...(notYetCount > 0
        ? ["Peserta yang dinyatakan Belum Kompeten (BK) dapat mengikuti asesmen ulang pada unit kompetensi yang belum kompeten dan berhak mengajukan banding sesuai ketentuan."]
        : []),
      "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
    ];
    return { title, considering, legalBasis: d.legalBasis ?? DEFAULT_LEGAL_BASIS, decisions, competentCount, notYetCount };
  },
});

/** Mengingat defaults: the laws every office cites for ASN competency certification. */
export const DEFAULT_LEGAL_BASIS: readonly string[] = [
  "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara;",
  "Peraturan Pemerintah Nomor 10 Tahun 2018 tentang Badan Nasional Sertifikasi Profesi;",
  "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020 tentang Perubahan atas Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil;",
];

export const BERITA_ACARA = defineKind({
  emailed: false,
  label: "Berita Acara Rapat Hasil Uji Kompetensi",
  template: "berita-acara",
  orientation: "portrait",
  shortCode: "BA",
  schema: () => z.object({
    scheme: scheme(),
    meeting: z.object({ date: isoDate(), time: text(), place: text() }),
    assessmentDate: isoDate(),
    tuk: tuk(),
    assessors: list(z.object({ name: text(), registrationNumber: text() })),
    participants: list(participant()),
    notes: z.optional(text()),
  }),
  perihal: (d) => `Berita Acara Rapat Hasil Uji Kompetensi Skema ${d.scheme.name}`,
  tujuan: () => "Arsip",
  derive: (d) => countResults(d.participants),
});

export const SERTIFIKAT = defineKind({
  emailed: true,
  label: "Sertifikat Kompetensi",
  template: "sertifikat",
  orientation: "landscape",
  shortCode: "SERT",
  schema: () => z.object({
    applicant: z.object({ name: text(), nip: nip(), agency: text() }),
    scheme: z.object({ code: text(), name: text(), units: list(unit()) }),
    /** The day the decision to issue was taken (the move); the certificate's own date is its approval. */
    decisionDate: isoDate(),
    validityYears: z._default(positiveInt(), 3),
  }),
  perihal: (d) => `Sertifikat Kompetensi Skema ${d.scheme.name}`,
  tujuan: (d) => `Sdr. ${d.applicant.name} (${d.applicant.agency})`,
  // Valid from the issue date the head approves, as the Sertifikat register records it (issue 12).
  derive: (d, _office, issuedOn) => ({ validUntil: issuedOn ? tanggalPanjang(berlakuSampai(issuedOn, d.validityYears)) : validUntilPlaceholder(d.validityYears) }),
});

export const SURAT_KETERANGAN = defineKind({
  emailed: true,
  label: "Surat Keterangan Hasil Uji Kompetensi",
  template: "surat-keterangan",
  orientation: "portrait",
  shortCode: "SKET",
  schema: () => z.object({
    applicant: person(),
    scheme: scheme(),
    assessmentDate: isoDate(),
    tuk: tuk(),
    result: result(),
    /** Per-unit results when known (all K for a competent participant; a BK's are in FR.AK.02). */
    units: list(z.object({ code: text(), title: text(), result: z.optional(result()) })),
  }),
  perihal: (d) => `Surat Keterangan Hasil Uji Kompetensi Skema ${d.scheme.name}`,
  tujuan: (d) => `Sdr. ${d.applicant.name} (${d.applicant.agency})`,
  derive: (d) => ({ competent: d.result === "K" }),
});

/** Seed 002 step 5: the cohort's attendance list, signed on the test day. */
export const DAFTAR_HADIR = defineKind({
  emailed: false,
  label: "Daftar Hadir Uji Kompetensi",
  template: "daftar-hadir",
  orientation: "portrait",
  shortCode: "DH",
  schema: () => z.object({
    scheme: scheme(),
    schedule: z.object({ date: isoDate(), time: clockTime(), tuk: tuk() }),
    assessors: list(z.object({ name: text(), registrationNumber: text() })),
    /** Everyone tested together; the ID is the application's, no NIP on a sheet passed round. */
    participants: list(z.object({ name: text(), agency: text(), caseId: text() })),
  }),
  perihal: (d) => `Daftar Hadir Uji Kompetensi Skema ${d.scheme.name}`,
  tujuan: () => "Arsip",
  derive: (d, office) => ({ startTime: pukul(d.schedule.time, office.timeZone) }),
});

const handedOver = (competent: boolean) => (competent ? "Sertifikat Kompetensi" : "Surat Keterangan Hasil Uji Kompetensi");

/** Seed 002 step 9: the officer hands the certificate or the statement of results to the participant. */
export const TANDA_TERIMA_PENYERAHAN = defineKind({
  emailed: true,
  label: "Tanda Terima Penyerahan Dokumen Sertifikasi",
  template: "tanda-terima-penyerahan",
  orientation: "portrait",
  shortCode: "TTP",
  schema: () => z.object({
    applicant: person(),
    scheme: scheme(),
    result: result(),
    /** What is handed over, with the number each document got when approved. */
    items: list(z.object({ name: text(), number: z.optional(text()) })),
    handoverDate: isoDate(),
    /** The officer handing over; when unknown the name is written by hand on the printed receipt. */
    officer: z.optional(z.object({ name: text(), nip: z.optional(nip()), position: z.optional(text()) })),
  }),
  perihal: (d) => `Tanda Terima Penyerahan ${handedOver(d.result === "K")} Skema ${d.scheme.name}`,
  tujuan: (d) => `Sdr. ${d.applicant.name} (${d.applicant.agency})`,
  derive: (d) => ({ competent: d.result === "K", officerTitle: d.officer?.position ?? null }),
});
