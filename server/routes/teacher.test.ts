import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exercise } from '../../contracts/exercise.ts';
import {
  CourseLearners,
  LearnerProgress,
  TeacherAttempts,
  TeacherExercises,
} from '../../contracts/teacher-views.ts';
import { createGrader, type Grader } from '../../graders/create-grader.ts';
import { addTeacher } from '../auth/teachers.ts';
import { enrolments, learners } from '../db/schema.ts';
import { storeCourse } from '../db/sync-content.ts';
import { buildTestApp, type createClient, loadTestExercise } from '../testing/test-app.ts';

let grader: Grader;
let sumOfArray: Exercise;
let maxOfTwo: Exercise;

beforeAll(async () => {
  grader = createGrader({ size: 1 });
  [sumOfArray, maxOfTwo] = await Promise.all([
    loadTestExercise('sum-of-array'),
    loadTestExercise('max-of-two'),
  ]);
});
afterAll(() => grader.close());

const right = 'function sum(numbers) { let total = 0; for (const n of numbers) total += n; return total; }';
const wrong = 'function sum(numbers) { return 0; }';
type Client = ReturnType<typeof createClient>;

async function setup() {
  const built = await buildTestApp({ grader, exercises: [sumOfArray, maxOfTwo] });
  const { db, clock, client, queue } = built;
  storeCourse(
    db,
    {
      slug: 'tiny',
      spec: {
        title: { en: 'Tiny', fr: 'Minuscule' },
        description: { en: 'One exercise.', fr: 'Un exercice.' },
        access: 'open',
        passThreshold: 0.4,
        modules: [
          { id: 'loops', title: { en: 'Loops', fr: 'Boucles' }, exercises: ['sum-of-array', 'max-of-two'] },
        ],
      },
    },
    clock.now(),
  );
  await addTeacher(db, { name: 'ada', password: 'correct horse', now: clock.now() });
  const teacher = client();
  expect((await teacher.post('/api/auth/login', { name: 'ada', password: 'correct horse' })).status).toBe(
    200,
  );

  /** A learner who submits these codes to sum-of-array, one after the other, a minute apart. */
  const learnerWho = async (...codes: string[]): Promise<{ learner: Client; learnerId: string }> => {
    const learner = client();
    const { learnerId } = (await (await learner.get('/api/session')).json()) as { learnerId: string };
    for (const code of codes) {
      clock.advance(60_000);
      const response = await learner.post('/api/exercises/sum-of-array/submissions', {
        code,
        language: 'javascript',
      });
      expect(response.status).toBe(202);
      await queue.idle();
    }
    return { learner, learnerId };
  };
  return { ...built, teacher, learnerWho };
}

const json = async (response: Response) => {
  expect(response.status).toBe(200);
  return response.json();
};

describe('the teacher routes', () => {
  it('refuse a learner with 401, on every route', async () => {
    const { learnerWho } = await setup();
    const { learner, learnerId } = await learnerWho();
    for (const url of [
      '/api/teacher/exercises',
      '/api/teacher/exercises/sum-of-array/attempts',
      '/api/teacher/courses/tiny/learners',
      `/api/teacher/learners/${learnerId}/progress`,
    ]) {
      const response = await learner.get(url);
      expect(response.status, url).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'login-required' } });
    }
  });

  it('list every exercise with its attempts, the learners who tried and those who passed', async () => {
    const { teacher, learnerWho } = await setup();
    await learnerWho(wrong, right);
    await learnerWho(wrong);
    const { exercises } = TeacherExercises.parse(await json(await teacher.get('/api/teacher/exercises')));
    expect(exercises.map((exercise) => exercise.slug)).toEqual(['max-of-two', 'sum-of-array']);
    expect(exercises[1]).toEqual({
      slug: 'sum-of-array',
      title: sumOfArray.spec.title,
      language: 'javascript',
      difficulty: sumOfArray.spec.difficulty,
      attempts: 3,
      learners: 2,
      learnersPassed: 1,
    });
    expect(exercises[0]).toMatchObject({ attempts: 0, learners: 0, learnersPassed: 0 });
  });

  it('show each attempt with whose it is, newest first, a page at a time', async () => {
    const { teacher, learnerWho, db } = await setup();
    const { learnerId: first } = await learnerWho(wrong);
    const { learnerId: second } = await learnerWho(right, wrong);
    db.update(learners).set({ displayName: 'Grace' }).where(eq(learners.id, second)).run();
    const url = '/api/teacher/exercises/sum-of-array/attempts';
    const page = TeacherAttempts.parse(await json(await teacher.get(`${url}?limit=2`)));
    expect(
      page.attempts.map(({ learnerId, displayName, code }) => ({ learnerId, displayName, code })),
    ).toEqual([
      { learnerId: second, displayName: 'Grace', code: wrong },
      { learnerId: second, displayName: 'Grace', code: right },
    ]);
    expect(page.attempts[1]?.result?.status).toBe('passed');
    const older = TeacherAttempts.parse(
      await json(await teacher.get(`${url}?limit=2&before=${page.attempts[1]?.id}`)),
    );
    expect(older.attempts.map((attempt) => [attempt.learnerId, attempt.displayName])).toEqual([
      [first, null],
    ]);
  });

  it('list a course learners, enrolled or who submitted, latest active first, with their standing', async () => {
    const { teacher, learnerWho, db, clock, client } = await setup();
    const { learnerId: passing } = await learnerWho(wrong, right);
    const { learnerId: trying } = await learnerWho(wrong);
    const enrolledOnly = client();
    const { learnerId: quiet } = (await (await enrolledOnly.get('/api/session')).json()) as {
      learnerId: string;
    };
    db.insert(enrolments).values({ learnerId: quiet, courseSlug: 'tiny', createdAt: clock.now() }).run();

    const answer = CourseLearners.parse(await json(await teacher.get('/api/teacher/courses/tiny/learners')));
    expect(answer.title).toEqual({ en: 'Tiny', fr: 'Minuscule' });
    expect(answer.learners.map((learner) => [learner.learnerId, learner.enrolled, learner.attempts])).toEqual(
      [
        [trying, false, 1],
        [passing, false, 2],
        [quiet, true, 0],
      ],
    );
    const total = sumOfArray.spec.tests.length + maxOfTwo.spec.tests.length;
    expect(answer.learners[1]?.standing).toMatchObject({
      score: sumOfArray.spec.tests.length,
      maxScore: total,
      exercisesPassed: 1,
      earnedAt: expect.any(Number),
    });
    expect(answer.learners[0]?.standing.earnedAt).toBeNull();
    expect((await teacher.get('/api/teacher/courses/nothing/learners')).status).toBe(404);
  });

  it('show one learner progress per exercise and their standing in each course', async () => {
    const { teacher, learnerWho } = await setup();
    const { learnerId } = await learnerWho(wrong, right);
    const progress = LearnerProgress.parse(
      await json(await teacher.get(`/api/teacher/learners/${learnerId}/progress`)),
    );
    expect(progress.exercises['sum-of-array']).toMatchObject({ attempts: 2, passed: true });
    expect(progress.courses).toEqual([
      {
        course: 'tiny',
        title: { en: 'Tiny', fr: 'Minuscule' },
        standing: expect.objectContaining({ exercisesPassed: 1, earnedAt: expect.any(Number) }),
      },
    ]);
  });
});
