import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

describe('readEnv', () => {
  it('has a default for every key', () => {
    const settings = readEnv({});
    expect(settings).toMatchObject({ port: 8080, databaseFile: './data/codecast.sqlite' });
    expect(settings.app.frameAncestors).toEqual(["'self'"]);
    expect(settings.queue.concurrency).toBeGreaterThan(0);
    expect(settings.app.runLimits).toMatchObject({ burst: 20, refillMs: 3_000 });
  });

  it('caps free runs in progress at twice the grader workers unless told otherwise', () => {
    expect(readEnv({ GRADER_WORKERS: '3' }).app.runLimits?.maxConcurrent).toBe(6);
    expect(readEnv({ GRADER_WORKERS: '3', RUN_MAX_CONCURRENT: '1' }).app.runLimits?.maxConcurrent).toBe(1);
  });

  it('reads numbers and lists, and throws (never exits) on a bad value', () => {
    const settings = readEnv({
      PORT: '9000',
      FRAME_ANCESTORS: "'self' https://lms.example.org",
      COOKIE_SECURE: 'true',
    });
    expect(settings.port).toBe(9000);
    expect(settings.app.frameAncestors).toEqual(["'self'", 'https://lms.example.org']);
    expect(settings.app.cookieSecure).toBe(true);
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
