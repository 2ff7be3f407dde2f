// Per-learner rate limit: `burst` submissions at once, then one per `refillMs`. Memory is bounded: past
// `maxKeys` learners, buckets that have refilled (indistinguishable from a fresh one) are dropped, then the
// oldest; a dropped learner only gets a full bucket back, never fewer tokens.
export interface TokenBucketOptions {
  burst: number;
  refillMs: number;
  maxKeys?: number;
}

export interface TokenBuckets {
  /** Takes a token: 0 when allowed, else the ms until one is available. */
  take(key: string, now: number): number;
  /** Whether a token is available, without taking it. */
  waitMs(key: string, now: number): number;
  /**
   * Returns a token taken for an attempt that turned out not to count (a right enrolment key). Taking first
   * and giving back after keeps concurrent requests from all passing a check made before any of them counts.
   */
  giveBack(key: string, now: number): void;
  readonly size: number;
}

export function createTokenBuckets({ burst, refillMs, maxKeys = 10_000 }: TokenBucketOptions): TokenBuckets {
  const buckets = new Map<string, { tokens: number; at: number }>();

  const current = (key: string, now: number) => {
    const bucket = buckets.get(key);
    if (!bucket) return burst;
    return Math.min(burst, bucket.tokens + (now - bucket.at) / refillMs);
  };

  const prune = (now: number) => {
    for (const key of buckets.keys()) if (current(key, now) >= burst) buckets.delete(key);
    for (const key of buckets.keys()) {
      if (buckets.size <= maxKeys) break;
      buckets.delete(key);
    }
  };

  const waitMs = (key: string, now: number) => {
    const tokens = current(key, now);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * refillMs);
  };

  return {
    waitMs,
    take(key, now) {
      const wait = waitMs(key, now);
      if (wait > 0) return wait;
      const tokens = current(key, now) - 1;
      buckets.delete(key);
      buckets.set(key, { tokens, at: now });
      if (buckets.size > maxKeys) prune(now);
      return 0;
    },
    giveBack(key, now) {
      if (!buckets.has(key)) return;
      const tokens = Math.min(burst, current(key, now) + 1);
      buckets.delete(key);
      if (tokens < burst) buckets.set(key, { tokens, at: now });
    },
    get size() {
      return buckets.size;
    },
  };
}
