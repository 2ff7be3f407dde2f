// Nothing acknowledged is ever lost: a server killed with SIGKILL grades, when it starts again, every
// attempt it answered 202 for. Real processes (`server/main.ts`, as `npm start` runs it), a real SQLite
// file, the real grader: first one attempt killed right after its 202, then a stream of submissions from
// many learners killed mid-stream with attempts both queued and running.
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { PublicAttempt } from '../../contracts/public-attempt.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { attempts } from '../../server/db/schema.ts';

const root = path.join(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];
const dirs: string[] = [];

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((child) => exited(child)));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts `server/main.ts` on a free port; resolves with its origin once it listens. */
function startServer(env: Record<string, string>): Promise<{ origin: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--no-node-snapshot', '--disable-warning=ExperimentalWarning', 'server/main.ts'],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', GRADER_WORKERS: '1', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const origin = /listening on (http:\/\/\S+)/.exec(line)?.[1];
      if (origin) resolve({ origin, child });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
}

/** A temporary folder with the sum-of-array exercise and a database file to be, as main.ts reads them. */
async function serverFolder(): Promise<{ DATABASE_FILE: string; EXERCISES_DIR: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kill-9-'));
  dirs.push(dir);
  const exercisesDir = path.join(dir, 'exercises');
  await cp(path.join(root, 'exercises/sum-of-array'), path.join(exercisesDir, 'sum-of-array'), {
    recursive: true,
  });
  return { DATABASE_FILE: path.join(dir, 'data/db.sqlite'), EXERCISES_DIR: exercisesDir };
}

async function newLearnerCookie(origin: string): Promise<string> {
  const session = await fetch(`${origin}/api/session`);
  await session.arrayBuffer();
  return session.headers.getSetCookie()[0]!.split(';')[0]!;
}

it('grades after a restart an attempt acknowledged just before a kill -9', async () => {
  const env = await serverFolder();
  const first = await startServer(env);
  const cookie = await newLearnerCookie(first.origin);
  const response = await fetch(`${first.origin}/api/exercises/sum-of-array/submissions`, {
    method: 'POST',
    headers: { Cookie: cookie, 'X-Requested-With': 'test', 'Content-Type': 'application/json' },
    // Slow to grade (every test runs to its time limit), so the kill lands while it is queued or running.
    body: JSON.stringify({ code: 'function sum(numbers) { for (;;) {} }', language: 'javascript' }),
  });
  expect(response.status).toBe(202);
  const { attemptId } = (await response.json()) as { attemptId: number };
  first.child.kill('SIGKILL');
  await exited(first.child);

  const db = openDatabase(env.DATABASE_FILE);
  expect(['queued', 'running']).toContain(db.select().from(attempts).get()?.status);
  db.$client.close();

  const second = await startServer(env);
  // Polls the restarted process: it grades on its own time, and a timeout-heavy attempt takes seconds.
  const deadline = Date.now() + 45_000;
  let attempt: PublicAttempt | undefined;
  while (Date.now() < deadline) {
    const got = await fetch(`${second.origin}/api/attempts/${attemptId}`, { headers: { Cookie: cookie } });
    attempt = PublicAttempt.parse(await got.json());
    if (attempt.status === 'done') break;
    await pause(200);
  }
  expect(attempt).toMatchObject({ status: 'done', result: { status: 'failed' } });
  expect(attempt?.result?.tests.some((test) => test.status === 'timeout')).toBe(true);
});

/** What learners send, and the verdict each must get: a mix of quick and slow gradings. */
const submissions = [
  {
    verdict: 'passed',
    code: 'function sum(numbers) { let total = 0; for (const n of numbers) total += n; return total; }',
  },
  {
    verdict: 'failed',
    code: 'function sum(numbers) { let total = 0; for (let i = 1; i < numbers.length; i++) total += numbers[i]; return total; }',
  },
  { verdict: 'error', code: 'function sum(numbers) {\n  let total = 0;\n  return total;\n' },
  {
    // Right, after spinning some tens of ms of CPU per test (well under the 1 s limit): keeps the one
    // worker busy long enough for a line to form.
    verdict: 'passed',
    code: 'function sum(numbers) { let spin = 0; for (let i = 0; i < 3e7; i++) spin ^= i; let total = 0; for (const n of numbers) total += n; return total + (spin & 0); }',
  },
] as const;

interface Accepted {
  attemptId: number;
  cookie: string;
  verdict: (typeof submissions)[number]['verdict'];
  afterRestart: boolean;
}

it('grades after a restart every submission it answered 202 for, from a stream killed mid-way', async () => {
  const env = {
    ...(await serverFolder()),
    // Nothing refused for our capacity (a 503 is what this test rules out) or by the rate limit: only the
    // one-in-flight rule (429) shapes the stream.
    QUEUE_MAX_WAITING: '10000',
    SUBMIT_BURST: '100000',
    SUBMIT_REFILL_MS: '1',
  };
  const learnerCount = 40;
  const clientCount = 4;
  /** Each client sends one submission, then waits this long: ~30 requests a second in all. */
  const clientIntervalMs = 120;

  let server = await startServer(env);
  // Where the clients send; undefined while the server is down, and they wait for it.
  let origin: string | undefined = server.origin;
  let serverUp: Promise<void> = Promise.resolve();
  let markUp: () => void = () => {};
  let generation = 1;
  const cookies: string[] = [];
  for (let i = 0; i < learnerCount; i++) cookies.push(await newLearnerCookie(server.origin));

  const accepted: Accepted[] = [];
  const statuses = new Map<number, number>();
  let networkErrors = 0;
  /** 202s whose body was cut by the kill: not checkable by id, covered by the check of every row below. */
  let acceptedUnread = 0;
  let stopping = false;

  const runClient = async (clientIndex: number) => {
    for (let turn = 0; !stopping; turn++) {
      while (origin === undefined) await serverUp;
      const learner = clientIndex + clientCount * (turn % (learnerCount / clientCount));
      const submission = submissions[(turn + clientIndex) % submissions.length]!;
      const sentTo = generation;
      try {
        const response = await fetch(`${origin}/api/exercises/sum-of-array/submissions`, {
          method: 'POST',
          headers: {
            Cookie: cookies[learner]!,
            'X-Requested-With': 'kill-9',
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({ code: submission.code, language: 'javascript' }),
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const text = await response.text().catch(() => undefined);
        if (response.status === 202) {
          if (text === undefined) acceptedUnread++;
          else {
            const { attemptId } = JSON.parse(text) as { attemptId: number };
            accepted.push({
              attemptId,
              cookie: cookies[learner]!,
              verdict: submission.verdict,
              afterRestart: sentTo === 2,
            });
          }
        }
      } catch {
        // The server was killed under this request: no answer, so nothing was promised.
        networkErrors++;
      }
      await pause(clientIntervalMs);
    }
  };
  const clients = Array.from({ length: clientCount }, (_, index) => runClient(index));

  /** The statuses of the attempt rows, read from the file beside the running server (WAL allows it). */
  const rowStatuses = () => {
    const client = new Database(env.DATABASE_FILE, { readonly: true, fileMustExist: true });
    try {
      const rows = drizzle({ client })
        .select({ status: attempts.status, count: sql<number>`count(*)` })
        .from(attempts)
        .groupBy(attempts.status)
        .all();
      return Object.fromEntries(rows.map((row) => [row.status, row.count])) as Record<string, number>;
    } finally {
      client.close();
    }
  };
  const waitFor = async (what: string, condition: () => boolean, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) {
        stopping = true;
        throw new Error(
          `timed out waiting for ${what} (${accepted.length} accepted, ${JSON.stringify(rowStatuses())})`,
        );
      }
      await pause(50);
    }
  };

  // Mid-stream: enough accepted, a line waiting, and an attempt being graded.
  await waitFor(
    '60 attempts accepted, 3 queued and 1 running',
    () => {
      if (accepted.length < 60) return false;
      const rows = rowStatuses();
      return (rows.queued ?? 0) >= 3 && (rows.running ?? 0) >= 1;
    },
    120_000,
  );
  origin = undefined;
  serverUp = new Promise((resolve) => {
    markUp = resolve;
  });
  server.child.kill('SIGKILL');
  await exited(server.child);
  const atKill = rowStatuses();
  expect(atKill.queued ?? 0).toBeGreaterThanOrEqual(1);
  expect(atKill.running ?? 0).toBeGreaterThanOrEqual(1);
  const acceptedBeforeKill = accepted.length;

  server = await startServer(env);
  generation = 2;
  origin = server.origin;
  markUp();
  // The stream goes on against the new process, which grades the recovered attempts first.
  await waitFor(
    '20 attempts accepted after the restart',
    () => accepted.filter((entry) => entry.afterRestart).length >= 20,
    120_000,
  );
  stopping = true;
  await Promise.all(clients);

  // Every 202 is graded: polled through the API, as its learner.
  const results = new Map<number, PublicAttempt>();
  const deadline = Date.now() + 180_000;
  while (results.size < accepted.length && Date.now() < deadline) {
    for (const entry of accepted) {
      if (results.has(entry.attemptId)) continue;
      const response = await fetch(`${server.origin}/api/attempts/${entry.attemptId}`, {
        headers: { Cookie: entry.cookie },
      });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status).toBe(200);
      const attempt = PublicAttempt.parse(await response.json());
      if (attempt.status === 'done') results.set(entry.attemptId, attempt);
    }
    if (results.size < accepted.length) await pause(250);
  }

  const summary = {
    acceptedBeforeKill,
    accepted: accepted.length,
    atKill,
    statuses: Object.fromEntries(statuses),
    networkErrors,
  };
  expect(acceptedBeforeKill, JSON.stringify(summary)).toBeGreaterThanOrEqual(60);
  expect(
    [...statuses.keys()].filter((status) => status >= 500),
    JSON.stringify(summary),
  ).toEqual([]);
  expect(results.size, JSON.stringify(summary)).toBe(accepted.length);
  for (const entry of accepted) {
    const attempt = results.get(entry.attemptId);
    expect(attempt?.fault, `attempt ${entry.attemptId}`).toBeUndefined();
    expect(attempt?.result?.status, `attempt ${entry.attemptId}`).toBe(entry.verdict);
  }

  // And in the file: every row the server wrote, acknowledged or not, is done with a result, once.
  server.child.kill('SIGTERM');
  await exited(server.child);
  const db = openDatabase(env.DATABASE_FILE);
  try {
    const rows = db
      .select({ id: attempts.id, status: attempts.status, result: attempts.result })
      .from(attempts)
      .all();
    expect(rows.length).toBeGreaterThanOrEqual(accepted.length + acceptedUnread);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    const ids = new Set(rows.map((row) => row.id));
    for (const entry of accepted) expect(ids.has(entry.attemptId)).toBe(true);
    expect(rows.filter((row) => row.status !== 'done' || row.result === null)).toEqual([]);
  } finally {
    db.$client.close();
  }
}, 420_000);
