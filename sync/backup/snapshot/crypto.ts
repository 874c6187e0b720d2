// Encryption at rest: AES-256-GCM per file, bound to its snapshot and file name; key handling.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { SyncError } from "../errors";

/** Default environment variable holding the key (64 hex characters or base64 of 32 bytes). */
export const DEFAULT_KEY_ENV = "SYNC_BACKUP_KEY";
export const ALGORITHM = "AES-256-GCM";

const MAGIC = Buffer.from("SKC1"); // "Sertifikasi Kompetensi Cadangan", format 1
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface KeySource {
  readonly keyFile?: string;
  /** Name of the environment variable; when absent, DEFAULT_KEY_ENV is used if set. */
  readonly keyEnv?: string;
}

export interface LoadedKey {
  readonly key: Buffer;
  /** Indonesian warning to show (e.g. a key file others can read). */
  readonly warning?: string;
}

/** A key as text: 64 hex characters, or base64 of exactly 32 bytes. */
export function parseKey(text: string, origin: string): Buffer {
  const t = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(t)) return Buffer.from(t, "hex");
  if (/^[A-Za-z0-9+/]{43}=?$/.test(t)) {
    const key = Buffer.from(t, "base64");
    if (key.length === 32) return key;
  }
  throw new SyncError("BAD_ARGS", `Kunci dari ${origin} tidak sah: harus 32 bayt, ditulis sebagai 64 karakter heksadesimal atau base64 (buat dengan: openssl rand -hex 32).`);
}

export async function loadKey(source: KeySource, env: NodeJS.ProcessEnv): Promise<LoadedKey | undefined> {
  if (source.keyFile) {
    const info = await stat(source.keyFile).catch(() => undefined);
    if (!info) throw new SyncError("NO_KEY", `Berkas kunci ${source.keyFile} tidak ada.`);
    const raw = await readFile(source.keyFile);
    // A raw 32-byte file is accepted as is; otherwise it holds the key as text.
    const key = raw.length === 32 && !/^[\x20-\x7e\s]*$/.test(raw.toString("latin1")) ? raw : parseKey(raw.toString("utf8"), `berkas ${source.keyFile}`);
    const warning = (info.mode & 0o077) !== 0 && process.platform !== "win32"
      ? `Peringatan: berkas kunci ${source.keyFile} bisa dibaca pengguna lain; jalankan chmod 600.`
      : undefined;
    return warning ? { key, warning } : { key };
  }
  const name = source.keyEnv ?? DEFAULT_KEY_ENV;
  const value = env[name];
  if (value === undefined || value === "") {
    if (source.keyEnv) throw new SyncError("NO_KEY", `Variabel lingkungan ${name} kosong atau tidak ada.`);
    return undefined;
  }
  return { key: parseKey(value, `variabel ${name}`) };
}

/** Short fingerprint stored in the manifest so a wrong key is told apart from a damaged file. */
export function keyCheck(key: Buffer): string {
  return createHmac("sha256", key).update("sertifikasi-cadangan/cek-kunci").digest("hex").slice(0, 16);
}

/** MAGIC | iv | ciphertext | tag. The AAD ties the file to its snapshot and name, so files
 * swapped between tabs or snapshots fail authentication. */
export function encrypt(plain: Buffer, key: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, iv, body, cipher.getAuthTag()]);
}

/** Decrypts or throws CORRUPT naming the file. */
export function decrypt(data: Buffer, key: Buffer, aad: string, file: string): Buffer {
  if (data.length < MAGIC.length + IV_BYTES + TAG_BYTES || !data.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new SyncError("CORRUPT", `${file}: bukan berkas terenkripsi yang sah.`);
  }
  const iv = data.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  const tag = data.subarray(data.length - TAG_BYTES);
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(data.subarray(MAGIC.length + IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
  } catch (error) {
    throw new SyncError("CORRUPT", `${file}: gagal autentikasi AES-GCM (isi diubah atau rusak).`, { cause: error });
  }
}
