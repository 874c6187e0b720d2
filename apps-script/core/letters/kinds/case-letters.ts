// Letters to one applicant about their application: receipt, return, approval, refusal, invitation.
import * as z from "zod/mini";
import { defineKind } from "../kind";
import { singkatanZona } from "../format";
import { isoDate, list, person, positiveInt, scheme, text } from "../schemas/common";

const applicantTo = (data: { applicant: { name: string; agency: string } }) =>
  `Sdr. ${data.applicant.name} (${data.applicant.agency})`;

const caseBase = { applicant: person(), scheme: scheme(), applicationDate: isoDate() };

export const TANDA_TERIMA = defineKind({
  label: "Tanda Terima Permohonan",
  template: "tanda-terima",
  orientation: "portrait",
  shortCode: "TT",
  schema: z.object({
    ...caseBase,
    receivedDocuments: list(text()),
    /** Working days for the whole service, counted from the complete dossier. */
    serviceDays: positiveInt(),
  }),
  perihal: (d) => `Tanda Terima Permohonan Sertifikasi Kompetensi Skema ${d.scheme.name}`,
  tujuan: applicantTo,
});

export const PENGEMBALIAN_BERKAS = defineKind({
  label: "Surat Pengembalian Berkas",
  template: "pengembalian-berkas",
  orientation: "portrait",
  shortCode: "PB",
  schema: z.object({
    ...caseBase,
    missingDocuments: list(text()),
    /** Working days the applicant has to complete the dossier, when the office sets one. */
    resubmitDays: z.optional(positiveInt()),
  }),
  perihal: (d) => `Pengembalian Berkas Permohonan Sertifikasi Kompetensi Skema ${d.scheme.name}`,
  tujuan: applicantTo,
});

export const PERSETUJUAN = defineKind({
  label: "Surat Persetujuan Permohonan",
  template: "persetujuan",
  orientation: "portrait",
  shortCode: "SP",
  schema: z.object({
    ...caseBase,
    /** From the engine, e.g. "Asesmen portofolio dan wawancara". */
    assessmentMethod: text(),
  }),
  perihal: (d) => `Persetujuan Permohonan Sertifikasi Kompetensi Skema ${d.scheme.name}`,
  tujuan: applicantTo,
});

export const PENOLAKAN = defineKind({
  label: "Surat Penolakan Permohonan",
  template: "penolakan",
  orientation: "portrait",
  shortCode: "SL",
  schema: z.object({
    ...caseBase,
    /** The reasons the engine found (one unmet requirement each). */
    reasons: list(text()),
    /** Working days to lodge an appeal (banding), an office setting. */
    appealDays: z.optional(positiveInt()),
  }),
  perihal: (d) => `Penolakan Permohonan Sertifikasi Kompetensi Skema ${d.scheme.name}`,
  tujuan: applicantTo,
});

export const UNDANGAN_UJI = defineKind({
  label: "Undangan Uji Kompetensi",
  template: "undangan-uji",
  orientation: "portrait",
  shortCode: "UND",
  schema: z.object({
    applicant: person(),
    scheme: scheme(),
    schedule: z.object({
      date: isoDate(),
      /** Start time as "08.00" or "08:00". */
      time: z.string().check(z.trim(), z.regex(/^([01]?\d|2[0-3])[.:][0-5]\d$/, { error: "harus jam seperti 08.00" })),
      tuk: z.object({ name: text(), address: text() }),
    }),
    bring: list(text()),
    /** Test fee per participant, when the applicant's agency pays one (LAN: Rp3.200.000). */
    fee: z.optional(z.object({ amount: z.number().check(z.nonnegative()), payer: z.optional(text()) })),
  }),
  perihal: (d) => `Undangan Uji Kompetensi Skema ${d.scheme.name}`,
  tujuan: applicantTo,
  derive: (d, office) => ({
    startTime: [d.schedule.time.replace(":", "."), singkatanZona(office.timeZone ?? "")].filter(Boolean).join(" "),
  }),
});
