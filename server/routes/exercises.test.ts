import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exercise } from '../../contracts/exercise.ts';
import { GradeResult } from '../../contracts/grade-result.ts';
import { PublicAttempt } from '../../contracts/public-attempt.ts';
import { PublicExercise } from '../../contracts/public-exercise.ts';
import { createGrader, type Grader } from '../../graders/create-grader.ts';
import { encodeJson } from '../../graders/values/encode-json.ts';
import { renderCall } from '../../graders/values/render-value.ts';
import { buildTestApp, gatedGrader, loadTestExercise, manualClock } from '../testing/test-app.ts';

let grader: Grader;
let sumOfArray: Exercise;
const right = 'function sum(numbers) { let total = 0; for (const n of numbers) total += n; return total; }';
const offByOne =
  'function sum(numbers) { let total = 0; for (let i = 0; i <= numbers.length; i++) total += numbers[i]; return total; }';

beforeAll(async () => {
  grader = createGrader({ size: 1 });
  sumOfArray = await loadTestExercise('sum-of-array');
});
afterAll(() => grader.close());

const setup = () => buildTestApp({ grader, exercises: [sumOfArray] });

describe('GET /api/exercises/:slug', () => {
  it('sends the public projection: visible tests rendered, hidden ones only counted', async () => {
    const { client } = await setup();
    const response = await client().get('/api/exercises/sum-of-array');
    expect(response.status).toBe(200);
    const exercise = PublicExercise.parse(await response.json());
    expect(exercise.tests.map((test) => test.id)).toEqual([
      'three-numbers',
      'one-number',
      'empty-array',
      'uses-a-loop',
    ]);
    expect(exercise.tests[0]).toMatchObject({ input: 'sum([1, 2, 3])', expected: '6' });
    expect(exercise.hiddenTestCount).toBe(3);
    expect(exercise.hintCount).toBe(3);
    expect(exercise.starter).toBe(sumOfArray.starter);
  });

  it('never sends a hidden test input, the solution, a known-wrong solution or a feedback rule', async () => {
    const { client } = await setup();
    const text = await (await client().get('/api/exercises/sum-of-array')).text();
    for (const test of sumOfArray.spec.tests.filter((t) => t.hidden)) {
      if (test.kind === 'function') {
        expect(text).not.toContain(JSON.stringify(test.args).slice(1, -1));
        expect(text).not.toContain(renderCall('sum', test.args.map(encodeJson)));
      }
      expect(text).not.toContain(test.name.en);
    }
    expect(text).not.toContain(sumOfArray.solution.trim());
    // Lines the starter shares with the solution (`function sum(numbers) {`) are public anyway.
    const solutionLines = sumOfArray.solution.split('\n').map((line) => line.trim());
    const secretLines = solutionLines.filter((l) => l.length > 12 && !sumOfArray.starter.includes(l));
    expect(secretLines.length).toBeGreaterThan(0);
    for (const line of secretLines) expect(text).not.toContain(line);
    for (const wrong of sumOfArray.knownWrong) expect(text).not.toContain(wrong.source.trim());
    for (const rule of sumOfArray.spec.feedback) expect(text).not.toContain(rule.message.en.slice(0, 40));
    for (const hint of sumOfArray.spec.hints) expect(text).not.toContain(hint.en);
  });

  it('answers an unknown slug with 404 in the error shape', async () => {
    const { client } = await setup();
    const response = await client().get('/api/exercises/no-such-thing');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: 'not-found', message: expect.any(String), details: null },
    });
  });
});

describe('POST /api/exercises/:slug/run', () => {
  it('grades the visible tests only and records nothing', async () => {
    const { client } = await setup();
    const learner = client();
    const response = await learner.post('/api/exercises/sum-of-array/run', {
      code: offByOne,
      language: 'javascript',
    });
    expect(response.status).toBe(200);
    const result = GradeResult.parse(await response.json());
    expect(result.status).toBe('failed');
    expect(result.tests.every((test) => !test.hidden)).toBe(true);
    expect(result.feedback.map((f) => f.ruleId)).toContain('off-by-one');
    const history = await (await learner.get('/api/exercises/sum-of-array/attempts')).json();
    expect(history).toEqual({ attempts: [] });
  });
});

describe('the limits on free runs', () => {
  const run = { code: right, language: 'javascript' };
  const url = '/api/exercises/sum-of-array/run';

  it('give each learner one run at a time, and cap the runs in progress: 429 then 503, with Retry-After', async () => {
    const gate = gatedGrader(grader);
    const { client } = await buildTestApp({
      grader: gate.grader,
      exercises: [sumOfArray],
      config: { runLimits: { burst: 10, refillMs: 1_000, maxConcurrent: 2 } },
    });
    const [ada, bob, cy] = [client(), client(), client()];
    for (const learner of [ada, bob, cy]) await learner.get('/api/session');
    const adaRun = ada.post(url, run);
    await gate.waitingFor(1);
    const again = await ada.post(url, run);
    expect(again.status).toBe(429);
    expect(again.headers.get('Retry-After')).toBe('1');
    expect(await again.json()).toMatchObject({ error: { code: 'in-flight' } });

    const bobRun = bob.post(url, run);
    await gate.waitingFor(2);
    const full = await cy.post(url, run);
    expect(full.status).toBe(503);
    expect(full.headers.get('Retry-After')).toBe('1');
    expect(await full.json()).toMatchObject({ error: { code: 'grader-busy' } });

    gate.openOne();
    gate.openOne();
    expect((await adaRun).status).toBe(200);
    expect((await bobRun).status).toBe(200);
    const cyRun = cy.post(url, run);
    await gate.waitingFor(1);
    gate.openOne();
    expect((await cyRun).status).toBe(200);
    expect(gate.calls()).toBe(3);
  });

  it('hold each learner to a token bucket; a refused request spends no token', async () => {
    const clock = manualClock();
    const { client } = await buildTestApp({
      grader,
      clock,
      exercises: [sumOfArray],
      config: { runLimits: { burst: 2, refillMs: 10_000, maxConcurrent: 4 } },
    });
    const learner = client();
    // A request refused for what it holds is answered before the limiter.
    expect((await learner.post(url, { code: right, language: 'typescript' })).status).toBe(422);
    expect((await learner.post(url, run)).status).toBe(200);
    expect((await learner.post(url, run)).status).toBe(200);
    const limited = await learner.post(url, run);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('10');
    expect(await limited.json()).toMatchObject({
      error: { code: 'rate-limited', details: { retryAfterMs: 10_000 } },
    });
    expect((await client().post(url, run)).status).toBe(200);
    clock.advance(10_000);
    expect((await learner.post(url, run)).status).toBe(200);
    expect((await learner.post(url, run)).status).toBe(429);
  });
});

describe('POST /api/exercises/:slug/submissions', () => {
  it('answers 202 queued, then the attempt is graded and kept in the learner history', async () => {
    const { client, queue } = await setup();
    const learner = client();
    const response = await learner.post('/api/exercises/sum-of-array/submissions', {
      code: right,
      language: 'javascript',
    });
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as { attemptId: number; status: string };
    expect(accepted).toMatchObject({ attemptId: expect.any(Number), status: 'queued' });
    await queue.idle();
    const attempt = PublicAttempt.parse(
      await (await learner.get(`/api/attempts/${accepted.attemptId}`)).json(),
    );
    expect(attempt).toMatchObject({ status: 'done', score: 7, maxScore: 7, exercise: 'sum-of-array' });
    expect(attempt.result?.status).toBe('passed');
    expect(attempt.version).toBe(sumOfArray.contentHash);
    const history = (await (await learner.get('/api/exercises/sum-of-array/attempts')).json()) as {
      attempts: PublicAttempt[];
    };
    expect(history.attempts.map((a) => a.id)).toEqual([accepted.attemptId]);
  });

  it('shows a learner only their own attempts', async () => {
    const { client, queue } = await setup();
    const alice = client();
    const bob = client();
    const { attemptId } = (await (
      await alice.post('/api/exercises/sum-of-array/submissions', { code: right, language: 'javascript' })
    ).json()) as { attemptId: number };
    await queue.idle();
    expect((await bob.get(`/api/attempts/${attemptId}`)).status).toBe(404);
    expect(await (await bob.get('/api/exercises/sum-of-array/attempts')).json()).toEqual({ attempts: [] });
    expect((await alice.get(`/api/attempts/${attemptId}`)).status).toBe(200);
  });

  it('refuses a language the exercise does not accept with 422', async () => {
    const { client } = await setup();
    const response = await client().post('/api/exercises/sum-of-array/submissions', {
      code: right,
      language: 'typescript',
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      error: { code: 'language-not-accepted', details: { accepted: ['javascript'] } },
    });
  });

  it('refuses a source over the exercise limit with 413, and a body over MAX_BODY_BYTES with 413', async () => {
    const { client } = await setup();
    const learner = client();
    const big = `// ${'x'.repeat(70 * 1024)}\n${right}`;
    const tooLarge = await learner.post('/api/exercises/sum-of-array/submissions', {
      code: big,
      language: 'javascript',
    });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: { code: 'source-too-large' } });
    const huge = await learner.post('/api/exercises/sum-of-array/submissions', {
      code: 'x'.repeat(200 * 1024),
      language: 'javascript',
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'body-too-large' } });
  });

  it('answers malformed JSON, wrong types, extra fields and a missing body with 400 in the error shape', async () => {
    const { client } = await setup();
    const learner = client();
    const url = '/api/exercises/sum-of-array/submissions';
    const malformed = await learner.post(url, '{"code": ');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'malformed-json' } });
    for (const body of [
      { code: 42, language: 'javascript' },
      { code: right },
      { code: right, language: 'javascript', x: 1 },
    ]) {
      const response = await learner.post(url, body);
      expect(response.status).toBe(400);
      const json = (await response.json()) as { error: { code: string; details: unknown[] } };
      expect(json.error.code).toBe('invalid-request');
      expect(json.error.details.length).toBeGreaterThan(0);
    }
    const noBody = await learner.post(url);
    expect(noBody.status).toBe(400);
    expect((await learner.get('/api/attempts/not-a-number')).status).toBe(400);
    expect((await learner.get('/api/attempts/999')).status).toBe(404);
    expect((await learner.get('/api/nowhere')).status).toBe(404);
  });
});

describe('the draft of an exercise', () => {
  it('is saved and restored for its learner only', async () => {
    const { client } = await setup();
    const alice = client();
    expect(await (await alice.get('/api/exercises/sum-of-array/draft')).json()).toEqual({ draft: null });
    const saved = await alice.put('/api/exercises/sum-of-array/draft', { code: 'function sum() {' });
    expect(saved.status).toBe(200);
    await alice.put('/api/exercises/sum-of-array/draft', { code: 'function sum(numbers) {' });
    expect(await (await alice.get('/api/exercises/sum-of-array/draft')).json()).toEqual({
      draft: { code: 'function sum(numbers) {', updatedAt: expect.any(Number) },
    });
    expect(await (await client().get('/api/exercises/sum-of-array/draft')).json()).toEqual({ draft: null });
  });
});

describe('the hints of an exercise', () => {
  it('are revealed one at a time, remembered per learner, and run out with 409', async () => {
    const { client } = await setup();
    const learner = client();
    expect(await (await learner.get('/api/exercises/sum-of-array/hints')).json()).toEqual({
      hintCount: 3,
      revealed: [],
    });
    for (const [index, hint] of sumOfArray.spec.hints.entries()) {
      const response = await learner.post('/api/exercises/sum-of-array/hints');
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ index, text: hint });
    }
    const none = await learner.post('/api/exercises/sum-of-array/hints');
    expect(none.status).toBe(409);
    expect(await none.json()).toMatchObject({ error: { code: 'no-more-hints' } });
    const state = (await (await learner.get('/api/exercises/sum-of-array/hints')).json()) as {
      revealed: unknown[];
    };
    expect(state.revealed).toHaveLength(3);
    expect(await (await client().get('/api/exercises/sum-of-array/hints')).json()).toMatchObject({
      revealed: [],
    });
  });
});
