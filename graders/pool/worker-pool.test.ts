// The pool's mechanics with real child processes: fake workers (test-workers/) that pass, hang, grow,
// abort, die of a real V8 fatal error, exit or lie, on cue from the job. Limits are short to keep this fast.
import { setImmediate } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../contracts/limits.ts';
import type { DynamicJob, TestOutcome, WorkerMessage } from '../run/dynamic-job.ts';
import { GraderFaultError, PoolClosedError, PoolOverloadedError } from './pool-errors.ts';
import type { WorkerScript } from './test-workers/scripted-worker.ts';
import { createWorkerPool, type WorkerPool, type WorkerPoolOptions } from './worker-pool.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./test-workers/${name}`, import.meta.url));
const scriptedWorker = fixture('scripted-worker.ts');

const wallMsPerTest = 150;
const wallGraceMs = 100;

let nextJobId = 1;

/** A job for the scripted worker; tests get sparse indexes, as a job whose exercise has static tests does. */
function scriptedJob(script: WorkerScript, testCount = 3): DynamicJob {
  return {
    jobId: nextJobId++,
    program: JSON.stringify(script),
    filename: 'main.js',
    timers: false,
    limits: { ...defaultLimits, wallMsPerTest, memoryMb: 16 },
    stopAtFirstFailure: false,
    tests: Array.from({ length: testCount }, (_, i) => ({
      kind: 'program' as const,
      index: i * 2,
      id: `test-${i * 2}`,
      stdin: [],
      stdout: '',
    })),
    predicates: [],
  };
}

const pools: WorkerPool[] = [];
let faults: GraderFaultError[] = [];

function testPool(options: WorkerPoolOptions = {}): WorkerPool {
  const pool = createWorkerPool({
    size: 1,
    workerModule: scriptedWorker,
    wallGraceMs,
    onFault: (error) => faults.push(error),
    ...options,
  });
  pools.push(pool);
  return pool;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.close()));
  faults = [];
});

const statuses = (outcomes: TestOutcome[]) =>
  outcomes.map((o) => `${o.status}${o.reason ? `/${o.reason}` : ''}`);
const pidOf = (outcome: TestOutcome | undefined) => Number(/^pid (\d+)$/.exec(outcome?.output ?? '')?.[1]);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

describe('a worker pool', () => {
  it('returns one outcome per test, in the job order, and passes every message on', async () => {
    const pool = testPool();
    const seen: WorkerMessage[] = [];
    const outcomes = await pool.run(scriptedJob({ act: 'pass' }), (message) => seen.push(message));
    expect(outcomes.map((o) => [o.index, o.id, o.status])).toEqual([
      [0, 'test-0', 'passed'],
      [2, 'test-2', 'passed'],
      [4, 'test-4', 'passed'],
    ]);
    expect(seen.map((m) => m.type)).toEqual([
      'test-start',
      'test-done',
      'test-start',
      'test-done',
      'test-start',
      'test-done',
      'job-done',
    ]);
  });

  it('times out a test whose worker hangs, skips the rest, and replaces the worker', async () => {
    const pool = testPool();
    const first = await pool.run(scriptedJob({ act: 'pass' }));
    const hungPid = pidOf(first[0]);

    const started = performance.now();
    const outcomes = await pool.run(scriptedJob({ act: 'hang', at: 2 }));
    const elapsed = performance.now() - started;
    expect(statuses(outcomes)).toEqual(['passed', 'timeout', 'skipped/crashed']);
    expect(outcomes[1]!.durationMs).toBeGreaterThanOrEqual(wallMsPerTest);
    expect(elapsed).toBeGreaterThanOrEqual(wallMsPerTest + wallGraceMs);
    expect(elapsed).toBeLessThan(wallMsPerTest + wallGraceMs + 1_000);
    expect(isAlive(hungPid)).toBe(false);

    const next = await pool.run(scriptedJob({ act: 'pass' }));
    expect(statuses(next)).toEqual(['passed', 'passed', 'passed']);
    expect(pidOf(next[0])).not.toBe(hungPid);
  });

  it('gives a memory verdict to a worker whose resident memory grows past the ceiling, quickly', async () => {
    const pool = testPool({ memoryCeilingMb: () => 200, wallGraceMs: 5_000 });
    await pool.run(scriptedJob({ act: 'pass' }));
    const started = performance.now();
    const outcomes = await pool.run(scriptedJob({ act: 'grow-memory', at: 0 }));
    expect(statuses(outcomes)).toEqual(['memory', 'skipped/crashed', 'skipped/crashed']);
    // The fixture grows by about a GB a second; the watchdog reads every 20 ms.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('gives a memory verdict when V8 itself aborts the worker for a too-large allocation', async () => {
    // A ceiling out of reach and a long wall limit, so only V8's dying words can tell.
    const pool = testPool({ memoryCeilingMb: () => 4_000, wallGraceMs: 10_000 });
    const outcomes = await pool.run(scriptedJob({ act: 'v8-fatal', at: 2 }));
    expect(statuses(outcomes)).toEqual(['passed', 'memory', 'skipped/crashed']);
  });

  it('gives a memory verdict when the worker is SIGKILLed by someone else, as by the OOM killer', async () => {
    const pool = testPool();
    const outcomes = await pool.run(scriptedJob({ act: 'sigkill-self', at: 2 }));
    expect(statuses(outcomes)).toEqual(['passed', 'memory', 'skipped/crashed']);
  });

  it('reports a worker that aborts as a crash of the running test', async () => {
    const pool = testPool();
    const outcomes = await pool.run(scriptedJob({ act: 'abort', at: 2 }));
    expect(statuses(outcomes)).toEqual(['passed', 'error/crashed', 'skipped/crashed']);
    expect(outcomes[1]!.error).toBeUndefined();
  });

  it('reports a worker that exits mid-job as a crash, and serves the next job', async () => {
    const pool = testPool();
    const outcomes = await pool.run(scriptedJob({ act: 'exit', at: 4 }));
    expect(statuses(outcomes)).toEqual(['passed', 'passed', 'error/crashed']);
    expect(statuses(await pool.run(scriptedJob({ act: 'pass' })))).toEqual(['passed', 'passed', 'passed']);
  });

  it('rejects with GraderFaultError and replaces the worker when a message is malformed', async () => {
    const pool = testPool();
    const before = pidOf((await pool.run(scriptedJob({ act: 'pass' })))[0]);
    await expect(pool.run(scriptedJob({ act: 'garbage', at: 2 }))).rejects.toThrow(GraderFaultError);
    const after = await pool.run(scriptedJob({ act: 'pass' }));
    expect(pidOf(after[0])).not.toBe(before);
  });

  it.each([
    ['reports a fault', 'fault', /the fake runner lost its harness/],
    ['throws outside any promise', 'throw-uncaught', /uncaught exception: Error: a bug outside any promise/],
    ['has its runner reject', 'reject', /the runner failed: Error: the runner rejected/],
    ['says job-done before every test was reported', 'say-job-done-early', /"job-done" before every test/],
  ] as const)('rejects with GraderFaultError when the worker %s', async (_what, act, message) => {
    const pool = testPool();
    const failing = pool.run(scriptedJob({ act, at: 2 }));
    await expect(failing).rejects.toThrow(GraderFaultError);
    await expect(failing).rejects.toThrow(message);
    expect(statuses(await pool.run(scriptedJob({ act: 'pass' })))).toEqual(['passed', 'passed', 'passed']);
  });

  it('hears job-done once whether or not the runner says it itself', async () => {
    const pool = testPool();
    const doneCount = async (act: WorkerScript['act']) => {
      let count = 0;
      await pool.run(scriptedJob({ act }), (message) => {
        if (message.type === 'job-done') count++;
      });
      return count;
    };
    expect(await doneCount('say-job-done-last')).toBe(1);
    expect(await doneCount('pass')).toBe(1);
    expect(faults).toEqual([]);
  });

  it('rejects with GraderFaultError a job the worker cannot parse', async () => {
    const pool = testPool();
    const job = { ...scriptedJob({ act: 'pass' }), filename: undefined } as unknown as DynamicJob;
    await expect(pool.run(job)).rejects.toThrow(/a malformed job/);
  });

  it('replaces each worker after its quota of jobs, with no job waiting for a cold start', async () => {
    const pool = testPool({ jobsPerWorker: 3 });
    const pids: number[] = [];
    for (let i = 0; i < 7; i++) pids.push(pidOf((await pool.run(scriptedJob({ act: 'pass' }, 1)))[0]));
    const [a, b, c] = [...new Set(pids)];
    expect(pids).toEqual([a, a, a, b, b, b, c]);
    expect(c).toBeDefined();
    expect(isAlive(a!)).toBe(false);
  });

  it('rejects with PoolOverloadedError once the queue is full', async () => {
    // No worker is ready yet, so every job waits in the queue.
    const pool = testPool({ maxQueued: 2 });
    const accepted = [pool.run(scriptedJob({ act: 'pass' })), pool.run(scriptedJob({ act: 'pass' }))];
    await expect(pool.run(scriptedJob({ act: 'pass' }))).rejects.toThrow(PoolOverloadedError);
    for (const outcomes of await Promise.all(accepted)) expect(outcomes).toHaveLength(3);
  });

  it('completes 20 concurrent jobs on 2 workers, each with its own outcomes', async () => {
    const pool = testPool({ size: 2 });
    const jobs = Array.from({ length: 20 }, (_, i) => scriptedJob({ act: 'pass' }, 1 + (i % 4)));
    const results = await Promise.all(jobs.map((job) => pool.run(job)));
    results.forEach((outcomes, i) => {
      expect(outcomes.map((o) => o.id)).toEqual(jobs[i]!.tests.map((t) => t.id));
      expect(outcomes.every((o) => o.status === 'passed')).toBe(true);
    });
  });

  it('replaces an idle worker that dies, and says so', async () => {
    let reportFault: (error: GraderFaultError) => void = () => {};
    const reported = new Promise<GraderFaultError>((resolve) => {
      reportFault = resolve;
    });
    const pool = testPool({ onFault: (error) => reportFault(error) });
    const pid = pidOf((await pool.run(scriptedJob({ act: 'pass' })))[0]);
    process.kill(pid, 'SIGKILL');
    expect((await reported).message).toMatch(/idle worker \d+ died/);
    const next = await pool.run(scriptedJob({ act: 'pass' }));
    expect(pidOf(next[0])).not.toBe(pid);
  });

  it('rejects waiting jobs with GraderFaultError when no worker can start', async () => {
    const pool = testPool({ workerModule: fixture('broken-worker.ts') });
    const job = pool.run(scriptedJob({ act: 'pass' }));
    await expect(job).rejects.toThrow(GraderFaultError);
    await expect(job).rejects.toThrow(/cannot load the runner/);
  });

  it('gives up on a worker that never says ready', async () => {
    const pool = testPool({ workerModule: fixture('silent-worker.ts'), readyTimeoutMs: 300 });
    await expect(pool.run(scriptedJob({ act: 'pass' }))).rejects.toThrow(/did not say ready within 300 ms/);
  });

  it('closes by killing every worker and rejecting every unfinished job, leaving nothing behind', async () => {
    const exitListeners = process.listenerCount('exit');
    // Processes, pipes and timers of ours; the test runner has some of its own, which come and go.
    const handles = () => {
      const counts = new Map<string, number>();
      for (const kind of process.getActiveResourcesInfo()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
      return counts;
    };
    const handlesBefore = handles();

    const pool = createWorkerPool({ size: 2, workerModule: scriptedWorker, wallGraceMs });
    const started: number[] = [];
    const jobs: Promise<TestOutcome[]>[] = [];
    const bothRunning = new Promise<void>((resolve) => {
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'test-start') started.push(message.jobId);
        if (started.length === 2) resolve();
      };
      // Long limits: these must still be running when close() comes.
      const hanging = () => ({
        ...scriptedJob({ act: 'hang' }),
        limits: { ...defaultLimits, wallMsPerTest: 20_000 },
      });
      jobs.push(pool.run(hanging(), onMessage), pool.run(hanging(), onMessage), pool.run(hanging()));
    });
    const settled = Promise.allSettled(jobs);
    await bothRunning;
    const pids = pool.workerPids();
    expect(pids).toHaveLength(2);

    await pool.close();
    for (const result of await settled) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(PoolClosedError);
    }
    for (const pid of pids) {
      expect(isAlive(pid)).toBe(false);
      expect(isAlive(-pid)).toBe(false);
    }
    expect(pool.workerPids()).toEqual([]);
    await expect(pool.run(scriptedJob({ act: 'pass' }))).rejects.toThrow(PoolClosedError);
    expect(process.listenerCount('exit')).toBe(exitListeners);
    // A child's process handle is released in the close-callbacks phase that follows its 'close' event,
    // which a check-phase callback reaches only on the next turn of the event loop.
    await setImmediate();
    await setImmediate();
    for (const [kind, count] of handles())
      expect(count, kind).toBeLessThanOrEqual(handlesBefore.get(kind) ?? 0);
  });
});
