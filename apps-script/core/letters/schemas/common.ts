// Building blocks of letter-data schemas, and zod issues turned into Indonesian for staff.
import * as z from "zod/mini";
import { parseLocalDate } from "../../time/local-date";
import { LISENSI_FIELD_LABELS } from "./lisensi-labels";

/** Non-empty text, trimmed. */
export const text = () => z.string().check(z.trim(), z.minLength(1));

/** An 18-digit NIP (spaces allowed in the input, removed). */
export const nip = () =>
  z.string().check(
    z.overwrite((value) => value.replace(/\s+/g, "")),
    z.regex(/^\d{18}$/, { error: "harus 18 digit angka" }),
  );

/** A calendar date as `YYYY-MM-DD`. */
export const isoDate = () =>
  z.string().check(
    z.trim(),
    z.refine((value) => parseLocalDate(value) !== null, { error: "harus tanggal yang valid (YYYY-MM-DD)" }),
  );

/** A clock time as "08.00" or "08:00". */
export const clockTime = () =>
  z.string().check(z.trim(), z.regex(/^([01]?\d|2[0-3])[.:][0-5]\d$/, { error: "harus jam seperti 08.00" }));

/** When something arrived: the date, and the time when the cell holds one. */
export const receivedAt = () => z.object({ date: isoDate(), time: z.optional(clockTime()) });

/** A non-empty list. */
export const list = <T extends z.core.SomeType>(item: T) => z.array(item).check(z.minLength(1));

export const positiveInt = () => z.int().check(z.positive());

export const result = () => z.enum(["K", "BK"]);

/** A civil servant as letters name them. */
export const person = () =>
  z.object({
    name: text(),
    nip: nip(),
    /** Pangkat and golongan, e.g. "Penata Muda Tk. I (III/b)". */
    rank: z.optional(text()),
    position: z.optional(text()),
    agency: text(),
    unit: z.optional(text()),
  });

export const scheme = () => z.object({ code: text(), name: text() });

export const unit = () => z.object({ code: text(), title: text() });

export const tuk = () => z.object({ name: text(), address: z.optional(text()) });

/** One participant of a test with the overall recommendation. */
export const participant = () =>
  z.object({ name: text(), nip: nip(), agency: text(), result: result() });

/**
 * Indonesian names of data fields, for error messages staff can act on: every key of every
 * letter schema has one (test/letters/schemas/common.test.ts walks the schemas).
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  applicant: "asesi", assessor: "asesor", assessors: "asesor", participants: "peserta",
  name: "nama", nip: "NIP", rank: "pangkat/golongan", position: "jabatan", agency: "instansi",
  unit: "unit kerja", units: "unit kompetensi", scheme: "skema", code: "kode", title: "judul",
  applicationDate: "tanggal permohonan", receivedDocuments: "berkas yang diterima",
  missingDocuments: "berkas yang kurang", serviceDays: "SLA layanan (hari kerja)",
  resubmitDays: "batas melengkapi (hari kerja)", reasons: "alasan", appealDays: "batas banding (hari kerja)",
  assessmentMethod: "metode asesmen", schedule: "jadwal uji", date: "tanggal", time: "pukul",
  tuk: "TUK", address: "alamat", bring: "yang harus dibawa", registrationNumber: "nomor registrasi MET",
  result: "hasil (K/BK)", decisionDate: "tanggal keputusan", validityYears: "masa berlaku (tahun)",
  assessmentDate: "tanggal uji", meeting: "rapat", place: "tempat", considering: "menimbang",
  legalBasis: "mengingat", basis: "dasar", notes: "catatan", fee: "biaya", amount: "jumlah biaya", payer: "pembayar",
  // Case registers other than Permohonan: labels are their column names, so staff find the cell.
  agendaNumber: "nomor agenda", received: "waktu diterima", sender: "pengirim", senderLetterNumber: "nomor surat pengirim",
  senderLetterDate: "tanggal surat", subject: "perihal", addressedTo: "ditujukan kepada", forwardTo: "disposisi kepada",
  routedStraight: "diteruskan langsung ke bagian", instruction: "isi disposisi", dueDate: "batas waktu disposisi (tenggat langkah)",
  complaintId: "ID pengaduan", complainant: "pengadu", email: "e-mail", channel: "saluran", summary: "isi pengaduan",
  followUp: "tindak lanjut", relatedCase: "ID kasus terkait", responseDays: "SLA layanan", dayUnit: "satuan hari",
  appealId: "ID banding", appellant: "pemohon banding", application: "permohonan yang dibanding (ID Permohonan)",
  id: "ID permohonan", filedDate: "tanggal banding", reason: "alasan banding", panel: "anggota panel",
  decision: "putusan panel", deadlineDays: "batas pengajuan banding (hari kerja)", staffNote: "catatan petugas",
  // Process A letters added with them.
  standard: "standar kompetensi", requirements: "persyaratan dasar", documents: "bukti administratif",
  steps: "tahapan proses", days: "lama (hari kerja)", caseId: "ID permohonan", items: "dokumen yang diserahkan",
  number: "nomor", handoverDate: "tanggal penyerahan", officer: "petugas yang menyerahkan",
  // Permohonan Asesor (seed 003, lampiran IV): its column names.
  requestId: "ID permohonan asesor", serviceName: "nama layanan", requester: "pemohon",
  requestLetter: "surat permohonan", approvedParticipants: "peserta disetujui",
  trainers: "master asesor pelatih", examiners: "master asesor penguji", rccDate: "tanggal pelaksanaan",
  selfAssessmentForm: "formulir asesmen mandiri (APL.02)", refusalReason: "alasan penolakan",
  masters: "master asesor pelatih/penguji", role: "peran", approvedCount: "jumlah peserta disetujui",
  // The assessor's certificate (SERTIFIKAT_ASESOR): Peserta RCC's columns.
  participantId: "ID peserta RCC", decreeNumber: "nomor SK", replaces: "nomor sertifikat lama",
  ...LISENSI_FIELD_LABELS,
  // LAN Penilaian Kompetensi (seed 004): the register's column names, or the Pengaturan key.
  request: "surat permohonan (Nomor/Tanggal Surat Permohonan)", purpose: "tujuan penilaian",
  feePerParticipant: "biaya penilaian kompetensi per peserta (Pengaturan)", assessmentOn: "tanggal penilaian",
  method: "metode intake", location: "lokasi", paymentDue: "batas pembayaran",
  bankAccount: "rekening Bendahara Penerima (Pengaturan)", bank: "bank", holder: "nama rekening",
  reportDeadline: "tenggat laporan", spk: "SPK (Nomor SPK, Tanggal SPK Ditandatangani)", techTeam: "tim pendamping dan teknis",
  candidates: "calon asesi (register Peserta Penilaian)", intakeEnd: "tanggal intake selesai",
  participantCount: "jumlah peserta (register Peserta Penilaian)", report: "laporan", deliveredOn: "tanggal laporan diserahkan (Tanggal Laporan Ringkas atau Tanggal Laporan Akhir)",
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "teks", number: "angka", int: "bilangan bulat", array: "daftar", object: "data", boolean: "ya/tidak",
  date: "tanggal", bigint: "angka",
};

/** "participants.2.nip" → "peserta ke-3 › NIP". A key without a label reads as "isian" (never the English key). */
export function fieldLabel(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === "number" ? `ke-${key + 1}` : (FIELD_LABELS[String(key)] ?? "isian")))
    .join(" › ")
    .replace(/ › ke-/g, " ke-");
}

// zod's own messages (locale "en") start like these; ours never do. A check written without an
// Indonesian `error` must not put library English in front of staff.
const LIBRARY_ENGLISH = /^(Invalid|Too (big|small)|Unrecognized|Expected|Required)\b/;

/** The value at an issue's path in the data that was checked (zod does not keep it). */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** One issue in Indonesian, without the field name. `data` is what was checked. */
export function issueMessage(issue: z.core.$ZodIssue, data: unknown): string {
  const value = valueAt(data, issue.path);
  if ((value === undefined || value === null) && issue.code !== "custom") return "wajib diisi";
  switch (issue.code) {
    case "invalid_type":
      return `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "too_small":
      if (issue.origin === "array") return Number(issue.minimum) === 1 ? "minimal satu butir" : `minimal ${issue.minimum} butir`;
      if (issue.origin === "string") return Number(issue.minimum) === 1 ? "wajib diisi" : `minimal ${issue.minimum} karakter`;
      return issue.inclusive ? `minimal ${issue.minimum}` : `harus lebih dari ${issue.minimum}`;
    case "too_big":
      return `maksimal ${issue.maximum}`;
    case "invalid_value":
      return `harus salah satu dari: ${issue.values.map(String).join(", ")}`;
    case "invalid_format":
    case "custom":
      return LIBRARY_ENGLISH.test(issue.message) ? "isinya tidak sesuai format" : issue.message;
    case "unrecognized_keys":
      return "memuat isian yang tidak dikenal";
    default:
      return "tidak valid";
  }
}

/** Dotted path of an issue, e.g. "participants.2.nip": for code (LetterDataError.fields), never for staff. */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join(".");
}
