// The letter types by code, as the "Surat" column of Alur Transisi names them.
import type * as z from "zod/mini";
import {
  BERITA_ACARA, DAFTAR_HADIR, SERTIFIKAT, SK_PENETAPAN, SURAT_KETERANGAN, SURAT_TUGAS, TANDA_TERIMA_PENYERAHAN,
} from "./kinds/assessment-letters";
import { INFORMASI_SERTIFIKASI, PENGEMBALIAN_BERKAS, PENOLAKAN, PERSETUJUAN, TANDA_TERIMA, UNDANGAN_UJI } from "./kinds/case-letters";
import { ASESOR_LETTER_KINDS, ASESOR_LETTER_TYPES } from "./kinds/asesor-letters";
import { LAN_LETTER_KINDS, LAN_LETTER_TYPES } from "./kinds/lan-letters";
import { LISENSI_LETTER_KINDS, LISENSI_LETTER_TYPES } from "./kinds/lisensi-letters";
import { JAWABAN_PENGADUAN, LEMBAR_DISPOSISI, PUTUSAN_BANDING } from "./kinds/service-letters";
import type { LetterKind } from "./kind";

export const LETTER_KINDS = {
  TANDA_TERIMA,
  PENGEMBALIAN_BERKAS,
  PERSETUJUAN,
  PENOLAKAN,
  SURAT_TUGAS,
  UNDANGAN_UJI,
  SK_PENETAPAN,
  BERITA_ACARA,
  SERTIFIKAT,
  SURAT_KETERANGAN,
  INFORMASI_SERTIFIKASI,
  DAFTAR_HADIR,
  TANDA_TERIMA_PENYERAHAN,
  LEMBAR_DISPOSISI,
  JAWABAN_PENGADUAN,
  PUTUSAN_BANDING,
  ...ASESOR_LETTER_KINDS,
  ...LISENSI_LETTER_KINDS,
  ...LAN_LETTER_KINDS,
} as const;

export type LetterTypeCode = keyof typeof LETTER_KINDS;

/** Letters of case registers other than Permohonan: built by serviceLetterData, not caseLetterData. */
export const SERVICE_LETTER_TYPES = [
  "LEMBAR_DISPOSISI", "JAWABAN_PENGADUAN", "PUTUSAN_BANDING", ...ASESOR_LETTER_TYPES, ...LISENSI_LETTER_TYPES, ...LAN_LETTER_TYPES,
] as const satisfies readonly LetterTypeCode[];
export type ServiceLetterType = (typeof SERVICE_LETTER_TYPES)[number];
/** Letters of process A, built from a Permohonan row. */
export type CaseLetterType = Exclude<LetterTypeCode, ServiceLetterType>;

export const LETTER_TYPE_CODES = Object.keys(LETTER_KINDS) as LetterTypeCode[];

/** The data a letter type takes, as the engine builds it (before defaults are applied). */
export type LetterInput<C extends LetterTypeCode> = z.input<(typeof LETTER_KINDS)[C]["schema"]>;

export function letterKind(code: LetterTypeCode): LetterKind {
  return LETTER_KINDS[code] as unknown as LetterKind;
}

/**
 * The letter type a cell names: a code ("SK_PENETAPAN"), written loosely ("sk penetapan",
 * "sk-penetapan"), or a label ("Sertifikat Kompetensi"); null when none matches.
 */
export function letterTypeOf(text: string): LetterTypeCode | null {
  const code = text.trim().toUpperCase().replace(/[\s\-]+/g, "_");
  if (code in LETTER_KINDS) return code as LetterTypeCode;
  const label = text.trim().toLowerCase();
  return LETTER_TYPE_CODES.find((c) => LETTER_KINDS[c].label.toLowerCase() === label) ?? null;
}

/**
 * Reads the comma list in the "Surat" column of a workflow move. Unknown names are returned
 * apart so configuration checks can report them ("Jenis surat tidak dikenal: …").
 * @example parseLetterList("TANDA_TERIMA, undangan uji") // { codes: ["TANDA_TERIMA", "UNDANGAN_UJI"], unknown: [] }
 */
export function parseLetterList(cell: string | null | undefined): { codes: LetterTypeCode[]; unknown: string[] } {
  const codes: LetterTypeCode[] = [];
  const unknown: string[] = [];
  for (const part of String(cell ?? "").split(/[,;\n]/)) {
    if (!part.trim()) continue;
    const code = letterTypeOf(part);
    if (code === null) unknown.push(part.trim());
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}
