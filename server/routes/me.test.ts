import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../contracts/api-error.ts';
import { Me } from '../../contracts/me.ts';
import { createGrader, type Grader } from '../../graders/create-grader.ts';
import { addTeacher } from '../auth/teachers.ts';
import { buildTestApp, createClient } from '../testing/test-app.ts';

let grader: Grader;
beforeAll(() => {
  grader = createGrader({ size: 1 });
});
afterAll(() => grader.close());

const setup = () => buildTestApp({ grader });

describe('/api/me', () => {
  it('tells an anonymous learner their id and role, with no display name yet', async () => {
    const { client } = await setup();
    const learner = client();
    const { learnerId } = (await (await learner.get('/api/session')).json()) as { learnerId: string };
    const me = Me.parse(await (await learner.get('/api/me')).json());
    expect(me).toEqual({ id: learnerId, role: 'learner', displayName: null });
  });

  it('sets a display name, trimmed and normalized, reads it back, and takes it back with null', async () => {
    const { client } = await setup();
    const learner = client();
    const set = await learner.patch('/api/me', {
      displayName: '  Zoe\u0301 Durand \u{1F469}\u200D\u{1F4BB} ',
    });
    expect(set.status).toBe(200);
    expect(Me.parse(await set.json()).displayName).toBe('Zoé Durand 👩‍💻');
    expect(await (await learner.get('/api/me')).json()).toMatchObject({ displayName: 'Zoé Durand 👩‍💻' });
    // Another learner's profile is untouched.
    expect(await (await client().get('/api/me')).json()).toMatchObject({ displayName: null });
    const cleared = await learner.patch('/api/me', { displayName: null });
    expect(await cleared.json()).toMatchObject({ displayName: null });
  });

  it('refuses an empty, blank, too long or control-laden name, or a wrong body, with 400', async () => {
    const { client } = await setup();
    const learner = client();
    for (const body of [
      { displayName: '' },
      { displayName: '   ' },
      { displayName: 'x'.repeat(61) },
      { displayName: 'Ada\u0000' },
      { displayName: 'Ada\nLovelace' },
      { displayName: 'Ada\u202Eecalevol' },
      { displayName: '\u200B' },
      { displayName: 42 },
      {},
      { displayName: 'Ada', role: 'admin' },
    ]) {
      const response = await learner.patch('/api/me', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(ApiErrorBody.parse(await response.json()).error.code).toBe('invalid-request');
    }
    expect((await learner.patch('/api/me', { displayName: 'x'.repeat(60) })).status).toBe(200);
    expect((await learner.patch('/api/me', '{"displayName":')).status).toBe(400);
  });

  it('needs the CSRF header to change the name with the cookie, not with a bearer token', async () => {
    const { app, client } = await setup();
    const learner = client();
    const refused = await learner.patch('/api/me', { displayName: 'Ada' }, { 'X-Requested-With': '' });
    expect(refused.status).toBe(403);
    const { token } = (await (await learner.post('/api/session')).json()) as { token: string };
    const embedded = await app.request('/api/me', {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ displayName: 'Ada' }),
    });
    expect(embedded.status).toBe(200);
    expect(await (await learner.get('/api/me')).json()).toMatchObject({ displayName: 'Ada' });
  });

  it('gives a teacher their role, and shows teachers the name a learner chose', async () => {
    const { app, client, db, clock } = await setup();
    await addTeacher(db, { name: 'ada', password: 'correct horse', now: clock.now() });
    const teacher = createClient(app);
    await teacher.post('/api/auth/login', { name: 'ada', password: 'correct horse' });
    expect(await (await teacher.get('/api/me')).json()).toMatchObject({ role: 'teacher' });

    const learner = client();
    const { id } = Me.parse(await (await learner.patch('/api/me', { displayName: 'Grace' })).json());
    expect(await (await teacher.get(`/api/teacher/learners/${id}/progress`)).json()).toMatchObject({
      learnerId: id,
      displayName: 'Grace',
    });
  });
});
