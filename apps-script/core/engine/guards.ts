// The guards a workflow move may name in Alur Transisi "Syarat": one registry, keyed by name
// (as xstate's setup({ guards })). A name not listed here is refused when the workflow loads.

/** Guard names with what each checks; their evaluation lives beside them in this module. */
export const GUARD_DESCRIPTIONS = {
  DATA_VALID: "data permohonan tanpa masalah di Catatan Validasi",
  BERKAS_LENGKAP: "semua dokumen skema sudah diserahkan",
  MEMENUHI_SYARAT: "memenuhi persyaratan dasar skema",
  KOMPETEN: "kompeten di semua unit skema (Hasil Asesmen, atau Rekomendasi Asesor K)",
  BELUM_KOMPETEN: "belum kompeten (ada unit BK di Hasil Asesmen, atau Rekomendasi Asesor BK)",
  UJI_TERLAKSANA: "Jadwal Uji sudah lewat atau hari ini (uji kompetensi sudah dilaksanakan)",
  SURAT_DISETUJUI: "semua surat kasus ini sudah disetujui dan bernomor (atau dibatalkan)",
} as const;

export type GuardName = keyof typeof GUARD_DESCRIPTIONS;

export const GUARD_NAMES: ReadonlySet<string> = new Set(Object.keys(GUARD_DESCRIPTIONS));
