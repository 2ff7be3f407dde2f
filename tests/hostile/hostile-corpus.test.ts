// Every hostile program of the corpus, graded by the real grader (worker processes, watchdogs and all) in
// one run: none may pass, each gets its expected verdict, and the grader still grades honestly afterwards.
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { Exercise } from '../../contracts/exercise.ts';
import { ExerciseSpec } from '../../contracts/exercise-spec.ts';
import { createGrader } from '../../graders/create-grader.ts';
import { hostileCorpus } from './corpus.ts';

function exercise(kind: 'function' | 'program', timers: boolean): Exercise {
  const test =
    kind === 'function'
      ? { kind, id: 'adds', name: { en: 'adds', fr: 'ajoute' }, function: 'solve', args: [2, 3], expected: 5 }
      : { kind, id: 'prints', name: { en: 'prints 5', fr: 'affiche 5' }, stdout: '5' };
  // Short limits keep the suite fast; the defaults behave the same, only slower.
  const spec = ExerciseSpec.parse({
    title: { en: 'Hostile', fr: 'Hostile' },
    language: 'javascript',
    difficulty: 1,
    timers,
    limits: {
      cpuMsPerTest: 300,
      cpuMsPerSubmission: 1_000,
      wallMsPerTest: 1_500,
      memoryMb: 32,
      outputBytes: 4096,
    },
    tests: [test],
  });
  return {
    slug: `hostile-${kind}${timers ? '-timers' : ''}`,
    spec,
    statement: { en: '.', fr: '.' },
    starter: '',
    solution: kind === 'function' ? 'function solve(a, b) { return a + b; }' : 'console.log(5);',
    knownWrong: [],
    contentHash: createHash('sha256').update(`${kind}${timers}`).digest('hex'),
  };
}

const exerciseFor = (kind: 'function' | 'program', timers = false) => exercise(kind, timers);
const exercises = { function: exerciseFor('function'), program: exerciseFor('program') };
const grader = createGrader({ size: 2 });
afterAll(() => grader.close());

describe('the hostile corpus', () => {
  it('holds at least 40 programs', () => {
    expect(hostileCorpus.length).toBeGreaterThanOrEqual(40);
  });

  it.each(hostileCorpus.map((entry) => [entry.name, entry] as const))(
    '%s never passes and gets its verdict',
    async (_name, entry) => {
      const result = await grader.grade(exerciseFor(entry.kind, entry.timers ?? false), entry.source);
      const expected = Array.isArray(entry.expect) ? entry.expect : [entry.expect];
      expect(result.status).not.toBe('passed');
      expect(result.score).toBe(0);
      const statuses = result.tests.map((test) => test.status);
      expect(
        expected,
        `got ${statuses.join(', ')}: ${JSON.stringify(result.tests[0]?.message ?? result.diagnostics)}`,
      ).toContain(statuses[0]);
    },
  );

  it('still grades correct solutions afterwards', async () => {
    for (const kind of ['function', 'program'] as const) {
      const result = await grader.grade(exercises[kind], exercises[kind].solution);
      expect(result.status).toBe('passed');
    }
  });
});
