import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from './token-bucket.ts';

describe('token buckets', () => {
  it('allow a burst, then one take per refill period, per key', () => {
    const buckets = createTokenBuckets({ burst: 2, refillMs: 1_000 });
    expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.take('a', 0)).toBe(1_000);
    expect(buckets.take('a', 400)).toBe(600);
    expect(buckets.take('b', 400)).toBe(0);
    expect(buckets.take('a', 1_000)).toBe(0);
    expect(buckets.take('a', 1_000)).toBe(1_000);
  });

  it('keep at most maxKeys buckets, dropping refilled ones first', () => {
    const buckets = createTokenBuckets({ burst: 1, refillMs: 1_000, maxKeys: 100 });
    for (let i = 0; i < 1_000; i++) buckets.take(`learner-${i}`, i * 10);
    expect(buckets.size).toBeLessThanOrEqual(101);
    // The most recent learner is still limited.
    expect(buckets.take('learner-999', 9_990)).toBeGreaterThan(0);
  });

  it('take back a token given back, never past the burst', () => {
    const buckets = createTokenBuckets({ burst: 2, refillMs: 1_000 });
    expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.take('a', 0)).toBe(0);
    buckets.giveBack('a', 0);
    expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.take('a', 0)).toBe(1_000);
    buckets.giveBack('a', 0);
    buckets.giveBack('a', 0);
    buckets.giveBack('a', 0);
    expect(buckets.size).toBe(0);
    expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.take('a', 0)).toBe(0);
    expect(buckets.take('a', 0)).toBe(1_000);
  });
});
