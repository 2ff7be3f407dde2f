// What the HTTP service adds on top of the grader, through a real socket and a SQLite file (WAL):
// - a free run (`POST /run`, graded in the request) against `grader.grade` called directly, one at a time;
// - queued submissions (`POST /submissions` → 202, graded by the queue, stored) against the grader's own
//   throughput on the same submissions, all cores busy.
// Both baselines are measured in the same run, on the same pool.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createGrader } from '../graders/create-grader.ts';
import { createApp } from '../server/app.ts';
import { systemClock } from '../server/clock.ts';
import { openDatabase } from '../server/db/open-database.ts';
import { storeExerciseVersion } from '../server/db/sync-content.ts';
import { createInProcessQueue } from '../server/queue/in-process-queue.ts';
import { benchExercise, learnerCode } from './grader.ts';
import { median, percentile, runConcurrently } from './stats.ts';

export async function benchHttp(): Promise<void> {
  const cores = availableParallelism();
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-http-'));
  const db = openDatabase(path.join(dir, 'bench.sqlite'));
  const grader = createGrader({ size: cores });
  const exercise = benchExercise();
  storeExerciseVersion(db, exercise, systemClock.now());
  const queue = createInProcessQueue({
    db,
    grader,
    clock: systemClock,
    config: { maxWaiting: 100_000, concurrency: cores, submitBurst: 1_000_000, submitRefillMs: 1 },
  });
  await queue.start();
  const app = createApp({
    db,
    grader,
    clock: systemClock,
    queue,
    config: {
      maxBodyBytes: 1024 * 1024,
      cookieSessionTtlMs: 3600_000,
      bearerTokenTtlMs: 3600_000,
      cookieSecure: false,
      frameAncestors: ["'self'"],
    },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const body = JSON.stringify({ code: learnerCode, language: 'javascript' });

  const newToken = async () => {
    const response = await fetch(`${origin}/api/session`, {
      method: 'POST',
      headers: { 'X-Requested-With': 'b' },
    });
    return ((await response.json()) as { token: string }).token;
  };
  const post = async (url: string, token: string, expected: number) => {
    const response = await fetch(`${origin}${url}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body,
    });
    await response.arrayBuffer();
    if (response.status !== expected) throw new Error(`${url}: ${response.status}`);
  };

  try {
    const runner = await newToken();
    const direct = async () => {
      const result = await grader.grade(exercise, learnerCode, { mode: 'run' });
      if (result.status !== 'passed') throw new Error('bench run did not pass');
    };
    const overHttp = () => post(`/api/exercises/${exercise.slug}/run`, runner, 200);
    await runConcurrently(100, cores, direct);
    await runConcurrently(100, cores, overHttp);
    const directRuns = await runConcurrently(400, 1, direct);
    const httpRuns = await runConcurrently(400, 1, overHttp);

    const submissions = 1_000;
    const tokens = await Promise.all(Array.from({ length: submissions }, newToken));
    const directLoaded = await runConcurrently(submissions, cores * 2, () =>
      grader.grade(exercise, learnerCode).then(() => {}),
    );
    const started = performance.now();
    const accepted = await runConcurrently(submissions, cores * 4, (i) =>
      post(`/api/exercises/${exercise.slug}/submissions`, tokens[i]!, 202),
    );
    await queue.idle();
    const queuedMs = performance.now() - started;

    const directMedian = median(directRuns.durations);
    const httpMedian = median(httpRuns.durations);
    const directThroughput = (submissions / directLoaded.elapsedMs) * 1000;
    const queuedThroughput = (submissions / queuedMs) * 1000;
    console.log(`cores: ${cores}, pool size: ${cores}, Node ${process.versions.node}`);
    console.log(`grader.grade, one at a time: median ${directMedian.toFixed(2)} ms`);
    console.log(
      `POST /run over HTTP, one at a time: median ${httpMedian.toFixed(2)} ms, p95 ${percentile(httpRuns.durations, 95).toFixed(2)} ms`,
    );
    console.log(
      `POST /submissions → 202: median ${median(accepted.durations).toFixed(2)} ms, p95 ${percentile(accepted.durations, 95).toFixed(2)} ms (${cores * 4} clients)`,
    );
    console.log(`grader alone, all cores: ${directThroughput.toFixed(0)} submissions/s`);
    console.log(`queued submissions graded and stored: ${queuedThroughput.toFixed(0)} submissions/s`);
    console.log(
      `http: run overhead ${(httpMedian - directMedian).toFixed(2)} ms over the grader (median), queued throughput ${((queuedThroughput / directThroughput) * 100).toFixed(0)}% of the grader's`,
    );
  } finally {
    server.close();
    await queue.close();
    await grader.close();
    db.$client.close();
    await rm(dir, { recursive: true, force: true });
  }
}
