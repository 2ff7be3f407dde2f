// Time as the app sees it: passed in, so tests can move it (token buckets, session expiry).
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
