// The grading queue of a single server process: attempt ids waiting in memory (bounded), graded by the
// grader's worker pool a few at a time. The database is the truth: a crash loses only this memory, and
// `start` rebuilds it from the rows left queued or running.
import { eq, inArray, sql } from 'drizzle-orm';
import { type Grader, type StoredGrade, toStoredGrade } from '../../graders/create-grader.ts';
import { PoolClosedError, PoolOverloadedError } from '../../graders/pool/pool-errors.ts';
import type { Clock } from '../clock.ts';
import { findExerciseVersion } from '../db/exercise-queries.ts';
import type { Db } from '../db/open-database.ts';
import { prepared } from '../db/prepared.ts';
import { withRelaxedCommit } from '../db/relaxed-commit.ts';
import { attempts } from '../db/schema.ts';
import type { QueueConfig } from '../env.ts';
import type { Admission, GradingQueue } from './grading-queue.ts';
import { createTokenBuckets } from './token-bucket.ts';

export interface InProcessQueueDeps {
  db: Db;
  grader: Grader;
  clock: Clock;
  config: QueueConfig;
  /** Our faults while grading; the attempt is retried, then completed without a result. */
  onFault?: (attemptId: number, error: unknown) => void;
}

/** A grader fault is retried this many times before the attempt is completed with `fault` set. */
const maxFaultRetries = 2;
/** The pool is shared with free runs, so it can be briefly full: try again after this long. */
const overloadedRetryMs = 250;

export function createInProcessQueue({
  db,
  grader,
  clock,
  config,
  onFault,
}: InProcessQueueDeps): GradingQueue {
  const waiting: number[] = [];
  const learnerOf = new Map<number, string>();
  const busyLearners = new Set<string>();
  const faults = new Map<number, number>();
  const running = new Set<Promise<void>>();
  const buckets = createTokenBuckets({ burst: config.submitBurst, refillMs: config.submitRefillMs });
  let idleWaiters: (() => void)[] = [];
  let closed = false;
  let pumpScheduled = false;
  // Admitted submissions whose row is being written and flushed: not waiting yet, but bound to.
  let recording = 0;
  // Moving average of grading time, for a Retry-After that means something.
  let averageGradeMs = 200;

  const settleIdle = () => {
    if (waiting.length > 0 || running.size > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  // Grading starts on a later turn of the event loop, so the 202 that reports `queued` is true when sent.
  const schedulePump = () => {
    if (pumpScheduled || closed) return;
    pumpScheduled = true;
    setImmediate(() => {
      pumpScheduled = false;
      pump();
    });
  };

  const pump = () => {
    while (!closed && running.size < config.concurrency && waiting.length > 0) {
      const attemptId = waiting.shift()!;
      const job = gradeAttempt(attemptId).finally(() => {
        running.delete(job);
        schedulePump();
        settleIdle();
      });
      running.add(job);
    }
    settleIdle();
  };

  const release = (attemptId: number) => {
    const learnerId = learnerOf.get(attemptId);
    learnerOf.delete(attemptId);
    faults.delete(attemptId);
    if (learnerId !== undefined) busyLearners.delete(learnerId);
  };

  const gradeAttempt = async (attemptId: number): Promise<void> => {
    try {
      await tryGrading(attemptId);
    } catch (error) {
      // Our own fault outside grading (the database, a stored version that no longer parses): the row
      // stays as it is, to be graded again at the next start, and the learner may submit meanwhile.
      onFault?.(attemptId, error);
      release(attemptId);
    }
  };

  const tryGrading = async (attemptId: number): Promise<void> => {
    const row = prepared(db, 'queue-attempt', (db) =>
      db
        .select({
          status: attempts.status,
          code: attempts.code,
          exerciseVersionId: attempts.exerciseVersionId,
        })
        .from(attempts)
        .where(eq(attempts.id, sql.placeholder('id')))
        .prepare(),
    ).get({ id: attemptId });
    if (!row || row.status === 'done') return release(attemptId);
    const startedAt = clock.now();
    // Lost on a power cut, the row is still queued and graded again at start: no flush needed.
    withRelaxedCommit(db, () =>
      prepared(db, 'queue-start-attempt', (db) =>
        db
          .update(attempts)
          .set({ status: 'running', startedAt: sql`${sql.placeholder('startedAt')}` })
          .where(eq(attempts.id, sql.placeholder('id')))
          .prepare(),
      ).run({ id: attemptId, startedAt }),
    );
    const version = findExerciseVersion(db, row.exerciseVersionId);
    if (!version) {
      complete(attemptId, { fault: `exercise version ${row.exerciseVersionId} is missing` });
      return release(attemptId);
    }
    let result: StoredGrade;
    try {
      result = grader.gradeForStorage
        ? await grader.gradeForStorage(version.exercise, row.code)
        : toStoredGrade(await grader.grade(version.exercise, row.code, { mode: 'submit' }));
    } catch (error) {
      if (error instanceof PoolClosedError || closed) {
        // Shutting down: the row stays running and the next start grades it again.
        return release(attemptId);
      }
      if (error instanceof PoolOverloadedError) {
        await new Promise((resolve) => setTimeout(resolve, overloadedRetryMs));
        waiting.unshift(attemptId);
        return;
      }
      onFault?.(attemptId, error);
      const tries = (faults.get(attemptId) ?? 0) + 1;
      if (tries <= maxFaultRetries) {
        faults.set(attemptId, tries);
        waiting.unshift(attemptId);
        return;
      }
      complete(attemptId, { fault: error instanceof Error ? error.name : 'grading failed' });
      return release(attemptId);
    }
    complete(attemptId, { result });
    averageGradeMs = 0.8 * averageGradeMs + 0.2 * (clock.now() - startedAt);
    release(attemptId);
  };

  // Status, result, score and finish time change together or not at all: one statement.
  // A result lost on a power cut leaves the attempt running, graded again at start: no flush needed.
  const complete = (attemptId: number, outcome: { result: StoredGrade } | { fault: string }) => {
    const done = { id: attemptId, finishedAt: clock.now() };
    withRelaxedCommit(db, () => {
      if ('result' in outcome) {
        const { json, status, score, maxScore } = outcome.result;
        prepared(db, 'queue-complete-attempt', (db) =>
          db
            .update(attempts)
            .set({
              status: 'done',
              // Already JSON (the grader's thread wrote it): passed through, not encoded again.
              result: sql`${sql.placeholder('json')}`,
              verdict: sql`${sql.placeholder('status')}`,
              score: sql`${sql.placeholder('score')}`,
              maxScore: sql`${sql.placeholder('maxScore')}`,
              fault: null,
              finishedAt: sql`${sql.placeholder('finishedAt')}`,
            })
            .where(eq(attempts.id, sql.placeholder('id')))
            .prepare(),
        ).run({ ...done, json, status, score, maxScore });
      } else {
        db.update(attempts)
          .set({ status: 'done', result: null, fault: outcome.fault, finishedAt: done.finishedAt })
          .where(eq(attempts.id, attemptId))
          .run();
      }
    });
  };

  const retryAfterFull = () =>
    Math.max(1_000, Math.ceil((waiting.length * averageGradeMs) / Math.max(1, config.concurrency)));

  return {
    async submit(learnerId, record): Promise<Admission> {
      if (closed || waiting.length + recording >= config.maxWaiting) {
        return { accepted: false, reason: 'full', retryAfterMs: retryAfterFull() };
      }
      if (busyLearners.has(learnerId)) {
        return { accepted: false, reason: 'in-flight', retryAfterMs: Math.max(1_000, averageGradeMs) };
      }
      const wait = buckets.take(learnerId, clock.now());
      if (wait > 0) return { accepted: false, reason: 'rate-limited', retryAfterMs: wait };
      // The learner's place is held while the row is written and flushed, so a second submission meanwhile
      // is refused as in flight, and the queue's bound counts it.
      busyLearners.add(learnerId);
      recording++;
      let attemptId: number;
      try {
        attemptId = await record();
      } catch (error) {
        busyLearners.delete(learnerId);
        throw error;
      } finally {
        recording--;
      }
      waiting.push(attemptId);
      learnerOf.set(attemptId, learnerId);
      schedulePump();
      return { accepted: true, attemptId };
    },

    position(attemptId) {
      const index = waiting.indexOf(attemptId);
      return index === -1 ? undefined : index + 1;
    },

    async start() {
      const left = db
        .select({ id: attempts.id, learnerId: attempts.learnerId })
        .from(attempts)
        .where(inArray(attempts.status, ['queued', 'running']))
        .orderBy(attempts.id)
        .all();
      // Accepted before the restart, so never refused now, even past maxWaiting.
      for (const { id, learnerId } of left) {
        if (learnerOf.has(id)) continue;
        waiting.push(id);
        learnerOf.set(id, learnerId);
        busyLearners.add(learnerId);
      }
      schedulePump();
    },

    idle() {
      if (waiting.length === 0 && running.size === 0 && !pumpScheduled) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },

    async close() {
      closed = true;
      await Promise.allSettled([...running]);
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    },
  };
}
