// The asesor services of seed 003 (RCC, lampiran IV; training, lampiran V) written out
// independently of the seed rows.
import { at } from "../../case-factories";
import type { ShippedService } from "./shipped-cases";

const RCC_CODES = ["D1", "D2", "D3", "D4", "D5A", "D5B", "D6A", "D6B", "D7A", "D7B", "D8A", "D8B",
  ...Array.from({ length: 17 }, (_, i) => `D${i + 9}`)];

/** Lampiran V: D1–D28, with A/B variants of D5–D8 as in lampiran IV (32 codes). */
export const PELATIHAN_CODES = ["D1", "D2", "D3", "D4", "D5A", "D5B", "D6A", "D6B", "D7A", "D7B", "D8A", "D8B",
  ...Array.from({ length: 20 }, (_, i) => `D${i + 9}`)];

export const SHIPPED_ASESOR: readonly ShippedService[] = [
  {
    code: "RCC_ASESOR", register: "Permohonan Asesor", prefix: "RCC",
    states: ["Diterima", "Diverifikasi", "Disetujui", "Tidak Disetujui", "Ditolak", "Ditandatangani", "Pelaksanaan RCC", "Pleno", "SK Ditetapkan", "Sertifikat Diserahkan", "Selesai"],
    legal: {
      Diterima: [{ to: "Diverifikasi", roles: ["Petugas"] }],
      Diverifikasi: [
        { to: "Disetujui", roles: ["Verifikator", "Kepala"], required: ["Peserta Disetujui", "Master Asesor Pelatih", "Master Asesor Penguji", "Tanggal Pelaksanaan"] },
        { to: "Tidak Disetujui", roles: ["Verifikator", "Kepala"], required: ["Alasan Penolakan"] },
      ],
      Disetujui: [{ to: "Ditandatangani", roles: ["Kepala"], required: ["Nomor Surat Persetujuan"] }],
      "Tidak Disetujui": [{ to: "Ditolak", roles: ["Kepala"], required: ["Nomor Surat Penolakan"] }],
      Ditolak: [],
      Ditandatangani: [{ to: "Pelaksanaan RCC", roles: ["Petugas"], required: ["Tanggal Pelaksanaan"] }],
      "Pelaksanaan RCC": [{ to: "Pleno", roles: ["Petugas"], required: ["Tanggal Pleno"] }],
      Pleno: [{ to: "SK Ditetapkan", roles: ["Kepala"], required: ["Nomor SK"] }],
      "SK Ditetapkan": [{ to: "Sertifikat Diserahkan", roles: ["Petugas"] }],
      "Sertifikat Diserahkan": [{ to: "Selesai", roles: ["Petugas"] }],
      Selesai: [],
    },
    complete: {
      "Kode Alur": "RCC_ASESOR", "Tanggal Surat Permohonan": at("2026-11-16"), "Nomor Surat Permohonan": "B-12/LSP-PUPR/XI/2026",
      Pemohon: "LSP Jasa Konstruksi Nusantara", "Email Pemohon": "lsp@contoh.id", Skema: "Asesor Kompetensi", "Jumlah Peserta Diusulkan": "2",
      "Keputusan Koordinator": "Disetujui", "Peserta Disetujui": "Sari Wulandari <sari@contoh.id>\nHendra, S.T. <hendra@contoh.id>",
      "Alasan Penolakan": "Berkas tidak lengkap", "Master Asesor Pelatih": "Dewi Anggraini", "Master Asesor Penguji": "Rudi Hartono",
      "Tanggal Pelaksanaan": at("2026-11-23"), "Nomor Surat Persetujuan": "B-70/BNSP/XI/2026", "Nomor Surat Penolakan": "B-71/BNSP/XI/2026",
      "Tanggal Pleno": at("2026-11-30"), "Nomor SK": "KEP.900/BNSP/XII/2026", "Catatan Petugas": "Lengkap",
    },
    documents: RCC_CODES,
  },
  {
    code: "PESERTA_RCC", register: "Peserta RCC", prefix: "PRC",
    states: ["Akun Dibuat", "APL.02 Diisi", "Dikaji MA Penguji", "Kompeten", "Belum Kompeten"],
    legal: {
      "Akun Dibuat": [{ to: "APL.02 Diisi", roles: ["Petugas"] }],
      "APL.02 Diisi": [{ to: "Dikaji MA Penguji", roles: ["Verifikator"] }],
      "Dikaji MA Penguji": [
        { to: "Kompeten", roles: ["Verifikator", "Kepala"], required: ["Nomor Registrasi Asesor"] },
        { to: "Belum Kompeten", roles: ["Verifikator", "Kepala"], required: ["Catatan Petugas"] },
      ],
      Kompeten: [],
      "Belum Kompeten": [],
    },
    complete: {
      "ID Permohonan Asesor": "RCC-2026-00001", "Nama Peserta": "Sari Wulandari", "Email Peserta": "sari@contoh.id",
      "Tanggal Akun": at("2026-11-20"), "Nomor Registrasi Asesor": "MET.000.001234 2026", "Catatan Petugas": "Dinilai",
    },
  },
  {
    code: "PELATIHAN_ASESOR", register: "Permohonan Asesor", prefix: "PAK",
    states: ["Diterima", "Diverifikasi", "Disetujui", "Tidak Disetujui", "Ditolak", "Ditutup", "Ditandatangani", "Pelatihan", "Asesmen", "Pleno Komtek", "SK Ditetapkan", "Sertifikat Diserahkan", "Selesai"],
    legal: {
      Diterima: [{ to: "Diverifikasi", roles: ["Petugas"] }],
      Diverifikasi: [
        { to: "Disetujui", roles: ["Verifikator", "Kepala"], required: ["Peserta Disetujui", "Master Asesor Pelatih", "Master Asesor Penguji", "Tanggal Pelaksanaan"] },
        { to: "Tidak Disetujui", roles: ["Verifikator", "Kepala"], required: ["Alasan Penolakan"] },
      ],
      Disetujui: [{ to: "Ditandatangani", roles: ["Kepala"], required: ["Nomor Surat Persetujuan"] }],
      "Tidak Disetujui": [{ to: "Ditolak", roles: ["Kepala"], required: ["Nomor Surat Penolakan"] }],
      Ditolak: [{ to: "Ditutup", roles: ["Petugas"] }],
      Ditutup: [],
      Ditandatangani: [{ to: "Pelatihan", roles: ["Petugas"], required: ["Tanggal Pelaksanaan"] }],
      Pelatihan: [{ to: "Asesmen", roles: ["Petugas"], required: ["Tanggal Asesmen"] }],
      Asesmen: [{ to: "Pleno Komtek", roles: ["Petugas"], required: ["Tanggal Pleno"] }],
      "Pleno Komtek": [{ to: "SK Ditetapkan", roles: ["Kepala"], required: ["Nomor SK"] }],
      "SK Ditetapkan": [{ to: "Sertifikat Diserahkan", roles: ["Petugas"] }],
      "Sertifikat Diserahkan": [{ to: "Selesai", roles: ["Petugas"] }],
      Selesai: [],
    },
    complete: {
      "Kode Alur": "PELATIHAN_ASESOR", "Tanggal Surat Permohonan": at("2026-11-09"), "Nomor Surat Permohonan": "B-31/LSP-P1-POLTEK/XI/2026",
      Pemohon: "LSP P1 Politeknik Negeri Bandung", "Email Pemohon": "lsp@polban.contoh.id", Skema: "Asesor Kompetensi", "Jumlah Peserta Diusulkan": "3",
      "Keputusan Koordinator": "Disetujui", "Peserta Disetujui": "Ratna Sari <ratna@contoh.id>\nAgus Salim, M.T. <agus@contoh.id>",
      "Alasan Penolakan": "Calon peserta belum memenuhi persyaratan", "Master Asesor Pelatih": "Yusuf Maulana", "Master Asesor Penguji": "Indah Permata",
      "Tanggal Pelaksanaan": at("2026-11-16"), "Tanggal Asesmen": at("2026-11-20"), "Nomor Surat Persetujuan": "B-80/BNSP/XI/2026",
      "Nomor Surat Penolakan": "B-81/BNSP/XI/2026", "Tanggal Pleno": at("2026-11-27"), "Nomor SK": "KEP.910/BNSP/XII/2026", "Catatan Petugas": "Lengkap",
    },
    documents: PELATIHAN_CODES,
  },
];
