// Indonesian names of the Lisensi LSP letters' data fields (seed 003, lampiran VI): the register's
// column names where a field comes from one cell, so staff find the cell to fill.
export const LISENSI_FIELD_LABELS: Readonly<Record<string, string>> = {
  lsp: "LSP", schemes: "skema", team: "tim yang ditugaskan (Ketua Tim Asesor, Anggota Tim Asesor atau Penyaksi)",
  start: "tanggal pelaksanaan", end: "tanggal selesai", submittedDate: "Tanggal Pengajuan", appreciationDate: "Tanggal Apresiasi",
  appreciationTime: "pukul apresiasi", appreciationPlace: "Tempat Apresiasi", plenaryDate: "Tanggal Pleno",
  licenceNumber: "Nomor Sertifikat Lisensi", validUntil: "Lisensi Berlaku Sampai", decree: "SK Lisensi (Nomor SK Lisensi, Tanggal SK Lisensi)",
  lksDays: "jarak asesmen lengkap ke LKS ditutup (hari kalender)",
};
