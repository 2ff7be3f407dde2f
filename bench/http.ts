// The server under a deadline rush, as a course would run it: `server/main.ts` started as its own process
// (real grader pool, queue, SQLite file in WAL mode), loaded over loopback by autocannon with submissions
// of a 10-test function exercise, each from a different learner (100,000 bearer sessions seeded beforehand).
//
// Three runs in one go, so the ratios hold on a noisy machine:
// - baseline: GET of the exercise's public view, as fast as the server answers: what the HTTP stack,
//   the session check and one SQLite read cost, without writing or grading anything;
// - submissions as fast as the server takes them: N = 202s per second, each attempt row written before
//   its 202 (p50/p99 are the 202's latency); then the queue drains and every attempt must be done, graded
//   and passed, checked in the database file;
// - submissions at N/2 per second, evenly paced (bench/paced-load.ts: autocannon's rate option sends
//   bursts), latency counted from when each was due: what a learner sees in a busy hour; then GETs at the
//   same pace while that run is graded, the tail this machine gives a request that writes nothing.
// The last line is the maximum-rate run; the line before it, the half-rate run.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { stringify } from 'yaml';
import { createLearner, createSession } from '../server/auth/sessions.ts';
import { openDatabase } from '../server/db/open-database.ts';
import { benchExercise, learnerCode } from './grader.ts';
import { pacedLoad } from './paced-load.ts';

const repoRoot = fileURLToPath(new URL('../', import.meta.url));
const runSeconds = 10;
/** The paced runs' first second is not counted (bench/paced-load.ts). */
const warmUpSeconds = 1;
const connections = 32;
const learnerCount = 100_000;
/** Longer than the whole bench, so no token expires during it. */
const sessionTtlMs = 3600 * 1000;
/** Room for the full-rate run's whole backlog (see startServer). */
const benchMaxWaiting = 200_000;
/** BENCH_PROFILE_DIR=<dir>: the server writes a V8 CPU profile there when it stops. */
const profileDir = process.env.BENCH_PROFILE_DIR;

export async function benchHttp(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-http-'));
  const exercisesDir = path.join(dir, 'exercises');
  await writeBenchExercise(exercisesDir);
  const databaseFile = path.join(dir, 'bench.sqlite');
  // Learners enough for both runs at any plausible rate: each submits once, so neither the one-in-flight
  // rule nor the per-learner bucket is what gets measured.
  const tokens = seedSessions(databaseFile, learnerCount);
  const port = await freePort();
  const server = await startServer({ port, databaseFile, exercisesDir });
  // Even if autocannon throws from a callback, the server must not outlive the bench.
  const killServer = () => server.kill('SIGKILL');
  process.once('exit', killServer);
  const origin = `http://127.0.0.1:${port}`;
  const slug = benchExercise().slug;

  try {
    const reader = tokens.pop()!;
    let nextToken = 0;
    const submission = (): autocannon.Request => ({
      method: 'POST',
      path: `/api/exercises/${slug}/submissions`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: learnerCode, language: 'javascript' }),
      setupRequest: (request) => {
        // Past the last learner, tokens come round again: their 429s then fail the run, loudly.
        const token = tokens[nextToken++ % tokens.length];
        return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
      },
    });

    await load(origin, { path: `/api/exercises/${slug}`, headers: { authorization: `Bearer ${reader}` } }, 3);
    const baseline = await load(
      origin,
      { path: `/api/exercises/${slug}`, headers: { authorization: `Bearer ${reader}` } },
      runSeconds,
    );
    expectOnly(baseline, 200, 'GET exercise');

    console.log(`baseline done: ${baseline.perSecond.toFixed(0)} requests/s`);
    const full = await load(origin, submission(), runSeconds);
    console.log(`full-rate run done: ${JSON.stringify(full.statuses)}; waiting for the queue to drain`);
    expectOnly(full, 202, 'submissions at full rate');
    const drain = await waitUntilGraded(databaseFile, full.accepted);
    const rate = Math.max(1, Math.floor(full.perSecond / 2));
    const cpuBefore = threadCpu(server.pid);
    const half = await pacedLoad({
      origin,
      method: 'POST',
      path: `/api/exercises/${slug}/submissions`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: learnerCode, language: 'javascript' }),
      // Fresh learners, each submitting once, as in the full-rate run.
      tokens: tokens.slice(nextToken, nextToken + rate * (runSeconds + warmUpSeconds)),
      rate,
      seconds: runSeconds,
      warmUpSeconds,
    });
    nextToken += rate * (runSeconds + warmUpSeconds);
    const cpuDuring = threadCpu(server.pid, cpuBefore);
    expectOnly(half, 202, 'submissions at half rate');
    // The same pacing for reads, right after, while the half-rate run's attempts are still being graded:
    // what the machine alone (client, scheduler, grading) does to the tail, with no write at all.
    const halfReads = await pacedLoad({
      origin,
      method: 'GET',
      path: `/api/exercises/${slug}`,
      headers: {},
      tokens: [reader],
      rate,
      seconds: runSeconds,
      warmUpSeconds,
    });
    expectOnly(halfReads, 200, 'GET at half rate');
    await waitUntilGraded(databaseFile, full.accepted + (half.statuses['202'] ?? 0));

    console.log(
      `server: server/main.ts (as npm start), Node ${process.versions.node}, ${connections} connections`,
    );
    console.log(
      `baseline, GET /api/exercises/${slug}: ${baseline.perSecond.toFixed(0)} requests/s, p50 ${baseline.p50} ms, p99 ${baseline.p99} ms`,
    );
    console.log(
      `graded after the full-rate run: ${full.accepted} attempts done and passed in ${(drain.ms / 1000).toFixed(1)} s from the run's start (${drain.perSecond.toFixed(0)} graded/s)`,
    );
    console.log(
      `submissions take ${((full.perSecond / baseline.perSecond) * 100).toFixed(0)}% of the baseline's request rate`,
    );
    console.log(
      `baseline at the same pace, GET /api/exercises/${slug} during grading: p50 ${halfReads.p50.toFixed(1)} ms, p99 ${halfReads.p99.toFixed(1)} ms (client's longest stall ${halfReads.clientStallMs} ms)`,
    );
    if (cpuDuring)
      console.log(
        `server's main thread during the half-rate run: ${cpuDuring.runMs.toFixed(0)} ms on a core, ${cpuDuring.waitMs.toFixed(0)} ms waiting for one`,
      );
    console.log(
      `http (half rate, ${rate}/s paced evenly): ${half.perSecond.toFixed(0)} submissions/s, p50 ${half.p50.toFixed(1)} ms, p99 ${half.p99.toFixed(1)} ms (client's longest stall ${half.clientStallMs} ms)`,
    );
    console.log(`http: ${full.perSecond.toFixed(0)} submissions/s, p50 ${full.p50} ms, p99 ${full.p99} ms`);
  } finally {
    process.off('exit', killServer);
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    await rm(dir, { recursive: true, force: true });
  }
}

interface LoadResult {
  perSecond: number;
  accepted: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
}

async function load(
  origin: string,
  request: autocannon.Request,
  seconds: number,
  overallRate?: number,
): Promise<LoadResult & { started: number }> {
  const started = Date.now();
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    requests: [request],
    ...(overallRate ? { overallRate } : {}),
  });
  const statuses = result.statusCodeStats as unknown as Record<string, { count: number }>;
  const counts = Object.fromEntries(Object.entries(statuses).map(([code, { count }]) => [code, count]));
  const ok = (counts['202'] ?? 0) + (counts['200'] ?? 0);
  return {
    started,
    perSecond: ok / seconds,
    accepted: counts['202'] ?? 0,
    p50: result.latency.p50,
    p99: result.latency.p99,
    statuses: counts,
    errors: result.errors + result.timeouts,
  };
}

function expectOnly(
  result: Pick<LoadResult, 'statuses' | 'errors'> & { errorMessages?: string[] },
  status: number,
  what: string,
): void {
  const others = Object.entries(result.statuses).filter(([code]) => code !== String(status));
  if (others.length > 0 || result.errors > 0) {
    const messages = result.errorMessages?.length ? ` (${result.errorMessages.join('; ')})` : '';
    throw new Error(
      `${what}: expected only ${status}, got ${JSON.stringify(result.statuses)} and ${result.errors} errors${messages}`,
    );
  }
}

/** Polls the database file until `count` attempts are done; every one must have passed. */
async function waitUntilGraded(
  databaseFile: string,
  count: number,
): Promise<{ ms: number; perSecond: number }> {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  const started = performance.now();
  try {
    for (;;) {
      const row = db
        .prepare(
          `select count(*) as total,
             sum(status = 'done') as done,
             sum(status = 'done' and verdict = 'passed') as passed,
             min(created_at) as first, max(finished_at) as last
           from attempts`,
        )
        .get() as { total: number; done: number; passed: number; first: number; last: number };
      if (row.total < count) throw new Error(`${count} attempts acknowledged, ${row.total} in the database`);
      if (row.done === row.total) {
        if (row.passed !== row.total) throw new Error(`${row.total - row.passed} attempts did not pass`);
        const ms = row.last - row.first;
        return { ms, perSecond: (row.total / ms) * 1000 };
      }
      if (performance.now() - started > 300_000) throw new Error('the queue did not drain in 5 minutes');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    db.close();
  }
}

/**
 * Learners with a bearer session each, written into the database file before the server opens it, with the
 * server's own functions: what `POST /api/session` stores, without a flushed commit per learner (100,000
 * of those took minutes, and are not what the bench measures).
 */
function seedSessions(databaseFile: string, count: number): string[] {
  const db = openDatabase(databaseFile);
  try {
    const now = Date.now();
    return db.$client.transaction(() =>
      Array.from({ length: count }, () => {
        const learnerId = createLearner(db, now);
        return createSession(db, { kind: 'bearer', learnerId, now, ttlMs: sessionTtlMs }).token;
      }),
    )();
  } finally {
    db.$client.close();
  }
}

interface ThreadCpu {
  /** Time on a core, in ms. */
  runMs: number;
  /** Time ready to run but waiting for a core, in ms: what the machine, not the server, adds. */
  waitMs: number;
}

/**
 * The server's main thread's scheduler times (Linux: /proc/<pid>/task/<pid>/schedstat), or their growth
 * since `since`; undefined where there is no such file. A tail made of waiting for a core is the
 * machine's (grading and the client share its two cores); one made of running is the server's own work.
 */
function threadCpu(pid: number | undefined, since?: ThreadCpu): ThreadCpu | undefined {
  if (pid === undefined) return undefined;
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    const now = { runMs: (run ?? 0) / 1e6, waitMs: (wait ?? 0) / 1e6 };
    return since ? { runMs: now.runMs - since.runMs, waitMs: now.waitMs - since.waitMs } : now;
  } catch {
    return undefined;
  }
}

async function writeBenchExercise(exercisesDir: string): Promise<void> {
  const exercise = benchExercise();
  const folder = path.join(exercisesDir, exercise.slug);
  await mkdir(folder, { recursive: true });
  const example = '\n\n```js\nadd(1, 2) // 3\n```\n';
  await Promise.all([
    writeFile(path.join(folder, 'exercise.yaml'), stringify(exercise.spec)),
    writeFile(path.join(folder, 'statement.en.md'), `# Add\n\nReturn the sum of a and b.${example}`),
    writeFile(path.join(folder, 'statement.fr.md'), `# Addition\n\nRenvoie la somme de a et b.${example}`),
    writeFile(path.join(folder, 'starter.js'), 'function add(a, b) {\n}\n'),
    writeFile(path.join(folder, 'solution.js'), learnerCode),
    writeFile(
      path.join(exercisesDir, 'bench.course.yaml'),
      stringify({
        title: { en: 'Bench', fr: 'Banc' },
        description: { en: 'One exercise.', fr: 'Un exercice.' },
        access: 'open',
        passThreshold: 0.5,
        modules: [
          {
            id: 'only',
            title: { en: 'Only', fr: 'Seul' },
            description: { en: '-', fr: '-' },
            exercises: [exercise.slug],
          },
        ],
      }),
    ),
  ]);
}

/** Node's flags in package.json's `start` script (its GC settings among them), so the bench runs them too. */
async function startScriptFlags(): Promise<string[]> {
  const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const words = pkg.scripts.start.split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'server/main.ts')
    throw new Error(`the start script is not "node <flags> server/main.ts": ${pkg.scripts.start}`);
  return words.slice(1, -1);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** `npm start`'s process with the bench's settings; resolves once it listens. */
async function startServer(options: { port: number; databaseFile: string; exercisesDir: string }) {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      ...(await startScriptFlags()),
      path.join(repoRoot, 'server/main.ts'),
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(options.port),
        HOST: '127.0.0.1',
        DATABASE_FILE: options.databaseFile,
        EXERCISES_DIR: options.exercisesDir,
        WEB_DIR: path.join(path.dirname(options.databaseFile), 'no-web'),
        // The full-rate run measures how fast submissions are taken, not the default backlog policy: ten
        // seconds at ~2,000/s while ~350/s are graded leaves more than the default 20,000 waiting, and the
        // rest would be refused with 503 (as they should be, in a course).
        QUEUE_MAX_WAITING: String(benchMaxWaiting),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('listening on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${out}`)));
  });
  return child;
}
