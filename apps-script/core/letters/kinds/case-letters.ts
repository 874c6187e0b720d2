// Letters to one applicant about their application: receipt, return, approval, refusal, invitation.
import * as z from "zod/mini";
import { defineKind } from "../kind";
import { pukul } from "../format";
import { clockTime, isoDate, list, person, positiveInt, scheme, text, unit } from "../schemas/common";

const applicantTo = (data: { applicant: { name: string; agency: string } }) =>
  `Sdr. ${data.applicant.name} (${data.applicant.agency})`;

const caseBase = () => ({ applicant: person(), scheme: scheme(), applicationDate: isoDate() });

export const TANDA_TERIMA = defineKind({
  emailed: true,
  label: "Tanda Terima Permohonan",
  template: "tanda-terima",
  orientation: "portrait",
  shortCode: "TT",
  schema: () => z.object({
    ...caseBase(),
    receivedDocuments: list(text()),
    /** Working days for the whole service, counted from the complete dossier. */
    serviceDays: positiveInt(),
  }),
  perihal: (d) => `Tanda Terima Permohonan Sertifikasi Kompetensi Skema ${d.scheme.name}`,
  tujuan: applicantTo,
});

export const PENGEMBALIAN_BERKAS = defineKind({
  emailed: true,
  label: "Surat Pengembalian Berkas",
  template: "pengembalian-berkas",
  orientation: "portrait",
  shortCode: "PB",
  schema: () => z.object({
    ...caseBase(),
    missingDocuments: list(text()),
    /** Working days the applicant has to complete the dossier, when the office sets one. */
    resubmitDays: z.optional(positiveInt()),
  }),
  perihal: (d) => `Pengembalian Berkas Permohonan Sertifikasi Kompetensi Skema ${d.scheme.name}`,
  tujuan: applicantTo,
});

export const PERSETUJUAN = defineKind({
  emailed: true,
  label: "Surat Persetujuan Permohonan",
  template: "persetujuan",
  orientation: "portrait",
  shortCode: "SP",
  schema: () => z.object({
    ...caseBase(),
    /** From the engine, e.g. "Asesmen portofolio dan wawancara". */
    assessmentMethod: text(),
  }),
  perihal: (d) => `Persetujuan Permohonan Sertifikasi Kompetensi Skema ${d.scheme.name}`,
  tujuan: applicantTo,
});

export const PENOLAKAN = defineKind({
  emailed: true,
  label: "Surat Penolakan Permohonan",
  template: "penolakan",
  orientation: "portrait",
  shortCode: "SL",
  schema: () => z.object({
    ...caseBase(),
    /** The reasons the engine found (one unmet requirement each). */
    reasons: list(text()),
    /** Working days to lodge an appeal (banding), an office setting. */
    appealDays: z.optional(positiveInt()),
  }),
  perihal: (d) => `Penolakan Permohonan Sertifikasi Kompetensi Skema ${d.scheme.name}`,
  tujuan: applicantTo,
});

export const UNDANGAN_UJI = defineKind({
  emailed: true,
  label: "Undangan Uji Kompetensi",
  template: "undangan-uji",
  orientation: "portrait",
  shortCode: "UND",
  schema: () => z.object({
    applicant: person(),
    scheme: scheme(),
    schedule: z.object({
      date: isoDate(),
      /** Start time as "08.00" or "08:00". */
      time: clockTime(),
      tuk: z.object({ name: text(), address: text() }),
    }),
    bring: list(text()),
    /** Test fee per participant, when the applicant's agency pays one (LAN: Rp3.200.000). */
    fee: z.optional(z.object({ amount: z.number().check(z.nonnegative()), payer: z.optional(text()) })),
  }),
  perihal: (d) => `Undangan Uji Kompetensi Skema ${d.scheme.name}`,
  tujuan: applicantTo,
  derive: (d, office) => ({ startTime: pukul(d.schedule.time, office.timeZone) }),
});

/** Seed 002 step 1: the scheme and the process explained to the applicant before verification. */
export const INFORMASI_SERTIFIKASI = defineKind({
  emailed: true,
  label: "Surat Informasi Proses dan Skema Sertifikasi",
  template: "informasi-sertifikasi",
  orientation: "portrait",
  shortCode: "INF",
  schema: () => z.object({
    applicant: person(),
    scheme: z.object({
      code: text(),
      name: text(),
      /** The SKKNI or other standard the units come from. */
      standard: z.optional(text()),
      units: list(unit()),
      /** Persyaratan Dasar as the scheme words them. */
      requirements: list(text()),
      /** Bukti Administratif (KTP, CV, pasfoto). */
      documents: z.optional(list(text())),
    }),
    validityYears: z._default(positiveInt(), 3),
    /** The steps of the service, with their working days when the step has a promise. */
    steps: list(z.object({ title: text(), days: z.optional(positiveInt()) })),
    serviceDays: positiveInt(),
    /** The method suggested for this applicant (experienced or not). */
    assessmentMethod: text(),
    appealDays: z.optional(positiveInt()),
  }),
  perihal: (d) => `Informasi Proses dan Skema Sertifikasi Kompetensi ${d.scheme.name}`,
  tujuan: applicantTo,
});
