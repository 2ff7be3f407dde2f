// Reading exercises back from their version rows. A version row never changes (nor is deleted), so its
// parsed Exercise is kept per database: parsing the spec with zod on every request would cost more than
// the query.
import { eq, sql } from 'drizzle-orm';
import { Exercise } from '../../contracts/exercise.ts';
import type { Db } from './open-database.ts';
import { prepared } from './prepared.ts';
import { exercises, exerciseVersions } from './schema.ts';

export interface ExerciseVersion {
  exerciseId: number;
  versionId: number;
  exercise: Exercise;
}

const parsed = new WeakMap<Db, Map<number, ExerciseVersion>>();

function cacheOf(db: Db): Map<number, ExerciseVersion> {
  let cache = parsed.get(db);
  if (!cache) {
    cache = new Map();
    parsed.set(db, cache);
  }
  return cache;
}

/** The version learners are served, or undefined for an unknown slug. */
export function findCurrentExercise(db: Db, slug: string): ExerciseVersion | undefined {
  // Ids first: the stored exercise (JSON) is read and parsed only when this version is not cached yet.
  const ids = prepared(db, 'current-exercise-version', (db) =>
    db
      .select({ versionId: exercises.currentVersionId })
      .from(exercises)
      .where(eq(exercises.slug, sql.placeholder('slug')))
      .prepare(),
  ).get({ slug });
  if (!ids || ids.versionId === null) return undefined;
  return findExerciseVersion(db, ids.versionId);
}

export function findExerciseVersion(db: Db, versionId: number): ExerciseVersion | undefined {
  const cache = cacheOf(db);
  const cached = cache.get(versionId);
  if (cached) return cached;
  const row = db.select().from(exerciseVersions).where(eq(exerciseVersions.id, versionId)).get();
  if (!row) return undefined;
  const version = { exerciseId: row.exerciseId, versionId: row.id, exercise: Exercise.parse(row.exercise) };
  cache.set(versionId, version);
  return version;
}
