import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CourseCatalogue } from '../../contracts/course-catalogue.ts';
import type { Exercise } from '../../contracts/exercise.ts';
import { createGrader, type Grader } from '../../graders/create-grader.ts';
import { addTeacher } from '../auth/teachers.ts';
import { storeCourse } from '../db/sync-content.ts';
import { buildTestApp, createClient, loadTestExercise } from '../testing/test-app.ts';

let grader: Grader;
let sumOfArray: Exercise;
const right = 'function sum(numbers) { let total = 0; for (const n of numbers) total += n; return total; }';
const submit = { code: right, language: 'javascript' };

beforeAll(async () => {
  grader = createGrader({ size: 1 });
  sumOfArray = await loadTestExercise('sum-of-array');
});
afterAll(() => grader.close());

const setup = () => buildTestApp({ grader, exercises: [sumOfArray] });

describe('an anonymous learner', () => {
  it('gets an HttpOnly, SameSite=Lax session cookie on the first visit, and keeps their identity', async () => {
    const { client } = await setup();
    const learner = client();
    const first = await learner.get('/api/session');
    const cookie = first.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const { learnerId } = (await first.json()) as { learnerId: string };
    const again = await learner.get('/api/session');
    expect(again.headers.get('Set-Cookie')).toBeNull();
    expect(await again.json()).toEqual({ learnerId, user: null });
  });

  it('can trade the cookie for a bearer token that works everywhere the cookie does', async () => {
    const { app, client, queue } = await setup();
    const learner = client();
    const { learnerId } = (await (await learner.get('/api/session')).json()) as { learnerId: string };
    const created = await learner.post('/api/session');
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: string };

    const embedded = createClient(app, { bearer: token });
    expect(await (await embedded.get('/api/session')).json()).toEqual({ learnerId, user: null });
    // No CSRF header needed with a bearer token, and the attempt is the cookie learner's too.
    const response = await app.request('/api/exercises/sum-of-array/submissions', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(submit),
    });
    expect(response.status).toBe(202);
    const { attemptId } = (await response.json()) as { attemptId: number };
    await queue.idle();
    expect((await learner.get(`/api/attempts/${attemptId}`)).status).toBe(200);
  });

  it('gets 401 for an unknown or expired bearer token, never a new identity', async () => {
    const { app, client, clock } = await setup();
    const bad = await app.request('/api/session', { headers: { Authorization: 'Bearer nope' } });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid-token' } });
    const { token } = (await (await client().post('/api/session')).json()) as { token: string };
    clock.advance(3600 * 1000 + 1);
    expect(
      (await app.request('/api/session', { headers: { Authorization: `Bearer ${token}` } })).status,
    ).toBe(401);
  });
});

describe('cross-site request forgery', () => {
  it('refuses a cookie-authenticated change without the custom header, or from another origin', async () => {
    const { app, client } = await setup();
    const learner = client();
    await learner.get('/api/session');
    const noHeader = await learner.post('/api/exercises/sum-of-array/submissions', submit, {
      'X-Requested-With': '',
    });
    expect(noHeader.status).toBe(403);
    expect(await noHeader.json()).toMatchObject({ error: { code: 'csrf' } });
    const foreign = await learner.put(
      '/api/exercises/sum-of-array/draft',
      { code: 'x' },
      {
        Origin: 'https://evil.example',
      },
    );
    expect(foreign.status).toBe(403);
    const sandboxed = await learner.put(
      '/api/exercises/sum-of-array/draft',
      { code: 'x' },
      { Origin: 'null' },
    );
    expect(sandboxed.status).toBe(403);
    const sameSite = await learner.put(
      '/api/exercises/sum-of-array/draft',
      { code: 'x' },
      {
        Origin: 'http://localhost',
      },
    );
    expect(sameSite.status).toBe(200);
    const plainForm = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'name=demo&password=x',
    });
    expect(plainForm.status).toBe(403);
  });
});

describe('security headers', () => {
  it('sends a CSP that allows our scripts and Monaco workers, and the configured frame ancestors', async () => {
    const { client } = await setup();
    const response = await client().get('/api/courses');
    const csp = response.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("frame-ancestors 'self' https://lms.example.org");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('X-Frame-Options')).toBeNull();
  });
});

describe('teachers', () => {
  const login = async (learner: ReturnType<typeof createClient>, password = 'correct horse') =>
    learner.post('/api/auth/login', { name: 'ada', password });

  it('log in with their password; a wrong one gets 401', async () => {
    const { client, db, clock } = await setup();
    await addTeacher(db, { name: 'ada', password: 'correct horse', now: clock.now() });
    const wrong = await login(client(), 'wrong horse');
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid-credentials' } });
    const teacher = client();
    const ok = await login(teacher);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ user: { name: 'ada' }, token: expect.any(String) });
    expect(await (await teacher.get('/api/session')).json()).toMatchObject({
      user: { name: 'ada', role: 'teacher' },
    });
  });

  it('get 429 after ten wrong passwords for one name', async () => {
    const { client, db, clock } = await setup();
    await addTeacher(db, { name: 'ada', password: 'correct horse', now: clock.now() });
    const guesser = client();
    for (let i = 0; i < 10; i++) expect((await login(guesser, `guess ${i}`)).status).toBe(401);
    const refused = await login(guesser);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('60');
    clock.advance(60_000);
    expect((await login(guesser)).status).toBe(200);
  });

  it('see every attempt at an exercise and a learner progress; a learner gets 401 there', async () => {
    const { client, db, clock, queue } = await setup();
    await addTeacher(db, { name: 'ada', password: 'correct horse', now: clock.now() });
    const learner = client();
    const { learnerId } = (await (await learner.get('/api/session')).json()) as { learnerId: string };
    expect((await learner.post('/api/exercises/sum-of-array/submissions', submit)).status).toBe(202);
    await queue.idle();

    expect((await learner.get('/api/teacher/exercises/sum-of-array/attempts')).status).toBe(401);
    expect((await learner.get(`/api/teacher/learners/${learnerId}/progress`)).status).toBe(401);

    const teacher = client();
    await login(teacher);
    const list = (await (await teacher.get('/api/teacher/exercises/sum-of-array/attempts')).json()) as {
      attempts: { learnerId: string; status: string; score: number }[];
    };
    expect(list.attempts).toEqual([expect.objectContaining({ learnerId, status: 'done', score: 7 })]);
    expect(await (await teacher.get(`/api/teacher/learners/${learnerId}/progress`)).json()).toMatchObject({
      learnerId,
      exercises: { 'sum-of-array': { attempts: 1, bestScore: 7, maxScore: 7, passed: true } },
    });
    expect((await teacher.get('/api/teacher/learners/nobody/progress')).status).toBe(404);
    expect((await teacher.get('/api/teacher/exercises/nothing/attempts')).status).toBe(404);
  });
});

describe('GET /api/courses', () => {
  it('lists each course with the caller progress on each exercise', async () => {
    const { client, db, clock, queue } = await setup();
    storeCourse(
      db,
      {
        slug: 'tiny',
        spec: {
          title: { en: 'Tiny', fr: 'Minuscule' },
          description: { en: 'One exercise.', fr: 'Un exercice.' },
          access: 'open',
          passThreshold: 0.5,
          modules: [{ id: 'loops', title: { en: 'Loops', fr: 'Boucles' }, exercises: ['sum-of-array'] }],
        },
      },
      clock.now(),
    );
    const learner = client();
    const before = (await (await learner.get('/api/courses')).json()) as {
      courses: { modules: { exercises: { slug: string; progress: unknown }[] }[] }[];
    };
    expect(before.courses[0]?.modules[0]?.exercises).toEqual([
      expect.objectContaining({ slug: 'sum-of-array', progress: { attempts: 0, passed: false } }),
    ]);
    await learner.post('/api/exercises/sum-of-array/submissions', submit);
    await queue.idle();
    const after = CourseCatalogue.parse(await (await learner.get('/api/courses')).json());
    expect(after.courses[0]?.modules[0]?.exercises[0]?.progress).toMatchObject({ attempts: 1, passed: true });
  });

  it('enrols a learner in an open course, once, and refuses an unknown one', async () => {
    const { client, db, clock } = await setup();
    storeCourse(
      db,
      {
        slug: 'tiny',
        spec: {
          title: { en: 'Tiny', fr: 'Minuscule' },
          description: { en: 'One exercise.', fr: 'Un exercice.' },
          access: 'open',
          passThreshold: 0.5,
          modules: [{ id: 'loops', title: { en: 'Loops', fr: 'Boucles' }, exercises: ['sum-of-array'] }],
        },
      },
      clock.now(),
    );
    const learner = client();
    expect(await (await learner.get('/api/courses')).json()).toMatchObject({
      courses: [{ enrolled: false }],
    });
    expect((await learner.post('/api/courses/tiny/enrolment')).status).toBe(201);
    expect((await learner.post('/api/courses/tiny/enrolment')).status).toBe(201);
    expect(await (await learner.get('/api/courses')).json()).toMatchObject({ courses: [{ enrolled: true }] });
    expect((await learner.post('/api/courses/nothing/enrolment')).status).toBe(404);
  });
});
