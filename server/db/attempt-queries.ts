// Attempts read back for the API: one learner's own, an exercise's for its teachers, and progress
// summaries. Plain SQL aggregates (count, max, CASE) that Postgres runs as well.
import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { GradeResult } from '../../contracts/grade-result.ts';
import type { ExerciseProgress, PublicAttempt } from '../../contracts/public-attempt.ts';
import type { Db } from './open-database.ts';
import { attempts, exercises, exerciseVersions } from './schema.ts';

const attemptColumns = {
  id: attempts.id,
  learnerId: attempts.learnerId,
  slug: exercises.slug,
  version: exerciseVersions.contentHash,
  language: attempts.language,
  code: attempts.code,
  status: attempts.status,
  result: attempts.result,
  fault: attempts.fault,
  score: attempts.score,
  maxScore: attempts.maxScore,
  createdAt: attempts.createdAt,
  startedAt: attempts.startedAt,
  finishedAt: attempts.finishedAt,
};

type AttemptRow = NonNullable<ReturnType<typeof findAttempt>>;

function selectAttempts(db: Db) {
  return db
    .select(attemptColumns)
    .from(attempts)
    .innerJoin(exerciseVersions, eq(exerciseVersions.id, attempts.exerciseVersionId))
    .innerJoin(exercises, eq(exercises.id, exerciseVersions.exerciseId));
}

export function toPublicAttempt(row: AttemptRow, position: number | undefined): PublicAttempt {
  return {
    id: row.id,
    exercise: row.slug,
    version: row.version,
    language: row.language,
    code: row.code,
    status: row.status,
    ...(row.status === 'queued' && position !== undefined ? { position } : {}),
    ...(row.result ? { result: GradeResult.parse(row.result) } : {}),
    ...(row.score !== null ? { score: row.score } : {}),
    ...(row.maxScore !== null ? { maxScore: row.maxScore } : {}),
    ...(row.fault ? { fault: true } : {}),
    createdAt: row.createdAt,
    ...(row.startedAt !== null ? { startedAt: row.startedAt } : {}),
    ...(row.finishedAt !== null ? { finishedAt: row.finishedAt } : {}),
  };
}

export function findAttempt(db: Db, id: number) {
  return selectAttempts(db).where(eq(attempts.id, id)).get();
}

export function listLearnerAttempts(db: Db, learnerId: string, slug: string, limit = 100) {
  return selectAttempts(db)
    .where(and(eq(attempts.learnerId, learnerId), eq(exercises.slug, slug)))
    .orderBy(desc(attempts.id))
    .limit(limit)
    .all();
}

export function listExerciseAttempts(db: Db, slug: string, options: { before?: number; limit: number }) {
  return selectAttempts(db)
    .where(
      options.before === undefined
        ? eq(exercises.slug, slug)
        : and(eq(exercises.slug, slug), lt(attempts.id, options.before)),
    )
    .orderBy(desc(attempts.id))
    .limit(options.limit)
    .all();
}

/** Per exercise slug, what one learner has done. */
export function learnerProgress(db: Db, learnerId: string): Map<string, ExerciseProgress> {
  const rows = db
    .select({
      slug: exercises.slug,
      attempts: sql<number>`count(*)`.mapWith(Number),
      bestScore: sql<number | null>`max(${attempts.score})`,
      maxScore: sql<number | null>`max(${attempts.maxScore})`,
      passed: sql<number>`sum(case when ${attempts.verdict} = 'passed' then 1 else 0 end)`.mapWith(Number),
      lastAttemptAt: sql<number | null>`max(${attempts.createdAt})`,
    })
    .from(attempts)
    .innerJoin(exerciseVersions, eq(exerciseVersions.id, attempts.exerciseVersionId))
    .innerJoin(exercises, eq(exercises.id, exerciseVersions.exerciseId))
    .where(eq(attempts.learnerId, learnerId))
    .groupBy(exercises.slug)
    .all();
  return new Map(
    rows.map((row) => [
      row.slug,
      {
        attempts: row.attempts,
        passed: row.passed > 0,
        ...(row.bestScore !== null ? { bestScore: Number(row.bestScore) } : {}),
        ...(row.maxScore !== null ? { maxScore: Number(row.maxScore) } : {}),
        ...(row.lastAttemptAt !== null ? { lastAttemptAt: Number(row.lastAttemptAt) } : {}),
      },
    ]),
  );
}
