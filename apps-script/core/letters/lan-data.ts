// Data of the LAN Penilaian Kompetensi letters (seed 004), read from the case row by header, its
// participants (Peserta Penilaian rows naming the case) and Pengaturan. A blank cell leaves its
// field missing, so the letter is refused with it named; no participant's NIP is read.
import { reportDeadlines, type ReportPurpose } from "../domain/lan-reports";
import { cellDate, cellText } from "../registers/cells";
import { normalizeHeader } from "../registers/table";
import { redactPersonalNumbers } from "../text/sanitize";
import type { LocalDate } from "../time/local-date";
import { REPORTS, type LAN_LETTER_TYPES } from "./kinds/lan-letters";
import { opt } from "./row-reader";
import type { ServiceLetterInput } from "./service-data";

type LanLetterType = (typeof LAN_LETTER_TYPES)[number];

/** The participant register whose rows name an assessment (seed services-lan.ts). */
export const PARTICIPANTS = "Peserta Penilaian";

const PURPOSES: readonly ReportPurpose[] = ["Seleksi Jabatan", "Pemetaan Jabatan"];

/** Which report a cover letter goes with: the final one once its date is in, else the short one (seleksi). */
export function reportOf(purpose: ReportPurpose | undefined, finalOn: LocalDate | null, shortOn: LocalDate | null):
  { report: (typeof REPORTS)[number]; on: LocalDate } | null {
  if (purpose === "Pemetaan Jabatan") return finalOn ? { report: REPORTS[2], on: finalOn } : null;
  if (finalOn) return { report: REPORTS[1], on: finalOn };
  return shortOn ? { report: REPORTS[0], on: shortOn } : null;
}

/** The data builders of these letters, by type: each reads the case row by header. */
export function lanLetterData(input: ServiceLetterInput): { [K in LanLetterType]: () => unknown } {
  const { row, caseId, settings } = input;
  const text = (header: string) => opt(redactPersonalNumbers(cellText(row.get(header))));
  const date = (header: string) => cellDate(row.get(header)) ?? undefined;
  const typed = text("Tujuan Penilaian");
  // A loosely typed choice ("seleksi jabatan") reads as the option; anything else is named as invalid.
  const purpose = PURPOSES.find((p) => normalizeHeader(p) === normalizeHeader(typed ?? "")) ?? typed;
  const agency = { name: text("Instansi Pemohon"), address: text("Alamat Instansi"), email: text("Email Instansi") };
  const spk = { number: text("Nomor SPK"), date: date("Tanggal SPK Ditandatangani") };
  const method = text("Metode Intake");
  const fee = settings.lanFeePerParticipant;
  const bankAccount = settings.lanBankAccount ?? undefined;
  const participants = () => input.dependents(PARTICIPANTS);
  const count = () => participants().length || undefined;

  return {
    JAWABAN_PERMOHONAN_PENILAIAN: () => ({
      caseId, agency, purpose, feePerParticipant: fee,
      request: { number: text("Nomor Surat Permohonan"), date: date("Tanggal Surat Permohonan") },
    }),
    SPK_PENILAIAN: () => ({
      caseId, agency, purpose, assessmentOn: date("Tanggal Penilaian"), method, location: text("Lokasi"),
      feePerParticipant: fee, paymentDue: date("Batas Pembayaran"), bankAccount, reportDeadline: date("Tenggat Laporan (SPK)"),
    }),
    PEMBERITAHUAN_INTAKE: () => {
      const candidates = participants().map((p) => ({ name: opt(cellText(p.get("Nama Peserta"))), position: opt(cellText(p.get("Jabatan"))) }));
      return {
        caseId, agency, spk, method, location: text("Lokasi"), assessmentOn: date("Tanggal Penilaian"),
        techTeam: text("Tim Pendamping dan Teknis"), candidates: candidates.length > 0 ? candidates : undefined,
      };
    },
    INVOICE_PENILAIAN: () => ({
      caseId, agency, spk, intakeEnd: date("Tanggal Intake Selesai"), participantCount: count(),
      feePerParticipant: fee, bankAccount, paymentDue: date("Batas Pembayaran"),
    }),
    PENGANTAR_LAPORAN_PENILAIAN: () => {
      const known = PURPOSES.find((p) => p === purpose);
      const shortOn = date("Tanggal Laporan Ringkas") ?? null;
      const delivered = reportOf(known, date("Tanggal Laporan Akhir") ?? null, shortOn);
      const intakeEnd = date("Tanggal Intake Selesai");
      const participantCount = count();
      const spkDeadline = date("Tenggat Laporan (SPK)") ?? null;
      // The deadline the report was due by: the seed's count on the office's side of the threshold, else the SPK's.
      const deadlines = known && intakeEnd && participantCount
        ? reportDeadlines({ purpose: known, participants: participantCount, intakeEnd, shortReportOn: shortOn, spkDeadline }, settings.lanReportRule, input.workDays)
        : null;
      const reportDeadline = !deadlines || !delivered ? undefined
        : deadlines.basis === "seed" && delivered.report === REPORTS[0] ? deadlines.short : deadlines.full;
      return {
        caseId, agency, spk, purpose, report: delivered?.report, deliveredOn: delivered?.on, intakeEnd, participantCount,
        reportDeadline: reportDeadline ?? undefined,
      };
    },
  };
}
