// Builds an app as main.ts does, on a fresh in-memory database and the grader the test file owns, and a
// small client that keeps its session cookie like a browser tab. Every test makes its own: no shared
// database, no ids made by another test.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Exercise } from '../../contracts/exercise.ts';
import { loadExercise } from '../../graders/content/load-exercise.ts';
import type { Grader } from '../../graders/create-grader.ts';
import { createApp } from '../app.ts';
import type { Clock } from '../clock.ts';
import { type Db, openMemoryDatabase } from '../db/open-database.ts';
import { storeExerciseVersion } from '../db/sync-content.ts';
import type { AppConfig, QueueConfig } from '../env.ts';
import type { GradingQueue } from '../queue/grading-queue.ts';
import { createInProcessQueue } from '../queue/in-process-queue.ts';

const exercisesRoot = fileURLToPath(new URL('../../exercises/', import.meta.url));

/** An exercise of exercises/, loaded as the server would (throws if it is broken: the test's setup is wrong). */
export async function loadTestExercise(slug: string): Promise<Exercise> {
  const load = await loadExercise(path.join(exercisesRoot, slug));
  if (!load.data) throw new Error(`${slug} does not load: ${JSON.stringify(load.errors)}`);
  return load.data;
}

export interface ManualClock extends Clock {
  advance(ms: number): void;
}

export function manualClock(start = Date.UTC(2026, 0, 1)): ManualClock {
  let now = start;
  return {
    now: () => now,
    advance(ms) {
      now += ms;
    },
  };
}

export const testAppConfig: AppConfig = {
  maxBodyBytes: 128 * 1024,
  cookieSessionTtlMs: 24 * 3600 * 1000,
  bearerTokenTtlMs: 3600 * 1000,
  cookieSecure: false,
  frameAncestors: ["'self'", 'https://lms.example.org'],
  runLimits: { burst: 20, refillMs: 1_000, maxConcurrent: 4 },
};

export const testQueueConfig: QueueConfig = {
  maxWaiting: 50,
  concurrency: 1,
  submitBurst: 5,
  submitRefillMs: 10_000,
};

export interface TestAppOptions {
  grader: Grader;
  exercises?: Exercise[];
  db?: Db;
  clock?: ManualClock;
  queue?: Partial<QueueConfig>;
  config?: Partial<AppConfig>;
}

export async function buildTestApp(options: TestAppOptions) {
  const db = options.db ?? openMemoryDatabase();
  const clock = options.clock ?? manualClock();
  for (const exercise of options.exercises ?? []) storeExerciseVersion(db, exercise, clock.now());
  const queue: GradingQueue = createInProcessQueue({
    db,
    grader: options.grader,
    clock,
    config: { ...testQueueConfig, ...options.queue },
  });
  await queue.start();
  const app = createApp({
    db,
    grader: options.grader,
    clock,
    queue,
    config: { ...testAppConfig, ...options.config },
  });
  return { app, db, clock, queue, client: () => createClient(app) };
}

type App = ReturnType<typeof createApp>;

/** A browser tab: keeps the session cookie, sends JSON with the CSRF header. */
export function createClient(app: App, options: { bearer?: string } = {}) {
  let cookie: string | undefined;
  const send = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await app.request(url, {
      method,
      headers: {
        ...(cookie ? { Cookie: cookie } : {}),
        ...(options.bearer ? { Authorization: `Bearer ${options.bearer}` } : {}),
        ...(method !== 'GET' ? { 'X-Requested-With': 'test' } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    // Like a browser: the last Set-Cookie for the name wins (a login replaces a first visit's session).
    const set = response.headers.getSetCookie().at(-1);
    if (set) cookie = set.split(';')[0];
    return response;
  };
  return {
    get: (url: string, headers?: Record<string, string>) => send('GET', url, undefined, headers),
    post: (url: string, body?: unknown, headers?: Record<string, string>) => send('POST', url, body, headers),
    put: (url: string, body?: unknown, headers?: Record<string, string>) => send('PUT', url, body, headers),
    patch: (url: string, body?: unknown, headers?: Record<string, string>) =>
      send('PATCH', url, body, headers),
    get cookie() {
      return cookie;
    },
  };
}

/**
 * The real grader behind a gate: each `grade` waits until the test opens it, so a test can look at the
 * app while an attempt is being graded, without sleeping.
 */
export function gatedGrader(inner: Grader) {
  const gates: (() => void)[] = [];
  let onCall: (() => void) | undefined;
  let calls = 0;
  const grader: Grader = {
    async grade(...args) {
      calls++;
      await new Promise<void>((resolve) => {
        gates.push(resolve);
        onCall?.();
      });
      return inner.grade(...args);
    },
    close: async () => {},
  };
  return {
    grader,
    /** How many times `grade` was called. */
    calls: () => calls,
    /** Resolves once `count` gradings are waiting at the gate. */
    waitingFor: (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (gates.length >= count) {
            onCall = undefined;
            resolve();
          }
        };
        onCall = check;
        check();
      }),
    openOne: () => gates.shift()?.(),
  };
}
