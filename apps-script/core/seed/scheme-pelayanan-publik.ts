// The "Pelayanan Publik" scheme of LSP BPSDM DKI Jakarta (seed 001, SS-05/LSP-BPSDM DKI/V/2022)
// as register rows: 12 units from SKKNI Kepmenaker 183/2016 and its requirements as rules.
import { PROCESS_A_CODE } from "../workflow/process-a";

export const PELAYANAN_PUBLIK_CODE = "SS-05/LSP-BPSDM DKI/V/2022";

export const PELAYANAN_PUBLIK_SCHEME = {
  "Kode Skema": PELAYANAN_PUBLIK_CODE,
  "Nama Skema": "Pelayanan Publik",
  "Kode Alur": PROCESS_A_CODE,
  "Masa Berlaku (tahun)": 3,
  "Standar Kompetensi": "SKKNI Keputusan Menteri Ketenagakerjaan RI Nomor 183 Tahun 2016 (Bidang Administrasi Profesional)",
  Deskripsi: "Memastikan kompetensi kerja pada pekerjaan Pelayanan Publik di Lingkungan Pemerintah Daerah Provinsi DKI Jakarta terstandardisasi.",
  TUK: "Sewaktu (BPSDM Provinsi DKI Jakarta, Gedung Dinas Teknis Abdul Muis, Jakarta Pusat)",
  Aktif: "Ya",
};

const UNITS: [string, string][] = [
  ["N.821100.028.02", "Mengaplikasikan Keterampilan Dasar Komunikasi"],
  ["N.821100.029.02", "Melakukan Komunikasi Melalui Telepon"],
  ["N.821100.030.02", "Melakukan Komunikasi Lisan dengan Kolega/Pelanggan"],
  ["N.821100.044.02", "Menerapkan Kerjasama dengan Kolega dan Pelanggan"],
  ["N.821100.045.02", "Memberikan Layanan Kepada Pelanggan"],
  ["N.821100.046.01", "Mengelola Layanan Pelanggan Berkualitas"],
  ["N.821100.047.01", "Menangani Konflik"],
  ["N.821100.048.01", "Memproses Keluhan Pelanggan"],
  ["N.821100.049.02", "Memenuhi Kebutuhan Pelanggan"],
  ["N.821100.051.01", "Menerapkan Etika Profesi"],
  ["N.821100.057.02", "Mengoperasikan Aplikasi Perangkat Lunak"],
  ["N.821100.058.02", "Mengakses Data di Komputer"],
];

export function pelayananPublikUnitRows(): Record<string, string | number>[] {
  return UNITS.map(([code, title], i) => ({ "Kode Skema": PELAYANAN_PUBLIK_CODE, No: i + 1, "Kode Unit": code, "Judul Unit": title }));
}

type RequirementRow = [code: string, kind: "Persyaratan Dasar" | "Bukti Administratif", description: string, rule: string, value: string];

/** Persyaratan 1–6 as checkable rules; each "Bukti" as a document code staff tick on arrival. */
const REQUIREMENTS: RequirementRow[] = [
  ["ASN_DKI", "Persyaratan Dasar", "Aparatur Sipil Negara di lingkungan Pemerintah Provinsi DKI Jakarta", "INSTANSI", "DKI Jakarta"],
  ["PENDIDIKAN", "Persyaratan Dasar", "Pendidikan minimal DIII atau sederajat", "PENDIDIKAN_MIN", "D-III"],
  ["GOLONGAN", "Persyaratan Dasar", "Golongan minimal Pengatur Muda Tk.I (II/b)", "GOLONGAN_MIN", "II/b"],
  ["PENGALAMAN", "Persyaratan Dasar", "Pengalaman kerja minimal 2 tahun di bidang pelayanan publik", "PENGALAMAN_MIN", "2"],
  ["DIKLAT_PP", "Persyaratan Dasar", "Telah mengikuti dan dinyatakan lulus Diklat Fungsional Pelayanan Prima (bukti: fotokopi sertifikat)", "DOKUMEN", ""],
  ["REKOMENDASI", "Persyaratan Dasar", "Rekomendasi dari pimpinan unit kerja (bukti: surat rekomendasi)", "DOKUMEN", ""],
  ["SK_ASN", "Persyaratan Dasar", "Fotokopi SK Pengangkatan sebagai ASN di Lingkungan Pemerintah Provinsi DKI Jakarta", "DOKUMEN", ""],
  ["IJAZAH", "Persyaratan Dasar", "Fotokopi ijazah pendidikan terakhir, minimal D-III atau sederajat", "DOKUMEN", ""],
  ["SK_JABATAN", "Persyaratan Dasar", "Fotokopi SK Pengangkatan Jabatan Terakhir, minimal golongan II/b", "DOKUMEN", ""],
  ["SURAT_PENGALAMAN", "Persyaratan Dasar", "Fotokopi Surat Pengalaman Kerja minimal 2 tahun di bidang pelayanan publik", "DOKUMEN", ""],
  ["KTP", "Bukti Administratif", "Fotokopi KTP", "DOKUMEN", ""],
  ["CV", "Bukti Administratif", "Daftar riwayat hidup (CV)", "DOKUMEN", ""],
  ["PASFOTO", "Bukti Administratif", "Pasfoto 3x4 sebanyak 3 lembar dengan latar belakang merah", "DOKUMEN", ""],
];

export function pelayananPublikRequirementRows(): Record<string, string>[] {
  return REQUIREMENTS.map(([code, kind, description, rule, value]) => ({
    "Kode Skema": PELAYANAN_PUBLIK_CODE,
    "Kode Syarat": code,
    Jenis: kind,
    Uraian: description,
    Aturan: rule,
    Nilai: value,
  }));
}

/** Every document code of the scheme, in order: what a complete dossier lists. */
export const PELAYANAN_PUBLIK_DOCUMENTS: readonly string[] = REQUIREMENTS.filter((r) => r[3] === "DOKUMEN").map((r) => r[0]);
