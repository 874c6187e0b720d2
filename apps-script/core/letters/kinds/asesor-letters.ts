// Letters of a request in Permohonan Asesor (seed 003, lampiran IV; lampiran V will reuse them):
// the approval (D5A/D7A), the refusal (D5B/D7B) and the assignment of the Master Asesor
// (D6A/D6B, D8A/D8B). The service's name comes with the data, so one kind serves both flows.
// Participants are named only: no NIK or NIP of anyone but the signatory.
import * as z from "zod/mini";
import { defineKind } from "../kind";
import { isoDate, list, text } from "../schemas/common";

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

export const ASESOR_LETTER_KINDS = { PERSETUJUAN_RCC, PENOLAKAN_RCC, SPT_MASTER_ASESOR } as const;

/** The letter codes above, in order (all are letters of a case register other than Permohonan). */
export const ASESOR_LETTER_TYPES = ["PERSETUJUAN_RCC", "PENOLAKAN_RCC", "SPT_MASTER_ASESOR"] as const satisfies readonly (keyof typeof ASESOR_LETTER_KINDS)[];
