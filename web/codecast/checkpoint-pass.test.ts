import { describe, expect, it } from 'vitest';
import type { GradeResult, TestResult } from '../../contracts/grade-result.ts';
import { passesCheckpoint } from './checkpoint-pass.ts';

const test = (status: TestResult['status'], hidden = false): TestResult => ({
  id: `t-${status}-${hidden}`,
  name: { en: 't', fr: 't' },
  kind: 'function',
  hidden,
  status,
  points: 1,
  score: status === 'passed' ? 1 : 0,
  durationMs: 1,
});

const result = (status: GradeResult['status'], tests: TestResult[]): GradeResult => ({
  status,
  score: 0,
  maxScore: 1,
  tests,
  feedback: [],
  diagnostics: [],
  durationMs: 3,
});

describe('passing a checkpoint', () => {
  it('takes a passing submission', () => {
    expect(passesCheckpoint(result('passed', [test('passed', true)]), 'submit')).toBe(true);
    expect(passesCheckpoint(result('failed', [test('failed', true)]), 'submit')).toBe(false);
  });

  it('takes a run whose visible tests all pass', () => {
    expect(passesCheckpoint(result('passed', [test('passed')]), 'run')).toBe(true);
    expect(passesCheckpoint(result('failed', [test('passed'), test('failed')]), 'run')).toBe(false);
    expect(passesCheckpoint(result('error', []), 'run')).toBe(false);
  });

  it('does not take a run that tested nothing', () => {
    expect(passesCheckpoint(result('passed', []), 'run')).toBe(false);
  });
});
