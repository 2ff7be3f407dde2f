import { describe, expect, it } from 'vitest';
import { createRunLimiter } from './run-limiter.ts';

describe('the run limiter', () => {
  it('lets a learner run one at a time, within their token bucket', () => {
    const limiter = createRunLimiter({ burst: 2, refillMs: 1_000, maxConcurrent: 10 });
    const first = limiter.admit('ada', 0);
    expect(first.accepted).toBe(true);
    expect(limiter.admit('ada', 0)).toMatchObject({ accepted: false, reason: 'in-flight' });
    if (first.accepted) first.release();
    const second = limiter.admit('ada', 0);
    expect(second.accepted).toBe(true);
    if (second.accepted) second.release();
    expect(limiter.admit('ada', 0)).toEqual({ accepted: false, reason: 'rate-limited', retryAfterMs: 1_000 });
    expect(limiter.admit('ada', 1_000).accepted).toBe(true);
  });

  it('caps the runs in progress across learners, without spending the refused learner tokens', () => {
    const limiter = createRunLimiter({ burst: 1, refillMs: 60_000, maxConcurrent: 2 });
    const ada = limiter.admit('ada', 0);
    const bob = limiter.admit('bob', 0);
    expect(limiter.running).toBe(2);
    expect(limiter.admit('cy', 0)).toMatchObject({ accepted: false, reason: 'busy' });
    if (ada.accepted) ada.release();
    // Released twice by mistake: still counted once.
    if (ada.accepted) ada.release();
    expect(limiter.running).toBe(1);
    expect(limiter.admit('cy', 0).accepted).toBe(true);
    expect(bob.accepted).toBe(true);
  });
});
