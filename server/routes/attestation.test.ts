import { readFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CourseAttestation } from '../../contracts/course-attestation.ts';
import type { CourseSpecInput } from '../../contracts/course-spec.ts';
import type { Exercise } from '../../contracts/exercise.ts';
import { createGrader, type Grader } from '../../graders/create-grader.ts';
import { enrolments, learners } from '../db/schema.ts';
import { storeCourse } from '../db/sync-content.ts';
import { buildTestApp, type createClient, loadTestExercise } from '../testing/test-app.ts';

let grader: Grader;
let sumOfArray: Exercise;
let maxOfTwo: Exercise;
let startsAtOne: string;

beforeAll(async () => {
  grader = createGrader({ size: 1 });
  [sumOfArray, maxOfTwo] = await Promise.all([
    loadTestExercise('sum-of-array'),
    loadTestExercise('max-of-two'),
  ]);
  startsAtOne = await readFile(
    new URL('../../exercises/sum-of-array/wrong/starts-at-one.js', import.meta.url),
    'utf8',
  );
});
afterAll(() => grader.close());

const points = (exercise: Exercise) => exercise.spec.tests.reduce((sum, test) => sum + test.points, 0);

function course(access: 'open' | 'private', passThreshold: number): { slug: string; spec: CourseSpecInput } {
  return {
    slug: 'tiny',
    spec: {
      title: { en: 'Tiny', fr: 'Minuscule' },
      description: { en: 'Two exercises.', fr: 'Deux exercices.' },
      access,
      passThreshold,
      modules: [
        { id: 'loops', title: { en: 'Loops', fr: 'Boucles' }, exercises: ['sum-of-array', 'max-of-two'] },
      ],
    },
  };
}

async function setup(access: 'open' | 'private' = 'open') {
  const built = await buildTestApp({ grader, exercises: [sumOfArray, maxOfTwo] });
  // Enough for sum-of-array alone, not for its wrong version.
  const threshold = (points(sumOfArray) - 1) / (points(sumOfArray) + points(maxOfTwo));
  storeCourse(built.db, course(access, threshold), built.clock.now());
  return built;
}

async function submitAndWait(
  learner: ReturnType<typeof createClient>,
  queue: { idle(): Promise<void> },
  code: string,
) {
  const response = await learner.post('/api/exercises/sum-of-array/submissions', {
    code,
    language: 'javascript',
  });
  expect(response.status).toBe(202);
  await queue.idle();
}

const attestationOf = async (learner: ReturnType<typeof createClient>) => {
  const response = await learner.get('/api/courses/tiny/attestation');
  expect(response.status).toBe(200);
  return CourseAttestation.parse(await response.json());
};

const right = 'function sum(numbers) { let total = 0; for (const n of numbers) total += n; return total; }';

describe('GET /api/courses/:slug/attestation', () => {
  it('gives a new learner their standing: nothing earned yet, the course points to earn', async () => {
    const { client } = await setup();
    const learner = client();
    const { learnerId } = (await (await learner.get('/api/session')).json()) as { learnerId: string };
    expect(await attestationOf(learner)).toEqual({
      course: 'tiny',
      title: { en: 'Tiny', fr: 'Minuscule' },
      learner: { id: learnerId, displayName: null },
      standing: {
        passThreshold: expect.any(Number),
        score: 0,
        maxScore: points(sumOfArray) + points(maxOfTwo),
        exerciseCount: 2,
        exercisesPassed: 0,
        earnedAt: null,
      },
    });
  });

  it('is earned by the submission that reaches the threshold, and keeps that date afterwards', async () => {
    const { client, clock, queue } = await setup();
    const learner = client();
    await submitAndWait(learner, queue, startsAtOne);
    const partial = await attestationOf(learner);
    expect(partial.standing.score).toBeGreaterThan(0);
    expect(partial.standing.score).toBeLessThan(points(sumOfArray));
    expect(partial.standing.earnedAt).toBeNull();

    clock.advance(60_000);
    const reachedAt = clock.now();
    await submitAndWait(learner, queue, right);
    // Within the cookie session's day: the same learner.
    clock.advance(3_600_000);
    await submitAndWait(learner, queue, startsAtOne);
    const earned = await attestationOf(learner);
    expect(earned.standing).toMatchObject({
      score: points(sumOfArray),
      exercisesPassed: 1,
      earnedAt: reachedAt,
    });
  });

  it('carries the learner display name when they gave one', async () => {
    const { client, db } = await setup();
    const learner = client();
    const { learnerId } = (await (await learner.get('/api/session')).json()) as { learnerId: string };
    db.update(learners).set({ displayName: 'Ada Lovelace' }).where(eq(learners.id, learnerId)).run();
    expect((await attestationOf(learner)).learner).toEqual({ id: learnerId, displayName: 'Ada Lovelace' });
  });

  it('is refused for an unknown course, and for a private course the learner is not enrolled in', async () => {
    const { client, db, clock } = await setup('private');
    const learner = client();
    const unknown = await learner.get('/api/courses/nothing/attestation');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not-found' } });
    const refused = await learner.get('/api/courses/tiny/attestation');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'not-enrolled' } });
    const { learnerId } = (await (await learner.get('/api/session')).json()) as { learnerId: string };
    db.insert(enrolments).values({ learnerId, courseSlug: 'tiny', createdAt: clock.now() }).run();
    expect((await attestationOf(learner)).standing.earnedAt).toBeNull();
  });
});
