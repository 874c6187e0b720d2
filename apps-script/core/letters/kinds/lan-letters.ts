// Letters of a LAN Penilaian Kompetensi (seed 004, Puslatbang PKASN) to the requesting agency:
// the answer to its request, the cooperation agreement (SPK), the intake notice, the invoice and
// the cover letter of each report. They name no participant's NIP.
import * as z from "zod/mini";
import { defineKind } from "../kind";
import { isoDate, list, positiveInt, text } from "../schemas/common";

/** Pihak Kedua of every SPK, as seed 004 names it. */
export const PIHAK_KEDUA = "Pusat Pelatihan dan Pengembangan dan Pemetaan Kompetensi Aparatur Sipil Negara (Puslatbang PKASN) Lembaga Administrasi Negara";

const agency = () => z.object({ name: text(), address: z.optional(text()), email: z.optional(text()) });
const purpose = () => z.enum(["Seleksi Jabatan", "Pemetaan Jabatan"]);
const spk = () => z.object({ number: text(), date: isoDate() });
const bankAccount = () => z.object({ bank: text(), number: text(), holder: text() });
const method = () => z.enum(["Luring", "Daring"]);
const toAgency = (d: { agency: { name: string } }) => `Pimpinan ${d.agency.name}`;
const lower = (p: string) => p.toLowerCase();

export const JAWABAN_PERMOHONAN_PENILAIAN = defineKind({
  emailed: true,
  label: "Surat Jawaban Permohonan Penilaian Kompetensi",
  template: "jawaban-permohonan-penilaian",
  orientation: "portrait",
  shortCode: "JPK",
  caseNoun: "penilaian kompetensi",
  schema: () => z.object({
    caseId: text(),
    agency: agency(),
    request: z.object({ number: text(), date: isoDate() }),
    purpose: purpose(),
    /** Pengaturan: the fee per participant (seed 004: Rp3.200.000). */
    feePerParticipant: positiveInt(),
  }),
  perihal: (d) => `Jawaban Permohonan Kerja Sama Penilaian Kompetensi dalam rangka ${d.purpose}`,
  tujuan: toAgency,
  derive: (d) => ({ purposeText: lower(d.purpose) }),
});

export const SPK_PENILAIAN = defineKind({
  emailed: true,
  label: "Surat Perjanjian Kerja Sama Penilaian Kompetensi",
  template: "spk-penilaian",
  orientation: "portrait",
  shortCode: "SPK",
  caseNoun: "penilaian kompetensi",
  schema: () => z.object({
    caseId: text(),
    agency: agency(),
    purpose: purpose(),
    assessmentOn: isoDate(),
    method: z.optional(method()),
    location: z.optional(text()),
    feePerParticipant: positiveInt(),
    paymentDue: isoDate(),
    bankAccount: bankAccount(),
    /** Tenggat Laporan (SPK): "sesuai kesepakatan", when the parties agree a date. */
    reportDeadline: z.optional(isoDate()),
  }),
  perihal: (d) => `Perjanjian Kerja Sama Penilaian Kompetensi dalam rangka ${d.purpose} dengan ${d.agency.name}`,
  tujuan: (d) => d.agency.name,
  derive: (d) => ({ pihakKedua: PIHAK_KEDUA, purposeText: lower(d.purpose), seleksi: d.purpose === "Seleksi Jabatan", online: d.method === "Daring" }),
});

export const PEMBERITAHUAN_INTAKE = defineKind({
  emailed: true,
  label: "Surat Pemberitahuan Pelaksanaan Intake",
  template: "pemberitahuan-intake",
  orientation: "portrait",
  shortCode: "PIN",
  caseNoun: "penilaian kompetensi",
  schema: () => z.object({
    caseId: text(),
    agency: agency(),
    spk: spk(),
    method: method(),
    location: text(),
    assessmentOn: isoDate(),
    /** Daring: the agency's team for devices and network, once named. */
    techTeam: z.optional(text()),
    /** The candidates the agency sent so far (Peserta Penilaian), without NIP. */
    candidates: z.optional(list(z.object({ name: text(), position: z.optional(text()) }))),
  }),
  perihal: (d) => `Pemberitahuan Pelaksanaan Intake Penilaian Kompetensi secara ${d.method === "Luring" ? "Luring" : "Daring"}`,
  tujuan: toAgency,
  derive: (d) => ({ online: d.method === "Daring", candidateCount: d.candidates?.length ?? 0 }),
});

export const INVOICE_PENILAIAN = defineKind({
  emailed: true,
  label: "Surat Tagihan (Invoice) Penilaian Kompetensi",
  template: "invoice-penilaian",
  orientation: "portrait",
  shortCode: "INV",
  caseNoun: "penilaian kompetensi",
  schema: () => z.object({
    caseId: text(),
    agency: agency(),
    spk: spk(),
    intakeEnd: isoDate(),
    /** Counted from the Peserta Penilaian rows that name this case. */
    participantCount: positiveInt(),
    feePerParticipant: positiveInt(),
    bankAccount: bankAccount(),
    paymentDue: isoDate(),
  }),
  perihal: (d) => `Tagihan Biaya Penilaian Kompetensi ${d.agency.name} sesuai SPK Nomor ${d.spk.number}`,
  tujuan: toAgency,
  derive: (d) => ({ total: d.participantCount * d.feePerParticipant }),
});

export const REPORTS = ["Laporan Ringkas", "Laporan Lengkap dan Laporan Individual", "Laporan Pemetaan Jabatan"] as const;

export const PENGANTAR_LAPORAN_PENILAIAN = defineKind({
  emailed: true,
  label: "Surat Pengantar Laporan Hasil Penilaian Kompetensi",
  template: "pengantar-laporan-penilaian",
  orientation: "portrait",
  shortCode: "PLP",
  caseNoun: "penilaian kompetensi",
  schema: () => z.object({
    caseId: text(),
    agency: agency(),
    spk: spk(),
    purpose: purpose(),
    report: z.enum(REPORTS),
    intakeEnd: isoDate(),
    deliveredOn: isoDate(),
    participantCount: positiveInt(),
    /** The report's deadline: the seed's count (lan-reports.ts) or the SPK's date. */
    reportDeadline: z.optional(isoDate()),
  }),
  perihal: (d) => `Penyampaian ${d.report} Hasil Penilaian Kompetensi dalam rangka ${d.purpose}`,
  tujuan: toAgency,
  derive: (d) => ({ purposeText: lower(d.purpose), lampiran: `1 (satu) berkas ${d.report}` }),
});

export const LAN_LETTER_KINDS = {
  JAWABAN_PERMOHONAN_PENILAIAN, SPK_PENILAIAN, PEMBERITAHUAN_INTAKE, INVOICE_PENILAIAN, PENGANTAR_LAPORAN_PENILAIAN,
} as const;

/** The letter codes above, in order (all are letters of a case register other than Permohonan). */
export const LAN_LETTER_TYPES = [
  "JAWABAN_PERMOHONAN_PENILAIAN", "SPK_PENILAIAN", "PEMBERITAHUAN_INTAKE", "INVOICE_PENILAIAN", "PENGANTAR_LAPORAN_PENILAIAN",
] as const satisfies readonly (keyof typeof LAN_LETTER_KINDS)[];
