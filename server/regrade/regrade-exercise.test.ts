import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exercise } from '../../contracts/exercise.ts';
import { createGrader, type Grader } from '../../graders/create-grader.ts';
import { findCurrentExercise } from '../db/exercise-queries.ts';
import { attempts, regrades } from '../db/schema.ts';
import { storeExerciseVersion } from '../db/sync-content.ts';
import { buildTestApp, loadTestExercise } from '../testing/test-app.ts';
import { regradeExercise } from './regrade-exercise.ts';

let grader: Grader;
let sumOfArray: Exercise;

beforeAll(async () => {
  grader = createGrader({ size: 1 });
  sumOfArray = await loadTestExercise('sum-of-array');
});
afterAll(() => grader.close());

describe('regradeExercise', () => {
  it('grades old attempts against the new version, beside the original results, once', async () => {
    // Version 1 only checks sum([1, 2, 3]), so a function that always answers 6 passes it.
    const firstTest = sumOfArray.spec.tests[0]!;
    const v1: Exercise = {
      ...sumOfArray,
      contentHash: 'a'.repeat(64),
      spec: { ...sumOfArray.spec, tests: [firstTest], feedback: [], knownWrong: [] },
      knownWrong: [],
    };
    const { client, db, clock, queue } = await buildTestApp({ grader, exercises: [v1] });
    const learner = client();
    const code = 'function sum(numbers) { return 6; }';
    await learner.post('/api/exercises/sum-of-array/submissions', { code, language: 'javascript' });
    await queue.idle();
    const original = db.select().from(attempts).get()!;
    expect(original.verdict).toBe('passed');

    storeExerciseVersion(db, sumOfArray, clock.now());
    const deps = { db, grader, clock, concurrency: 1 };
    const versionId = findCurrentExercise(db, 'sum-of-array')!.versionId;
    expect(await regradeExercise(deps, versionId)).toEqual({
      regraded: 1,
      changes: { 'passed → failed': 1 },
      changed: 1,
      skipped: 0,
    });
    expect(db.select().from(regrades).where(eq(regrades.attemptId, original.id)).get()).toMatchObject({
      verdict: 'failed',
      exerciseVersionId: versionId,
    });
    expect(db.select().from(attempts).get()).toEqual(original);
    expect(await regradeExercise(deps, versionId)).toMatchObject({ regraded: 0, skipped: 1 });
  });
});
