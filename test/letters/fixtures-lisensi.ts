// Sample data and requirements of the Lisensi LSP letters (seed 003, lampiran VI): a candidate LSP
// for two schemes, from the appreciation invitation to the witnessed test.
import type { LetterRequirement } from "./requirement";
import type { LetterInput } from "../../apps-script/core/letters/letter-types";
import type { LISENSI_LETTER_TYPES } from "../../apps-script/core/letters/kinds/lisensi-letters";

type Types = (typeof LISENSI_LETTER_TYPES)[number];

export const LSP = { name: "LSP Teknologi Digital Nusantara", address: "Jl. Gatot Subroto Kav. 52, Jakarta Selatan" };
const SCHEMES = ["Junior Web Developer", "Network Administrator Muda"];
const LICENCE = { lsp: LSP, schemes: SCHEMES, plenaryDate: "2026-11-12", licenceNumber: "BNSP-LSP-2051-ID", validUntil: "2031-11-15" };
const TO_LSP = [`Yth. Ketua ${LSP.name}`, LSP.address, "di tempat"];

/** A realistic data set for each of these letter types. */
export function lisensiSampleData(): { [K in Types]: LetterInput<K> } {
  return {
    UNDANGAN_LISENSI: {
      lsp: LSP, submittedDate: "2026-09-01", schemes: SCHEMES,
      appreciationDate: "2026-09-15", appreciationTime: "09.00", appreciationPlace: "Ruang Rapat Lantai 3 BNSP, Jl. M.T. Haryono Kav. 52, Jakarta",
    },
    SURAT_TUGAS_ASESMEN_LISENSI: {
      lsp: LSP, schemes: SCHEMES, team: ["Ir. Bambang Sutrisno, M.T.", "Dra. Sri Wahyuni", "Agus Salim, S.Kom."],
      start: "2026-10-20", end: "2026-10-21", place: LSP.address,
    },
    SK_LISENSI: LICENCE,
    SERTIFIKAT_LISENSI: { ...LICENCE, decree: { number: "KEP.1204/BNSP/XI/2026", date: "2026-11-16" } },
    PENOLAKAN_LISENSI: {
      lsp: LSP, submittedDate: "2026-09-01", schemes: SCHEMES, plenaryDate: "2026-11-12", lksDays: 22,
      reasons: ["Sistem manajemen mutu LSP belum diterapkan dan diaudit internal", "Asesor kompetensi untuk skema Network Administrator Muda belum mencukupi"],
    },
    SURAT_TUGAS_PENYAKSIAN: {
      lsp: LSP, schemes: ["Junior Web Developer"], team: ["Dr. Hendra Wijaya"], start: "2026-11-26",
      place: "TUK Sewaktu LSP Teknologi Digital Nusantara, Jl. Gatot Subroto Kav. 52, Jakarta Selatan",
    },
  };
}

/** What each of these letters must say when rendered (render.test.ts), from the data above. */
export const LISENSI_REQUIRED: { [K in Types]: LetterRequirement } = {
  UNDANGAN_LISENSI: {
    addressee: TO_LSP,
    facts: ["1 September 2026", "PRM-2026-0007", "Junior Web Developer", "Network Administrator Muda", "apresiasi lisensi",
      "Selasa, 15 September 2026", "09.00 WITA", "Ruang Rapat Lantai 3 BNSP", "kode akses"],
    perihal: /^Undangan Apresiasi Lisensi LSP Teknologi Digital Nusantara$/,
  },
  SURAT_TUGAS_ASESMEN_LISENSI: {
    addressee: ["Memberi Tugas", "Kepada", "Ir. Bambang Sutrisno, M.T.", "Dra. Sri Wahyuni", "Agus Salim, S.Kom.", "Tim Asesor Lisensi, yang pertama sebagai ketua"],
    facts: ["asesmen penuh", "20 Oktober 2026 s.d. 21 Oktober 2026", LSP.address, "Junior Web Developer; Network Administrator Muda",
      "Laporan Ketidaksesuaian (LKS)", "pemberitahuan kepada Ketua LSP Teknologi Digital Nusantara", "Tembusan"],
    perihal: /^Pemberitahuan Pelaksanaan Asesmen Penuh dan Tugas Tim Asesor Lisensi LSP Teknologi Digital Nusantara$/,
  },
  SK_LISENSI: {
    addressee: ["Menimbang", "Mengingat", "Memutuskan", "Menetapkan", "KESATU", "KEDUA", "KETIGA"],
    facts: ["Pemberian Lisensi kepada LSP Teknologi Digital Nusantara", "12 November 2026", "Peraturan Pemerintah Nomor 10 Tahun 2018",
      "KEP.1516/BNSP UM.00.00/VII/2021", LSP.address, "Sertifikat Lisensi Nomor BNSP-LSP-2051-ID", "15 November 2031",
      "1 Junior Web Developer", "2 Network Administrator Muda"],
    perihal: /^Pemberian Lisensi kepada LSP Teknologi Digital Nusantara$/,
  },
  SERTIFIKAT_LISENSI: {
    addressee: ["SERTIFIKAT LISENSI", "BNSP-LSP-2051-ID", LSP.name, LSP.address],
    facts: ["Keputusan Nomor KEP.1204/BNSP/XI/2026 tanggal 16 November 2026", "2 (dua) skema sertifikasi", "Junior Web Developer",
      "Network Administrator Muda", "berlaku sampai dengan 15 November 2031"],
    perihal: /^Sertifikat Lisensi LSP Teknologi Digital Nusantara$/,
  },
  PENOLAKAN_LISENSI: {
    addressee: TO_LSP,
    facts: ["1 September 2026", "12 November 2026", "tidak dapat diberikan", "Sistem manajemen mutu LSP belum diterapkan",
      "Asesor kompetensi untuk skema Network Administrator Muda", "22 (dua puluh dua) hari", "15 (lima belas) hari", "kebijakan anggota pada rapat pleno"],
    perihal: /^Pemberitahuan Penolakan Lisensi LSP Teknologi Digital Nusantara$/,
  },
  SURAT_TUGAS_PENYAKSIAN: {
    addressee: ["Memberi Tugas", "Kepada", "Dr. Hendra Wijaya", "Penyaksi Uji Kompetensi"],
    facts: ["menyaksikan pelaksanaan uji kompetensi", "26 November 2026", "TUK Sewaktu LSP Teknologi Digital Nusantara", "Junior Web Developer",
      "LKS hasil penyaksian uji"],
    perihal: /^Pemberitahuan Pelaksanaan Uji Kompetensi dan Tugas Penyaksian Uji LSP Teknologi Digital Nusantara$/,
  },
};
