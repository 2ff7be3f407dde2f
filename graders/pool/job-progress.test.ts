import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../contracts/limits.ts';
import type { DynamicJob, TestOutcome } from '../run/dynamic-job.ts';
import { createJobProgress } from './job-progress.ts';

const job: DynamicJob = {
  jobId: 7,
  program: '',
  filename: 'main.js',
  timers: false,
  limits: defaultLimits,
  stopAtFirstFailure: false,
  tests: [1, 3, 4].map((index) => ({ kind: 'program', index, id: `t${index}`, stdin: [], stdout: '' })),
  predicates: [],
};

const passed = (index: number, id = `t${index}`): TestOutcome => ({
  index,
  id,
  status: 'passed',
  durationMs: 1,
  cpuMs: 1,
  output: '',
  outputTruncated: false,
  firedPredicates: [],
});

describe('job progress', () => {
  it('is complete once every test has its outcome, kept in the job order', () => {
    const progress = createJobProgress(job, 0);
    for (const index of [1, 3, 4]) {
      expect(progress.start(index, 0)).toBeUndefined();
      expect(progress.isComplete()).toBe(false);
      expect(progress.finish(passed(index), 0)).toBeUndefined();
    }
    expect(progress.isComplete()).toBe(true);
    expect(progress.outcomes().map((o) => o.id)).toEqual(['t1', 't3', 't4']);
  });

  it('refuses tests out of order, unknown tests, repeated outcomes and mismatched ids', () => {
    const progress = createJobProgress(job, 0);
    expect(progress.start(3, 0)).toMatch(/test 1 is next/);
    expect(progress.start(2, 0)).toMatch(/not in job 7/);
    expect(progress.finish(passed(1, 'other'), 0)).toMatch(/carries id other/);
    expect(progress.finish(passed(1), 0)).toBeUndefined();
    expect(progress.finish(passed(1), 0)).toMatch(/test 3 is next/);
  });

  it('blames a death on the first test without an outcome and skips the rest', () => {
    const progress = createJobProgress(job, 0);
    progress.start(1, 0);
    progress.finish(passed(1), 10);
    progress.start(3, 20);
    const outcomes = progress.outcomesAfterDeath('timeout', 270);
    expect(outcomes.map((o) => [o.id, o.status, o.reason])).toEqual([
      ['t1', 'passed', undefined],
      ['t3', 'timeout', undefined],
      ['t4', 'skipped', 'crashed'],
    ]);
    expect(outcomes[1]!.durationMs).toBe(250);
  });

  it('calls a plain death a crash, counted from the last progress when the test had not started', () => {
    const progress = createJobProgress(job, 100);
    const outcomes = progress.outcomesAfterDeath('error', 130);
    expect(outcomes.map((o) => `${o.status}/${o.reason}`)).toEqual([
      'error/crashed',
      'skipped/crashed',
      'skipped/crashed',
    ]);
    expect(outcomes[0]!.durationMs).toBe(30);
  });
});
