// Retries with exponential backoff and jitter, and a per-minute request limiter; clock injectable.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface RetryPolicy {
  /** Stop retrying once the next wait would take the whole call past this (about a minute). */
  readonly maxElapsedMs: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly clock: Clock;
  /** Injected so tests can pin the jitter. */
  readonly random: () => number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxElapsedMs: 60_000,
  baseDelayMs: 1_000,
  maxDelayMs: 20_000,
  clock: realClock,
  random: Math.random,
};

/** How a failed attempt should be treated. */
export interface FailureKind {
  readonly retryable: boolean;
  /** The server's Retry-After, when it sent one. */
  readonly retryAfterMs?: number;
}

export interface RetryNotice {
  readonly attempt: number;
  readonly delayMs: number;
  readonly error: unknown;
}

/** Delay before retry number `retry` (1-based): exponential with "equal jitter" so that many
 * clients failing together spread out, yet no wait collapses to zero. */
export function backoffDelay(policy: RetryPolicy, retry: number, retryAfterMs?: number): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  const jittered = exp / 2 + policy.random() * (exp / 2);
  // The server knows its own quota window best: honour Retry-After, plus a little jitter.
  return retryAfterMs !== undefined ? retryAfterMs + policy.random() * (policy.baseDelayMs / 4) : jittered;
}

/** Runs `attempt` until it succeeds, fails for good, or the time budget is spent. */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  classify: (error: unknown) => FailureKind,
  policy: RetryPolicy,
  onRetry?: (notice: RetryNotice) => void,
): Promise<T> {
  const start = policy.clock.now();
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      const kind = classify(error);
      if (!kind.retryable) throw error;
      const delayMs = backoffDelay(policy, n, kind.retryAfterMs);
      if (policy.clock.now() - start + delayMs > policy.maxElapsedMs) throw error;
      onRetry?.({ attempt: n, delayMs, error });
      await policy.clock.sleep(delayMs);
    }
  }
}

/**
 * Sliding-window limiter: at most `limit` requests in any `windowMs`. The Sheets API allows 60
 * read and 60 write requests per minute per user; staying under that avoids 429s in the first
 * place instead of provoking them and backing off.
 */
export class RateLimiter {
  private readonly stamps: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: Clock,
  ) {}

  async take(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      while (this.stamps.length > 0 && (this.stamps[0] ?? 0) <= now - this.windowMs) this.stamps.shift();
      if (this.stamps.length < this.limit) {
        this.stamps.push(now);
        return;
      }
      await this.clock.sleep((this.stamps[0] ?? now) + this.windowMs - now);
    }
  }
}
