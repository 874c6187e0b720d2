// The UUID maker behind status tokens and verification codes: a fixed number of platform UUIDs
// per execution, outputs that are well-formed v4 UUIDs, HMAC-SHA256 as specified (RFC 2104).
import { createHmac, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SEED_UUIDS, uuidSource } from "../../apps-script/gas/random-uuids";
import { statusTokenOf } from "../../apps-script/core/engine/status-link";

describe("uuidSource", () => {
  it("draws its key once, on the first UUID asked for, however many follow", () => {
    let draws = 0;
    const next = uuidSource(() => {
      draws += 1;
      return randomUUID();
    });
    expect(draws).toBe(0);
    const made = Array.from({ length: 5_000 }, () => next());
    expect(draws).toBe(SEED_UUIDS);
    expect(made.every((u) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u))).toBe(true);
    expect(new Set(made).size).toBe(made.length);
    expect(new Set(made.map(statusTokenOf)).size).toBe(made.length);
  });

  it("is HMAC-SHA256 of a counter under the drawn UUIDs' bytes", () => {
    const seeds = ["0f8c2a9e-3b1d-4c7e-9a55-1d2e3f4a5b6c", "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE"];
    let i = 0;
    const next = uuidSource(() => seeds[i++]!);
    const key = Buffer.from(seeds.map((s) => s.toLowerCase().replace(/-/g, "")).join(""), "hex");
    for (let counter = 0; counter < 3; counter += 1) {
      const message = Buffer.alloc(8);
      message.writeDoubleBE(counter);
      const bytes = createHmac("sha256", key).update(message).digest().subarray(0, 16);
      bytes[6] = (bytes[6]! & 0x0f) | 0x40;
      bytes[8] = (bytes[8]! & 0x3f) | 0x80;
      const hex = bytes.toString("hex");
      expect(next()).toBe(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`);
    }
  });

  it("gives other keys other streams, and refuses a draw that is no UUID", () => {
    const a = uuidSource(() => randomUUID());
    const b = uuidSource(() => randomUUID());
    expect(a()).not.toBe(b());
    expect(() => uuidSource(() => "not-a-uuid")()).toThrow(/32 hex digits/);
  });
});
