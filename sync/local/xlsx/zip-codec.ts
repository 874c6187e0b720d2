// Deflate and inflate for zip entries, on Node's native zlib: on a 40 MB sheet it was 3–5× faster
// than fflate both ways (measured for test/bench/xlsx.bench.ts), and the I/O budget at 50,000
// rows has no room for the difference. Entries are framed as gzip members (RFC 1952) so that
// zlib computes and checks the CRC-32 natively.
import { promisify } from "node:util";
import { createGunzip, gunzipSync, gzip, gzipSync } from "node:zlib";
import { crc32 } from "./crc32";
import { XlsxFormatError } from "./format-error";
import type { ZipEntry } from "./zip";

/** Content compressed for an entry: raw deflate data with the CRC-32 and size of what it holds. */
export interface Compressed {
  readonly raw: Uint8Array;
  readonly crc: number;
  readonly size: number;
}

/** Deflate level for parts we rewrite: on a 100 MB sheet level 1 took 0.3 s, level 6 0.8 s, for a part 40 % larger. */
export const SAVE_LEVEL = 1;

// A gzip member header (RFC 1952 §2.3: deflate, no flags, no time, unknown OS). Wrapping an
// entry's raw deflate data in it, with the entry's CRC-32 and size as the trailer, lets zlib
// inflate AND check the CRC natively: twice as fast as inflating and checking in JavaScript.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]);

function gzipMember(entry: ZipEntry): Buffer {
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(entry.crc, 0);
  trailer.writeUInt32LE(entry.size % 0x100000000, 4);
  return Buffer.concat([GZIP_HEADER, entry.raw, trailer]);
}

function checked(entry: ZipEntry, data: Buffer): Buffer {
  if (data.length !== entry.size) throw new XlsxFormatError(`bagian "${entry.name}" rusak (ukurannya tidak cocok)`);
  return data;
}

function unreadable(entry: ZipEntry, error: unknown): XlsxFormatError {
  return new XlsxFormatError(`bagian "${entry.name}" rusak (data terkompresinya tidak bisa dibuka atau CRC-nya tidak cocok)`, { cause: error });
}

function stored(entry: ZipEntry): Buffer | null {
  if (entry.method === 8) return null;
  if (entry.method !== 0) throw new XlsxFormatError(`bagian "${entry.name}" memakai kompresi yang tidak dikenal (metode ${entry.method})`);
  const data = Buffer.from(entry.raw.buffer, entry.raw.byteOffset, entry.raw.byteLength);
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw new XlsxFormatError(`bagian "${entry.name}" rusak (isinya tidak cocok dengan CRC-nya)`);
  return data;
}

// One output chunk of the known size spares zlib growing and joining its buffers.
const outputChunk = (entry: ZipEntry) => ({ chunkSize: Math.max(64 * 1024, entry.size + 1) });

/** The entry's content, checked against its CRC and size. */
export function inflateEntry(entry: ZipEntry): Buffer {
  const plain = stored(entry);
  if (plain) return plain;
  try {
    return checked(entry, gunzipSync(gzipMember(entry), outputChunk(entry)));
  } catch (error) {
    throw error instanceof XlsxFormatError ? error : unreadable(entry, error);
  }
}

const gzipAsync = promisify(gzip);

/**
 * Checks that the entry inflates to content of its size and CRC-32 without keeping that
 * content: it streams through zlib in 1 MB pieces (a 50,000-row sheet is 80 MB inflated).
 */
export async function checkEntry(entry: ZipEntry): Promise<void> {
  if (stored(entry)) return;
  await new Promise<void>((resolve, reject) => {
    const gunzipper = createGunzip({ chunkSize: 1 << 20 });
    let size = 0;
    gunzipper.on("data", (chunk: Buffer) => (size += chunk.length));
    gunzipper.on("error", (error) => reject(unreadable(entry, error)));
    gunzipper.on("end", () => (size === entry.size ? resolve() : reject(new XlsxFormatError(`bagian "${entry.name}" rusak (ukurannya tidak cocok)`))));
    gunzipper.end(gzipMember(entry));
  });
}

const deflateOptions = (data: Uint8Array, level: number) => ({ level, chunkSize: Math.max(64 * 1024, Math.min(data.length >> 2, 32 << 20)) });

// A gzip member is the deflate stream framed by a 10-byte header and a trailer holding the
// CRC-32 (RFC 1952): zlib computes the CRC natively while it compresses.
function fromGzip(gzipped: Buffer, size: number): Compressed {
  return { raw: gzipped.subarray(GZIP_HEADER.length, gzipped.length - 8), crc: gzipped.readUInt32LE(gzipped.length - 8), size };
}

export function compressSync(data: Uint8Array, level = SAVE_LEVEL): Compressed {
  return fromGzip(gzipSync(data, deflateOptions(data, level)), data.length);
}

/** Compresses on zlib's thread pool: two large sheets compress at once on two cores. */
export async function compress(data: Uint8Array, level = SAVE_LEVEL): Promise<Compressed> {
  return fromGzip(await gzipAsync(data, deflateOptions(data, level)), data.length);
}

