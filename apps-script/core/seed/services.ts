// The services a new workbook ships with, as register rows: each service's Layanan row, the
// columns of its case register (Kolom Kasus), its states (Alur), moves (Alur Transisi) and
// documents (Jenis Dokumen). An office changes them by editing those rows, never this file.
// Sources: seed 003 (Keputusan Ketua BNSP 2021, lampiran I: surat masuk / keluar), seed 000
// item 6 (pengaduan, tindak lanjut maksimal 3 hari kerja), seed 001 (hak banding, FR.AK.04).
import type { ServiceDef } from "../workflow/service";
import { PROCESS_A_CODE } from "../workflow/process-a";
import type { CaseColumnRow, DocumentRow, MoveRow, ServiceRow, ServiceSeed, StateRow } from "./service-seed";
import { ASESOR_SEED } from "./services-asesor";
import { LAN_SEED } from "./services-lan";
import { LISENSI_SEED } from "./services-lisensi";

type Cells = Record<string, string | number>;

/** Seeds 003 (lampiran IV–VI: RCC, pelatihan asesor, lisensi LSP) and 004 (LAN), one module each. */
const FAMILIES: readonly ServiceSeed[] = [ASESOR_SEED, LISENSI_SEED, LAN_SEED];

const CORE_SERVICES: readonly ServiceRow[] = [
  [PROCESS_A_CODE, "Sertifikasi Kompetensi bagi PNS", "Permohonan", "", 30, "Hari Kerja", "",
    "Standar pelayanan BKPSDM (seed 000) dan SOP BPSDM Sulawesi Barat 002.00.01/45/2023 (seed 002): paling lama 30 hari kerja sejak berkas dinyatakan lengkap dan benar"],
  ["SURAT_MASUK", "Surat Masuk BNSP", "Surat Masuk", "SM", "", "Hari Kerja", "15:00",
    "Keputusan Ketua BNSP 2021, lampiran I (seed 003): disposisi pada jam kerja 08:00–15:00, surat setelah 15:00 didisposisi hari kerja berikutnya (TS = tanggal sama)"],
  ["SURAT_KELUAR_SEKRETARIAT", "Surat Keluar dari Sekretariat BNSP", "Surat Keluar", "SKS", 2, "Hari Kerja", "15:00",
    "Keputusan Ketua BNSP 2021, lampiran I (seed 003): surat keluar dari Sekretariat 2 hari kerja"],
  ["SURAT_KELUAR_ANGGOTA", "Surat Keluar dari Anggota BNSP", "Surat Keluar", "SKA", 1, "Hari Kerja", "15:00",
    "Keputusan Ketua BNSP 2021, lampiran I (seed 003): surat keluar dari Anggota BNSP 1 hari kerja"],
  ["PENGADUAN", "Pengelolaan Pengaduan", "Pengaduan", "ADU", 3, "Hari Kerja", "",
    "Standar pelayanan BKPSDM (seed 000) butir 6: tindak lanjut pengaduan maksimal 3 hari kerja"],
  ["BANDING", "Banding atas Keputusan Sertifikasi", "Banding", "BDG", 14, "Hari Kerja", "",
    "Skema SS-05/LSP-BPSDM DKI/V/2022 (seed 001): hak asesi mengajukan banding (FR.AK.04); lama pemeriksaan ditetapkan kantor"],
];

const CORE_CASE_COLUMNS: readonly CaseColumnRow[] = [
  ["Surat Masuk", "Waktu Diterima", "datetime", "Ya", "", "Ya", "Tanggal dan jam surat diterima; setelah jam batas dihitung hari kerja berikutnya."],
  ["Surat Masuk", "Nomor Surat Pengirim", "text", "Ya", "", "", ""],
  ["Surat Masuk", "Tanggal Surat", "date", "", "", "", ""],
  ["Surat Masuk", "Pengirim", "text", "Ya", "", "", ""],
  ["Surat Masuk", "Perihal", "text", "Ya", "", "", ""],
  ["Surat Masuk", "Ditujukan Kepada", "choice", "Ya", "Ketua BNSP, Sekretariat, Lisensi, Asesor Kompetensi", "", "Surat untuk Lisensi atau Asesor Kompetensi langsung diteruskan ke bagian itu."],
  ["Surat Masuk", "Disposisi Kepada", "text", "", "", "", "Diisi pimpinan saat disposisi."],
  ["Surat Masuk", "Isi Disposisi", "text", "", "", "", ""],
  ["Surat Keluar", "Kode Alur", "choice", "Ya", "SURAT_KELUAR_SEKRETARIAT, SURAT_KELUAR_ANGGOTA", "", "Dari Sekretariat (2 hari kerja) atau dari Anggota BNSP (1 hari kerja)."],
  ["Surat Keluar", "Waktu Konsep", "datetime", "Ya", "", "Ya", "Saat konsep surat diterima bagian tata usaha."],
  ["Surat Keluar", "Perihal", "text", "Ya", "", "", ""],
  ["Surat Keluar", "Tujuan", "text", "Ya", "", "", ""],
  ["Surat Keluar", "Konseptor", "text", "Ya", "", "", ""],
  ["Surat Keluar", "Nomor Surat Keluar", "text", "", "", "", "Diisi setelah ditandatangani."],
  ["Surat Keluar", "Tanggal Kirim", "date", "", "", "", ""],
  ["Pengaduan", "Waktu Diterima", "datetime", "Ya", "", "Ya", "Pengaduan diterima pada jam dan hari kerja."],
  ["Pengaduan", "Saluran", "choice", "Ya", "Langsung, E-mail Resmi, Helpdesk, SP4N-LAPOR!", "", "Seed 000 butir 6."],
  ["Pengaduan", "Nama Pengadu", "text", "Ya", "", "", ""],
  ["Pengaduan", "Email Pengadu", "email", "", "", "", "Untuk surat jawaban."],
  ["Pengaduan", "Isi Pengaduan", "text", "Ya", "", "", ""],
  ["Pengaduan", "ID Kasus Terkait", "text", "", "", "", "ID permohonan atau kasus lain yang diadukan, bila ada."],
  ["Pengaduan", "Tindak Lanjut", "text", "", "", "", "Apa yang dilakukan atas pengaduan ini."],
  ["Banding", "Tanggal Banding", "date", "Ya", "", "Ya", "Tanggal FR.AK.04 diterima."],
  ["Banding", "ID Permohonan", "case", "Ya", "Permohonan", "", "Permohonan yang keputusannya dibanding."],
  ["Banding", "Nama Pemohon Banding", "text", "Ya", "", "", ""],
  ["Banding", "Alasan Banding", "text", "Ya", "", "", ""],
  ["Banding", "Anggota Panel", "text", "", "", "", "Panel banding yang memeriksa."],
  ["Banding", "Putusan Panel", "choice", "", "Diterima, Ditolak", "", "Diterima: asesmen ulang. Ditolak: keputusan semula tetap."],
];

const CORE_STATES: readonly StateRow[] = [
  // Seed 003: recorded, then disposed the same working day ("TS"), or the next after 15:00.
  ["SURAT_MASUK", "Diterima", 1, "Surat dicatat di buku agenda surat masuk", 0, "", "Ya", "", ""],
  ["SURAT_MASUK", "Didisposisi", 2, "Pimpinan mendisposisi surat; lembar disposisi dibuat", 1, "", "", "", "LD"],
  ["SURAT_MASUK", "Diteruskan ke Bagian", 3, "Surat untuk Lisensi atau Asesor Kompetensi diteruskan langsung ke bagiannya", 1, "", "", "", "LD"],
  ["SURAT_MASUK", "Selesai", 4, "Surat diterima bagian yang dituju", "", "", "", "Ya", ""],
  ["SURAT_KELUAR_SEKRETARIAT", "Konsep", 1, "Konsep surat diterima tata usaha", "", "", "Ya", "", ""],
  ["SURAT_KELUAR_SEKRETARIAT", "Diperiksa", 2, "Konsep diperiksa (paraf berjenjang)", "", "", "", "", ""],
  ["SURAT_KELUAR_SEKRETARIAT", "Ditandatangani", 3, "Ditandatangani dan diberi nomor", "", "", "", "", ""],
  ["SURAT_KELUAR_SEKRETARIAT", "Dikirim", 4, "Surat dikirim kepada tujuan", "", "", "", "Ya", ""],
  ["SURAT_KELUAR_SEKRETARIAT", "Dibatalkan", 5, "Konsep dibatalkan", "", "", "", "Ya", ""],
  ["SURAT_KELUAR_ANGGOTA", "Konsep", 1, "Konsep surat Anggota BNSP diterima tata usaha", "", "", "Ya", "", ""],
  ["SURAT_KELUAR_ANGGOTA", "Diperiksa", 2, "Konsep diperiksa", "", "", "", "", ""],
  ["SURAT_KELUAR_ANGGOTA", "Ditandatangani", 3, "Ditandatangani Anggota BNSP dan diberi nomor", "", "", "", "", ""],
  ["SURAT_KELUAR_ANGGOTA", "Dikirim", 4, "Surat dikirim kepada tujuan", "", "", "", "Ya", ""],
  ["SURAT_KELUAR_ANGGOTA", "Dibatalkan", 5, "Konsep dibatalkan", "", "", "", "Ya", ""],
  ["PENGADUAN", "Diterima", 1, "Pengaduan dicatat (langsung, e-mail resmi, helpdesk, SP4N-LAPOR!)", 1, "", "Ya", "", ""],
  ["PENGADUAN", "Ditindaklanjuti", 2, "Pengaduan ditindaklanjuti unit layanan", 2, "", "", "", ""],
  ["PENGADUAN", "Dijawab", 3, "Jawaban disampaikan kepada pengadu", "", "", "", "Ya", ""],
  ["BANDING", "Diajukan", 1, "Banding (FR.AK.04) diterima dan dicatat", 2, "", "Ya", "", "FR.AK.04"],
  ["BANDING", "Diperiksa Panel", 2, "Panel banding memeriksa keputusan dan bukti", 10, "", "", "", "FR.AK.04"],
  ["BANDING", "Diputuskan", 3, "Putusan panel disampaikan kepada asesi", 2, "", "", "", ""],
  ["BANDING", "Selesai", 4, "Banding selesai; putusan tercatat pada Riwayat permohonan", "", "", "", "Ya", ""],
  ["BANDING", "Ditolak Administratif", 5, "Banding tidak dapat diterima (lewat batas waktu pengajuan)", "", "", "", "Ya", ""],
];

const CORE_MOVES: readonly MoveRow[] = [
  ["SURAT_MASUK", "Diterima", "Didisposisi", "Kepala", "Disposisi Kepada", "", "LEMBAR_DISPOSISI"],
  ["SURAT_MASUK", "Diterima", "Diteruskan ke Bagian", "Petugas", "", "ISIAN(Ditujukan Kepada = Lisensi / Asesor Kompetensi)", "LEMBAR_DISPOSISI"],
  ["SURAT_MASUK", "Didisposisi", "Selesai", "Petugas", "", "DOKUMEN_LENGKAP", ""],
  ["SURAT_MASUK", "Diteruskan ke Bagian", "Selesai", "Petugas", "", "DOKUMEN_LENGKAP", ""],
  ...(["SURAT_KELUAR_SEKRETARIAT", "SURAT_KELUAR_ANGGOTA"] as const).flatMap((code): MoveRow[] => [
    [code, "Konsep", "Diperiksa", "Petugas", "", "DATA_VALID", ""],
    [code, "Konsep", "Dibatalkan", "Petugas", "Catatan Petugas", "", ""],
    [code, "Diperiksa", "Konsep", "Verifikator, Kepala", "Catatan Petugas", "", ""],
    [code, "Diperiksa", "Ditandatangani", "Kepala", "Nomor Surat Keluar", "", ""],
    [code, "Ditandatangani", "Dikirim", "Petugas", "Tanggal Kirim", "", ""],
  ]),
  ["PENGADUAN", "Diterima", "Ditindaklanjuti", "Petugas, Verifikator", "Tindak Lanjut", "DATA_VALID", ""],
  ["PENGADUAN", "Ditindaklanjuti", "Dijawab", "Verifikator, Kepala", "", "", "JAWABAN_PENGADUAN"],
  ["BANDING", "Diajukan", "Diperiksa Panel", "Verifikator", "Anggota Panel", "DATA_VALID, BANDING_TEPAT_WAKTU", ""],
  ["BANDING", "Diajukan", "Ditolak Administratif", "Verifikator", "Catatan Petugas", "", "PUTUSAN_BANDING"],
  ["BANDING", "Diperiksa Panel", "Diputuskan", "Kepala, Verifikator", "Putusan Panel", "", "PUTUSAN_BANDING"],
  ["BANDING", "Diputuskan", "Selesai", "Petugas", "", "", ""],
];

const CORE_DOCUMENTS: readonly DocumentRow[] = [
  ["SURAT_MASUK", "LD", "Lembar disposisi yang ditandatangani pimpinan"],
  ["BANDING", "FR.AK.04", "Formulir banding asesmen (FR.AK.04) yang diisi asesi"],
  // Seed 000, persyaratan pelayanan: the 12 documents a BKPSDM applicant hands in.
  [PROCESS_A_CODE, "BKPSDM-01", "Surat permohonan proposal"],
  [PROCESS_A_CODE, "BKPSDM-02", "Surat usulan dari Perangkat Daerah"],
  [PROCESS_A_CODE, "BKPSDM-03", "Surat permohonan mengikuti seleksi"],
  [PROCESS_A_CODE, "BKPSDM-04", "Fotokopi SK pangkat terakhir"],
  [PROCESS_A_CODE, "BKPSDM-05", "Fotokopi SK jabatan terakhir"],
  [PROCESS_A_CODE, "BKPSDM-06", "Sasaran Kinerja Pegawai (SKP) terakhir"],
  [PROCESS_A_CODE, "BKPSDM-07", "Pas foto"],
  [PROCESS_A_CODE, "BKPSDM-08", "Portofolio"],
  [PROCESS_A_CODE, "BKPSDM-09", "Formulir pendaftaran"],
  [PROCESS_A_CODE, "BKPSDM-10", "Rekomendasi Kepala Perangkat Daerah"],
  [PROCESS_A_CODE, "BKPSDM-11", "Rekomendasi Sekretaris Daerah"],
  [PROCESS_A_CODE, "BKPSDM-12", "Surat pernyataan keabsahan dokumen"],
];

const SERVICES: readonly ServiceRow[] = [...CORE_SERVICES, ...FAMILIES.flatMap((f) => f.services)];
const CASE_COLUMNS: readonly CaseColumnRow[] = [...CORE_CASE_COLUMNS, ...FAMILIES.flatMap((f) => f.caseColumns)];
const STATES: readonly StateRow[] = [...CORE_STATES, ...FAMILIES.flatMap((f) => f.states)];
const MOVES: readonly MoveRow[] = [...CORE_MOVES, ...FAMILIES.flatMap((f) => f.moves)];
const DOCUMENTS: readonly DocumentRow[] = [...CORE_DOCUMENTS, ...FAMILIES.flatMap((f) => f.documents)];

const unitOf = (unit: string): ServiceDef["dayUnit"] => (unit === "Hari Kalender" ? "hari kalender" : "hari kerja");
const minuteOf = (time: string): number | null => (time === "" ? null : Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)));

/** The shipped services as the engine reads them (for tools that run without a workbook). */
export const SHIPPED_SERVICES: readonly ServiceDef[] = SERVICES.map(([code, name, register, idPrefix, sla, unit, cutOff, basis]) => ({
  code, name, register, idPrefix, slaDays: sla === "" ? null : sla, dayUnit: unitOf(unit), cutOffMinute: minuteOf(cutOff), basis,
}));

export function serviceRows(): Cells[] {
  return SERVICES.map(([code, name, register, prefix, sla, unit, cutOff, basis]) => ({
    "Kode Alur": code, "Nama Layanan": name, "Register Kasus": register, "Prefiks ID": prefix, "SLA Layanan": sla, "Satuan Hari": unit, "Jam Batas": cutOff, Dasar: basis,
  }));
}

export function caseColumnRows(): Cells[] {
  return CASE_COLUMNS.map(([register, column, type, required, options, startsClock, note]) => ({
    Register: register, Kolom: column, Tipe: type, Wajib: required || "Tidak", Pilihan: options, "Awal Hitung": startsClock || "Tidak", Keterangan: note,
  }));
}

/** Alur rows of the shipped services other than process A (process-a.ts has its own). */
export function serviceStateRows(): Cells[] {
  return STATES.map(([code, status, order, stage, sla, clockStops, startsService, final, documents, dueFrom]) => ({
    "Kode Alur": code, Status: status, Urutan: order, Tahap: stage, "SLA (hari kerja)": sla,
    "Jam Berhenti": clockStops || "Tidak", "Mulai Hitung Layanan": startsService || "Tidak", "Status Akhir": final || "Tidak", "Dokumen Diharapkan": documents,
    ...(dueFrom ? { "Dihitung Dari": dueFrom } : {}),
  }));
}

export function serviceMoveRows(): Cells[] {
  return MOVES.map(([code, from, to, roles, required, guards, letters]) => ({
    "Kode Alur": code, Dari: from, Ke: to, Peran: roles, "Wajib Diisi": required, Syarat: guards, Surat: letters,
  }));
}

export function documentTypeRows(): Cells[] {
  return DOCUMENTS.map(([code, document, description]) => ({ "Kode Alur": code, "Kode Dokumen": document, Uraian: description, Keterangan: "" }));
}

/** The case registers the shipped services use besides Permohonan, in the order their tabs are made. */
export const SHIPPED_CASE_REGISTERS: readonly string[] = ["Surat Masuk", "Surat Keluar", "Pengaduan", "Banding", ...FAMILIES.flatMap((f) => f.registers)];
