// The Sertifikat register's layout and statuses, apart from the engine that fills it so the
// register resolver and set-up can name it without loading the letter code.
import { engineColumn, type RegisterDef, staffColumn } from "../registers/schema";

export const CERTIFICATE_STATUS = { active: "Aktif", expired: "Kedaluwarsa", revoked: "Dicabut", replaced: "Diganti" } as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUS)[keyof typeof CERTIFICATE_STATUS];

/** The letter type whose numbering issues a certificate of the PNS certification flow. */
export const CERTIFICATE_LETTER = "SERTIFIKAT";

/**
 * Every letter type whose numbering issues a certificate the Sertifikat register records: the
 * PNS certificate (from a Permohonan row) and the assessor's after an RCC (from a Peserta RCC row).
 */
export const CERTIFICATE_LETTERS: ReadonlySet<string> = new Set([CERTIFICATE_LETTER, "SERTIFIKAT_ASESOR"]);

/** Whether letters of `type` (a code, or null) are certificates. */
export const isCertificateLetter = (type: string | null): boolean => type !== null && CERTIFICATE_LETTERS.has(type);

/**
 * The scheme an assessor's certificate records: seed 003 names it "Asesor Kompetensi" (the RCC
 * request's Skema, when blank) and abbreviates it "Askom" (lampiran V), the code used here.
 */
export const ASSESSOR_SCHEME_CODE = "ASKOM";
export const ASSESSOR_SCHEME_NAME = "Asesor Kompetensi";

/** The case registers an assessor's certificate is read from: the participant and the RCC request it names. */
export const ASSESSOR_CASE_REGISTERS = ["Peserta RCC", "Permohonan Asesor"] as const;

/** The Peserta RCC column staff type an assessor's old certificate number in (renewal link). */
export const OLD_CERTIFICATE_COLUMN = "Nomor Sertifikat Lama";

/**
 * The old certificate's number as typed, checked: trimmed; blank is none. A bare run of 16 or 18
 * digits is a NIK or NIP typed by mistake and is refused, never copied into the register.
 */
export function oldCertificateNumber(typed: string): { readonly number: string | null } | { readonly problem: string } {
  const number = typed.trim().replace(/\s+/g, " ");
  if (number === "") return { number: null };
  if (/^\d{16}$|^\d{18}$/.test(number.replace(/\s/g, ""))) return { problem: `${OLD_CERTIFICATE_COLUMN} berisi 16 atau 18 angka (NIK/NIP?), bukan nomor sertifikat` };
  if (number.length > 100) return { problem: `${OLD_CERTIFICATE_COLUMN} lebih dari 100 karakter` };
  return { number };
}

const engine = engineColumn;
const staff = staffColumn;

export const SERTIFIKAT_REGISTER: RegisterDef = {
  name: "Sertifikat",
  purpose: "Sertifikat yang terbit (surat sertifikat yang diberi nomor oleh Kepala), dengan kode verifikasi untuk siapa saja. Mesin mengisi; staf hanya mencatat pencabutan dan penggantian.",
  key: ["Nomor Sertifikat"],
  columns: [
    engine("Nomor Sertifikat", "text", { width: 200 }),
    engine("Kode Verifikasi", "text", { width: 150, note: "Kode acak yang tercetak di sertifikat; siapa saja dapat memeriksanya di halaman verifikasi." }),
    engine("Nama Pemegang", "text", { width: 220 }),
    engine("Kode Skema", "text", { width: 180 }),
    engine("Nama Skema", "text", { width: 220 }),
    engine("Unit Kompetensi", "text", { width: 260 }),
    engine("Tanggal Terbit", "date", { width: 110 }),
    engine("Berlaku Sampai", "date", { width: 110 }),
    engine("Status", "choice", { options: Object.values(CERTIFICATE_STATUS), width: 110 }),
    engine("ID Kasus", "text", { width: 150 }),
    engine("ID Surat", "text", { width: 110 }),
    staff("Dicabut Pada", "date", { width: 110, note: "Isi tanggal pencabutan (keputusan Kepala): status menjadi Dicabut." }),
    staff("Alasan Pencabutan", "text", { width: 240, note: "Tidak ditampilkan di halaman verifikasi." }),
    staff("Menggantikan", "text", { width: 200, note: "Nomor sertifikat lama yang diganti sertifikat ini (perpanjangan): yang lama menjadi Diganti." }),
  ],
};

