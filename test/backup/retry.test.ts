// Backoff with jitter, the one-minute budget, Retry-After, the per-minute limiter, and which
// failures count as transient.
import { describe, expect, it } from "vitest";
import { classifyFailure, retryAfterMs } from "../../sync/backup/places/sheets-errors";
import { RateLimiter, backoffDelay, defaultRetryPolicy, withRetry, type RetryPolicy } from "../../sync/backup/retry";
import { virtualClock } from "./helpers";

const policy = (random: () => number): RetryPolicy & { clock: ReturnType<typeof virtualClock> } => ({
  ...defaultRetryPolicy,
  clock: virtualClock(),
  random,
});

describe("backoff", () => {
  it("grows exponentially between half and all of the step, capped", () => {
    const low = policy(() => 0);
    const high = policy(() => 0.999);
    for (let n = 1; n <= 8; n++) {
      const step = Math.min(20_000, 1_000 * 2 ** (n - 1));
      expect(backoffDelay(low, n)).toBe(step / 2);
      expect(backoffDelay(high, n)).toBeLessThan(step);
      expect(backoffDelay(high, n)).toBeGreaterThan(step * 0.99);
    }
  });

  it("gives up once about a minute would be spent, and retries only transient failures", async () => {
    const p = policy(Math.random);
    let attempts = 0;
    await expect(withRetry(async () => { attempts++; throw new Error("sementara"); }, () => ({ retryable: true }), p)).rejects.toThrow("sementara");
    const waited = p.clock.sleeps.reduce((a, b) => a + b, 0);
    expect(waited).toBeLessThanOrEqual(60_000);
    expect(waited).toBeGreaterThan(60_000 - 20_000); // stopped only when the next wait would not fit
    expect(attempts).toBe(p.clock.sleeps.length + 1);

    const q = policy(Math.random);
    let tries = 0;
    await expect(withRetry(async () => { tries++; throw new Error("tetap"); }, () => ({ retryable: false }), q)).rejects.toThrow("tetap");
    expect(tries).toBe(1);
  });

  it("waits what Retry-After says", async () => {
    const p = policy(() => 0);
    let n = 0;
    const result = await withRetry(async () => (++n < 3 ? Promise.reject(new Error("429")) : "ok"), () => ({ retryable: true, retryAfterMs: 9_000 }), p);
    expect(result).toBe("ok");
    expect(p.clock.sleeps).toEqual([9_000, 9_000]);
  });
});

describe("RateLimiter", () => {
  it("lets 60 requests through per minute and makes the 61st wait for the window", async () => {
    const clock = virtualClock();
    const limiter = new RateLimiter(60, 60_000, clock);
    const start = clock.now();
    for (let i = 0; i < 60; i++) await limiter.take();
    expect(clock.now()).toBe(start);
    await limiter.take();
    expect(clock.now() - start).toBe(60_000);
  });
});

describe("classifyFailure", () => {
  const http = (status: number, headers: Record<string, string> = {}) => ({ response: { status, headers: new Headers(headers) } });
  it.each([
    [http(429), true],
    [http(500), true],
    [http(503), true],
    [http(400), false],
    [http(403), false],
    [http(404), false],
    [{ code: "ECONNRESET", message: "socket hang up" }, true],
    [Object.assign(new TypeError("terminated"), { cause: { code: "UND_ERR_SOCKET" } }), true],
    [new Error("Missing required parameters: spreadsheetId"), false],
  ])("%#: retryable = %s", (error, retryable) => {
    expect(classifyFailure(error).retryable).toBe(retryable);
  });

  it("reads Retry-After as seconds or as a date", () => {
    expect(retryAfterMs(http(429, { "retry-after": "30" }))).toBe(30_000);
    const now = Date.UTC(2026, 0, 1, 0, 0, 0);
    expect(retryAfterMs(http(429, { "retry-after": new Date(now + 5_000).toUTCString() }), now)).toBe(5_000);
    expect(retryAfterMs(http(429))).toBeUndefined();
  });
});
