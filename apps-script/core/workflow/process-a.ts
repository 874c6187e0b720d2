// Process A, "Sertifikasi Kompetensi bagi PNS", as shipped rows of the Alur registers.
// Steps and SLAs (hari kerja) from seed 000 (BKPSDM service standard) and seed 002 (SOP BPSDM
// Sulawesi Barat 002.00.01/45/2023): receive 5, verify 10, plan 5, test 3, results meeting 1,
// decision 1, certificate 5 — 30 in all, the service promise counted from the complete dossier.
// A case reaches a final state only once its letters are approved (engine rule), so both
// outcomes of the decision go through Penyerahan, where the documents are handed over.

export const PROCESS_A_CODE = "SERTIFIKASI_PNS";

type StateRow = [status: string, order: number, stage: string, sla: number | "", clockStops: "Ya" | "", startsService: "Ya" | "", final: "Ya" | "", documents: string];
type MoveRow = [from: string, to: string, roles: string, required: string, guards: string, letters: string];

const STATES: StateRow[] = [
  ["Diterima", 1, "Menerima permohonan sertifikasi (pemeriksaan kelengkapan berkas)", 5, "", "", "", "Formulir pendaftaran, FR.APL.01"],
  ["Dikembalikan", 2, "Berkas tidak lengkap dikembalikan kepada pemohon (jam layanan berhenti)", "", "Ya", "", "", "Surat pengembalian berkas"],
  ["Verifikasi", 3, "Verifikasi persyaratan asesi (administratif dan substantif) dan rekap data", 10, "", "Ya", "", "FR.APL.02"],
  ["Perencanaan", 4, "Membuat rencana sertifikasi / penetapan peserta, surat tugas asesor, jadwal dan TUK", 5, "", "", "", "FR.MAPA.01, surat tugas, undangan"],
  ["Uji Kompetensi", 5, "Pelaksanaan uji kompetensi oleh asesor di TUK", 3, "", "", "", "Daftar hadir, FR.AK.01, FR.IA"],
  ["Rapat Hasil", 6, "Rapat hasil sertifikasi: penilaian asesor, rekap nilai K/BK per unit", 1, "", "", "", "FR.AK.02, FR.AK.05, berita acara"],
  ["Penetapan", 7, "Mengeluarkan surat penetapan (SK)", 1, "", "", "", "SK penetapan"],
  ["Penerbitan Sertifikat", 8, "Menerbitkan sertifikat kompetensi dan surat keterangan hasil uji", 5, "", "", "", "Sertifikat, surat keterangan"],
  ["Penyerahan", 9, "Penyerahan sertifikat atau surat keterangan hasil uji oleh petugas kepada peserta", "", "", "", "", "Tanda terima"],
  ["Selesai", 10, "Layanan selesai", "", "", "", "Ya", ""],
  ["Ditolak", 11, "Permohonan ditolak dengan surat alasan", "", "", "", "Ya", "Surat penolakan"],
  ["Dibatalkan", 12, "Permohonan dibatalkan atau ditarik pemohon", "", "", "", "Ya", ""],
];

const MOVES: MoveRow[] = [
  ["Diterima", "Verifikasi", "Petugas", "", "DATA_VALID, BERKAS_LENGKAP", "TANDA_TERIMA, INFORMASI_SERTIFIKASI"],
  ["Diterima", "Dikembalikan", "Petugas", "Catatan Petugas", "", "PENGEMBALIAN_BERKAS"],
  ["Diterima", "Dibatalkan", "Petugas", "Catatan Petugas", "", ""],
  ["Dikembalikan", "Diterima", "Petugas", "", "", ""],
  ["Dikembalikan", "Dibatalkan", "Petugas", "Catatan Petugas", "", ""],
  ["Verifikasi", "Perencanaan", "Verifikator", "", "DATA_VALID, BERKAS_LENGKAP, MEMENUHI_SYARAT", "PERSETUJUAN"],
  ["Verifikasi", "Ditolak", "Verifikator", "Catatan Petugas", "", "PENOLAKAN"],
  ["Verifikasi", "Dikembalikan", "Verifikator", "Catatan Petugas", "", "PENGEMBALIAN_BERKAS"],
  ["Perencanaan", "Uji Kompetensi", "Petugas, Verifikator", "Jadwal Uji, Kode TUK, Asesor", "", "SURAT_TUGAS, UNDANGAN_UJI, DAFTAR_HADIR"],
  ["Uji Kompetensi", "Rapat Hasil", "Asesor", "", "UJI_TERLAKSANA", ""],
  ["Rapat Hasil", "Uji Kompetensi", "Asesor", "Jadwal Uji", "", "UNDANGAN_UJI"],
  ["Rapat Hasil", "Penetapan", "Asesor, Verifikator", "Rekomendasi Asesor", "", "BERITA_ACARA"],
  ["Penetapan", "Penerbitan Sertifikat", "Kepala", "", "KOMPETEN", "SK_PENETAPAN, SERTIFIKAT, SURAT_KETERANGAN"],
  // Belum kompeten: the SK and the statement of results are handed over too (seed 002 step 9).
  ["Penetapan", "Penyerahan", "Kepala", "", "BELUM_KOMPETEN", "SK_PENETAPAN, SURAT_KETERANGAN, TANDA_TERIMA_PENYERAHAN"],
  ["Penerbitan Sertifikat", "Penyerahan", "Petugas", "", "", "TANDA_TERIMA_PENYERAHAN"],
  ["Penyerahan", "Selesai", "Petugas", "", "", ""],
];

/** Rows for the Alur register, header-keyed. */
export function processAStateRows(): Record<string, string | number>[] {
  return STATES.map(([status, order, stage, sla, clockStops, startsService, final, documents]) => ({
    "Kode Alur": PROCESS_A_CODE,
    Status: status,
    Urutan: order,
    Tahap: stage,
    "SLA (hari kerja)": sla,
    "Jam Berhenti": clockStops || "Tidak",
    "Mulai Hitung Layanan": startsService || "Tidak",
    "Status Akhir": final || "Tidak",
    "Dokumen Diharapkan": documents,
  }));
}

/** Rows for the Alur Transisi register, header-keyed. */
export function processAMoveRows(): Record<string, string>[] {
  return MOVES.map(([from, to, roles, required, guards, letters]) => ({
    "Kode Alur": PROCESS_A_CODE,
    Dari: from,
    Ke: to,
    Peran: roles,
    "Wajib Diisi": required,
    Syarat: guards,
    Surat: letters,
  }));
}
