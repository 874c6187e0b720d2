// Penilaian Kompetensi by Puslatbang PKASN LAN (seed 004: persyaratan, sistem/mekanisme/prosedur,
// waktu penyelesaian): a requesting agency's cooperation from its request to the reports, and
// the register of its participants (asesi). Its letters (kinds/lan-letters.ts) are drafted by the
// moves that produce them: the answer, the SPK, the intake notice, the invoice, each report's cover.
import type { CaseColumnRow, DocumentRow, MoveRow, ServiceRow, ServiceSeed, StateRow } from "./service-seed";

const PK = "PENILAIAN_KOMPETENSI";
const PPK = "PESERTA_PENILAIAN";
const REG = "Penilaian Kompetensi";
const PESERTA = "Peserta Penilaian";

// Working days: the report deadlines of seed 004 are "hari kerja". The SPK rule is "5 (lima) hari"
// (calendar days); the JARAK_HARI guard checks it exactly in hari kalender, while the early flag
// of "Penyusunan SPK" (SLA -5 from Tanggal Penilaian) counts working days and so warns earlier,
// never later, than the rule requires.
const services: ServiceRow[] = [
  [PK, "Penilaian Kompetensi (LAN)", REG, "PK", "", "Hari Kerja", "",
    "Puslatbang PKASN LAN (seed 004): SPK ditandatangani paling lambat 5 hari sebelum penilaian; laporan sesuai jangka waktu SPK"],
  [PPK, "Peserta Penilaian Kompetensi (LAN)", PESERTA, "PPK", "", "Hari Kerja", "",
    "Seed 004: calon asesi mengisi Daftar Riwayat Hidup dan Kuesioner, lalu mengikuti intake"],
];

const caseColumns: CaseColumnRow[] = [
  [REG, "Instansi Pemohon", "text", "Ya", "", "", "Pihak Pertama dalam SPK."],
  [REG, "Email Instansi", "email", "Ya", "", "", "Untuk surat jawaban, SPK dan tagihan."],
  [REG, "Alamat Instansi", "text", "", "", "", ""],
  [REG, "Nomor Surat Permohonan", "text", "Ya", "", "", ""],
  [REG, "Tanggal Surat Permohonan", "date", "Ya", "", "Ya", "Permohonan kerja sama diterima."],
  [REG, "Tujuan Penilaian", "choice", "Ya", "Seleksi Jabatan, Pemetaan Jabatan", "", "Menentukan tenggat laporan (seed 004)."],
  [REG, "Metode Intake", "choice", "", "Luring, Daring", "", "Luring: Tim Penilaian Kompetensi datang ke lokasi Instansi. Daring: e-registrasi, DRH dan kuesioner, e-Assessment dan video conference."],
  [REG, "Tim Pendamping dan Teknis", "text", "", "", "", "Daring: tim Instansi Pemohon yang menyiapkan perangkat dan jaringan (nama dan kontak)."],
  [REG, "Lokasi", "text", "", "", "", "Lokasi penilaian yang ditetapkan Instansi Pemohon."],
  [REG, "Tanggal Penilaian", "date", "", "", "", "Hari pertama pengambilan data (intake)."],
  [REG, "Nomor SPK", "text", "", "", "", ""],
  [REG, "Tanggal SPK Ditandatangani", "date", "", "", "", "Paling lambat 5 hari sebelum Tanggal Penilaian."],
  [REG, "Tanggal Intake Selesai", "date", "", "", "", "Laporan dihitung dari tanggal ini."],
  [REG, "Batas Pembayaran", "date", "", "", "", "Sesuai jangka waktu dalam SPK."],
  [REG, "Tanggal Bayar", "date", "", "", "", ""],
  [REG, "Nomor Invoice/ Bukti Bayar", "text", "", "", "", "Bukti transfer ke rekening Bendahara Penerima."],
  [REG, "Tanggal Laporan Ringkas", "date", "", "", "", "Seleksi jabatan: laporan lengkap dihitung dari tanggal ini."],
  [REG, "Tanggal Laporan Akhir", "date", "", "", "", "Laporan lengkap dan individual (seleksi) atau laporan pemetaan diserahkan."],
  [REG, "Tenggat Laporan (SPK)", "date", "", "", "", "Tenggat laporan yang disepakati dalam SPK, bila berbeda."],
  [PESERTA, "ID Penilaian Kompetensi", "case", "Ya", REG, "", "Kerja sama penilaian yang diikuti peserta."],
  [PESERTA, "Tanggal Daftar", "date", "Ya", "", "Ya", ""],
  [PESERTA, "Nama Peserta", "text", "Ya", "", "", ""],
  [PESERTA, "Jabatan", "text", "Ya", "", "", ""],
  [PESERTA, "Email", "email", "", "", "", ""],
  [PESERTA, "NIP", "nip", "", "", "", "Tidak pernah dicetak pada surat."],
];

const states: StateRow[] = [
  [PK, "Permohonan Diterima", 1, "Permohonan kerja sama diterima; dijawab Kepala Puslatbang PKASN", 10, "", "Ya", "", ""],
  [PK, "Koordinasi", 2, "Instansi berkoordinasi dengan Kepala Balai Layanan Pemetaan Kompetensi", "", "", "", "", ""],
  // Warns while the SPK is unsigned and the assessment is near (seed 004: 5 hari sebelum penilaian).
  [PK, "Penyusunan SPK", 3, "SPK disusun; ditandatangani paling lambat 5 hari sebelum penilaian", -5, "", "", "", "", "Tanggal Penilaian"],
  [PK, "SPK Ditandatangani", 4, "Instansi mengirim daftar calon peserta (asesi)", "", "", "", "", ""],
  [PK, "Persiapan Intake", 5, "Penyiapan intake; calon asesi mengisi DRH dan kuesioner", "", "", "", "", ""],
  // Two intake states, one per Metode Intake (seed 004): luring, the team travels to the agency's
  // site; daring, the candidates e-register and the agency's technical team runs the devices.
  [PK, "Intake Luring", 6, "Tim Penilaian Kompetensi datang ke lokasi yang ditentukan Instansi Pemohon", "", "", "", "", ""],
  [PK, "Intake Daring", 7, "Asesi e-registrasi, mengisi DRH dan kuesioner, intake melalui e-Assessment dan video conference", "", "", "", "", ""],
  [PK, "Penagihan", 8, "Tagihan dikirim; dibayar ke rekening Bendahara Penerima sesuai SPK", 0, "", "", "", "", "Batas Pembayaran"],
  [PK, "Laporan Ringkas", 9, "Seleksi jabatan: laporan ringkas paling lambat 10 hari kerja sejak intake", 10, "", "", "", "", "Tanggal Intake Selesai"],
  [PK, "Laporan Lengkap", 10, "Seleksi jabatan: laporan lengkap dan individual 15 hari kerja setelah laporan ringkas", 15, "", "", "", "", "Tanggal Laporan Ringkas"],
  [PK, "Laporan Pemetaan", 11, "Pemetaan jabatan: laporan paling lambat 25 hari kerja sejak intake", 25, "", "", "", "", "Tanggal Intake Selesai"],
  [PK, "Selesai", 12, "Laporan hasil penilaian diterima Instansi Pemohon", "", "", "", "Ya", ""],
  [PK, "Dibatalkan", 13, "Kerja sama tidak dilanjutkan", "", "", "", "Ya", ""],
  [PPK, "Terdaftar", 1, "Calon asesi didaftarkan Instansi Pemohon", "", "", "Ya", "", "DRH, KUESIONER"],
  [PPK, "Berkas Lengkap", 2, "DRH dan kuesioner lengkap", "", "", "", "", ""],
  [PPK, "Diases", 3, "Asesi mengikuti intake", "", "", "", "", ""],
  [PPK, "Selesai", 4, "Hasil asesi masuk laporan", "", "", "", "Ya", ""],
];

const SPK_RULE = "JARAK_HARI(Tanggal SPK Ditandatangani .. Tanggal Penilaian >= 5 hari kalender)";
const moves: MoveRow[] = [
  [PK, "Permohonan Diterima", "Koordinasi", "Kepala", "", "DATA_VALID", "JAWABAN_PERMOHONAN_PENILAIAN"],
  [PK, "Permohonan Diterima", "Dibatalkan", "Kepala", "Catatan Petugas", "", ""],
  // The SPK states the payment due date (seed 004: "sesuai jangka waktu ... dalam SPK").
  [PK, "Koordinasi", "Penyusunan SPK", "Petugas", "Tanggal Penilaian, Batas Pembayaran", "", "SPK_PENILAIAN"],
  [PK, "Koordinasi", "Dibatalkan", "Kepala", "Catatan Petugas", "", ""],
  [PK, "Penyusunan SPK", "SPK Ditandatangani", "Kepala", "Nomor SPK, Tanggal SPK Ditandatangani", "", ""],
  [PK, "SPK Ditandatangani", "Persiapan Intake", "Petugas", "Metode Intake, Lokasi", "", "PEMBERITAHUAN_INTAKE"],
  [PK, "Persiapan Intake", "Intake Luring", "Petugas", "", `ISIAN(Metode Intake = Luring), ${SPK_RULE}`, ""],
  [PK, "Persiapan Intake", "Intake Daring", "Petugas", "Tim Pendamping dan Teknis", `ISIAN(Metode Intake = Daring), ${SPK_RULE}`, ""],
  [PK, "Intake Luring", "Penagihan", "Petugas", "Tanggal Intake Selesai", "", "INVOICE_PENILAIAN"],
  [PK, "Intake Daring", "Penagihan", "Petugas", "Tanggal Intake Selesai", "", "INVOICE_PENILAIAN"],
  // Reports are made whether or not the invoice is paid yet; the route follows Tujuan Penilaian.
  [PK, "Penagihan", "Laporan Ringkas", "Petugas, Verifikator", "Tanggal Bayar, Nomor Invoice/ Bukti Bayar", "ISIAN(Tujuan Penilaian = Seleksi Jabatan)", ""],
  [PK, "Penagihan", "Laporan Pemetaan", "Petugas, Verifikator", "Tanggal Bayar, Nomor Invoice/ Bukti Bayar", "ISIAN(Tujuan Penilaian = Pemetaan Jabatan)", ""],
  [PK, "Laporan Ringkas", "Laporan Lengkap", "Verifikator", "Tanggal Laporan Ringkas", "", "PENGANTAR_LAPORAN_PENILAIAN"],
  [PK, "Laporan Lengkap", "Selesai", "Kepala", "Tanggal Laporan Akhir", "", "PENGANTAR_LAPORAN_PENILAIAN"],
  [PK, "Laporan Pemetaan", "Selesai", "Kepala", "Tanggal Laporan Akhir", "", "PENGANTAR_LAPORAN_PENILAIAN"],
  [PPK, "Terdaftar", "Berkas Lengkap", "Petugas", "", "DATA_VALID", ""],
  [PPK, "Berkas Lengkap", "Diases", "Petugas", "", "", ""],
  [PPK, "Diases", "Selesai", "Petugas", "", "", ""],
];

const documents: DocumentRow[] = [
  [PPK, "DRH", "Formulir Daftar Riwayat Hidup calon asesi (seed 004)"],
  [PPK, "KUESIONER", "Kuesioner yang diisi calon asesi (seed 004)"],
];

export const LAN_SEED: ServiceSeed = { services, caseColumns, states, moves, documents, registers: [REG, PESERTA] };
