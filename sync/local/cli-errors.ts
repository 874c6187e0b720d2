// Node's own errors (file system, parseArgs) reworded for staff, in the local exit-code families.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { LocalFileError, type LocalErrorCode } from "./errors";

interface Wording {
  readonly code: LocalErrorCode;
  readonly say: (path: string) => string;
}

// File-system failures by errno (https://nodejs.org/api/errors.html#common-system-errors).
const BY_ERRNO: Readonly<Record<string, Wording>> = {
  ENOENT: { code: "NOT_FOUND", say: (p) => `Berkas atau folder tidak ditemukan: ${p}. Periksa jalurnya.` },
  ENOTDIR: { code: "NOT_FOUND", say: (p) => `Jalur ${p} tidak sah: salah satu bagiannya adalah berkas, bukan folder. Periksa jalurnya.` },
  EISDIR: { code: "INVALID", say: (p) => `${p} adalah folder, padahal yang diperlukan sebuah berkas. Periksa jalurnya.` },
  ENAMETOOLONG: { code: "INVALID", say: (p) => `Jalur terlalu panjang: ${p}. Pakai folder dengan jalur yang lebih pendek.` },
  ELOOP: { code: "INVALID", say: (p) => `Jalur ${p} berputar lewat tautan simbolik (symlink). Periksa tautannya.` },
  EACCES: { code: "NO_ACCESS", say: (p) => `Tidak ada izin untuk membaca atau menulis ${p}. Periksa hak akses berkas dan foldernya, atau pakai folder lain.` },
  EPERM: { code: "NO_ACCESS", say: (p) => `Sistem tidak mengizinkan perubahan pada ${p}. Periksa hak akses berkas dan foldernya, atau pakai folder lain.` },
  EROFS: { code: "READ_ONLY", say: (p) => `${p} berada di penyimpanan yang hanya bisa dibaca. Salin buku kerja ke folder yang bisa ditulis, lalu pakai --berkas.` },
  ENOSPC: { code: "WRITE_FAILED", say: (p) => `Ruang penyimpanan tidak cukup untuk menulis ${p}. Kosongkan ruang disk, lalu jalankan lagi.` },
  EDQUOT: { code: "WRITE_FAILED", say: (p) => `Kuota penyimpanan habis saat menulis ${p}. Kosongkan ruang, lalu jalankan lagi.` },
  EFBIG: { code: "WRITE_FAILED", say: (p) => `${p} melebihi ukuran berkas terbesar yang diizinkan penyimpanan ini.` },
  EIO: { code: "WRITE_FAILED", say: (p) => `Perangkat penyimpanan gagal membaca atau menulis ${p}. Periksa disknya, lalu jalankan lagi.` },
  // Windows reports a file Excel holds open as EBUSY.
  EBUSY: { code: "OPEN_IN_APP", say: (p) => `${p} sedang dikunci program lain (mis. Excel). Tutup program itu, lalu jalankan lagi.` },
  ETXTBSY: { code: "OPEN_IN_APP", say: (p) => `${p} sedang dipakai program lain. Tutup program itu, lalu jalankan lagi.` },
};

/** A Node system error (it names the failed call) as a LocalFileError; null for anything else. */
export function nodeErrorAsLocal(error: unknown): LocalFileError | null {
  if (!(error instanceof Error)) return null;
  const { code, syscall, path } = error as NodeJS.ErrnoException;
  const wording = typeof code === "string" && typeof syscall === "string" ? BY_ERRNO[code] : undefined;
  if (!wording) return null;
  return new LocalFileError(wording.code, wording.say(typeof path === "string" ? path : "berkas"), { cause: error });
}

const quoted = (message: string): string => /'([^']*)'/.exec(message)?.[1]?.replace(/ <value>$/, "") ?? "";

/**
 * A parseArgs failure (its `code` is ERR_PARSE_ARGS_…) in Indonesian; `known` lets an unknown
 * option name its nearest known one. Null when the error is not one of parseArgs's.
 */
export function parseArgsErrorAsLocal(error: unknown, help: string, known: readonly string[] = []): LocalFileError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (!(error instanceof TypeError) || typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) return null;
  const token = quoted(error.message);
  const seeHelp = `Lihat \`${help}\`.`;
  let text: string;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const near = nearest(token, known);
    text = `Pilihan tidak dikenal: ${token}.${near ? ` Mungkin maksudnya --${near}?` : ""} ${seeHelp}`;
  } else if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /does not take an argument/.test(error.message)) {
    text = `Pilihan ${token} tidak memakai nilai; tulis ${token.replace(/=.*$/, "")} saja. ${seeHelp}`;
  } else if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    text = `Pilihan ${token} perlu diikuti nilainya, mis. ${token} NILAI (atau ${token}=NILAI bila nilainya diawali "-"). ${seeHelp}`;
  } else if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    text = `Argumen tidak dikenal: ${token}. Pilihan ditulis dengan awalan --. ${seeHelp}`;
  } else {
    text = `Argumen tidak sah. ${seeHelp}`;
  }
  return new LocalFileError("BAD_ARGS", text, { cause: error });
}

/** parseArgs whose failures are already LocalFileError("BAD_ARGS") in Indonesian. */
export function parseCliArgs<T extends ParseArgsConfig>(config: T, help: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw parseArgsErrorAsLocal(error, help, Object.keys(config.options ?? {})) ?? error;
  }
}

/** The known option within two edits of a mistyped one ("--berkass" → "berkas"), if any. */
function nearest(token: string, known: readonly string[]): string | null {
  const typed = token.replace(/^-+/, "");
  let best: { name: string; distance: number } | null = null;
  for (const name of known) {
    const distance = editDistance(typed, name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
