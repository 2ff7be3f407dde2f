import { describe, expect, it } from 'vitest';
import { RecordedRun } from '../../../contracts/codecast-chunk.ts';
import type { GradeResult } from '../../../contracts/grade-result.ts';
import { recordedRunOf, sha256Hex } from './run-summary.ts';

const result: GradeResult = {
  status: 'failed',
  score: 1,
  maxScore: 3,
  tests: [
    {
      id: 'a',
      name: { en: 'small', fr: 'petit' },
      kind: 'function',
      hidden: false,
      status: 'passed',
      points: 1,
      score: 1,
      durationMs: 1,
      input: 'sum([1, 2])',
      expected: '3',
      actual: '3',
      output: 'adding\n',
    },
    {
      id: 'b',
      name: { en: 'empty', fr: 'vide' },
      kind: 'function',
      hidden: false,
      status: 'failed',
      points: 1,
      score: 0,
      durationMs: 1,
      input: 'sum([])',
      expected: '0',
      actual: 'undefined',
    },
    {
      id: 'c',
      name: { en: 'h', fr: 'h' },
      kind: 'function',
      hidden: true,
      status: 'failed',
      points: 1,
      score: 0,
      durationMs: 1,
    },
  ],
  feedback: [],
  diagnostics: [],
  durationMs: 4,
};

describe('a recorded run', () => {
  it('keeps the verdict, the visible tests’ count and a readable output, as the format wants it', async () => {
    const hash = await sha256Hex('code');
    const run = recordedRunOf(result, hash);
    expect(RecordedRun.parse(run)).toEqual(run);
    expect(run).toMatchObject({ status: 'failed', testsPassed: 1, testsTotal: 2 });
    expect(run.output).toBe('✓ sum([1, 2]) → 3\n  adding\n✗ sum([]) → undefined ≠ 0');
  });

  it('hashes the code that ran with sha256', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
