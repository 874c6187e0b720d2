// Builds a letter's data from the registers: the case row, its scheme, the engine's findings.
// Blank cells become missing fields, so prepareLetter names them instead of printing blanks.
import type { Eligibility } from "../domain/eligibility";
import { GOLONGAN, normalizeGolongan } from "../domain/reference";
import type { Scheme } from "../domain/schemes";
import type { Competence } from "../domain/unit-results";
import { cellDate, cellText } from "../registers/cells";
import type { RegisterRow } from "../registers/table";
import type { OfficeDateTime } from "../time/local-date";
import { LetterDataError } from "./errors";
import { tanggalPanjang } from "./format";
import { type CaseLetterType, LETTER_KINDS, type LetterInput, type LetterTypeCode } from "./letter-types";

export interface TukInfo {
  readonly name: string;
  readonly address: string;
}

export interface AssessorInfo {
  readonly name: string;
  /** No. Registrasi (MET). */
  readonly registrationNumber: string;
}

export interface OfficerInfo {
  readonly name: string;
  readonly nip?: string;
  readonly position?: string;
}

export interface ProcessStep {
  readonly title: string;
  /** Working days the step takes, when it has a promise. */
  readonly days?: number;
}

export interface CaseLetterSources {
  /** The Permohonan row the move was made on. */
  readonly row: RegisterRow;
  readonly scheme: Scheme | null;
  /** The engine's check of the case against the scheme (reasons for a refusal, missing documents). */
  readonly eligibility?: Eligibility | null;
  /** The TUK named by the row's Kode TUK. */
  readonly tuk?: TukInfo | null;
  /** Assessors of the test, the row's own first (from the Asesor register). */
  readonly assessors?: readonly AssessorInfo[];
  /** Permohonan rows tested together (same scheme, Jadwal Uji and TUK); the row alone when absent. */
  readonly cohort?: readonly RegisterRow[];
  /** "SLA Layanan (hari kerja)". */
  readonly serviceDays: number;
  /** When the move is made, in the office's zone: decision and meeting date. */
  readonly now: OfficeDateTime;
  /** Start of the test, "08.00" when not set. */
  readonly startTime?: string;
  readonly appealDays?: number;
  /** The steps of the service as the applicant is told them; DEFAULT_PROCESS_STEPS when absent. */
  readonly processSteps?: readonly ProcessStep[];
  /** Numbers the case's approved letters got (letter book), e.g. the certificate's for its handover. */
  readonly issuedNumbers?: Readonly<Partial<Record<LetterTypeCode, string>>>;
  /** The officer who makes the move (Pengguna), who hands the documents over. */
  readonly officer?: OfficerInfo | null;
  /**
   * The competence verdict of a case (its units from Hasil Asesmen decide when recorded, else
   * Rekomendasi Asesor): what every letter states, for the row and for each cohort member.
   */
  readonly competenceOf?: (row: RegisterRow) => Competence;
}

/** Letters that state the test as held: never dated before the test. */
const STATE_A_HELD_TEST: ReadonlySet<LetterTypeCode> = new Set(["BERITA_ACARA", "SK_PENETAPAN", "SERTIFIKAT", "SURAT_KETERANGAN", "TANDA_TERIMA_PENYERAHAN"]);

/** What to bring to the test when the office lists nothing else. */
export const DEFAULT_BRING = [
  "Kartu identitas (KTP) dan kartu pegawai",
  "Dokumen asli bukti persyaratan dan portofolio yang diunggah",
  "Alat tulis",
];

/** The service's steps and working days: SOP BPSDM Sulawesi Barat 002.00.01/45/2023 (seed 002), 30 in all. */
export const DEFAULT_PROCESS_STEPS: readonly ProcessStep[] = [
  { title: "Penerimaan permohonan dan pemeriksaan kelengkapan berkas", days: 5 },
  { title: "Verifikasi persyaratan administratif dan substantif serta rekap data asesi", days: 10 },
  { title: "Penyusunan rencana sertifikasi, penetapan peserta, penugasan asesor, jadwal, dan Tempat Uji Kompetensi (TUK)", days: 5 },
  { title: "Pelaksanaan uji kompetensi oleh asesor di TUK", days: 3 },
  { title: "Rapat hasil uji kompetensi dan rekap nilai Kompeten/Belum Kompeten per unit", days: 1 },
  { title: "Penetapan hasil uji kompetensi dengan surat keputusan", days: 1 },
  { title: "Penerbitan Sertifikat Kompetensi dan Surat Keterangan Hasil Uji Kompetensi", days: 5 },
  { title: "Penyerahan sertifikat atau surat keterangan oleh petugas kepada peserta" },
];

/** What step 9 hands over: the certificate only to a competent participant, the SK copy and statement to all. */
function handoverItems(competent: boolean, numbers: CaseLetterSources["issuedNumbers"] = {}) {
  const item = (name: string, type: LetterTypeCode) => (numbers[type] ? { name, number: numbers[type] } : { name });
  return [
    ...(competent ? [item("Sertifikat Kompetensi", "SERTIFIKAT")] : []),
    item("Surat Keterangan Hasil Uji Kompetensi", "SURAT_KETERANGAN"),
    item("Salinan Keputusan Penetapan Hasil Uji Kompetensi", "SK_PENETAPAN"),
  ];
}

const opt = (text: string): string | undefined => (text === "" ? undefined : text);
const splitList = (text: string): string[] => text.split(/[;\n]/).map((s) => s.trim()).filter((s) => s !== "");

/** "III/b" → "Penata Muda Tk. I (III/b)"; other text as written. */
function rankOf(golongan: string): string | undefined {
  const code = normalizeGolongan(golongan);
  const entry = GOLONGAN.find((g) => g.code === code);
  return entry ? `${entry.pangkat} (${entry.code})` : opt(golongan);
}

function person(row: RegisterRow) {
  const text = (header: string) => cellText(row.get(header));
  return {
    name: opt(text("Nama")), nip: opt(text("NIP")), rank: rankOf(text("Golongan")), position: opt(text("Jabatan")),
    agency: opt(text("Instansi")), unit: opt(text("Unit Kerja")),
  };
}

function participant(row: RegisterRow, competenceOf: CaseLetterSources["competenceOf"]) {
  const { name, nip, agency } = person(row);
  const verdict = competenceOf ? competenceOf(row).verdict : opt(cellText(row.get("Rekomendasi Asesor")));
  return { name, nip, agency, result: verdict ?? undefined };
}

const clock = (now: OfficeDateTime) =>
  `${String(Math.floor(now.minuteOfDay / 60)).padStart(2, "0")}.${String(now.minuteOfDay % 60).padStart(2, "0")}`;

/**
 * The data `prepareLetter(type, …)` needs, read from the registers. Nothing is invented: a
 * blank cell leaves its field missing and the letter is refused with that field named.
 */
export function caseLetterData<C extends LetterTypeCode>(type: C, s: CaseLetterSources): LetterInput<C> {
  const kind = LETTER_KINDS[type];
  if (kind.caseNoun !== undefined) {
    throw new LetterDataError(type, s.row.id, [], `${kind.label} untuk permohonan ${s.row.id} tidak dibuat: surat ini untuk ${kind.caseNoun}, bukan untuk permohonan.`);
  }
  const { row, scheme, eligibility } = s;
  const text = (header: string) => cellText(row.get(header));
  const schemeRef = { code: opt(text("Kode Skema")), name: scheme?.name };
  const applicant = person(row);
  const base = { applicant, scheme: schemeRef, applicationDate: cellDate(row.get("Tanggal Permohonan")) ?? undefined };
  const testDate = cellDate(row.get("Jadwal Uji")) ?? undefined;
  const tuk = s.tuk ?? undefined;
  const cohort = s.cohort && s.cohort.length > 0 ? s.cohort : [row];
  const units = scheme?.units.map((u) => ({ code: u.code, title: u.title })) ?? [];
  const competence = s.competenceOf?.(row);
  const result = competence ? (competence.verdict ?? undefined) : opt(text("Rekomendasi Asesor"));
  if (STATE_A_HELD_TEST.has(type) && testDate && testDate > s.now.date) {
    throw new LetterDataError(type, row.id, ["assessmentDate"],
      `${LETTER_KINDS[type].label} untuk permohonan ${row.id} tidak dibuat: uji kompetensi dijadwalkan ${tanggalPanjang(testDate)}, belum dilaksanakan pada ${tanggalPanjang(s.now.date)}.`);
  }
  const documentName = new Map(scheme?.requirements.filter((r) => r.rule === "DOKUMEN").map((r) => [r.code.toUpperCase(), r.description]));
  const staffNote = splitList(text("Catatan Petugas"));

  const requirements = (of: "Persyaratan Dasar" | "Bukti Administratif") => {
    const found = scheme?.requirements.filter((r) => r.kind === of).map((r) => r.description) ?? [];
    return found.length > 0 ? found : undefined;
  };

  const data: { [K in CaseLetterType]: () => unknown } = {
    TANDA_TERIMA: () => ({
      ...base,
      receivedDocuments: splitList(text("Dokumen Diserahkan").replace(/,/g, ";")).map((code) => documentName.get(code.toUpperCase()) ?? code),
      serviceDays: s.serviceDays,
    }),
    PENGEMBALIAN_BERKAS: () => ({
      ...base,
      missingDocuments: eligibility?.missingDocuments.length ? eligibility.missingDocuments.map((r) => r.description) : staffNote,
    }),
    PERSETUJUAN: () => ({ ...base, assessmentMethod: eligibility?.method ?? opt(text("Metode Asesmen")) }),
    PENOLAKAN: () => ({
      ...base,
      reasons: eligibility?.unmet.length ? eligibility.unmet : staffNote,
      ...(s.appealDays ? { appealDays: s.appealDays } : {}),
    }),
    SURAT_TUGAS: () => ({
      assessor: s.assessors?.[0],
      scheme: schemeRef,
      schedule: { date: testDate, tuk },
      participants: cohort.map((r) => { const { name, nip, agency } = person(r); return { name, nip, agency }; }),
    }),
    UNDANGAN_UJI: () => ({
      applicant, scheme: schemeRef, schedule: { date: testDate, time: s.startTime ?? "08.00", tuk }, bring: DEFAULT_BRING,
    }),
    SK_PENETAPAN: () => ({
      scheme: schemeRef, assessmentDate: testDate, tuk, participants: cohort.map((r) => participant(r, s.competenceOf)), validityYears: scheme?.validityYears,
    }),
    BERITA_ACARA: () => ({
      scheme: schemeRef,
      meeting: { date: s.now.date, time: clock(s.now), place: tuk?.name },
      assessmentDate: testDate, tuk, assessors: s.assessors ?? [], participants: cohort.map((r) => participant(r, s.competenceOf)),
    }),
    SERTIFIKAT: () => ({
      applicant: { name: applicant.name, nip: applicant.nip, agency: applicant.agency },
      scheme: { ...schemeRef, units }, decisionDate: s.now.date, validityYears: scheme?.validityYears,
    }),
    INFORMASI_SERTIFIKASI: () => ({
      applicant,
      scheme: { ...schemeRef, standard: opt(scheme?.standard ?? ""), units, requirements: requirements("Persyaratan Dasar") ?? [], documents: requirements("Bukti Administratif") },
      validityYears: scheme?.validityYears, steps: s.processSteps ?? DEFAULT_PROCESS_STEPS, serviceDays: s.serviceDays,
      assessmentMethod: eligibility?.method ?? opt(text("Metode Asesmen")),
      ...(s.appealDays ? { appealDays: s.appealDays } : {}),
    }),
    DAFTAR_HADIR: () => ({
      scheme: schemeRef, schedule: { date: testDate, time: s.startTime ?? "08.00", tuk }, assessors: s.assessors ?? [],
      participants: cohort.map((r) => { const { name, agency } = person(r); return { name, agency, caseId: opt(r.id) }; }),
    }),
    TANDA_TERIMA_PENYERAHAN: () => ({
      applicant, scheme: schemeRef, result, items: result ? handoverItems(result === "K", s.issuedNumbers) : undefined, handoverDate: s.now.date,
      ...(s.officer ? { officer: s.officer } : {}),
    }),
    SURAT_KETERANGAN: () => ({
      applicant, scheme: schemeRef, assessmentDate: testDate, tuk, result,
      // Recorded per-unit results first; otherwise only a K overall means K on every unit.
      units: units.map((u) => {
        const unitResult = competence?.units.get(u.code) ?? (result === "K" ? result : undefined);
        return unitResult ? { ...u, result: unitResult } : u;
      }),
    }),
  };
  return data[type as CaseLetterType]() as LetterInput<C>;
}
