// BNSP RCC Asesor Kompetensi (seed 003, Keputusan Ketua BNSP KEP.1516/BNSP UM.00.00/VII/2021,
// lampiran IV) and the participant cases its approval letter opens (Peserta RCC); Pelatihan dan
// Asesmen Asesor Kompetensi (lampiran V) in the same register, its rows at the end of the file.
import type { CaseColumnRow, DocumentRow, MoveRow, ServiceRow, ServiceSeed, StateRow } from "./service-seed";

const RCC = "RCC_ASESOR";
const PESERTA = "PESERTA_RCC";
const PELATIHAN = "PELATIHAN_ASESOR";
const REQUESTS = "Permohonan Asesor";
const PARTICIPANTS = "Peserta RCC";

const SERVICES: ServiceRow[] = [
  [RCC, "RCC Asesor Kompetensi", REQUESTS, "RCC", "", "Hari Kerja", "",
    "Keputusan Ketua BNSP KEP.1516/BNSP UM.00.00/VII/2021, lampiran IV (seed 003): alur RCC asesor kompetensi D1–D25; lama layanan tidak ditetapkan"],
  [PESERTA, "Peserta RCC Asesor Kompetensi", PARTICIPANTS, "PRC", "", "Hari Kerja", "",
    "Seed 003, lampiran IV, D7A: peserta yang disetujui mendapat akun untuk mengisi asesmen mandiri (APL.02.RCC)"],
];

const CASE_COLUMNS: CaseColumnRow[] = [
  // One register for both asesor flows of seed 003 (lampiran IV and V), told apart by Kode Alur.
  [REQUESTS, "Kode Alur", "choice", "Ya", `${RCC}, ${PELATIHAN}`, "", "Alur permohonan: RCC asesor kompetensi (lampiran IV) atau pelatihan dan asesmen asesor kompetensi (lampiran V)."],
  [REQUESTS, "Tanggal Surat Permohonan", "date", "Ya", "", "Ya", "Tanggal surat permohonan diterima (D1)."],
  [REQUESTS, "Nomor Surat Permohonan", "text", "Ya", "", "", ""],
  [REQUESTS, "Pemohon", "text", "Ya", "", "", "LSP atau lembaga yang mengajukan."],
  [REQUESTS, "Email Pemohon", "email", "", "", "", ""],
  [REQUESTS, "Skema", "text", "Ya", "", "", "Skema sertifikasi asesor kompetensi."],
  [REQUESTS, "Jumlah Peserta Diusulkan", "text", "", "", "", ""],
  [REQUESTS, "Keputusan Koordinator", "choice", "", "Disetujui, Tidak Disetujui", "", "Koor. SDM / Koor. Sertifikasi (D3/D4)."],
  [REQUESTS, "Peserta Disetujui", "text", "", "", "", "Satu peserta per baris: Nama Lengkap <alamat@email>."],
  [REQUESTS, "Alasan Penolakan", "text", "", "", "", "Untuk surat tidak persetujuan (D5B)."],
  [REQUESTS, "Master Asesor Pelatih", "text", "", "", "", "Untuk SPT MA Pelatih (D6A)."],
  [REQUESTS, "Master Asesor Penguji", "text", "", "", "", "Untuk SPT MA Penguji (D6B)."],
  [REQUESTS, "Tanggal Pelaksanaan", "date", "", "", "", "Tanggal RCC dimulai (dinyatakan dalam surat persetujuan dan SPT)."],
  [REQUESTS, "Nomor Surat Persetujuan", "text", "", "", "", "Diisi saat ditandatangani Ketua (D7A)."],
  [REQUESTS, "Nomor Surat Penolakan", "text", "", "", "", "Diisi saat ditandatangani Ketua (D7B)."],
  [REQUESTS, "Tanggal Pleno", "date", "", "", "", "Pleno panitia teknis (D20)."],
  [REQUESTS, "Nomor SK", "text", "", "", "", "SK sertifikasi kompetensi (D22)."],
  // The spawned participant row carries only these four columns (and a blank Status).
  [PARTICIPANTS, "ID Permohonan Asesor", "case", "Ya", REQUESTS, "", "Permohonan RCC yang menyetujui peserta."],
  [PARTICIPANTS, "Nama Peserta", "text", "Ya", "", "", ""],
  [PARTICIPANTS, "Email Peserta", "email", "", "", "", "Alamat akun peserta."],
  [PARTICIPANTS, "Tanggal Akun", "date", "Ya", "", "Ya", "Tanggal akun dibuat (surat persetujuan diberi nomor)."],
  [PARTICIPANTS, "Nomor Registrasi Asesor", "text", "", "", "", "Diisi bila peserta dinyatakan kompeten."],
  // Renewal (issue 12): the new certificate's Menggantikan in tab Sertifikat; the old one, when recorded there, becomes Diganti.
  [PARTICIPANTS, "Nomor Sertifikat Lama", "text", "", "", "", "Nomor sertifikat asesor kompetensi yang diperpanjang (boleh kosong). Dicatat sebagai Menggantikan pada sertifikat baru; bila tercatat di tab Sertifikat, yang lama menjadi Diganti."],
];

const STATES: StateRow[] = [
  ["RCC_ASESOR", "Diterima", 1, "Surat permohonan diterima (D1)", "", "", "Ya", "", "D1"],
  ["RCC_ASESOR", "Diverifikasi", 2, "Verifikasi dan koordinasi permohonan (D2)", "", "", "", "", "D2"],
  ["RCC_ASESOR", "Disetujui", 3, "Disetujui Koor. SDM / Koor. Sertifikasi; draf surat persetujuan dan SPT MA Pelatih/Penguji", "", "", "", "", "D3, D5A, D6A, D6B"],
  ["RCC_ASESOR", "Tidak Disetujui", 4, "Tidak disetujui Koor. SDM / Koor. Sertifikasi; draf surat tidak persetujuan", "", "", "", "", "D4, D5B"],
  ["RCC_ASESOR", "Ditolak", 5, "Surat tidak persetujuan ditandatangani Ketua dan diberi nomor (D7B)", "", "", "", "Ya", ""],
  ["RCC_ASESOR", "Ditandatangani", 6, "Surat persetujuan dan SPT ditandatangani Ketua dan diberi nomor; peserta mendapat akun", "", "", "", "", "D7A, D8A, D8B"],
  ["RCC_ASESOR", "Pelaksanaan RCC", 7, "Upgrading, APL.01/APL.02.RCC, asesmen dan laporan (D9–D18)", "", "", "", "", "D9, D10, D11, D12, D13, D14, D15, D16, D17, D18"],
  ["RCC_ASESOR", "Pleno", 8, "Pleno panitia teknis (D19, D20)", "", "", "", "", "D19, D20"],
  ["RCC_ASESOR", "SK Ditetapkan", 9, "SK sertifikasi kompetensi ditandatangani Ketua dan diberi nomor (D21, D22)", "", "", "", "", "D21, D22"],
  ["RCC_ASESOR", "Sertifikat Diserahkan", 10, "Sertifikat dicetak, ditandatangani Ketua, dan diterima (D23–D25)", "", "", "", "", "D23, D24, D25"],
  ["RCC_ASESOR", "Selesai", 11, "RCC selesai", "", "", "", "Ya", ""],
  // Seed 003, lampiran IV, D7A, D11–D16: what one participant does with the account.
  [PESERTA, "Akun Dibuat", 1, "Akun peserta dibuat; APL.01 dapat dilihat", "", "", "Ya", "", ""],
  [PESERTA, "APL.02 Diisi", 2, "Peserta mengisi asesmen mandiri (APL.02.RCC)", "", "", "", "", ""],
  [PESERTA, "Dikaji MA Penguji", 3, "APL.02.RCC dikaji dan divalidasi MA Penguji", "", "", "", "", ""],
  [PESERTA, "Kompeten", 4, "Peserta dinyatakan kompeten", "", "", "", "Ya", ""],
  [PESERTA, "Belum Kompeten", 5, "Peserta dinyatakan belum kompeten", "", "", "", "Ya", ""],
];

const MOVES: MoveRow[] = [
  [RCC, "Diterima", "Diverifikasi", "Petugas", "", "DOKUMEN_LENGKAP", ""],
  // The approval letter and the SPT state the RCC's date, so it is asked for before they are drafted.
  [RCC, "Diverifikasi", "Disetujui", "Verifikator, Kepala", "Peserta Disetujui, Master Asesor Pelatih, Master Asesor Penguji, Tanggal Pelaksanaan", "DOKUMEN_LENGKAP", "PERSETUJUAN_RCC, SPT_MASTER_ASESOR"],
  [RCC, "Diverifikasi", "Tidak Disetujui", "Verifikator, Kepala", "Alasan Penolakan", "DOKUMEN_LENGKAP", "PENOLAKAN_RCC"],
  [RCC, "Disetujui", "Ditandatangani", "Kepala", "Nomor Surat Persetujuan", "DOKUMEN_LENGKAP", ""],
  [RCC, "Tidak Disetujui", "Ditolak", "Kepala", "Nomor Surat Penolakan", "DOKUMEN_LENGKAP", ""],
  [RCC, "Ditandatangani", "Pelaksanaan RCC", "Petugas", "Tanggal Pelaksanaan", "DOKUMEN_LENGKAP", ""],
  [RCC, "Pelaksanaan RCC", "Pleno", "Petugas", "Tanggal Pleno", "DOKUMEN_LENGKAP", ""],
  [RCC, "Pleno", "SK Ditetapkan", "Kepala", "Nomor SK", "DOKUMEN_LENGKAP", ""],
  [RCC, "SK Ditetapkan", "Sertifikat Diserahkan", "Petugas", "", "DOKUMEN_LENGKAP", ""],
  [RCC, "Sertifikat Diserahkan", "Selesai", "Petugas", "", "DOKUMEN_LENGKAP", ""],
  [PESERTA, "Akun Dibuat", "APL.02 Diisi", "Petugas", "", "", ""],
  [PESERTA, "APL.02 Diisi", "Dikaji MA Penguji", "Verifikator", "", "", ""],
  // Seed 003, D23–D25: the certificate is drafted with the verdict; the head numbers it after the plenary and the SK.
  [PESERTA, "Dikaji MA Penguji", "Kompeten", "Verifikator, Kepala", "Nomor Registrasi Asesor", "", "SERTIFIKAT_ASESOR"],
  [PESERTA, "Dikaji MA Penguji", "Belum Kompeten", "Verifikator, Kepala", "Catatan Petugas", "", ""],
];

// Seed 003, lampiran IV, keterangan: numbered D1–D25 (25 numbers); D5–D8 each come as an A
// (approval) and a B variant, so the list holds 29 codes, written as the seed writes them.
export const RCC_DOCUMENTS: readonly DocumentRow[] = ([
  ["D1", "Aplikasi surat permohonan"],
  ["D2", "Verifikasi dan koordinasi permohonan"],
  ["D3", "Permohonan yang sudah divalidasi disetujui oleh Koor. SDM / Koor. Sertifikasi"],
  ["D4", "Permohonan yang sudah divalidasi tidak disetujui oleh Koor. SDM / Koor. Sertifikasi"],
  ["D5A", "Aplikasi draf surat persetujuan permohonan"],
  ["D5B", "Aplikasi draf surat tidak persetujuan permohonan"],
  ["D6A", "Aplikasi SPT MA Pelatih"],
  ["D6B", "Aplikasi SPT MA Penguji"],
  ["D7A", "Surat persetujuan permohonan yang sudah ditandatangani Ketua dan diberi nomor"],
  ["D7B", "Surat tidak persetujuan permohonan yang sudah ditandatangani Ketua dan diberi nomor"],
  ["D8A", "SPT MA Pelatih yang sudah ditandatangani Ketua dan diberi nomor"],
  ["D8B", "SPT MA Penguji yang sudah ditandatangani Ketua dan diberi nomor"],
  ["D9", "Laporan MA Penguji bahwa upgrading sudah sesuai surat persetujuan dan siap dimulai"],
  ["D10", "Daftar peserta yang direkomendasi untuk sertifikasi asesor kompetensi oleh MA Penguji"],
  ["D11", "Rekaman permohonan sertifikasi asesor kompetensi (APL.01.RCC)"],
  ["D12", "Aplikasi asesmen mandiri (APL.02.RCC)"],
  ["D13", "Rekaman asesmen mandiri (APL.02.RCC)"],
  ["D14", "Asesmen mandiri (APL.02.RCC) yang sudah dikaji dan divalidasi MA Penguji"],
  ["D15", "Rekaman asesmen"],
  ["D16", "Laporan asesmen"],
  ["D17", "Laporan MA Penguji penugasan uji kompetensi"],
  ["D18", "Laporan pelaksanaan RCC"],
  ["D19", "Bahan pleno panitia teknis"],
  ["D20", "Aplikasi berita acara pleno panitia teknis"],
  ["D21", "Aplikasi draf surat keputusan sertifikasi kompetensi"],
  ["D22", "Surat keputusan sertifikasi kompetensi yang sudah ditandatangani Ketua dan diberi nomor"],
  ["D23", "Sertifikat kompetensi asesor kompetensi yang sudah dicetak"],
  ["D24", "Sertifikat kompetensi asesor kompetensi yang sudah ditandatangani Ketua"],
  ["D25", "Tanda terima sertifikat kompetensi asesor kompetensi"],
] as const).map(([code, text]): DocumentRow => [RCC, code, text]);

// Pelatihan dan Asesmen Asesor Kompetensi (seed 003, lampiran V): RCC's shape, with the MA
// Pelatih's training (APL.01.ASKOM, D9–D14) before the assessment (APL.02.ASKOM, D15–D21) and the
// plenary of the Komisi Teknis. The whole batch is one case; no participant cases (lampiran V's
// D7A, unlike lampiran IV's, gives no accounts).
const PELATIHAN_SERVICES: ServiceRow[] = [
  [PELATIHAN, "Pelatihan dan Asesmen Asesor Kompetensi", REQUESTS, "PAK", "", "Hari Kerja", "",
    "Keputusan Ketua BNSP KEP.1516/BNSP UM.00.00/VII/2021, lampiran V (seed 003): alur pelatihan dan asesmen asesor kompetensi D1–D28; lama layanan tidak ditetapkan"],
];

// The register's RCC columns serve the training too (Tanggal Pelaksanaan: the training starts);
// the assessment after the training is the one date RCC has no column for.
const PELATIHAN_COLUMNS: CaseColumnRow[] = [
  [REQUESTS, "Tanggal Asesmen", "date", "", "", "", "Tanggal asesmen asesor kompetensi setelah pelatihan (lampiran V, D15)."],
];

const PELATIHAN_STATES: StateRow[] = [
  [PELATIHAN, "Diterima", 1, "Surat permohonan diterima (D1)", "", "", "Ya", "", "D1"],
  [PELATIHAN, "Diverifikasi", 2, "Verifikasi dan koordinasi permohonan (D2)", "", "", "", "", "D2"],
  [PELATIHAN, "Disetujui", 3, "Disetujui Koor. SDM / Koor. Sertifikasi; draf surat persetujuan dan SPT MA Pelatih/Penguji", "", "", "", "", "D3, D5A, D6A, D6B"],
  [PELATIHAN, "Tidak Disetujui", 4, "Tidak disetujui Koor. SDM / Koor. Sertifikasi; draf surat tidak persetujuan", "", "", "", "", "D4, D5B"],
  // Not final, so that leaving it checks D7B: the signed refusal is on file before the case closes.
  [PELATIHAN, "Ditolak", 5, "Surat tidak persetujuan ditandatangani Ketua dan diberi nomor (D7B)", "", "", "", "", "D7B"],
  [PELATIHAN, "Ditutup", 6, "Surat tidak persetujuan disampaikan; permohonan ditutup", "", "", "", "Ya", ""],
  [PELATIHAN, "Ditandatangani", 7, "Surat persetujuan dan SPT MA Pelatih/Penguji ditandatangani Ketua dan diberi nomor", "", "", "", "", "D7A, D8A, D8B"],
  [PELATIHAN, "Pelatihan", 8, "Pelatihan oleh MA Pelatih; APL.01.ASKOM dikaji dan divalidasi MA Pelatih (D9–D14)", "", "", "", "", "D9, D10, D11, D12, D13, D14"],
  [PELATIHAN, "Asesmen", 9, "APL.02.ASKOM dikaji MA Penguji, asesmen dan laporan (D15–D21)", "", "", "", "", "D15, D16, D17, D18, D19, D20, D21"],
  [PELATIHAN, "Pleno Komtek", 10, "Pleno Komisi Teknis (D22, D23)", "", "", "", "", "D22, D23"],
  [PELATIHAN, "SK Ditetapkan", 11, "SK sertifikasi kompetensi ditandatangani Ketua dan diberi nomor (D24, D25)", "", "", "", "", "D24, D25"],
  [PELATIHAN, "Sertifikat Diserahkan", 12, "Sertifikat dicetak, ditandatangani Ketua, dan diterima (D26–D28)", "", "", "", "", "D26, D27, D28"],
  [PELATIHAN, "Selesai", 13, "Pelatihan dan asesmen asesor kompetensi selesai", "", "", "", "Ya", ""],
];

// Every move leaves a state that lists its D-codes, so each one is guarded by DOKUMEN_LENGKAP.
const PELATIHAN_MOVES: MoveRow[] = [
  [PELATIHAN, "Diterima", "Diverifikasi", "Petugas", "", "DOKUMEN_LENGKAP", ""],
  // The RCC's three letters serve lampiran V too: they name the service and its APL.02.ASKOM (D5A/D5B, D6A/D6B).
  [PELATIHAN, "Diverifikasi", "Disetujui", "Verifikator, Kepala", "Peserta Disetujui, Master Asesor Pelatih, Master Asesor Penguji, Tanggal Pelaksanaan", "DOKUMEN_LENGKAP", "PERSETUJUAN_RCC, SPT_MASTER_ASESOR"],
  [PELATIHAN, "Diverifikasi", "Tidak Disetujui", "Verifikator, Kepala", "Alasan Penolakan", "DOKUMEN_LENGKAP", "PENOLAKAN_RCC"],
  [PELATIHAN, "Disetujui", "Ditandatangani", "Kepala", "Nomor Surat Persetujuan", "DOKUMEN_LENGKAP", ""],
  [PELATIHAN, "Tidak Disetujui", "Ditolak", "Kepala", "Nomor Surat Penolakan", "DOKUMEN_LENGKAP", ""],
  [PELATIHAN, "Ditolak", "Ditutup", "Petugas", "", "DOKUMEN_LENGKAP", ""],
  [PELATIHAN, "Ditandatangani", "Pelatihan", "Petugas", "Tanggal Pelaksanaan", "DOKUMEN_LENGKAP", ""],
  [PELATIHAN, "Pelatihan", "Asesmen", "Petugas", "Tanggal Asesmen", "DOKUMEN_LENGKAP", ""],
  [PELATIHAN, "Asesmen", "Pleno Komtek", "Petugas", "Tanggal Pleno", "DOKUMEN_LENGKAP", ""],
  [PELATIHAN, "Pleno Komtek", "SK Ditetapkan", "Kepala", "Nomor SK", "DOKUMEN_LENGKAP", ""],
  [PELATIHAN, "SK Ditetapkan", "Sertifikat Diserahkan", "Petugas", "", "DOKUMEN_LENGKAP", ""],
  [PELATIHAN, "Sertifikat Diserahkan", "Selesai", "Petugas", "", "DOKUMEN_LENGKAP", ""],
];

// Seed 003, lampiran V, keterangan: numbered D1–D28 (28 numbers); as in lampiran IV, D5–D8 each
// come as an A (approval) and a B variant, so the list holds 32 codes, written as the seed writes them.
export const PELATIHAN_DOCUMENTS: readonly DocumentRow[] = ([
  ["D1", "Aplikasi surat permohonan"],
  ["D2", "Verifikasi dan koordinasi permohonan"],
  ["D3", "Permohonan yang sudah divalidasi disetujui oleh Koor. SDM / Koor. Sertifikasi"],
  ["D4", "Permohonan yang sudah divalidasi tidak disetujui oleh Koor. SDM / Koor. Sertifikasi"],
  ["D5A", "Aplikasi draf surat persetujuan"],
  ["D5B", "Aplikasi draf surat tidak persetujuan permohonan"],
  ["D6A", "Aplikasi SPT MA Pelatih"],
  ["D6B", "Aplikasi SPT MA Penguji"],
  ["D7A", "Surat persetujuan permohonan yang sudah ditandatangani Ketua dan diberi nomor"],
  ["D7B", "Surat tidak persetujuan permohonan yang sudah ditandatangani Ketua dan diberi nomor"],
  ["D8A", "SPT MA Pelatih yang sudah ditandatangani Ketua dan diberi nomor"],
  ["D8B", "SPT MA Penguji yang sudah ditandatangani Ketua dan diberi nomor"],
  ["D9", "Laporan MA Pelatih bahwa pelatihan sudah sesuai surat persetujuan dan siap dimulai"],
  ["D10", "Daftar peserta yang direkomendasi untuk sertifikasi asesor kompetensi oleh MA Pelatih"],
  ["D11", "Aplikasi permohonan sertifikasi asesor kompetensi (APL.01.ASKOM)"],
  ["D12", "Rekaman permohonan sertifikasi asesor kompetensi (APL.01.ASKOM)"],
  ["D13", "Permohonan sertifikasi asesor kompetensi yang sudah dikaji dan divalidasi oleh MA Pelatih"],
  ["D14", "Laporan MA Pelatih penugasan pelatihan Askom"],
  ["D15", "Aplikasi asesmen mandiri (APL.02.ASKOM)"],
  ["D16", "Rekaman asesmen mandiri (APL.02.ASKOM)"],
  ["D17", "Asesmen mandiri (APL.02.ASKOM) yang sudah dikaji dan divalidasi MA Penguji"],
  ["D18", "Rekaman asesmen"],
  ["D19", "Laporan asesmen"],
  ["D20", "Laporan MA Penguji penugasan uji kompetensi"],
  ["D21", "Laporan pelaksana pelatihan Askom"],
  ["D22", "Bahan pleno Komisi Teknis (Komtek)"],
  ["D23", "Aplikasi berita acara pleno Komisi Teknis (Komtek)"],
  ["D24", "Aplikasi draf surat keputusan sertifikasi kompetensi"],
  ["D25", "Surat keputusan sertifikasi kompetensi yang sudah ditandatangani Ketua dan diberi nomor"],
  ["D26", "Sertifikat kompetensi asesor kompetensi yang sudah dicetak"],
  ["D27", "Sertifikat asesor kompetensi yang sudah ditandatangani Ketua"],
  ["D28", "Tanda terima sertifikat kompetensi teknis asesor kompetensi"],
] as const).map(([code, text]): DocumentRow => [PELATIHAN, code, text]);

export const ASESOR_SEED: ServiceSeed = {
  services: [...SERVICES, ...PELATIHAN_SERVICES],
  caseColumns: [...CASE_COLUMNS, ...PELATIHAN_COLUMNS],
  states: [...STATES, ...PELATIHAN_STATES],
  moves: [...MOVES, ...PELATIHAN_MOVES],
  documents: [...RCC_DOCUMENTS, ...PELATIHAN_DOCUMENTS],
  registers: [REQUESTS, PARTICIPANTS],
};
