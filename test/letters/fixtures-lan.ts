// A fictional LAN Penilaian Kompetensi (seed 004) for letter tests: the agency, its SPK, the fee
// and the Bendahara Penerima account (examples), and what each letter must say.
import type { LetterRequirement } from "./requirement";
import type { LetterInput } from "../../apps-script/core/letters/letter-types";
import type { LAN_LETTER_TYPES } from "../../apps-script/core/letters/kinds/lan-letters";

type Types = (typeof LAN_LETTER_TYPES)[number];

export const LAN_AGENCY = { name: "Pemerintah Kabupaten Contoh", address: "Jalan Merdeka Nomor 1, Kabupaten Contoh", email: "bkpsdm@contoh.go.id" };
export const LAN_ACCOUNT = { bank: "Bank Contoh (contoh fiktif)", number: "000-00-0000000-0", holder: "Bendahara Penerimaan Contoh (contoh fiktif)" };
const SPK = { number: "SPK-17/PKASN/XI/2026", date: "2026-11-02" };
const CASE = "PK-2026-00004";

/** A realistic data set for each of these letter types. */
export function lanSampleData(): { [K in Types]: LetterInput<K> } {
  return {
    JAWABAN_PERMOHONAN_PENILAIAN: {
      caseId: CASE, agency: LAN_AGENCY, request: { number: "800/123/BKPSDM/X/2026", date: "2026-10-01" }, purpose: "Seleksi Jabatan",
      feePerParticipant: 3_200_000,
    },
    SPK_PENILAIAN: {
      caseId: CASE, agency: LAN_AGENCY, purpose: "Seleksi Jabatan", assessmentOn: "2026-11-10", method: "Luring",
      location: "Aula BKPSDM Kabupaten Contoh", feePerParticipant: 3_200_000, paymentDue: "2026-12-10", bankAccount: LAN_ACCOUNT,
    },
    PEMBERITAHUAN_INTAKE: {
      caseId: CASE, agency: LAN_AGENCY, spk: SPK, method: "Daring", location: "Laboratorium Komputer BKPSDM Kabupaten Contoh",
      assessmentOn: "2026-11-10", techTeam: "Tim TI BKPSDM, Andi Saputra, 0812-0000-0001",
      candidates: [
        { name: "Dewi Lestari, S.E.", position: "Kepala Bidang Mutasi" }, { name: "Fajar Pratama, S.Kom.", position: "Kepala Seksi Data" },
        { name: "Indah Sari, S.H.", position: "Analis Hukum" },
      ],
    },
    INVOICE_PENILAIAN: {
      caseId: CASE, agency: LAN_AGENCY, spk: SPK, intakeEnd: "2026-11-12", participantCount: 12, feePerParticipant: 3_200_000,
      bankAccount: LAN_ACCOUNT, paymentDue: "2026-12-10",
    },
    PENGANTAR_LAPORAN_PENILAIAN: {
      caseId: CASE, agency: LAN_AGENCY, spk: SPK, purpose: "Seleksi Jabatan", report: "Laporan Ringkas", intakeEnd: "2026-11-12",
      deliveredOn: "2026-11-23", participantCount: 12, reportDeadline: "2026-11-26",
    },
  };
}

const ADDRESSEE = ["Yth. Pimpinan Pemerintah Kabupaten Contoh", "Jalan Merdeka Nomor 1, Kabupaten Contoh", "di tempat"];

/** What each of these letters must say when rendered (render.test.ts), from the data above. */
export const LAN_REQUIRED: { [K in Types]: LetterRequirement } = {
  JAWABAN_PERMOHONAN_PENILAIAN: {
    addressee: ADDRESSEE,
    facts: ["800/123/BKPSDM/X/2026", "1 Oktober 2026", "seleksi jabatan", CASE, "Kepala Balai Layanan Pemetaan Kompetensi",
      "paling lambat 5 (lima) hari sebelum", "Rp3.200.000,00 (tiga juta dua ratus ribu rupiah) per peserta"],
    perihal: /^Jawaban Permohonan Kerja Sama Penilaian Kompetensi dalam rangka Seleksi Jabatan$/,
  },
  SPK_PENILAIAN: {
    addressee: ["Pemerintah Kabupaten Contoh", "PIHAK PERTAMA", "Puslatbang PKASN", "PIHAK KEDUA"],
    facts: ["Selasa, 10 November 2026", "Aula BKPSDM Kabupaten Contoh", "luar jaringan (luring)", "Hak dan Kewajiban PIHAK PERTAMA",
      "Hak dan Kewajiban PIHAK KEDUA", "Rp3.200.000,00 (tiga juta dua ratus ribu rupiah) per peserta", "10 Desember 2026",
      "Bank Contoh (contoh fiktif) nomor 000-00-0000000-0", "10 (sepuluh) hari kerja", "15 (lima belas) hari kerja"],
    perihal: /^Perjanjian Kerja Sama Penilaian Kompetensi dalam rangka Seleksi Jabatan dengan Pemerintah Kabupaten Contoh$/,
  },
  PEMBERITAHUAN_INTAKE: {
    addressee: ADDRESSEE,
    facts: ["SPK-17/PKASN/XI/2026", "2 November 2026", "daring", "Selasa, 10 November 2026", "Laboratorium Komputer BKPSDM",
      "3 (tiga) orang calon asesi", "Daftar Riwayat Hidup", "Kuesioner", "e-registrasi", "e-Assessment dan video conference",
      "Tim TI BKPSDM, Andi Saputra", "Fajar Pratama, S.Kom."],
    perihal: /^Pemberitahuan Pelaksanaan Intake Penilaian Kompetensi secara Daring$/,
  },
  INVOICE_PENILAIAN: {
    addressee: ADDRESSEE,
    facts: ["SPK-17/PKASN/XI/2026", "12 November 2026", "12 orang", "Rp3.200.000,00", "Rp38.400.000,00",
      "Rp38.400.000,00 (tiga puluh delapan juta empat ratus ribu rupiah)", "10 Desember 2026", "Bank Contoh (contoh fiktif)",
      "000-00-0000000-0", "Bendahara Penerimaan Contoh (contoh fiktif)"],
    perihal: /^Tagihan Biaya Penilaian Kompetensi Pemerintah Kabupaten Contoh sesuai SPK Nomor SPK-17\/PKASN\/XI\/2026$/,
  },
  PENGANTAR_LAPORAN_PENILAIAN: {
    addressee: ADDRESSEE,
    facts: ["SPK-17/PKASN/XI/2026", "Laporan Ringkas", "12 (dua belas) orang asesi", "12 November 2026", "23 November 2026",
      "26 November 2026", "1 (satu) berkas Laporan Ringkas", "rahasia"],
    perihal: /^Penyampaian Laporan Ringkas Hasil Penilaian Kompetensi dalam rangka Seleksi Jabatan$/,
  },
};
