// The Sertifikat register's layout and statuses, apart from the engine that fills it so the
// register resolver and set-up can name it without loading the letter code.
import { engineColumn, type RegisterDef, staffColumn } from "../registers/schema";

export const CERTIFICATE_STATUS = { active: "Aktif", expired: "Kedaluwarsa", revoked: "Dicabut", replaced: "Diganti" } as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUS)[keyof typeof CERTIFICATE_STATUS];

/** The letter type whose numbering issues a certificate. */
export const CERTIFICATE_LETTER = "SERTIFIKAT";

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

