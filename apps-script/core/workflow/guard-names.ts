// The guard names a workflow move may list in Alur Transisi "Syarat", with what each checks.
// Kept free of imports so the register catalog can print them; their checks: engine/guards.ts.

export const GUARD_DESCRIPTIONS = {
  DATA_VALID: "data permohonan tanpa masalah di Catatan Validasi",
  BERKAS_LENGKAP: "semua dokumen skema sudah diserahkan",
  MEMENUHI_SYARAT: "memenuhi persyaratan dasar skema",
  KOMPETEN: "kompeten di semua unit skema (Hasil Asesmen, atau Rekomendasi Asesor K bila unit belum direkam)",
  BELUM_KOMPETEN: "belum kompeten (ada unit BK di Hasil Asesmen, atau Rekomendasi Asesor BK)",
  UJI_TERLAKSANA: "Jadwal Uji sudah tiba (uji kompetensi sudah dilaksanakan)",
  SURAT_DISETUJUI: "semua surat kasus ini sudah disetujui dan bernomor (atau dibatalkan)",
} as const;

export type GuardName = keyof typeof GUARD_DESCRIPTIONS;
