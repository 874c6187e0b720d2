// File-system failures as LocalFileError with plain Indonesian for staff: the errno decides the
// code, the message names the file and says what to do; the library's own text is never shown.
import { basename, dirname } from "node:path";
import { LocalFileError } from "./errors";

export type OfficeApp = "LibreOffice" | "Excel";

/** The errno of a Node file-system error, or undefined for anything else. */
export function errnoOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * Turns a file-system error met while writing `path` into a LocalFileError; one that already is
 * one passes through. `doing` completes "Gagal … berkas X" (e.g. "menyimpan").
 */
export function fileError(error: unknown, path: string, doing = "menyimpan"): LocalFileError {
  if (error instanceof LocalFileError) return error;
  const name = basename(path);
  const folder = dirname(path);
  const keep = "Berkas lama tidak diubah.";
  switch (errnoOf(error)) {
    case "EACCES":
    case "EPERM":
      return new LocalFileError(
        "NO_ACCESS",
        `Gagal ${doing} ${name}: tidak ada izin menulis berkas itu atau folder ${folder}. ${keep} Periksa izin berkas dan folder, atau jalankan sebagai pengguna pemilik berkas.`,
        { cause: error },
      );
    case "EROFS":
      return new LocalFileError("READ_ONLY", `Gagal ${doing} ${name}: folder ${folder} berada di media hanya-baca. ${keep} Salin buku kerja ke folder yang bisa ditulis.`, { cause: error });
    case "ENOSPC":
    case "EDQUOT":
      return new LocalFileError("WRITE_FAILED", `Gagal ${doing} ${name}: ruang disk penuh (atau kuota habis). ${keep} Kosongkan ruang disk lalu jalankan lagi.`, { cause: error });
    case "EISDIR":
      return new LocalFileError("INVALID", `${path} adalah folder, bukan berkas buku kerja. Sebutkan jalur berkas .xlsx.`, { cause: error });
    case "ENOTDIR":
    case "ENOENT":
      return new LocalFileError("NOT_FOUND", `Gagal ${doing} ${name}: folder ${folder} tidak ada. Periksa jalurnya atau buat foldernya dahulu.`, { cause: error });
    case "EBUSY":
    case "ETXTBSY":
      return new LocalFileError("OPEN_IN_APP", `Gagal ${doing} ${name}: berkas sedang dikunci aplikasi lain. ${keep} Tutup berkas itu (Excel, LibreOffice, antivirus atau sinkronisasi awan) lalu jalankan lagi.`, { cause: error });
    default: {
      const code = errnoOf(error);
      return new LocalFileError("WRITE_FAILED", `Gagal ${doing} ${name}${code ? ` (${code})` : ""}. ${keep} Jalankan lagi; bila terulang, periksa disk dan folder ${folder}.`, { cause: error });
    }
  }
}

export function openInAppError(path: string, app: OfficeApp, lockFile: string): LocalFileError {
  return new LocalFileError(
    "OPEN_IN_APP",
    `Buku kerja ${basename(path)} sedang dibuka di ${app} (ada berkas kunci ${basename(lockFile)} di sampingnya). ` +
      `Simpan dan tutup berkas itu di ${app}, lalu jalankan lagi; perubahan tidak ditulis agar tidak tertimpa saat ${app} menyimpan. ` +
      `Bila berkas sudah tertutup, berkas kunci itu sisa ${app} yang tertutup paksa dan boleh dihapus: ${lockFile}`,
  );
}

export function readOnlyError(path: string): LocalFileError {
  return new LocalFileError(
    "READ_ONLY",
    `Buku kerja ${basename(path)} bertanda hanya-baca; tidak ditimpa. Bila memang boleh diubah, hapus tanda hanya-baca (Properti berkas, atau chmod u+w ${path}) lalu jalankan lagi.`,
  );
}

export function changedError(path: string): LocalFileError {
  return new LocalFileError(
    "CHANGED",
    `Buku kerja ${basename(path)} berubah selama proses berjalan (disimpan orang atau program lain); hasil proses ini tidak disimpan agar perubahan itu tidak hilang. Jalankan lagi.`,
  );
}
