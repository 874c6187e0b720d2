// Letters of a request in Permohonan Asesor (seed 003, lampiran IV; lampiran V will reuse them):
// the approval (D5A/D7A), the refusal (D5B/D7B) and the assignment of the Master Asesor
// (D6A/D6B, D8A/D8B). The service's name comes with the data, so one kind serves both flows.
// Participants are named only: no NIK or NIP of anyone but the signatory.
import * as z from "zod/mini";
import { berlakuSampai, tanggalPanjang, validUntilPlaceholder } from "../format";
import { defineKind } from "../kind";
import { isoDate, list, positiveInt, text } from "../schemas/common";

/** What every letter of a request states about it. */
const request = () => ({
  requestId: text(),
  /** Layanan's name ("RCC Asesor Kompetensi"), as the letter names the service. */
  serviceName: text(),
  requester: text(),
  requestLetter: z.object({ number: text(), date: isoDate() }),
  scheme: text(),
});

type Request = { serviceName: string; requestLetter: { number: string } };
const subjectOf = (what: string, d: Request) => `${what} Permohonan ${d.serviceName} Nomor ${d.requestLetter.number}`;

export const PERSETUJUAN_RCC = defineKind({
  emailed: true,
  label: "Surat Persetujuan Permohonan Asesor",
  template: "persetujuan-rcc",
  orientation: "portrait",
  shortCode: "SPA",
  caseNoun: "permohonan asesor",
  schema: () => z.object({
    ...request(),
    /** Names from Peserta Disetujui (their e-mail addresses are for the accounts, not the letter). */
    approvedParticipants: list(text()),
    trainers: list(text()),
    examiners: list(text()),
    rccDate: isoDate(),
    /** The self-assessment form the account opens (APL.02.RCC for lampiran IV). */
    selfAssessmentForm: text(),
  }),
  perihal: (d) => subjectOf("Persetujuan", d),
  tujuan: (d) => `Pimpinan ${d.requester}`,
});

export const PENOLAKAN_RCC = defineKind({
  emailed: true,
  label: "Surat Tidak Persetujuan Permohonan Asesor",
  template: "penolakan-rcc",
  orientation: "portrait",
  shortCode: "STPA",
  caseNoun: "permohonan asesor",
  schema: () => z.object({ ...request(), refusalReason: text() }),
  perihal: (d) => subjectOf("Tidak Persetujuan", d),
  tujuan: (d) => `Pimpinan ${d.requester}`,
});

export const SPT_MASTER_ASESOR = defineKind({
  emailed: false,
  label: "Surat Perintah Tugas Master Asesor",
  template: "spt-master-asesor",
  orientation: "portrait",
  shortCode: "SPTMA",
  caseNoun: "permohonan asesor",
  schema: () => z.object({
    ...request(),
    /** The MA Pelatih (D6A) and the MA Penguji (D6B), one line each, in one order. */
    masters: list(z.object({ name: text(), role: z.enum(["Pelatih", "Penguji"]) })),
    rccDate: isoDate(),
    approvedCount: z.int().check(z.positive()),
  }),
  perihal: (d) => `Surat Perintah Tugas Master Asesor ${d.serviceName}`,
  tujuan: (d) => d.masters.map((m) => m.name).join("; "),
});

/**
 * Seed 003, lampiran IV, D23–D25: the certificate of a participant found competent (Peserta RCC →
 * Kompeten), numbered by the head after the plenary and the SK. A certificate kind like
 * SERTIFIKAT (certificate-register.ts): the Sertifikat register records it on approval, with the
 * same verification code, QR and back page (partials sertifikat-kode, sertifikat-belakang).
 * Valid from the head's approval for Pengaturan "Masa Berlaku Sertifikat Asesor (tahun)".
 */
export const SERTIFIKAT_ASESOR = defineKind({
  emailed: true,
  label: "Sertifikat Kompetensi Asesor",
  template: "sertifikat-asesor",
  orientation: "landscape",
  shortCode: "SERTA",
  caseNoun: "peserta RCC",
  schema: () => z.object({
    /** The participant case (Peserta RCC) and the RCC request it came from. */
    participantId: text(),
    requestId: text(),
    requester: text(),
    assessor: z.object({ name: text(), registrationNumber: text() }),
    /** The request's Skema ("Asesor Kompetensi"). */
    scheme: text(),
    /** The SK of the plenary (D22), when the request carries it already. */
    decreeNumber: z.optional(text()),
    /** The assessor's old certificate this one renews (Peserta RCC "Nomor Sertifikat Lama"). */
    replaces: z.optional(text()),
    validityYears: z._default(positiveInt(), 3),
  }),
  perihal: (d) => `Sertifikat Kompetensi ${d.scheme}`,
  tujuan: (d) => `Sdr. ${d.assessor.name} (${d.requester})`,
  derive: (d, _office, issuedOn) => ({ validUntil: issuedOn ? tanggalPanjang(berlakuSampai(issuedOn, d.validityYears)) : validUntilPlaceholder(d.validityYears) }),
});

export const ASESOR_LETTER_KINDS = { PERSETUJUAN_RCC, PENOLAKAN_RCC, SPT_MASTER_ASESOR, SERTIFIKAT_ASESOR } as const;

/** The letter codes above, in order (all are letters of a case register other than Permohonan). */
export const ASESOR_LETTER_TYPES = ["PERSETUJUAN_RCC", "PENOLAKAN_RCC", "SPT_MASTER_ASESOR", "SERTIFIKAT_ASESOR"] as const satisfies readonly (keyof typeof ASESOR_LETTER_KINDS)[];
