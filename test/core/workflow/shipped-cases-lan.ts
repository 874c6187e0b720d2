// Penilaian Kompetensi (LAN, seed 004) and its participant register, written out independently
// of the seed rows in services-lan.ts.
import { at } from "../../case-factories";
import type { ShippedService } from "./shipped-cases";

const assessment = (): ShippedService => SHIPPED_LAN[0]!;

export const SHIPPED_LAN: readonly ShippedService[] = [
  {
    code: "PENILAIAN_KOMPETENSI", register: "Penilaian Kompetensi", prefix: "PK",
    states: ["Permohonan Diterima", "Koordinasi", "Penyusunan SPK", "SPK Ditandatangani", "Persiapan Intake", "Intake Luring", "Intake Daring", "Penagihan",
      "Laporan Ringkas", "Laporan Lengkap", "Laporan Pemetaan", "Selesai", "Dibatalkan"],
    legal: {
      "Permohonan Diterima": [{ to: "Koordinasi", roles: ["Kepala"] }, { to: "Dibatalkan", roles: ["Kepala"], required: ["Catatan Petugas"] }],
      Koordinasi: [{ to: "Penyusunan SPK", roles: ["Petugas"], required: ["Tanggal Penilaian", "Batas Pembayaran"] }, { to: "Dibatalkan", roles: ["Kepala"], required: ["Catatan Petugas"] }],
      "Penyusunan SPK": [{ to: "SPK Ditandatangani", roles: ["Kepala"], required: ["Nomor SPK", "Tanggal SPK Ditandatangani"] }],
      "SPK Ditandatangani": [{ to: "Persiapan Intake", roles: ["Petugas"], required: ["Metode Intake", "Lokasi"] }],
      "Persiapan Intake": [
        { to: "Intake Luring", roles: ["Petugas"] },
        { to: "Intake Daring", roles: ["Petugas"], required: ["Tim Pendamping dan Teknis"], cells: { "Metode Intake": "Daring" } },
      ],
      "Intake Luring": [{ to: "Penagihan", roles: ["Petugas"], required: ["Tanggal Intake Selesai"] }],
      "Intake Daring": [{ to: "Penagihan", roles: ["Petugas"], required: ["Tanggal Intake Selesai"] }],
      Penagihan: [
        { to: "Laporan Ringkas", roles: ["Petugas", "Verifikator"], required: ["Tanggal Bayar", "Nomor Invoice/ Bukti Bayar"] },
        { to: "Laporan Pemetaan", roles: ["Petugas", "Verifikator"], required: ["Tanggal Bayar", "Nomor Invoice/ Bukti Bayar"], cells: { "Tujuan Penilaian": "Pemetaan Jabatan" } },
      ],
      "Laporan Ringkas": [{ to: "Laporan Lengkap", roles: ["Verifikator"], required: ["Tanggal Laporan Ringkas"] }],
      "Laporan Lengkap": [{ to: "Selesai", roles: ["Kepala"], required: ["Tanggal Laporan Akhir"] }],
      "Laporan Pemetaan": [{ to: "Selesai", roles: ["Kepala"], required: ["Tanggal Laporan Akhir"] }],
      Selesai: [],
      Dibatalkan: [],
    },
    complete: {
      "Instansi Pemohon": "Pemerintah Kabupaten Contoh", "Email Instansi": "bkpsdm@contoh.go.id", "Alamat Instansi": "Jl. Merdeka No. 1, Contoh",
      "Nomor Surat Permohonan": "800/123/BKPSDM/2026", "Tanggal Surat Permohonan": at("2026-10-01"), "Tujuan Penilaian": "Seleksi Jabatan",
      "Metode Intake": "Luring", "Tim Pendamping dan Teknis": "Tim TI BKPSDM (Andi, 0812-0000-0001)", Lokasi: "Aula BKPSDM Kabupaten Contoh", "Tanggal Penilaian": at("2026-11-10"), "Nomor SPK": "SPK-17/PKASN/2026",
      "Tanggal SPK Ditandatangani": at("2026-11-02"), "Tanggal Intake Selesai": at("2026-11-12"), "Batas Pembayaran": at("2026-12-10"),
      "Tanggal Bayar": at("2026-11-20"), "Nomor Invoice/ Bukti Bayar": "TRF-0099", "Tanggal Laporan Ringkas": at("2026-11-23"),
      "Tanggal Laporan Akhir": at("2026-12-14"),
      "Tenggat Laporan (SPK)": at("2026-12-31"), "Catatan Petugas": "Sesuai kesepakatan",
    },
  },
  {
    code: "PESERTA_PENILAIAN", register: "Peserta Penilaian", prefix: "PPK",
    states: ["Terdaftar", "Berkas Lengkap", "Diases", "Selesai"],
    legal: {
      Terdaftar: [{ to: "Berkas Lengkap", roles: ["Petugas"] }],
      "Berkas Lengkap": [{ to: "Diases", roles: ["Petugas"] }],
      Diases: [{ to: "Selesai", roles: ["Petugas"] }],
      Selesai: [],
    },
    complete: {
      "ID Penilaian Kompetensi": "PK-2026-00001", "Tanggal Daftar": at("2026-11-03"), "Nama Peserta": "Dewi Lestari", Jabatan: "Kepala Bidang Mutasi",
      Email: "dewi@contoh.go.id", NIP: "198501012010012001",
    },
    get companions() {
      return { "Penilaian Kompetensi": [{ ...assessment().complete, "ID Penilaian Kompetensi": "PK-2026-00001", "Status Tercatat": "Intake Luring", Status: "Intake Luring" }] };
    },
  },
];
