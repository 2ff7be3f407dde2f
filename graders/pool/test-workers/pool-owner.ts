// TEST FIXTURE: a process that owns a pool of two scripted workers, sets both hanging in a busy loop (where
// no 'disconnect' event can ever run), then prints their pids, so that a test can kill this owner with
// SIGKILL and watch what becomes of the workers.
import { fileURLToPath } from 'node:url';
import { defaultLimits } from '../../../contracts/limits.ts';
import { createWorkerPool } from '../worker-pool.ts';

const workerModule = fileURLToPath(new URL('./scripted-worker.ts', import.meta.url));
const pool = createWorkerPool({ size: 2, workerModule });
// Long limits: the pool's own watchdog must not be what ends the hang during the test.
const limits = { ...defaultLimits, wallMsPerTest: 60_000 };
for (const jobId of [1, 2]) {
  pool
    .run({
      jobId,
      program: JSON.stringify({ act: 'hang' }),
      filename: 'main.js',
      timers: false,
      limits,
      stopAtFirstFailure: false,
      tests: [{ kind: 'function', index: 0, id: 'hang', function: 'f', args: [] }],
      predicates: [],
    })
    .catch(() => {});
}
const started = Date.now();
while (pool.workerPids().length < 2 && Date.now() - started < 20_000) {
  await new Promise((resolve) => setTimeout(resolve, 20));
}
// Give both jobs time to reach the busy loop.
await new Promise((resolve) => setTimeout(resolve, 500));
process.stdout.write(`${JSON.stringify(pool.workerPids())}\n`);
setInterval(() => {}, 1_000);
