import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeResult } from '../../contracts/grade-result.ts';
import { formatContentIssue } from '../content/content-issue.ts';
import { loadExercise, specFile } from '../content/load-exercise.ts';
import { locator } from '../content/read-content-yaml.ts';
import { readText } from '../content/read-text.ts';
import { readYaml } from '../content/yaml-source.ts';
import { createGrader, type Grader } from '../create-grader.ts';
import { checkExercise } from './check-exercise.ts';

// max-of-array is one of the first sample exercises, and it has a property test.
const dir = path.join(import.meta.dirname, '..', '..', 'exercises', 'max-of-array');

let grader: Grader;
beforeAll(() => {
  grader = createGrader({ size: 1 });
});
afterAll(async () => {
  await grader.close();
});

describe('checkExercise', () => {
  it('grades twice when there are property tests, and names the test whose result moved, at its line', async () => {
    const exercise = (await loadExercise(dir)).data!;
    const at = locator(readYaml((await readText(path.join(dir, specFile)))!));
    const property = exercise.spec.tests.findIndex((test) => test.kind === 'property');
    const id = exercise.spec.tests[property]!.id!;
    let referenceGradings = 0;
    // As if the reference used Math.random: its second grading finds a different counter-example.
    const unsteady = async (source: string): Promise<GradeResult> => {
      const result = await grader.grade(exercise, source);
      if (source !== exercise.solution || ++referenceGradings < 2) return result;
      return {
        ...result,
        tests: result.tests.map((test) => (test.id === id ? { ...test, status: 'failed' } : test)),
      };
    };

    const check = await checkExercise(exercise, unsteady, { at });

    expect(check.errors.map((issue) => formatContentIssue(issue))).toEqual([
      `max-of-array/exercise.yaml:${at({ path: ['tests', property] }).line}:5: Test "${id}" gave two different results for the same solution: a learner who submits twice must get the same answer, so give property tests a fixed \`seed\` and keep randomness and the clock out of the reference solution.`,
    ]);
  });

  it('passes a sound exercise, with every rule covered by a known-wrong solution', async () => {
    const exercise = (await loadExercise(dir)).data!;
    const check = await checkExercise(exercise, (source) => grader.grade(exercise, source));
    expect(check.errors).toEqual([]);
    expect(check.rulesCovered).toBe(check.rules);
  });
});
