// Lisensi LSP (seed 003, lampiran VI "Alur Lisensi Awal") written out independently of the seed
// rows in services-lisensi.ts: a candidate LSP from its appreciation documents to the witnessing.
import { at } from "../../case-factories";
import type { ShippedService } from "./shipped-cases";

const LIS_CODES = Array.from({ length: 33 }, (_, i) => `D${i + 1}`);

export const SHIPPED_LISENSI: readonly ShippedService[] = [
  {
    code: "LISENSI_LSP", register: "Lisensi LSP", prefix: "LIS",
    states: ["Pemeriksaan Apresiasi", "Perbaikan Apresiasi", "Undangan Apresiasi", "Apresiasi", "Dokumen Lisensi", "Asesmen Kecukupan",
      "Penjadwalan Asesmen", "Penugasan Asesmen", "Asesmen Lengkap", "Perbaikan LKS", "LKS Ditutup", "Diskresi Pleno", "Panel Teknis",
      "Perbaikan Panel Teknis", "Undangan Pleno", "Rapat Pleno", "Penerbitan Lisensi", "Serah Terima SK", "Pengajuan Penyaksian",
      "Penugasan Penyaksian", "Penyaksian Uji", "Perbaikan Penyaksian", "Serah Terima Sertifikat", "Selesai", "Lisensi Ditolak"],
    legal: {
      "Pemeriksaan Apresiasi": [
        { to: "Perbaikan Apresiasi", roles: ["Petugas"], required: ["Catatan Petugas"] },
        { to: "Undangan Apresiasi", roles: ["Petugas"], required: ["Tanggal Apresiasi", "Tempat Apresiasi"] },
      ],
      "Perbaikan Apresiasi": [{ to: "Pemeriksaan Apresiasi", roles: ["Petugas"] }],
      "Undangan Apresiasi": [{ to: "Apresiasi", roles: ["Petugas"] }],
      Apresiasi: [{ to: "Dokumen Lisensi", roles: ["Petugas"], required: ["Kode Akses"] }],
      "Dokumen Lisensi": [{ to: "Asesmen Kecukupan", roles: ["Petugas"], required: ["Tanggal Asesmen Kecukupan"] }],
      "Asesmen Kecukupan": [
        { to: "Dokumen Lisensi", roles: ["Verifikator"], required: ["Catatan Petugas"] },
        { to: "Penjadwalan Asesmen", roles: ["Verifikator"] },
      ],
      "Penjadwalan Asesmen": [{ to: "Penugasan Asesmen", roles: ["Kepala"], required: ["Tanggal Asesmen Lengkap", "Ketua Tim Asesor"] }],
      "Penugasan Asesmen": [{ to: "Asesmen Lengkap", roles: ["Petugas"] }],
      "Asesmen Lengkap": [{ to: "Perbaikan LKS", roles: ["Petugas"] }],
      "Perbaikan LKS": [{ to: "LKS Ditutup", roles: ["Petugas"], required: ["Tanggal LKS Ditutup"] }],
      // The engine's own moves (D15): the complete case closed its LKS 10 days after the assessment.
      "LKS Ditutup": [{ to: "Panel Teknis", roles: [], automatic: true }, { to: "Diskresi Pleno", roles: [], automatic: true }],
      "Diskresi Pleno": [
        { to: "Panel Teknis", roles: ["Kepala"], required: ["Catatan Petugas"] },
        { to: "Lisensi Ditolak", roles: ["Kepala"], required: ["Alasan Penolakan"] },
      ],
      "Panel Teknis": [{ to: "Perbaikan Panel Teknis", roles: ["Verifikator"] }],
      "Perbaikan Panel Teknis": [{ to: "Undangan Pleno", roles: ["Verifikator"], required: ["Tanggal Pleno"] }],
      "Undangan Pleno": [{ to: "Rapat Pleno", roles: ["Petugas"] }],
      "Rapat Pleno": [
        { to: "Penerbitan Lisensi", roles: ["Kepala"], required: ["Keputusan Pleno", "Nomor SK Lisensi", "Tanggal SK Lisensi", "Nomor Sertifikat Lisensi", "Lisensi Berlaku Sampai"] },
        { to: "Lisensi Ditolak", roles: ["Kepala"], required: ["Keputusan Pleno", "Alasan Penolakan"], cells: { "Keputusan Pleno": "Tidak Direkomendasikan" } },
      ],
      "Penerbitan Lisensi": [{ to: "Serah Terima SK", roles: ["Petugas"] }],
      "Serah Terima SK": [{ to: "Pengajuan Penyaksian", roles: ["Petugas"] }],
      "Pengajuan Penyaksian": [{ to: "Penugasan Penyaksian", roles: ["Kepala"], required: ["Tanggal Penyaksian", "Penyaksi", "Skema Penyaksian", "TUK Penyaksian"] }],
      "Penugasan Penyaksian": [{ to: "Penyaksian Uji", roles: ["Petugas"] }],
      "Penyaksian Uji": [{ to: "Perbaikan Penyaksian", roles: ["Petugas"] }],
      "Perbaikan Penyaksian": [{ to: "Serah Terima Sertifikat", roles: ["Verifikator"] }],
      "Serah Terima Sertifikat": [{ to: "Selesai", roles: ["Petugas"] }],
      Selesai: [],
      "Lisensi Ditolak": [],
    },
    onward: { "LKS Ditutup": "Panel Teknis" },
    complete: {
      "Tanggal Pengajuan": at("2026-09-01"), "Nama LSP": "LSP Teknologi Digital Nusantara", "Email LSP": "sekretariat@lsp-tdn.id",
      "Alamat LSP": "Jl. Gatot Subroto Kav. 52, Jakarta Selatan", "Skema Diajukan": "Junior Web Developer, Network Administrator Muda",
      "Tanggal Apresiasi": at("2026-09-15"), "Tempat Apresiasi": "Ruang Rapat BNSP, Jakarta", "Kode Akses": "LSP-TDN-4821", "Tanggal Asesmen Kecukupan": at("2026-09-29"),
      "Ketua Tim Asesor": "Ir. Bambang Sutrisno, M.T.", "Anggota Tim Asesor": "Dra. Sri Wahyuni; Agus Salim, S.Kom.",
      "Tanggal Asesmen Lengkap": at("2026-10-20"), "Tanggal Selesai Asesmen Lengkap": at("2026-10-21"), "Tanggal LKS Ditutup": at("2026-10-30"),
      "Tanggal Pleno": at("2026-11-12"), "Keputusan Pleno": "Direkomendasikan", "Alasan Penolakan": "Sistem manajemen mutu belum diterapkan","Nomor SK Lisensi": "KEP.1204/BNSP/XI/2026",
      "Tanggal SK Lisensi": at("2026-11-16"), "Nomor Sertifikat Lisensi": "BNSP-LSP-2051-ID", "Lisensi Berlaku Sampai": at("2031-11-15"),
      "Tanggal Penyaksian": at("2026-11-26"), Penyaksi: "Dr. Hendra Wijaya", "Skema Penyaksian": "Junior Web Developer", "TUK Penyaksian": "TUK Sewaktu LSP TDN, Jakarta",
      "Catatan Petugas": "Sesuai hasil pleno",
    },
    documents: LIS_CODES,
  },
];
