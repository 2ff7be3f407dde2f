// The worker pool's own cost per job: a trivial 10-test job through a fake worker that answers at once
// (graders/pool/test-workers/scripted-worker.ts), so what is measured is IPC, parsing and bookkeeping.
// Compared in the same run with each IPC serialization, and against the floor: one bare message echoed
// by a bare child, with no pool, no schema and no job.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { defaultLimits } from '../contracts/limits.ts';
import { createWorkerPool } from '../graders/pool/worker-pool.ts';
import type { DynamicJob } from '../graders/run/dynamic-job.ts';
import { median, percentile, runConcurrently } from './stats.ts';

type Serialization = 'json' | 'advanced';

const scriptedWorker = fileURLToPath(
  new URL('../graders/pool/test-workers/scripted-worker.ts', import.meta.url),
);

function trivialJob(jobId: number, tests: number): DynamicJob {
  return {
    jobId,
    program: JSON.stringify({ act: 'pass' }),
    filename: 'main.js',
    timers: false,
    limits: defaultLimits,
    stopAtFirstFailure: false,
    tests: Array.from({ length: tests }, (_, index) => ({
      kind: 'function' as const,
      index,
      id: `add-${index}`,
      function: 'add',
      args: [index, index * 2],
      expected: index * 3,
    })),
    predicates: [],
  };
}

async function poolRoundTrip(serialization: Serialization, tests: number) {
  const pool = createWorkerPool({ size: 1, workerModule: scriptedWorker, serialization });
  try {
    let jobId = 0;
    const once = async () => {
      const outcomes = await pool.run(trivialJob(jobId++, tests));
      if (outcomes.length !== tests) throw new Error('the fake worker lost tests');
    };
    await runConcurrently(300, 1, once);
    const { durations } = await runConcurrently(3000, 1, once);
    return durations;
  } finally {
    await pool.close();
  }
}

async function bareEcho(serialization: Serialization) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-e', "process.on('message', (m) => process.send(m))"],
    {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      serialization,
    },
  );
  try {
    const message = trivialJob(0, 1);
    const echo = async () => {
      child.send(message);
      await once(child, 'message');
    };
    await runConcurrently(300, 1, echo);
    const { durations } = await runConcurrently(3000, 1, echo);
    return durations;
  } finally {
    child.kill('SIGKILL');
  }
}

const describe = (durations: number[]) =>
  `median ${(median(durations) * 1000).toFixed(0)} µs, p95 ${(percentile(durations, 95) * 1000).toFixed(0)} µs`;

export async function benchPoolRoundTrip(): Promise<void> {
  const summary: string[] = [];
  for (const serialization of ['json', 'advanced'] as const) {
    const echo = await bareEcho(serialization);
    const one = await poolRoundTrip(serialization, 1);
    const ten = await poolRoundTrip(serialization, 10);
    console.log(`${serialization}: bare echo of one message: ${describe(echo)}`);
    console.log(`${serialization}: pool, 1-test job (3 messages back): ${describe(one)}`);
    console.log(`${serialization}: pool, 10-test job (21 messages back): ${describe(ten)}`);
    summary.push(`${serialization} ${(median(ten) * 1000).toFixed(0)} µs`);
  }
  console.log(`pool round trip, 10-test trivial job, median: ${summary.join(', ')}`);
}
