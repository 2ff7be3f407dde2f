// Golden results, one per exercise and cause: tests/fixtures/grader/<exercise>/<pass|fail|error>/<cause>/
// holds a submission and the full result the grader gives it (timings aside). A change in what learners
// read shows up as a diff to review; `npx vitest run tests/golden-results.test.ts -u` accepts it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GradeResult } from '../contracts/grade-result.ts';
import { loadExercise } from '../graders/content/load-exercise.ts';
import { createGrader } from '../graders/create-grader.ts';

const root = path.join(import.meta.dirname, 'fixtures', 'grader');
const verdictOf = { pass: 'passed', fail: 'failed', error: 'error' } as const;

const cases = readdirSync(root).flatMap((exercise) =>
  (['pass', 'fail', 'error'] as const).flatMap((verdict) => {
    const dir = path.join(root, exercise, verdict);
    let causes: string[] = [];
    try {
      causes = readdirSync(dir);
    } catch {
      return [];
    }
    return causes.map((cause) => ({ exercise, verdict, cause, dir: path.join(dir, cause) }));
  }),
);

/** The result without timings, which vary from run to run. */
function stable(result: GradeResult) {
  return { ...result, durationMs: 0, tests: result.tests.map((test) => ({ ...test, durationMs: 0 })) };
}

const grader = createGrader({ size: 2 });
afterAll(() => grader.close());

describe('golden results', () => {
  it.each(cases.map((c) => [`${c.exercise} ${c.verdict} ${c.cause}`, c] as const))('%s', async (_name, c) => {
    const loaded = await loadExercise(path.join(import.meta.dirname, '..', 'exercises', c.exercise));
    expect(loaded.errors).toEqual([]);
    const file = readdirSync(c.dir).find((name) => name.startsWith('submission.'));
    expect(file, `${c.dir} needs a submission.js or submission.ts`).toBeDefined();
    const result = await grader.grade(loaded.data!, readFileSync(path.join(c.dir, file!), 'utf8'));
    expect(result.status).toBe(verdictOf[c.verdict]);
    await expect(`${JSON.stringify(stable(result), null, 2)}\n`).toMatchFileSnapshot(
      path.join(c.dir, 'result.json'),
    );
  });
});
