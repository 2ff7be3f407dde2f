// A test that times out only because its worker was not given the CPU (a busy machine, a niced worker)
// is run again in a fresh isolate; a learner's endless loop stays a timeout. The starvation is real: the
// worker process is stopped with SIGSTOP while the learner's code runs, so isolated-vm's wall-clock
// timeout fires with little CPU used.
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../contracts/limits.ts';
import { createWorkerPool } from '../pool/worker-pool.ts';
import type { DynamicJob } from './dynamic-job.ts';
import { starvedTimeout } from './run-dynamic-job.ts';

describe('starvedTimeout', () => {
  it('is a timeout with well under the CPU budget used', () => {
    expect(starvedTimeout('timeout', 120, 1_000)).toBe(true);
    expect(starvedTimeout('timeout', 990, 1_000)).toBe(false);
    expect(starvedTimeout('passed', 10, 1_000)).toBe(false);
  });
});

describe('a starved worker', () => {
  const pool = createWorkerPool({ size: 1 });
  afterAll(() => pool.close());

  const job = (program: string): DynamicJob => ({
    jobId: Math.floor(Math.random() * 1e9),
    program,
    filename: 'main.js',
    timers: false,
    limits: { ...defaultLimits, cpuMsPerTest: 1_000, wallMsPerTest: 6_000 },
    stopAtFirstFailure: false,
    tests: [{ kind: 'function', index: 0, id: 'spin', function: 'spin', args: [], expected: 1 }],
    predicates: [],
  });

  /** Runs the job, freezing the worker for `stopMs` once its code has been running a little while. */
  const runStarved = async (program: string, stopMs: number) => {
    await pool.run(job('function spin() { return 1; }')); // the worker is up and warm
    const [pid] = pool.workerPids();
    const outcome = pool.run(job(program), (message) => {
      if (message.type !== 'test-start' || stopped) return;
      stopped = true;
      setTimeout(() => {
        process.kill(pid!, 'SIGSTOP');
        setTimeout(() => process.kill(pid!, 'SIGCONT'), stopMs);
      }, 50);
    });
    let stopped = false;
    return (await outcome)[0]!;
  };

  it('grades again a test cut short by the wall clock, not by its own CPU', async () => {
    // About 150–400 ms of CPU on this kind of machine, far under the 1 s budget, with a 1.5 s freeze.
    const outcome = await runStarved(
      'function spin() { let x = 0; for (let i = 0; i < 2e8; i++) x += i % 3; return x > 0 ? 1 : 0; }',
      1_500,
    );
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ status: 'passed' });
  });

  it('still calls an endless loop a timeout', async () => {
    const outcome = await runStarved('function spin() { for (;;) {} }', 1_500);
    expect(outcome.status).toBe('timeout');
  });
});
