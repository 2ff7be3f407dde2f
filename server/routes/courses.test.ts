import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../contracts/api-error.ts';
import { CourseCatalogue } from '../../contracts/course-catalogue.ts';
import type { CourseSpecInput } from '../../contracts/course-spec.ts';
import { Enrolment, NotEnrolledDetails } from '../../contracts/enrolment.ts';
import type { Exercise } from '../../contracts/exercise.ts';
import { createGrader, type Grader } from '../../graders/create-grader.ts';
import { addTeacher } from '../auth/teachers.ts';
import { setEnrolmentKey } from '../courses/enrolment-keys.ts';
import type { Db } from '../db/open-database.ts';
import { attempts, drafts, enrolmentKeys, hintReveals } from '../db/schema.ts';
import { storeCourse } from '../db/sync-content.ts';
import { buildTestApp, createClient, loadTestExercise, type ManualClock } from '../testing/test-app.ts';

let grader: Grader;
let sumOfArray: Exercise;
let isEven: Exercise;
const right = 'function sum(numbers) { let total = 0; for (const n of numbers) total += n; return total; }';
const submit = { code: right, language: 'javascript' };
const key = 'Spring-Lab-2026';

beforeAll(async () => {
  grader = createGrader({ size: 1 });
  [sumOfArray, isEven] = await Promise.all([loadTestExercise('sum-of-array'), loadTestExercise('is-even')]);
});
afterAll(() => grader.close());

function course(access: 'open' | 'private', exercises: string[]): CourseSpecInput {
  return {
    title: { en: 'Lab', fr: 'TP' },
    description: { en: 'A lab group.', fr: 'Un groupe de TP.' },
    access,
    passThreshold: 0.5,
    modules: [{ id: 'week-1', title: { en: 'Week 1', fr: 'Semaine 1' }, exercises }],
  };
}

/** `lab` is private and lists both exercises; `intro` is open and lists is-even only. */
async function setup(options: { withKey?: boolean } = {}) {
  const built = await buildTestApp({ grader, exercises: [sumOfArray, isEven] });
  const { db, clock } = built;
  storeCourse(db, { slug: 'lab', spec: course('private', ['sum-of-array', 'is-even']) }, clock.now());
  storeCourse(db, { slug: 'intro', spec: course('open', ['is-even']) }, clock.now());
  if (options.withKey !== false) await setEnrolmentKey(db, 'lab', key, clock.now());
  return built;
}

const enrol = (learner: ReturnType<typeof createClient>, body?: unknown, slug = 'lab') =>
  learner.post(`/api/courses/${slug}/enrolment`, body);

async function errorCode(response: Response): Promise<string> {
  return ApiErrorBody.parse(await response.json()).error.code;
}

async function addAda(db: Db, clock: ManualClock, app: Parameters<typeof createClient>[0]) {
  await addTeacher(db, { name: 'ada', password: 'correct horse', now: clock.now() });
  const teacher = createClient(app);
  expect((await teacher.post('/api/auth/login', { name: 'ada', password: 'correct horse' })).status).toBe(
    200,
  );
  return teacher;
}

describe('a private course', () => {
  it('shows in the catalogue to a learner not enrolled, with its modules and exercises', async () => {
    const { client } = await setup();
    const catalogue = CourseCatalogue.parse(await (await client().get('/api/courses')).json());
    const lab = catalogue.courses.find((entry) => entry.slug === 'lab');
    expect(lab).toMatchObject({ access: 'private', enrolled: false, title: { en: 'Lab' } });
    expect(lab?.modules[0]?.exercises.map((exercise) => exercise.slug)).toEqual(['sum-of-array', 'is-even']);
  });

  it('closes its exercises to a learner not enrolled: 403 not-enrolled naming the course, on every route', async () => {
    const { client, db } = await setup();
    const learner = client();
    const base = '/api/exercises/sum-of-array';
    const refused = [
      await learner.get(base),
      await learner.post(`${base}/run`, submit),
      await learner.post(`${base}/submissions`, submit),
      await learner.get(`${base}/attempts`),
      await learner.get(`${base}/draft`),
      await learner.put(`${base}/draft`, { code: 'x' }),
      await learner.get(`${base}/hints`),
      await learner.post(`${base}/hints`),
    ];
    for (const response of refused) {
      expect(response.status).toBe(403);
      const body = ApiErrorBody.parse(await response.json());
      expect(body.error.code).toBe('not-enrolled');
      expect(NotEnrolledDetails.parse(body.error.details)).toEqual({ courses: ['lab'] });
    }
    // Nothing was recorded on the way.
    for (const table of [attempts, drafts, hintReveals]) expect(db.select().from(table).all()).toEqual([]);
    // An unknown exercise stays a 404, not a 403.
    expect((await learner.get('/api/exercises/nothing-here')).status).toBe(404);
  });

  it('leaves open an exercise that an open course lists too', async () => {
    const { client } = await setup();
    const learner = client();
    expect((await learner.get('/api/exercises/is-even')).status).toBe(200);
    expect((await learner.get('/api/exercises/is-even/hints')).status).toBe(200);
  });

  it('enrols with the right key (case, spaces and dashes aside), which opens its exercises', async () => {
    const { client, queue } = await setup();
    const learner = client();
    const wrong = await enrol(learner, { key: 'autumn-lab-2026' });
    expect(wrong.status).toBe(403);
    expect(await errorCode(wrong)).toBe('wrong-enrolment-key');
    const missing = await enrol(learner);
    expect(missing.status).toBe(403);
    expect(await errorCode(missing)).toBe('enrolment-key-required');

    const ok = await enrol(learner, { key: '  spring lab 2026 ' });
    expect(ok.status).toBe(201);
    const enrolment = Enrolment.parse(await ok.json());
    expect(enrolment).toEqual({ course: 'lab', enrolledAt: expect.any(Number) });
    expect(await (await learner.get('/api/courses')).json()).toMatchObject({
      courses: expect.arrayContaining([expect.objectContaining({ slug: 'lab', enrolled: true })]),
    });
    expect((await learner.get('/api/exercises/sum-of-array')).status).toBe(200);
    expect((await learner.post('/api/exercises/sum-of-array/submissions', submit)).status).toBe(202);
    await queue.idle();
    // Enrolling again needs no key and changes nothing.
    const again = await enrol(learner);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(enrolment);
    // Another learner is still out.
    expect((await client().get('/api/exercises/sum-of-array')).status).toBe(403);
  });

  it('answers enrolment-closed while its teacher has set no key, and validates the body', async () => {
    const { client } = await setup({ withKey: false });
    const learner = client();
    const closed = await enrol(learner, { key: 'anything-at-all' });
    expect(closed.status).toBe(403);
    expect(await errorCode(closed)).toBe('enrolment-closed');
    for (const body of [{ key: 42 }, { key: '' }, { key: 'x'.repeat(201) }, { key: 'k', extra: 1 }]) {
      const response = await enrol(learner, body);
      expect(response.status).toBe(400);
      expect(await errorCode(response)).toBe('invalid-request');
    }
    expect((await enrol(learner, { key: 'anything' }, 'nothing')).status).toBe(404);
  });

  it('keeps its key hashed: the database never holds it in the clear', async () => {
    const { db } = await setup();
    const rows = db.select().from(enrolmentKeys).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.keyHash).toMatch(/^scrypt\$/);
    const text = JSON.stringify(rows).toLowerCase();
    expect(text).not.toContain('spring');
    expect(text).not.toContain('springlab2026');
  });

  it('is open to teachers without enrolment, and they may enrol without a key', async () => {
    const { app, db, clock } = await setup();
    const teacher = await addAda(db, clock, app);
    expect((await teacher.get('/api/exercises/sum-of-array')).status).toBe(200);
    expect((await teacher.get('/api/exercises/sum-of-array/draft')).status).toBe(200);
    expect((await enrol(teacher)).status).toBe(201);
  });
});

describe('guessing an enrolment key', () => {
  it('is limited per learner: five wrong keys, then 429 with Retry-After until a minute passes', async () => {
    const { client, clock } = await setup();
    const guesser = client();
    for (let i = 0; i < 5; i++) expect((await enrol(guesser, { key: `guess-number-${i}` })).status).toBe(403);
    const refused = await enrol(guesser, { key });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('60');
    expect(await errorCode(refused)).toBe('too-many-enrolment-attempts');
    clock.advance(60_000);
    expect((await enrol(guesser, { key })).status).toBe(201);
  });

  it('cannot go faster with concurrent requests: tokens are spent before the key is checked', async () => {
    const { client } = await setup();
    const guesser = client();
    await guesser.get('/api/session');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => enrol(guesser, { key: `parallel-guess-${i}` })),
    );
    const statuses = answers.map((response) => response.status);
    expect(statuses.filter((status) => status === 403)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(15);
  });

  it('is limited per course too, since fresh anonymous learners cost nothing; a right key gives its token back', async () => {
    const { client, clock } = await setup();
    // 30 wrong keys from 6 learners (5 each) empty the course bucket.
    for (let learner = 0; learner < 6; learner++) {
      const guesser = client();
      for (let i = 0; i < 5; i++) {
        expect((await enrol(guesser, { key: `guess-${learner}-${i}-wrong` })).status).toBe(403);
      }
    }
    const newcomer = client();
    const refused = await enrol(newcomer, { key });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('10');
    // The refusal spent none of the newcomer's own tokens, and a right key costs the course nothing.
    clock.advance(10_000);
    expect((await enrol(newcomer, { key })).status).toBe(201);
    expect((await enrol(client(), { key })).status).toBe(201);
    expect((await enrol(client(), { key: 'wrong-again-1' })).status).toBe(403);
    expect((await enrol(client(), { key })).status).toBe(429);
  });
});
