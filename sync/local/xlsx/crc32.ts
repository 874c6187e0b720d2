// CRC-32 (the zip polynomial) over bytes, slicing by eight: ~800 MB/s in V8, so checking every
// part we inflate costs little. Node 20's zlib has no crc32 of its own (it came in Node 22.2).

const TABLE = new Int32Array(256 * 8);
for (let n = 0; n < 256; n += 1) {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE[n] = c;
}
for (let n = 0; n < 256; n += 1) {
  for (let k = 1; k < 8; k += 1) {
    const previous = TABLE[(k - 1) * 256 + n]!;
    TABLE[k * 256 + n] = (previous >>> 8) ^ TABLE[previous & 255]!;
  }
}

/**
 * The CRC-32 of `bytes`, as an unsigned 32-bit number.
 * @example crc32(new TextEncoder().encode("123456789")) // 0xcbf43926
 */
export function crc32(bytes: Uint8Array): number {
  const t = TABLE;
  let c = -1;
  let i = 0;
  const blocks = bytes.length - 8;
  for (; i <= blocks; i += 8) {
    c ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
    c =
      t[1792 + (c & 255)]! ^ t[1536 + ((c >>> 8) & 255)]! ^ t[1280 + ((c >>> 16) & 255)]! ^ t[1024 + (c >>> 24)]! ^
      t[768 + bytes[i + 4]!]! ^ t[512 + bytes[i + 5]!]! ^ t[256 + bytes[i + 6]!]! ^ t[bytes[i + 7]!]!;
  }
  for (; i < bytes.length; i += 1) c = t[(c ^ bytes[i]!) & 255]! ^ (c >>> 8);
  return ~c >>> 0;
}
