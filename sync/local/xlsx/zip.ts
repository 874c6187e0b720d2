// The zip container of an .xlsx: read the central directory (data stays compressed until a part
// is asked for) and write a new archive that keeps every entry in order. Entries we did not
// change are copied as their original compressed bytes (same CRC, same content), so saving never
// recompresses a tab it did not touch. Format: PKWARE APPNOTE.TXT §4.3
// (https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT).
import { compressSync, SAVE_LEVEL, type Compressed } from "./zip-codec";
import { XlsxFormatError } from "./format-error";

export type { Compressed } from "./zip-codec";

export interface ZipEntry {
  readonly name: string;
  /** The name exactly as stored, so a copied entry keeps it byte for byte. */
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly size: number;
  readonly versionMadeBy: number;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
  /** The entry's data as stored (compressed for method 8): a view into the archive. */
  readonly raw: Uint8Array;
}

/**
 * One entry of a new archive: an original entry copied as is, or new content under a name
 * (compressed here, or already by `compress`). `like` lends its time stamp and attributes.
 */
export type ZipItem =
  | { readonly entry: ZipEntry }
  | { readonly name: string; readonly data: Uint8Array; readonly like?: ZipEntry }
  | { readonly name: string; readonly compressed: Compressed; readonly like?: ZipEntry };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_NAMES = 0x0800;
const DATA_DESCRIPTOR = 0x0008;


const bad = (what: string) => new XlsxFormatError(`arsip zip ${what}`);

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, at: number): number {
  const value = dv.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw bad("terlalu besar");
  return Number(value);
}

function findEnd(bytes: Uint8Array, dv: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (bytes[at] === 0x50 && dv.getUint32(at, true) === EOCD) return at;
  }
  throw bad("tidak lengkap: direktori pusatnya tidak ditemukan (berkas terpotong atau bukan zip)");
}

/** Reads the directory of an archive; entry data stays compressed until `inflateEntry`. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length < 22) throw bad("terlalu pendek");
  const dv = view(bytes);
  const end = findEnd(bytes, dv);
  let count = dv.getUint16(end + 10, true);
  let offset = dv.getUint32(end + 16, true);
  if (offset === 0xffffffff || count === 0xffff) {
    const locator = end - 20;
    if (locator < 0 || dv.getUint32(locator, true) !== ZIP64_LOCATOR) throw bad("ZIP64 tidak lengkap");
    const record = u64(dv, locator + 8);
    if (record + 56 > bytes.length || dv.getUint32(record, true) !== ZIP64_EOCD) throw bad("ZIP64 tidak lengkap");
    count = u64(dv, record + 32);
    offset = u64(dv, record + 48);
  }
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > bytes.length || dv.getUint32(offset, true) !== CENTRAL) throw bad("rusak: direktori pusatnya terpotong");
    const flags = dv.getUint16(offset + 8, true);
    const nameLength = dv.getUint16(offset + 28, true);
    const extraLength = dv.getUint16(offset + 30, true);
    const commentLength = dv.getUint16(offset + 32, true);
    let compressed = dv.getUint32(offset + 20, true);
    let size = dv.getUint32(offset + 24, true);
    let local = dv.getUint32(offset + 42, true);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    // ZIP64 extended information (APPNOTE 4.5.3): only the fields that overflowed, in this order.
    let extra = offset + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = dv.getUint16(extra, true);
      const length = dv.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let at = extra + 4;
        if (size === 0xffffffff) (size = u64(dv, at)), (at += 8);
        if (compressed === 0xffffffff) (compressed = u64(dv, at)), (at += 8);
        if (local === 0xffffffff) local = u64(dv, at);
      }
      extra += 4 + length;
    }
    if (flags & 0x0001) throw new XlsxFormatError("berkas dilindungi kata sandi (terenkripsi)");
    if (local + 30 > bytes.length || dv.getUint32(local, true) !== LOCAL) throw bad(`rusak: data "${name}" tidak ditemukan`);
    const dataStart = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
    if (dataStart + compressed > bytes.length) throw bad(`terpotong: data "${name}" tidak lengkap`);
    entries.push({
      name,
      nameBytes: bytes.subarray(offset + 46, offset + 46 + nameLength),
      flags,
      method: dv.getUint16(offset + 10, true),
      time: dv.getUint16(offset + 12, true),
      date: dv.getUint16(offset + 14, true),
      crc: dv.getUint32(offset + 16, true),
      size,
      versionMadeBy: dv.getUint16(offset + 4, true),
      internalAttributes: dv.getUint16(offset + 36, true),
      externalAttributes: dv.getUint32(offset + 38, true),
      raw: bytes.subarray(dataStart, dataStart + compressed),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

interface Planned {
  readonly nameBytes: Uint8Array;
  readonly entry: Omit<ZipEntry, "name" | "nameBytes" | "raw">;
  readonly raw: Uint8Array;
}

function plan(item: ZipItem, level: number): Planned {
  if ("entry" in item) {
    const { raw, name: _name, nameBytes, ...rest } = item.entry;
    // Sizes and CRC go into the local header, so no data descriptor follows the data.
    return { nameBytes, entry: { ...rest, flags: rest.flags & ~DATA_DESCRIPTOR }, raw };
  }
  const like = item.like;
  const compressed = "compressed" in item ? item.compressed : compressSync(item.data, level);
  return {
    nameBytes: new TextEncoder().encode(item.name),
    raw: compressed.raw,
    entry: {
      flags: UTF8_NAMES,
      method: 8,
      time: like?.time ?? 0,
      date: like?.date ?? 0x21, // 1980-01-01, the earliest DOS date
      crc: compressed.crc,
      size: compressed.size,
      versionMadeBy: like?.versionMadeBy ?? 20,
      internalAttributes: like?.internalAttributes ?? 0,
      externalAttributes: like?.externalAttributes ?? 0,
    },
  };
}

/** A new archive of these items, in this order; no ZIP64 (an .xlsx this big is out of reach). */
export function writeZip(items: readonly ZipItem[], level = SAVE_LEVEL): Uint8Array {
  const planned = items.map((item) => plan(item, level));
  const localSize = planned.reduce((n, p) => n + 30 + p.nameBytes.length + p.raw.length, 0);
  const centralSize = planned.reduce((n, p) => n + 46 + p.nameBytes.length, 0);
  if (localSize + centralSize + 22 > 0xffffffff || planned.length > 0xffff) throw new XlsxFormatError("buku kerja terlalu besar untuk disimpan");
  const out = new Uint8Array(localSize + centralSize + 22);
  const dv = view(out);
  const offsets: number[] = [];
  let at = 0;
  for (const p of planned) {
    offsets.push(at);
    const e = p.entry;
    dv.setUint32(at, LOCAL, true);
    dv.setUint16(at + 4, 20, true);
    dv.setUint16(at + 6, e.flags, true);
    dv.setUint16(at + 8, e.method, true);
    dv.setUint16(at + 10, e.time, true);
    dv.setUint16(at + 12, e.date, true);
    dv.setUint32(at + 14, e.crc, true);
    dv.setUint32(at + 18, p.raw.length, true);
    dv.setUint32(at + 22, e.size, true);
    dv.setUint16(at + 26, p.nameBytes.length, true);
    dv.setUint16(at + 28, 0, true);
    out.set(p.nameBytes, at + 30);
    out.set(p.raw, at + 30 + p.nameBytes.length);
    at += 30 + p.nameBytes.length + p.raw.length;
  }
  const centralStart = at;
  planned.forEach((p, i) => {
    const e = p.entry;
    dv.setUint32(at, CENTRAL, true);
    dv.setUint16(at + 4, e.versionMadeBy, true);
    dv.setUint16(at + 6, 20, true);
    dv.setUint16(at + 8, e.flags, true);
    dv.setUint16(at + 10, e.method, true);
    dv.setUint16(at + 12, e.time, true);
    dv.setUint16(at + 14, e.date, true);
    dv.setUint32(at + 16, e.crc, true);
    dv.setUint32(at + 20, p.raw.length, true);
    dv.setUint32(at + 24, e.size, true);
    dv.setUint16(at + 28, p.nameBytes.length, true);
    dv.setUint16(at + 36, e.internalAttributes, true);
    dv.setUint32(at + 38, e.externalAttributes, true);
    dv.setUint32(at + 42, offsets[i]!, true);
    out.set(p.nameBytes, at + 46);
    at += 46 + p.nameBytes.length;
  });
  dv.setUint32(at, EOCD, true);
  dv.setUint16(at + 8, planned.length, true);
  dv.setUint16(at + 10, planned.length, true);
  dv.setUint32(at + 12, at - centralStart, true);
  dv.setUint32(at + 16, centralStart, true);
  return out;
}

