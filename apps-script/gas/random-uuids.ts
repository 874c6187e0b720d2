// Random UUIDs for the engine's secrets (status tokens, verification codes) at a fixed number of
// service calls: Utilities.getUuid is one call per UUID, so a first sweep giving a thousand older
// cases their Kode Lacak cost a thousand calls. Instead two platform UUIDs (244 random bits) key
// HMAC-SHA256 over a counter, a pseudo-random function: its outputs cannot be told from random
// nor predicted from one another without the key, which never leaves the execution.
import { hmac } from "@noble/hashes/hmac.js";
import { sha256 } from "@noble/hashes/sha2.js";

/** Platform UUIDs drawn for the key: 2 × 122 random bits, past the 120 bits a token keeps. */
export const SEED_UUIDS = 2;

const HEX = /^[0-9a-f]{32}$/;

function bytesOfHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i += 1) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function hexOf(bytes: Uint8Array): string {
  let hex = "";
  for (const b of bytes) hex += b.toString(16).padStart(2, "0");
  return hex;
}

/**
 * A maker of version-4 UUIDs (122 pseudo-random bits each) keyed by `SEED_UUIDS` draws of
 * `draw`, made on the first UUID asked for (an execution that needs none calls nothing).
 * @example uuidSource(() => Utilities.getUuid())() // "3f0c…-…-4…-[89ab]…-…"
 */
export function uuidSource(draw: () => string): () => string {
  let key: Uint8Array | null = null;
  let counter = 0;
  return () => {
    if (key === null) {
      const hex = Array.from({ length: SEED_UUIDS }, () => draw().toLowerCase().replace(/-/g, ""));
      if (hex.some((h) => !HEX.test(h))) throw new Error("uuidSource: the platform gave no UUID of 32 hex digits");
      key = bytesOfHex(hex.join(""));
    }
    const message = new Uint8Array(8);
    new DataView(message.buffer).setFloat64(0, counter);
    counter += 1;
    const bytes = hmac(sha256, key, message).slice(0, 16);
    bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
    const hex = hexOf(bytes);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}
