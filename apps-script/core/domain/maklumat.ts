// The office's public promise (maklumat pelayanan, seed 000) and what a certificate holder owes
// (Kewajiban Pemegang Sertifikat, seed 001), in one place: the certificate's back page, the public
// verification page and the application form's description print these same words.

/** The maklumat pelayanan as the office's Standar Pelayanan states it (seed 000). */
export const MAKLUMAT_PELAYANAN =
  "Dengan ini kami menyatakan sanggup menyelenggarakan Kegiatan Pelatihan dan Uji Kompetensi Profesi bagi Pegawai Negeri Sipil "
  + "sesuai Standar Pelayanan yang telah ditetapkan dan apabila tidak menepati janji pelayanan, kami siap menerima sanksi sesuai "
  + "ketentuan peraturan perundang-undangan.";

/** Jaminan Pelayanan (seed 000, item 12): how the service is given. */
export const JAMINAN_PELAYANAN = "Pelayanan diberikan secara cepat, mudah, transparan, akuntabel, dan non diskriminatif.";

/** Kewajiban Pemegang Sertifikat (seed 001), in the order the scheme lists them. */
export const KEWAJIBAN_PEMEGANG: readonly string[] = [
  "Menjamin bahwa sertifikat kompetensi tidak disalahgunakan.",
  "Menjamin terpeliharanya kompetensi yang sesuai pada sertifikat kompetensi.",
  "Menjamin bahwa seluruh pernyataan dan informasi yang diberikan adalah terbaru, benar, dan dapat dipertanggungjawabkan.",
  "Menjamin menaati aturan penggunaan sertifikat.",
];

export const MAKLUMAT_TITLE = "Maklumat Pelayanan";
export const KEWAJIBAN_TITLE = "Kewajiban Pemegang Sertifikat";

/** What the certificate's back page and the templates read (`maklumat.*`). */
export interface MaklumatView {
  readonly judulMaklumat: string;
  readonly maklumat: string;
  readonly jaminan: string;
  readonly judulKewajiban: string;
  readonly kewajiban: readonly string[];
}

export const MAKLUMAT_VIEW: MaklumatView = {
  judulMaklumat: MAKLUMAT_TITLE, maklumat: MAKLUMAT_PELAYANAN, jaminan: JAMINAN_PELAYANAN,
  judulKewajiban: KEWAJIBAN_TITLE, kewajiban: KEWAJIBAN_PEMEGANG,
};

/** The same as plain text (a form's description has no markup): blocks separated by blank lines. */
export function maklumatText(options: { readonly withObligations: boolean }): string {
  const blocks = [`${MAKLUMAT_TITLE}: “${MAKLUMAT_PELAYANAN}” ${JAMINAN_PELAYANAN}`];
  if (options.withObligations) blocks.push(`${KEWAJIBAN_TITLE}:\n${KEWAJIBAN_PEMEGANG.map((k, i) => `${i + 1}. ${k}`).join("\n")}`);
  return blocks.join("\n\n");
}
