// The server's settings, and the only module that reads process.env. Every key has a default, so
// `npm start` works with nothing set; units are in the names. A bad value throws (main.ts prints it and
// exits): importing this module never ends the process.
import { availableParallelism } from 'node:os';
import { z } from 'zod';

const int = (fallback: number, min = 0) => z.coerce.number().int().min(min).default(fallback);

export const EnvSchema = z.object({
  /** 0: any free port (tests); the one chosen is printed. */
  PORT: int(8080),
  HOST: z.string().default('localhost'),
  /** SQLite file, created with its folder on first start. */
  DATABASE_FILE: z.string().default('./data/codecast.sqlite'),
  /** Exercise folders and course files, synced into the database at start. */
  EXERCISES_DIR: z.string().default('./exercises'),
  /** Largest request body; a source is also held to its exercise's `sourceBytes` limit. */
  MAX_BODY_BYTES: int(1024 * 1024, 1024),
  /** Largest codecast a teacher may upload (PUT /api/codecasts/:id: chunks, captions, base64 audio). */
  MAX_CODECAST_BYTES: int(64 * 1024 * 1024, 1024),
  /** Sandbox worker processes; 0: one per CPU. */
  GRADER_WORKERS: int(0),
  /** Nice value of the sandbox workers (0–19): requests are answered before queued work is graded. */
  GRADER_NICENESS: int(10).pipe(z.number().max(19)),
  /**
   * Submissions waiting for a worker before new ones get 503. Each waits as a row in the database and an
   * id in memory (about 100 bytes), and each learner has at most one waiting: a deadline rush of a large
   * course fits.
   */
  QUEUE_MAX_WAITING: int(20_000, 1),
  /** Attempts graded at once; 0: as many as grader workers. */
  QUEUE_CONCURRENCY: int(0),
  /** Each learner's token bucket: this many submissions in a burst… */
  SUBMIT_BURST: int(10, 1),
  /** …and one more token every this many ms. */
  SUBMIT_REFILL_MS: int(6_000, 1),
  /** Free runs (graded in the request, not recorded): each learner's bucket holds this many runs… */
  RUN_BURST: int(20, 1),
  /** …and gets one back every this many ms (one run at a time per learner in any case). */
  RUN_REFILL_MS: int(3_000, 1),
  /** Free runs in progress at once, over all learners, before 503; 0: twice the grader workers. */
  RUN_MAX_CONCURRENT: int(0),
  /** Life of the anonymous/teacher cookie session. */
  COOKIE_SESSION_TTL_MS: int(180 * 24 * 3600 * 1000, 60_000),
  /** Life of a bearer token from POST /api/session (for iframes without third-party cookies). */
  BEARER_TOKEN_TTL_MS: int(2 * 3600 * 1000, 60_000),
  /** Set the Secure flag on cookies: turn on behind HTTPS. */
  COOKIE_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** The built web app (`npm run build:web`), served when it holds an index.html. */
  WEB_DIR: z.string().default('./dist/web'),
  /** CSP frame-ancestors: who may embed the app, space-separated (`'self' https://lms.example.org`). */
  FRAME_ANCESTORS: z.string().default("'self'"),
});
export type Env = z.infer<typeof EnvSchema>;

/** Limits on free runs (server/queue/run-limiter.ts). */
export interface RunLimits {
  burst: number;
  refillMs: number;
  maxConcurrent: number;
}

export interface AppConfig {
  maxBodyBytes: number;
  /** Unset: the routes' default (server/routes/codecasts.ts); main.ts sets it from MAX_CODECAST_BYTES. */
  maxCodecastBytes?: number;
  cookieSessionTtlMs: number;
  bearerTokenTtlMs: number;
  cookieSecure: boolean;
  frameAncestors: string[];
  /** The built web app's folder, relative to the working directory; the API alone without it. */
  webDir?: string;
  /** Unset: free runs are not limited (benchmarks that measure the grader through HTTP); main.ts sets it. */
  runLimits?: RunLimits;
}

export interface QueueConfig {
  maxWaiting: number;
  concurrency: number;
  submitBurst: number;
  submitRefillMs: number;
}

export interface ServerSettings {
  port: number;
  host: string;
  databaseFile: string;
  exercisesDir: string;
  webDir: string;
  graderWorkers: number;
  graderNiceness: number;
  app: AppConfig;
  queue: QueueConfig;
}

/** Parses the environment; throws a zod error naming each bad key. */
export function readEnv(source: Record<string, string | undefined> = process.env): ServerSettings {
  const env = EnvSchema.parse(source);
  const graderWorkers = env.GRADER_WORKERS || availableParallelism();
  return {
    port: env.PORT,
    host: env.HOST,
    databaseFile: env.DATABASE_FILE,
    exercisesDir: env.EXERCISES_DIR,
    webDir: env.WEB_DIR,
    graderWorkers,
    graderNiceness: env.GRADER_NICENESS,
    app: {
      maxBodyBytes: env.MAX_BODY_BYTES,
      maxCodecastBytes: env.MAX_CODECAST_BYTES,
      cookieSessionTtlMs: env.COOKIE_SESSION_TTL_MS,
      bearerTokenTtlMs: env.BEARER_TOKEN_TTL_MS,
      cookieSecure: env.COOKIE_SECURE,
      frameAncestors: env.FRAME_ANCESTORS.split(/\s+/).filter(Boolean),
      runLimits: {
        burst: env.RUN_BURST,
        refillMs: env.RUN_REFILL_MS,
        maxConcurrent: env.RUN_MAX_CONCURRENT || 2 * graderWorkers,
      },
    },
    queue: {
      maxWaiting: env.QUEUE_MAX_WAITING,
      concurrency: env.QUEUE_CONCURRENCY || graderWorkers,
      submitBurst: env.SUBMIT_BURST,
      submitRefillMs: env.SUBMIT_REFILL_MS,
    },
  };
}
