// Reading exercises back from their version rows. A version row never changes, so its parsed Exercise is
// kept per database: parsing the spec with zod on every request would cost more than the query.
import { eq } from 'drizzle-orm';
import { Exercise } from '../../contracts/exercise.ts';
import type { Db } from './open-database.ts';
import { exercises, exerciseVersions } from './schema.ts';

export interface ExerciseVersion {
  exerciseId: number;
  versionId: number;
  exercise: Exercise;
}

const parsed = new WeakMap<Db, Map<number, Exercise>>();

function parseVersion(db: Db, versionId: number, stored: unknown): Exercise {
  let cache = parsed.get(db);
  if (!cache) {
    cache = new Map();
    parsed.set(db, cache);
  }
  let exercise = cache.get(versionId);
  if (!exercise) {
    exercise = Exercise.parse(stored);
    cache.set(versionId, exercise);
  }
  return exercise;
}

/** The version learners are served, or undefined for an unknown slug. */
export function findCurrentExercise(db: Db, slug: string): ExerciseVersion | undefined {
  const row = db
    .select({ exerciseId: exercises.id, versionId: exerciseVersions.id, exercise: exerciseVersions.exercise })
    .from(exercises)
    .innerJoin(exerciseVersions, eq(exerciseVersions.id, exercises.currentVersionId))
    .where(eq(exercises.slug, slug))
    .get();
  if (!row) return undefined;
  return { ...row, exercise: parseVersion(db, row.versionId, row.exercise) };
}

export function findExerciseVersion(db: Db, versionId: number): ExerciseVersion | undefined {
  const row = db.select().from(exerciseVersions).where(eq(exerciseVersions.id, versionId)).get();
  if (!row) return undefined;
  return { exerciseId: row.exerciseId, versionId: row.id, exercise: parseVersion(db, row.id, row.exercise) };
}
