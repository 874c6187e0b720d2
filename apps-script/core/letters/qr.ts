// The certificate's verification address and its QR code, made inside the bundle: lean-qr's
// smallest entry (lean-qr/nano: generate, size and get only) gives the modules, and a PNG is
// written here by hand because Apps Script has no canvas, no Buffer and no zlib. The PNG uses
// stored (uncompressed) deflate blocks: a certificate's code is a few kilobytes either way, and
// no compressor needs to ride in the bundle. A PNG data: URI is what both places take from the
// letter's HTML: Chromium prints it; whether Drive's HTML→Docs conversion keeps it is checked at
// the first deployment (docs/DEPLOY.md) — the address and the code are printed as text beside it,
// so a certificate stays verifiable either way.
import { correction, generate } from "lean-qr/nano";

/**
 * The page that answers for `code`: the web app's address with `kode=` (the one parameter
 * gas/web-app.ts reads). Null when the office has not set the address yet.
 * @example verificationAddress("https://script.google.com/macros/s/AKfy/exec", "1Y62-N7HV-3Q3Y") // "https://script.google.com/macros/s/AKfy/exec?kode=1Y62-N7HV-3Q3Y"
 */
export function verificationAddress(webAppUrl: string | null, code: string): string | null {
  const base = (webAppUrl ?? "").trim();
  if (base === "") return null;
  return `${base}${base.includes("?") ? "&" : "?"}kode=${encodeURIComponent(code)}`;
}

/** Pixels per module and the quiet zone in modules (ISO/IEC 18004 asks 4). */
const SCALE = 4;
const QUIET = 4;

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array, from: number, to: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = from; i < to; i += 1) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1, b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

function chunk(type: string, data: readonly number[] | Uint8Array): number[] {
  const body = new Uint8Array(4 + data.length);
  for (let i = 0; i < 4; i += 1) body[i] = type.charCodeAt(i);
  body.set(data, 4);
  return [...u32(data.length), ...body, ...u32(crc32(body, 0, body.length))];
}

/** zlib stream of stored deflate blocks (RFC 1950/1951): no compression, no compressor. */
function zlibStored(raw: Uint8Array): number[] {
  const out: number[] = [0x78, 0x01];
  for (let at = 0; at < raw.length || at === 0; at += 65535) {
    const len = Math.min(65535, raw.length - at);
    const last = at + len >= raw.length ? 1 : 0;
    out.push(last, len & 0xff, len >>> 8, ~len & 0xff, (~len >>> 8) & 0xff);
    for (let i = 0; i < len; i += 1) out.push(raw[at + i]!);
    if (len === 0) break;
  }
  return [...out, ...u32(adler32(raw))];
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function base64(bytes: readonly number[]): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >>> 18) & 63]! + B64[(n >>> 12) & 63]! + (i + 1 < bytes.length ? B64[(n >>> 6) & 63]! : "=") + (i + 2 < bytes.length ? B64[n & 63]! : "=");
  }
  return out;
}

/** UTF-8 bytes of a string: what lean-qr/nano asks `TextEncoder` for. */
class Utf8Encoder {
  encode(text: string): Uint8Array {
    const bytes: number[] = [];
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) bytes.push(c);
      else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
    return new Uint8Array(bytes);
  }
}

/**
 * lean-qr/nano encodes its text with `new TextEncoder()` when called. Apps Script's runtime has
 * the ECMAScript built-ins only (no TextEncoder, a Web API; the bundle tests run in a bare V8
 * context likewise), so a UTF-8 encoder stands in for the one call and is taken away after it.
 */
function withTextEncoder<T>(run: () => T): T {
  const scope = globalThis as { TextEncoder?: unknown };
  if (typeof scope.TextEncoder === "function") return run();
  scope.TextEncoder = Utf8Encoder;
  try {
    return run();
  } finally {
    delete scope.TextEncoder;
  }
}

/** A 1-bit greyscale PNG of `text`'s QR code, error correction at least M (a printed page gets worn and stamped). */
export function qrPng(text: string): { readonly bytes: readonly number[]; readonly pixels: number } {
  const code = withTextEncoder(() => generate(text, { minCorrectionLevel: correction.M }));
  const pixels = (code.size + 2 * QUIET) * SCALE;
  const rowBytes = 1 + Math.ceil(pixels / 8);
  const raw = new Uint8Array(rowBytes * pixels).fill(0xff); // white; filter byte 0 set below
  for (let y = 0; y < pixels; y += 1) {
    raw[y * rowBytes] = 0;
    for (let x = 0; x < pixels; x += 1) {
      const mx = Math.floor(x / SCALE) - QUIET, my = Math.floor(y / SCALE) - QUIET;
      if (mx >= 0 && my >= 0 && mx < code.size && my < code.size && code.get(mx, my)) raw[y * rowBytes + 1 + (x >> 3)]! &= ~(0x80 >> (x & 7));
    }
  }
  const header = [...u32(pixels), ...u32(pixels), 1, 0, 0, 0, 0]; // bit depth 1, greyscale, no interlace
  const bytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk("IHDR", header), ...chunk("IDAT", zlibStored(raw)), ...chunk("IEND", [])];
  return { bytes, pixels };
}

/** The QR code of `text` as a data: URI for an <img src>. */
export function qrPngDataUrl(text: string): string {
  return `data:image/png;base64,${base64(qrPng(text).bytes)}`;
}
