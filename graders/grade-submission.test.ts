// gradeSubmission's own decisions, with a runner that is never reached: code that does not parse runs
// nothing, and the teacher's rules about syntax errors still speak.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../contracts/exercise.ts';
import { ExerciseSpec } from '../contracts/exercise-spec.ts';
import { gradeSubmission } from './grade-submission.ts';

const spec = ExerciseSpec.parse({
  title: { en: 'Leap year', fr: 'Année bissextile' },
  language: 'javascript',
  difficulty: 1,
  entry: 'isLeap',
  tests: [{ kind: 'function', id: 'y2024', name: { en: '2024', fr: '2024' }, args: [2024], expected: true }],
  feedback: [
    {
      id: 'parser-words',
      when: { error: { name: 'SyntaxError', messageMatches: 'Assigning to rvalue' } },
      message: { en: 'Use === to compare.', fr: 'Utilise === pour comparer.' },
    },
    {
      id: 'other-syntax',
      when: { error: { name: 'SyntaxError', messageMatches: 'never closed' } },
      message: { en: 'Close it.', fr: 'Ferme-la.' },
    },
  ],
});
const exercise: Exercise = {
  slug: 'leap-year',
  spec,
  statement: { en: '.', fr: '.' },
  starter: '',
  solution: '',
  knownWrong: [],
  contentHash: createHash('sha256').update('leap').digest('hex'),
};
const runJob = () => Promise.reject(new Error('code that does not parse must not run'));

describe('gradeSubmission on code that does not parse', () => {
  it('runs nothing, skips every test and lets rules match the parser’s own words', async () => {
    const result = await gradeSubmission(
      exercise,
      'function isLeap(year) {\n  if (year % 4 = 0) return true;\n}',
      {
        runJob,
      },
    );
    expect(result.status).toBe('error');
    expect(result.tests.map((test) => test.status)).toEqual(['skipped']);
    expect(result.diagnostics[0]).toMatchObject({ kind: 'syntax', location: { line: 2 } });
    expect(result.feedback.map((message) => message.ruleId)).toEqual(['parser-words']);
  });

  it('lets rules match the grader’s explanation too', async () => {
    const result = await gradeSubmission(exercise, 'function isLeap(year) {\n  return true;\n', { runJob });
    expect(result.feedback.map((message) => message.ruleId)).toEqual(['other-syntax']);
  });
});
