import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exercise } from '../../contracts/exercise.ts';
import { PublicAttempt } from '../../contracts/public-attempt.ts';
import { createGrader, type Grader } from '../../graders/create-grader.ts';
import { findCurrentExercise } from '../db/exercise-queries.ts';
import { openMemoryDatabase } from '../db/open-database.ts';
import { attempts, exerciseVersions, learners } from '../db/schema.ts';
import { storeExerciseVersion } from '../db/sync-content.ts';
import {
  buildTestApp,
  gatedGrader,
  loadTestExercise,
  manualClock,
  testQueueConfig,
} from '../testing/test-app.ts';
import { createInProcessQueue } from './in-process-queue.ts';

let grader: Grader;
let sumOfArray: Exercise;
const right = 'function sum(numbers) { let total = 0; for (const n of numbers) total += n; return total; }';
const submit = { code: right, language: 'javascript' };
const url = '/api/exercises/sum-of-array/submissions';

beforeAll(async () => {
  grader = createGrader({ size: 1 });
  sumOfArray = await loadTestExercise('sum-of-array');
});
afterAll(() => grader.close());

const attemptOf = async (response: Response) => ((await response.json()) as { attemptId: number }).attemptId;

describe('the grading queue', () => {
  it('writes the attempt (queued) and answers 202 before grading starts, then completes it', async () => {
    const gate = gatedGrader(grader);
    const { client, db, queue } = await buildTestApp({ grader: gate.grader, exercises: [sumOfArray] });
    const learner = client();
    const response = await learner.post(url, submit);
    expect(response.status).toBe(202);
    // The 202 is out, the row is written, and the grader has not been asked yet.
    expect(gate.calls()).toBe(0);
    const attemptId = await attemptOf(response);
    expect(db.select().from(attempts).where(eq(attempts.id, attemptId)).get()).toMatchObject({
      status: 'queued',
      code: right,
    });

    await gate.waitingFor(1);
    expect(await (await learner.get(`/api/attempts/${attemptId}`)).json()).toMatchObject({
      status: 'running',
    });
    gate.openOne();
    await queue.idle();
    const done = db.select().from(attempts).where(eq(attempts.id, attemptId)).get();
    expect(done).toMatchObject({ status: 'done', verdict: 'passed', score: 7, maxScore: 7 });
    expect(done?.finishedAt).toEqual(expect.any(Number));
    expect(done?.startedAt).toEqual(expect.any(Number));
  });

  it('gives each learner one submission in flight: the second gets 429 with Retry-After', async () => {
    const gate = gatedGrader(grader);
    const { client, queue } = await buildTestApp({ grader: gate.grader, exercises: [sumOfArray] });
    const learner = client();
    expect((await learner.post(url, submit)).status).toBe(202);
    const second = await learner.post(url, submit);
    expect(second.status).toBe(429);
    expect(Number(second.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(await second.json()).toMatchObject({ error: { code: 'in-flight' } });
    await gate.waitingFor(1);
    gate.openOne();
    await queue.idle();
    expect((await learner.post(url, submit)).status).toBe(202);
    await gate.waitingFor(1);
    gate.openOne();
    await queue.idle();
  });

  it('limits each learner with a token bucket: past the burst, 429 until a token comes back', async () => {
    const clock = manualClock();
    const { client, queue } = await buildTestApp({
      grader,
      clock,
      exercises: [sumOfArray],
      queue: { submitBurst: 2, submitRefillMs: 30_000 },
    });
    const learner = client();
    for (let i = 0; i < 2; i++) {
      expect((await learner.post(url, submit)).status).toBe(202);
      await queue.idle();
    }
    const refused = await learner.post(url, submit);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toBe('30');
    expect(await refused.json()).toMatchObject({
      error: { code: 'rate-limited', details: { retryAfterMs: 30_000 } },
    });
    // Another learner is not affected.
    expect((await client().post(url, submit)).status).toBe(202);
    await queue.idle();
    clock.advance(30_000);
    expect((await learner.post(url, submit)).status).toBe(202);
    await queue.idle();
  });

  it('answers 503 with Retry-After when the queue is full', async () => {
    const gate = gatedGrader(grader);
    const { client, queue } = await buildTestApp({
      grader: gate.grader,
      exercises: [sumOfArray],
      queue: { maxWaiting: 1, concurrency: 1 },
    });
    expect((await client().post(url, submit)).status).toBe(202);
    await gate.waitingFor(1); // the first is running, so the queue is empty again
    const waiting = client();
    const secondId = await attemptOf(await waiting.post(url, submit));
    expect(PublicAttempt.parse(await (await waiting.get(`/api/attempts/${secondId}`)).json())).toMatchObject({
      status: 'queued',
      position: 1,
    });
    const third = await client().post(url, submit);
    expect(third.status).toBe(503);
    expect(Number(third.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect(await third.json()).toMatchObject({ error: { code: 'queue-full' } });
    gate.openOne();
    await gate.waitingFor(1);
    gate.openOne();
    await queue.idle();
  });

  it('grades at start the attempts an earlier process left queued or running', async () => {
    const db = openMemoryDatabase();
    const clock = manualClock();
    storeExerciseVersion(db, sumOfArray, clock.now());
    const versionId = findCurrentExercise(db, 'sum-of-array')!.versionId;
    db.insert(learners).values({ id: 'learner-1', createdAt: clock.now() }).run();
    const left = (['queued', 'running'] as const).map(
      (status) =>
        db
          .insert(attempts)
          .values({
            learnerId: 'learner-1',
            exerciseVersionId: versionId,
            code: right,
            language: 'javascript',
            status,
            createdAt: clock.now(),
          })
          .returning()
          .get().id,
    );
    const { queue } = await buildTestApp({ grader, db, clock });
    await queue.idle();
    for (const id of left) {
      expect(db.select().from(attempts).where(eq(attempts.id, id)).get()).toMatchObject({
        status: 'done',
        verdict: 'passed',
        score: 7,
      });
    }
  });

  it('keeps going when a stored version no longer parses: the row waits for the next start', async () => {
    const db = openMemoryDatabase();
    const clock = manualClock();
    storeExerciseVersion(db, sumOfArray, clock.now());
    // Read without parsing (a parsed version is cached).
    const versionId = db.select().from(exerciseVersions).get()!.id;
    // Simulates a contract change that an old version row does not meet.
    db.update(exerciseVersions)
      .set({ exercise: { slug: 'sum-of-array' } })
      .run();
    db.insert(learners).values({ id: 'learner-1', createdAt: clock.now() }).run();
    const record = () =>
      db
        .insert(attempts)
        .values({
          learnerId: 'learner-1',
          exerciseVersionId: versionId,
          code: right,
          language: 'javascript',
          status: 'queued',
          createdAt: clock.now(),
        })
        .returning()
        .get().id;
    const first = record();
    const faults: number[] = [];
    const queue = createInProcessQueue({
      db,
      grader,
      clock,
      config: testQueueConfig,
      onFault: (attemptId) => faults.push(attemptId),
    });
    await queue.start();
    await queue.idle();
    expect(faults).toEqual([first]);
    expect(db.select().from(attempts).where(eq(attempts.id, first)).get()?.status).toBe('running');
    // The learner is not stuck behind it.
    expect(await queue.submit('learner-1', async () => record())).toMatchObject({ accepted: true });
    await queue.idle();
  });

  it("holds the learner's place while the row is flushed, and frees it if the write fails", async () => {
    const db = openMemoryDatabase();
    const clock = manualClock();
    const queue = createInProcessQueue({ db, grader, clock, config: testQueueConfig });
    let flushed!: (id: number) => void;
    const first = queue.submit('learner-1', () => new Promise<number>((resolve) => (flushed = resolve)));
    // The first row is not durable yet: a second submission is already in flight, not a second row.
    expect(await queue.submit('learner-1', async () => 99)).toMatchObject({ reason: 'in-flight' });
    expect(queue.position(1)).toBeUndefined();
    await expect(
      queue.submit('learner-2', async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    // learner-2's failed write left no hold behind. (No rows exist: the queue skips unknown ids.)
    expect(await queue.submit('learner-2', async () => 2)).toEqual({ accepted: true, attemptId: 2 });
    flushed(1);
    expect(await first).toEqual({ accepted: true, attemptId: 1 });
    await queue.idle();
    await queue.close();
  });
});
