import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { hc } from 'hono/client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Exercise } from '../contracts/exercise.ts';
import { createGrader, type Grader } from '../graders/create-grader.ts';
import { PoolOverloadedError } from '../graders/pool/pool-errors.ts';
import type { AppType } from './app.ts';
import { addTeacher } from './auth/teachers.ts';
import { buildTestApp, loadTestExercise } from './testing/test-app.ts';

let grader: Grader;
let sumOfArray: Exercise;
const submit = { code: 'function sum() { return 0; }', language: 'javascript' };

beforeAll(async () => {
  grader = createGrader({ size: 1 });
  sumOfArray = await loadTestExercise('sum-of-array');
});
afterAll(() => grader.close());
afterEach(() => vi.restoreAllMocks());

describe('the app', () => {
  it('answers a full grader pool on a free run with 503 and Retry-After', async () => {
    const busy: Grader = {
      grade: () => Promise.reject(new PoolOverloadedError('too many jobs waiting')),
      close: async () => {},
    };
    const { client } = await buildTestApp({ grader: busy, exercises: [sumOfArray] });
    const response = await client().post('/api/exercises/sum-of-array/run', submit);
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('5');
    expect(await response.json()).toMatchObject({ error: { code: 'grader-busy' } });
  });

  it('answers a fault of ours with 500 in the error shape, logs it, and tells nothing of it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken: Grader = {
      grade: () => Promise.reject(new Error('secret internal detail')),
      close: async () => {},
    };
    const { client } = await buildTestApp({ grader: broken, exercises: [sumOfArray] });
    const response = await client().post('/api/exercises/sum-of-array/run', submit);
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal' } });
    expect(text).not.toContain('secret internal detail');
    expect(logged).toHaveBeenCalledOnce();
  });

  it('completes an attempt whose grading keeps failing with fault set, after retries', async () => {
    let calls = 0;
    const broken: Grader = {
      grade: () => {
        calls++;
        return Promise.reject(new Error('worker broke the protocol'));
      },
      close: async () => {},
    };
    const { client, queue } = await buildTestApp({ grader: broken, exercises: [sumOfArray] });
    const learner = client();
    const { attemptId } = (await (
      await learner.post('/api/exercises/sum-of-array/submissions', submit)
    ).json()) as {
      attemptId: number;
    };
    await queue.idle();
    expect(calls).toBe(3);
    expect(await (await learner.get(`/api/attempts/${attemptId}`)).json()).toMatchObject({
      status: 'done',
      fault: true,
    });
  });

  it('logs a teacher out: the session cookie no longer works', async () => {
    const { client, db, clock } = await buildTestApp({ grader, exercises: [sumOfArray] });
    await addTeacher(db, { name: 'ada', password: 'correct horse', now: clock.now() });
    const teacher = client();
    await teacher.post('/api/auth/login', { name: 'ada', password: 'correct horse' });
    expect((await teacher.get('/api/teacher/exercises/sum-of-array/attempts')).status).toBe(200);
    expect((await teacher.post('/api/auth/logout')).status).toBe(204);
    expect((await teacher.get('/api/teacher/exercises/sum-of-array/attempts')).status).toBe(401);
  });

  it('can be called through the typed client the web app will use (hc<AppType>)', async () => {
    const { app, queue } = await buildTestApp({ grader, exercises: [sumOfArray] });
    const { token } = (await (
      await app.request('/api/session', { method: 'POST', headers: { 'X-Requested-With': 't' } })
    ).json()) as {
      token: string;
    };
    const client = hc<AppType>('http://localhost', {
      fetch: (input: RequestInfo | URL, init?: RequestInit) => app.request(input, init),
      headers: { Authorization: `Bearer ${token}` },
    });
    const exercise = await client.api.exercises[':slug'].$get({ param: { slug: 'sum-of-array' } });
    expect(exercise.ok).toBe(true);
    if (exercise.ok) expect((await exercise.json()).title.en).toBe('Sum of an array');
    const submitted = await client.api.exercises[':slug'].submissions.$post({
      param: { slug: 'sum-of-array' },
      json: { code: submit.code, language: 'javascript' },
    });
    expect(submitted.status).toBe(202);
    await queue.idle();
  });

  it('serves the built web app beside the API, with the same security headers', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'web-'));
    try {
      await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>app</title>');
      await writeFile(path.join(dir, 'app.js'), 'console.log(1);');
      const webDir = path.relative(process.cwd(), dir);
      const { app } = await buildTestApp({ grader, exercises: [sumOfArray], config: { webDir } });
      const index = await app.request('/');
      expect(await index.text()).toContain('<title>app</title>');
      expect(index.headers.get('Content-Security-Policy')).toContain("worker-src 'self' blob:");
      expect(await (await app.request('/app.js')).text()).toBe('console.log(1);');
      expect(await (await app.request('/courses/first-steps')).text()).toContain('<title>app</title>');
      const unknownApi = await app.request('/api/nothing-here');
      expect(unknownApi.status).toBe(404);
      expect(await unknownApi.json()).toMatchObject({ error: { code: 'not-found' } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('over a real socket, keeps its headers on every answer: no-store on the API, security headers', async () => {
    // @hono/node-server answers from its lightweight Response unless something turns it into a full one;
    // the headers set after the handler must still reach the wire either way.
    const { app, queue } = await buildTestApp({ grader, exercises: [sumOfArray] });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const session = await fetch(`${origin}/api/session`, {
        method: 'POST',
        headers: { 'X-Requested-With': 'test' },
      });
      const { token } = (await session.json()) as { token: string };
      const auth = { authorization: `Bearer ${token}` };
      const answers = [
        session,
        await fetch(`${origin}/api/exercises/sum-of-array`, { headers: auth }),
        await fetch(`${origin}/api/exercises/sum-of-array/submissions`, {
          method: 'POST',
          headers: { ...auth, 'content-type': 'application/json' },
          body: JSON.stringify(submit),
        }),
        await fetch(`${origin}/api/exercises/nothing-here`, { headers: auth }),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([201, 200, 202, 404]);
      for (const answer of answers) {
        expect(answer.headers.get('Cache-Control')).toBe('no-store');
        expect(answer.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
        expect(answer.headers.get('X-Content-Type-Options')).toBe('nosniff');
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await queue.idle();
    }
  });
});
