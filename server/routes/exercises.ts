// /api/exercises/:slug — the exercise as the learner may see it, free runs (visible tests, not recorded,
// rate-limited), submissions (queued, graded in the background), the learner's own history, their draft
// and hints. An exercise listed only by private courses answers 403 `not-enrolled` to everything here for
// a learner enrolled in none of them (server/courses/exercise-access.ts).
import { and, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { DraftAnswer } from '../../contracts/draft.ts';
import type { Hint, HintState } from '../../contracts/hint.ts';
import { resolveLimits } from '../../contracts/limits.ts';
import { DraftBody, SubmissionBody } from '../../contracts/public-attempt.ts';
import type { SubmissionReceipt } from '../../contracts/submission-receipt.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import type { Identity } from '../auth/sessions.ts';
import { exerciseAccess } from '../courses/exercise-access.ts';
import { listLearnerAttempts, toPublicAttempt } from '../db/attempt-queries.ts';
import { commitDurably } from '../db/durable-commit.ts';
import { type ExerciseVersion, findCurrentExercise } from '../db/exercise-queries.ts';
import type { Db } from '../db/open-database.ts';
import { prepared } from '../db/prepared.ts';
import { withRelaxedCommit } from '../db/relaxed-commit.ts';
import { attempts, drafts, hintReveals } from '../db/schema.ts';
import { toPublicExercise } from '../exercises/to-public-exercise.ts';
import { ApiError } from '../http/api-error.ts';
import { validate } from '../http/validate.ts';
import { createRunLimiter } from '../queue/run-limiter.ts';

const SlugParam = z.object({ slug: z.string().max(200) });

/** The statement every submission runs, prepared once per database (server/db/prepared.ts). */
const insertAttempt = (db: Db) =>
  prepared(db, 'insert-attempt', (db) =>
    db
      .insert(attempts)
      .values({
        learnerId: sql.placeholder('learnerId'),
        exerciseVersionId: sql.placeholder('exerciseVersionId'),
        code: sql.placeholder('code'),
        language: sql.placeholder('language'),
        status: 'queued',
        createdAt: sql.placeholder('createdAt'),
      })
      .returning({ id: attempts.id })
      .prepare(),
  );

/** The exercise, if it exists (404) and the caller may open it (403, naming the courses that would open it). */
function requireExercise(db: Db, slug: string, identity: Identity): ExerciseVersion {
  const found = findCurrentExercise(db, slug);
  if (!found) throw new ApiError(404, 'not-found', `There is no exercise "${slug}".`);
  const access = exerciseAccess(db, identity, slug);
  if (!access.allowed) {
    throw new ApiError(403, 'not-enrolled', 'This exercise is for the learners enrolled in its course.', {
      details: { courses: access.courses },
    });
  }
  return found;
}

/** The language must be the exercise's, and the source within its size limit: a 4xx, before any grading. */
function checkSource({ exercise }: ExerciseVersion, code: string, language?: string): void {
  if (language !== undefined && language !== exercise.spec.language) {
    throw new ApiError(
      422,
      'language-not-accepted',
      `This exercise is written in ${exercise.spec.language}.`,
      {
        details: { accepted: [exercise.spec.language] },
      },
    );
  }
  const maxBytes = resolveLimits(exercise.spec.limits).sourceBytes;
  const bytes = Buffer.byteLength(code, 'utf8');
  if (bytes > maxBytes) {
    throw new ApiError(
      413,
      'source-too-large',
      `The code is ${bytes} bytes; this exercise accepts ${maxBytes}.`,
      {
        details: { bytes, maxBytes },
      },
    );
  }
}

/** The hints this learner has revealed, in order; hints are shown one at a time, so they form a prefix. */
function revealedHints(db: Db, learnerId: string, { exerciseId, exercise }: ExerciseVersion) {
  const count = db
    .select({ index: hintReveals.hintIndex })
    .from(hintReveals)
    .where(and(eq(hintReveals.learnerId, learnerId), eq(hintReveals.exerciseId, exerciseId)))
    .all().length;
  return exercise.spec.hints.slice(0, count).map((text, index) => ({ index, text }));
}

const retryAfterSeconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));

export function exerciseRoutes({ db, grader, clock, queue, config }: AppDeps) {
  const runs = config.runLimits ? createRunLimiter(config.runLimits) : undefined;
  return (
    new Hono<AppEnv>()
      .get('/:slug', validate('param', SlugParam), (c) => {
        const found = requireExercise(db, c.req.valid('param').slug, c.get('identity'));
        return c.json(toPublicExercise(found.exercise));
      })
      .post('/:slug/run', validate('param', SlugParam), validate('json', SubmissionBody), async (c) => {
        const found = requireExercise(db, c.req.valid('param').slug, c.get('identity'));
        const body = c.req.valid('json');
        checkSource(found, body.code, body.language);
        const admission = runs?.admit(c.get('identity').learnerId, clock.now());
        if (admission && !admission.accepted) {
          const headers = { 'Retry-After': retryAfterSeconds(admission.retryAfterMs) };
          if (admission.reason === 'busy') {
            throw new ApiError(503, 'grader-busy', 'The grader is busy: try again in a few seconds.', {
              headers,
            });
          }
          throw new ApiError(
            429,
            admission.reason,
            admission.reason === 'in-flight'
              ? 'Your previous run is still going: wait for its result.'
              : 'Too many runs in a short time: wait a little before the next one.',
            { headers, details: { retryAfterMs: admission.retryAfterMs } },
          );
        }
        try {
          return c.json(await grader.grade(found.exercise, body.code, { mode: 'run' }));
        } finally {
          if (admission?.accepted) admission.release();
        }
      })
      .post(
        '/:slug/submissions',
        validate('param', SlugParam),
        validate('json', SubmissionBody),
        async (c) => {
          const found = requireExercise(db, c.req.valid('param').slug, c.get('identity'));
          const body = c.req.valid('json');
          checkSource(found, body.code, body.language);
          const { learnerId } = c.get('identity');
          const admission = await queue.submit(learnerId, () =>
            commitDurably(
              db,
              () =>
                insertAttempt(db).get({
                  learnerId,
                  exerciseVersionId: found.versionId,
                  code: body.code,
                  language: body.language,
                  createdAt: clock.now(),
                })!.id,
            ),
          );
          if (!admission.accepted) {
            const headers = { 'Retry-After': retryAfterSeconds(admission.retryAfterMs) };
            if (admission.reason === 'full') {
              throw new ApiError(503, 'queue-full', 'Too many submissions are waiting: try again shortly.', {
                headers,
              });
            }
            throw new ApiError(
              429,
              admission.reason,
              admission.reason === 'in-flight'
                ? 'Your previous submission is still being graded: wait for its result.'
                : 'Too many submissions in a short time: wait a little before the next one.',
              { headers, details: { retryAfterMs: admission.retryAfterMs } },
            );
          }
          return c.json(
            {
              attemptId: admission.attemptId,
              status: 'queued' as const,
              position: queue.position(admission.attemptId) ?? 1,
            } satisfies SubmissionReceipt,
            202,
          );
        },
      )
      .get('/:slug/attempts', validate('param', SlugParam), (c) => {
        const { slug } = c.req.valid('param');
        requireExercise(db, slug, c.get('identity'));
        const rows = listLearnerAttempts(db, c.get('identity').learnerId, slug);
        return c.json({ attempts: rows.map((row) => toPublicAttempt(row, queue.position(row.id))) });
      })
      .get('/:slug/draft', validate('param', SlugParam), (c) => {
        const found = requireExercise(db, c.req.valid('param').slug, c.get('identity'));
        const row = db
          .select({ code: drafts.code, updatedAt: drafts.updatedAt })
          .from(drafts)
          .where(
            and(eq(drafts.learnerId, c.get('identity').learnerId), eq(drafts.exerciseId, found.exerciseId)),
          )
          .get();
        return c.json({ draft: row ?? null } satisfies DraftAnswer);
      })
      .put('/:slug/draft', validate('param', SlugParam), validate('json', DraftBody), (c) => {
        const found = requireExercise(db, c.req.valid('param').slug, c.get('identity'));
        const { code } = c.req.valid('json');
        checkSource(found, code);
        const draft = { code, updatedAt: clock.now() };
        // Saved every few seconds as the learner types, and kept by the browser too: no flush per save.
        withRelaxedCommit(db, () =>
          db
            .insert(drafts)
            .values({ learnerId: c.get('identity').learnerId, exerciseId: found.exerciseId, ...draft })
            .onConflictDoUpdate({ target: [drafts.learnerId, drafts.exerciseId], set: draft })
            .run(),
        );
        return c.json({ draft } satisfies DraftAnswer);
      })
      .get('/:slug/hints', validate('param', SlugParam), (c) => {
        const found = requireExercise(db, c.req.valid('param').slug, c.get('identity'));
        return c.json({
          hintCount: found.exercise.spec.hints.length,
          revealed: revealedHints(db, c.get('identity').learnerId, found),
        } satisfies HintState);
      })
      // Reveals the next hint, and remembers it (statistics: how many hints before a pass).
      .post('/:slug/hints', validate('param', SlugParam), (c) => {
        const found = requireExercise(db, c.req.valid('param').slug, c.get('identity'));
        const { learnerId } = c.get('identity');
        const index = revealedHints(db, learnerId, found).length;
        const text = found.exercise.spec.hints[index];
        if (text === undefined) throw new ApiError(409, 'no-more-hints', 'Every hint is already shown.');
        db.insert(hintReveals)
          .values({ learnerId, exerciseId: found.exerciseId, hintIndex: index, revealedAt: clock.now() })
          .onConflictDoNothing()
          .run();
        return c.json({ index, text } satisfies Hint, 201);
      })
  );
}
