// Letters of the case registers other than Permohonan: the disposition sheet of an incoming
// letter (seed 003), the answer to a complaint (seed 000 item 6), the decision on an appeal
// (seed 001, FR.AK.04). They carry no NIK or NIP of anyone but the signatory.
import * as z from "zod/mini";
import { pukul } from "../format";
import { defineKind } from "../kind";
import { isoDate, list, positiveInt, receivedAt, scheme, text } from "../schemas/common";

const received = (at: { date: string; time?: string | undefined }, timeZone: string | undefined) =>
  at.time ? pukul(at.time, timeZone) : null;

export const LEMBAR_DISPOSISI = defineKind({
  emailed: false,
  label: "Lembar Disposisi",
  template: "lembar-disposisi",
  orientation: "portrait",
  shortCode: "LD",
  caseNoun: "surat masuk",
  schema: () => z.object({
    /** The case ID, as the agenda book numbers incoming letters. */
    agendaNumber: text(),
    received: receivedAt(),
    sender: text(),
    senderLetterNumber: text(),
    senderLetterDate: z.optional(isoDate()),
    subject: text(),
    addressedTo: text(),
    /** Disposisi Kepada, or the section a letter for Lisensi or Asesor Kompetensi goes straight to. */
    forwardTo: text(),
    routedStraight: z.boolean(),
    instruction: z.optional(text()),
    /** The step deadline: the day received ("TS") up to the cut-off hour, else a later working day. */
    dueDate: isoDate(),
  }),
  perihal: (d) => `Disposisi Surat ${d.sender} Nomor ${d.senderLetterNumber} Hal ${d.subject}`,
  tujuan: (d) => d.forwardTo,
  derive: (d, office) => ({ receivedTime: received(d.received, office.timeZone), sameDay: d.dueDate === d.received.date }),
});

/** What each Saluran reads as in a sentence ("… melalui e-mail resmi unit layanan"). */
const CHANNEL_TEXT = {
  Langsung: "kedatangan langsung ke unit layanan",
  "E-mail Resmi": "e-mail resmi unit layanan",
  Helpdesk: "helpdesk/petugas layanan",
  "SP4N-LAPOR!": "SP4N-LAPOR!",
} as const;

export const JAWABAN_PENGADUAN = defineKind({
  emailed: true,
  label: "Surat Jawaban Pengaduan",
  template: "jawaban-pengaduan",
  orientation: "portrait",
  shortCode: "JP",
  caseNoun: "pengaduan",
  schema: () => z.object({
    complaintId: text(),
    complainant: z.object({ name: text(), email: z.optional(text()) }),
    received: receivedAt(),
    channel: z.enum(["Langsung", "E-mail Resmi", "Helpdesk", "SP4N-LAPOR!"]),
    summary: text(),
    followUp: text(),
    relatedCase: z.optional(text()),
    /** The service's promise for a follow-up (seed 000: 3 working days). */
    responseDays: positiveInt(),
    dayUnit: z.enum(["hari kerja", "hari kalender"]),
  }),
  perihal: (d) => `Jawaban atas Pengaduan Nomor ${d.complaintId}`,
  tujuan: (d) => `Sdr. ${d.complainant.name}`,
  derive: (d, office) => ({ receivedTime: received(d.received, office.timeZone), channelText: CHANNEL_TEXT[d.channel] }),
});

const LATE = "Tidak Dapat Diterima";
const needs = (message: string) => ({ code: "custom" as const, message });

export const PUTUSAN_BANDING = defineKind({
  emailed: true,
  label: "Surat Putusan Banding",
  template: "putusan-banding",
  orientation: "portrait",
  shortCode: "PBD",
  caseNoun: "banding",
  schema: () => z.object({
    appealId: text(),
    appellant: z.object({ name: text(), agency: z.optional(text()) }),
    /** The application whose certification decision is appealed. */
    application: z.object({ id: text(), scheme: scheme() }),
    filedDate: isoDate(),
    reason: text(),
    /** Diterima: re-assessment. Ditolak: the decision stands. Tidak Dapat Diterima: filed too late. */
    decision: z.enum(["Diterima", "Ditolak", LATE]),
    panel: z.optional(list(text())),
    deadlineDays: z.optional(positiveInt()),
    staffNote: z.optional(text()),
  }).check(z.superRefine((d, ctx) => {
    // A decision on the merits names its panel; a late appeal names the deadline it missed.
    if ((d.decision === "Diterima" || d.decision === "Ditolak") && !d.panel) {
      ctx.issues.push({ ...needs("wajib diisi bila banding diperiksa panel"), path: ["panel"], input: d.panel });
    }
    if (d.decision === LATE && !d.deadlineDays) {
      ctx.issues.push({ ...needs("wajib diisi (Pengaturan) bila banding lewat batas waktu"), path: ["deadlineDays"], input: d.deadlineDays });
    }
  }, { when: (payload) => typeof payload.value === "object" && payload.value !== null })),
  perihal: (d) => `Putusan atas Banding Nomor ${d.appealId} terhadap Keputusan Sertifikasi Skema ${d.application.scheme.name}`,
  tujuan: (d) => `Sdr. ${d.appellant.name}${d.appellant.agency ? ` (${d.appellant.agency})` : ""}`,
  derive: (d) => ({ accepted: d.decision === "Diterima", refused: d.decision === "Ditolak", late: d.decision === LATE }),
});
