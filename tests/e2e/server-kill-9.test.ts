// Nothing acknowledged is ever lost: a server killed with SIGKILL right after answering 202 grades the
// attempt when it starts again. Real processes, a real SQLite file, the real grader.
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, expect, it } from 'vitest';
import { PublicAttempt } from '../../contracts/public-attempt.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { attempts } from '../../server/db/schema.ts';

const root = path.join(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];
let dir: string | undefined;

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((child) => exited(child)));
  if (dir) await rm(dir, { recursive: true, force: true });
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

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

it('grades after a restart an attempt acknowledged just before a kill -9', async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kill-9-'));
  const exercisesDir = path.join(dir, 'exercises');
  await cp(path.join(root, 'exercises/sum-of-array'), path.join(exercisesDir, 'sum-of-array'), {
    recursive: true,
  });
  const env = { DATABASE_FILE: path.join(dir, 'data/db.sqlite'), EXERCISES_DIR: exercisesDir };

  const first = await startServer(env);
  const session = await fetch(`${first.origin}/api/session`);
  const cookie = session.headers.getSetCookie()[0]!.split(';')[0]!;
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
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(attempt).toMatchObject({ status: 'done', result: { status: 'failed' } });
  expect(attempt?.result?.tests.some((test) => test.status === 'timeout')).toBe(true);
});
