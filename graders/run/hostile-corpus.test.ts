// Every hostile submission that isolated-vm can contain is run in this process: none may pass, hang or
// crash the grader. Those marked `killsProcess` need the parent's watchdog and run through the pool.
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../contracts/limits.ts';
import { hostileCorpus } from '../../tests/hostile/corpus.ts';
import type { DynamicJob, TestOutcome } from './dynamic-job.ts';
import { runDynamicJob } from './run-dynamic-job.ts';

const contained = hostileCorpus.filter((entry) => !entry.killsProcess);

describe('the hostile corpus', () => {
  it('has at least 40 programs with distinct names', () => {
    expect(hostileCorpus.length).toBeGreaterThanOrEqual(40);
    expect(new Set(hostileCorpus.map((entry) => entry.name)).size).toBe(hostileCorpus.length);
  });

  it.each(contained.map((entry) => [entry.name, entry] as const))('contains: %s', async (_name, entry) => {
    const job: DynamicJob = {
      jobId: 1,
      program: entry.source,
      filename: 'main.js',
      timers: entry.timers ?? false,
      limits: { ...defaultLimits, cpuMsPerTest: 200 },
      stopAtFirstFailure: false,
      predicates: [],
      tests: [
        entry.kind === 'function'
          ? { kind: 'function', index: 0, id: 'sum', function: 'solve', args: [2, 3], expected: 5 }
          : { kind: 'program', index: 0, id: 'prints', stdin: [], stdout: '5' },
      ],
    };
    const outcomes: TestOutcome[] = [];
    await runDynamicJob(job, (message) => {
      if (message.type === 'test-done') outcomes.push(message.outcome);
    });
    expect(outcomes).toHaveLength(1);
    expect([entry.expect].flat()).toContain(outcomes[0]?.status);
  });
});
