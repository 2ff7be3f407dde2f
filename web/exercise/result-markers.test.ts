import { describe, expect, it } from 'vitest';
import type { GradeResult, TestResult } from '../../contracts/grade-result.ts';
import { resultMarkers } from './result-markers.ts';

const en = (text: { en: string }) => text.en;
const both = (en: string) => ({ en, fr: `fr:${en}` });

const test = (overrides: Partial<TestResult>): TestResult => ({
  id: 't1',
  name: both('first'),
  kind: 'function',
  hidden: false,
  status: 'passed',
  points: 1,
  score: 0,
  durationMs: 1,
  ...overrides,
});

const result = (overrides: Partial<GradeResult>): GradeResult => ({
  status: 'failed',
  score: 0,
  maxScore: 1,
  tests: [],
  feedback: [],
  diagnostics: [],
  durationMs: 3,
  ...overrides,
});

describe('resultMarkers', () => {
  it('puts a syntax error at its line with its explanation', () => {
    const markers = resultMarkers(
      result({
        status: 'error',
        diagnostics: [
          { kind: 'syntax', message: both('A brace is not closed.'), location: { line: 3, column: 5 } },
        ],
      }),
      en,
    );
    expect(markers).toEqual([{ severity: 'error', message: 'A brace is not closed.', line: 3, column: 5 }]);
  });

  it('marks a runtime error as an error and a wrong value as a warning, errors first', () => {
    const markers = resultMarkers(
      result({
        tests: [
          test({ id: 'a', status: 'failed', message: both('Off by one.'), location: { line: 2, column: 1 } }),
          test({
            id: 'b',
            status: 'error',
            message: both('x is not defined.'),
            location: { line: 7, column: 3 },
          }),
          test({ id: 'c', status: 'passed', location: { line: 9, column: 1 } }),
        ],
      }),
      en,
    );
    expect(markers.map((marker) => [marker.severity, marker.line])).toEqual([
      ['error', 7],
      ['warning', 2],
    ]);
  });

  it('shows the same explanation at the same place once, in the learner’s language', () => {
    const location = { line: 4, column: 2 };
    const markers = resultMarkers(
      result({
        tests: [
          test({ id: 'a', status: 'error', message: both('Loop never ends.'), location }),
          test({ id: 'b', status: 'error', message: both('Loop never ends.'), location }),
        ],
        feedback: [{ ruleId: 'r', text: both('Check the loop condition.'), location }],
      }),
      (text) => text.fr,
    );
    expect(markers.map((marker) => marker.message)).toEqual([
      'fr:Loop never ends.',
      'fr:Check the loop condition.',
    ]);
  });

  it('leaves out what has no place in the code', () => {
    expect(
      resultMarkers(result({ feedback: [{ ruleId: 'r', text: both('Think about empty arrays.') }] }), en),
    ).toEqual([]);
  });
});
