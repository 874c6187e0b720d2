// Letters of Lisensi LSP (seed 003, lampiran VI): invitation to the appreciation (D4), notice and
// assignment of the full assessment (D12/D13), SK and certificate of the licence (D23b/c), the
// refusal (D23a), notice and assignment of the witnessed test (D29). The case is an institution:
// no NIK or NIP is printed but the signatory's.
import * as z from "zod/mini";
import { pukul, tanggalPanjang } from "../format";
import { defineKind } from "../kind";
import { clockTime, isoDate, list, text } from "../schemas/common";

/** The candidate LSP as the letters address it. */
const lsp = () => z.object({ name: text(), address: text() });

/** The LKS rule (D15): closed more than this many calendar days after the full assessment goes to the plenary's discretion. */
export const LKS_CLOSING_DAYS = 15;

/** Either assignment letter: the team, where and when, and the LSP told of it (one template). */
const assignment = () => z.object({
  lsp: lsp(),
  schemes: list(text()),
  /** The team's lead first; the seed names no registration number for licence assessors. */
  team: list(text()),
  start: isoDate(),
  end: z.optional(isoDate()),
  place: text(),
});

const range = (d: { start: string; end?: string | undefined }) =>
  d.end && d.end !== d.start ? `${tanggalPanjang(d.start)} s.d. ${tanggalPanjang(d.end)}` : tanggalPanjang(d.start);

const schemeText = (schemes: readonly string[]) => schemes.join("; ");

const teamView = (d: { start: string; end?: string | undefined; team: readonly string[]; schemes: readonly string[] }) =>
  ({ dates: range(d), withLead: d.team.length > 1, schemeText: schemeText(d.schemes) });

export const UNDANGAN_LISENSI = defineKind({
  emailed: true,
  label: "Surat Undangan Apresiasi Lisensi",
  template: "undangan-lisensi",
  orientation: "portrait",
  shortCode: "UAL",
  caseNoun: "lisensi LSP",
  schema: () => z.object({
    lsp: lsp(),
    submittedDate: isoDate(),
    schemes: list(text()),
    appreciationDate: isoDate(),
    appreciationTime: z.optional(clockTime()),
    appreciationPlace: text(),
  }),
  perihal: (d) => `Undangan Apresiasi Lisensi ${d.lsp.name}`,
  tujuan: (d) => `Ketua ${d.lsp.name}`,
  derive: (d, office) => ({ time: d.appreciationTime ? pukul(d.appreciationTime, office.timeZone) : null }),
});

export const SURAT_TUGAS_ASESMEN_LISENSI = defineKind({
  emailed: false,
  label: "Surat Pemberitahuan dan Tugas Asesmen Penuh Lisensi",
  template: "tugas-lisensi",
  orientation: "portrait",
  shortCode: "STAL",
  caseNoun: "lisensi LSP",
  schema: assignment,
  perihal: (d) => `Pemberitahuan Pelaksanaan Asesmen Penuh dan Tugas Tim Asesor Lisensi ${d.lsp.name}`,
  tujuan: (d) => `Tim Asesor Lisensi (${d.team[0]}) dan Ketua ${d.lsp.name}`,
  derive: (d) => ({
    ...teamView(d), role: "Tim Asesor Lisensi",
    task: `melaksanakan asesmen penuh (asesmen lisensi awal) terhadap calon ${d.lsp.name}`,
    report: "menyusun Laporan Ketidaksesuaian (LKS) hasil asesmen penuh dan menyampaikannya bersama daftar hadir",
  }),
});

export const SURAT_TUGAS_PENYAKSIAN = defineKind({
  emailed: false,
  label: "Surat Pemberitahuan Uji Kompetensi dan Tugas Penyaksian",
  template: "tugas-lisensi",
  orientation: "portrait",
  shortCode: "STPU",
  caseNoun: "lisensi LSP",
  schema: assignment,
  perihal: (d) => `Pemberitahuan Pelaksanaan Uji Kompetensi dan Tugas Penyaksian Uji ${d.lsp.name}`,
  tujuan: (d) => `Penyaksi Uji (${d.team[0]}) dan Ketua ${d.lsp.name}`,
  derive: (d) => ({
    ...teamView(d), role: "Penyaksi Uji Kompetensi",
    task: `menyaksikan pelaksanaan uji kompetensi oleh ${d.lsp.name}`,
    report: "menyusun LKS hasil penyaksian uji dan menyampaikannya bersama daftar hadir",
  }),
});

/** The licence as the plenary recommended it: the SK and the certificate state the same facts. */
const licenceShape = () => ({ lsp: lsp(), schemes: list(text()), plenaryDate: isoDate(), licenceNumber: text(), validUntil: isoDate() });

const licenceTitle = (name: string) => `Pemberian Lisensi kepada ${name}`;

/** Mengingat of the SK: the government regulation on BNSP and the decree the workflow follows (seed 003). */
export const LICENCE_LEGAL_BASIS: readonly string[] = [
  "Peraturan Pemerintah Nomor 10 Tahun 2018 tentang Badan Nasional Sertifikasi Profesi;",
  "Keputusan Ketua Badan Nasional Sertifikasi Profesi Nomor KEP.1516/BNSP UM.00.00/VII/2021 tentang Alur Proses Pelayanan di Lingkungan Badan Nasional Sertifikasi Profesi.",
];

export const SK_LISENSI = defineKind({
  emailed: true,
  label: "Keputusan Pemberian Lisensi LSP",
  template: "sk-lisensi",
  orientation: "portrait",
  shortCode: "SKL",
  caseNoun: "lisensi LSP",
  schema: () => z.object(licenceShape()),
  perihal: (d) => licenceTitle(d.lsp.name),
  tujuan: (d) => `Ketua ${d.lsp.name}`,
  derive: (d, office) => ({
    title: licenceTitle(d.lsp.name),
    considering: [
      `bahwa ${d.lsp.name} telah menjalani asesmen lisensi dan rapat pleno pada tanggal ${tanggalPanjang(d.plenaryDate)} merekomendasikan pemberian lisensi;`,
      `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan ${office.signatory.position} tentang ${licenceTitle(d.lsp.name)};`,
    ],
    legalBasis: LICENCE_LEGAL_BASIS,
    decisions: [
      `Memberikan lisensi kepada ${d.lsp.name}, beralamat di ${d.lsp.address}, untuk melaksanakan sertifikasi kompetensi pada skema sertifikasi sebagaimana tercantum di bawah ini.`,
      `Lisensi sebagaimana dimaksud dalam diktum KESATU dinyatakan dengan Sertifikat Lisensi Nomor ${d.licenceNumber} yang berlaku sampai dengan tanggal ${tanggalPanjang(d.validUntil)}.`,
      "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
    ],
  }),
});

export const SERTIFIKAT_LISENSI = defineKind({
  emailed: true,
  label: "Sertifikat Lisensi LSP",
  template: "sertifikat-lisensi",
  orientation: "landscape",
  shortCode: "SRL",
  caseNoun: "lisensi LSP",
  schema: () => z.object({ ...licenceShape(), decree: z.object({ number: text(), date: isoDate() }) }),
  perihal: (d) => `Sertifikat Lisensi ${d.lsp.name}`,
  tujuan: (d) => `Ketua ${d.lsp.name}`,
});

export const PENOLAKAN_LISENSI = defineKind({
  emailed: true,
  label: "Surat Pemberitahuan Penolakan Lisensi",
  template: "penolakan-lisensi",
  orientation: "portrait",
  shortCode: "PLL",
  caseNoun: "lisensi LSP",
  schema: () => z.object({
    lsp: lsp(),
    submittedDate: isoDate(),
    schemes: list(text()),
    reasons: list(text()),
    plenaryDate: z.optional(isoDate()),
    /** Calendar days from the full assessment to the LKS closed (D15), when both are known. */
    lksDays: z.optional(z.int().check(z.nonnegative())),
  }),
  perihal: (d) => `Pemberitahuan Penolakan Lisensi ${d.lsp.name}`,
  tujuan: (d) => `Ketua ${d.lsp.name}`,
  derive: (d) => ({ lksLate: (d.lksDays ?? 0) > LKS_CLOSING_DAYS, lksLimit: LKS_CLOSING_DAYS, schemeText: schemeText(d.schemes) }),
});

export const LISENSI_LETTER_KINDS = {
  UNDANGAN_LISENSI,
  SURAT_TUGAS_ASESMEN_LISENSI,
  SK_LISENSI,
  SERTIFIKAT_LISENSI,
  PENOLAKAN_LISENSI,
  SURAT_TUGAS_PENYAKSIAN,
} as const;

/** The letter codes above, in order (all are letters of a case register other than Permohonan). */
export const LISENSI_LETTER_TYPES = [
  "UNDANGAN_LISENSI", "SURAT_TUGAS_ASESMEN_LISENSI", "SK_LISENSI", "SERTIFIKAT_LISENSI", "PENOLAKAN_LISENSI", "SURAT_TUGAS_PENYAKSIAN",
] as const satisfies readonly (keyof typeof LISENSI_LETTER_KINDS)[];
