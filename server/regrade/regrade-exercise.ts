// Re-grades the stored attempts of an exercise against a newer version (after a teacher fixed a test),
// storing each new result beside the original in `regrades`: an attempt's own result is what the learner
// was told, and is never overwritten. Attempts graded against that very version, or already re-graded
// against it, are left alone, so running it twice does the work once.
import { and, eq, ne } from 'drizzle-orm';
import type { Grader } from '../../graders/create-grader.ts';
import type { Clock } from '../clock.ts';
import { findExerciseVersion } from '../db/exercise-queries.ts';
import type { Db } from '../db/open-database.ts';
import { attempts, exerciseVersions, regrades } from '../db/schema.ts';

export interface RegradeSummary {
  regraded: number;
  /** How many attempts changed verdict, by `from → to`. */
  changes: Record<string, number>;
  changed: number;
  /** Already re-graded against this version by an earlier run. */
  skipped: number;
}

export async function regradeExercise(
  deps: { db: Db; grader: Grader; clock: Clock; concurrency: number },
  versionId: number,
): Promise<RegradeSummary> {
  const { db, grader, clock } = deps;
  const version = findExerciseVersion(db, versionId);
  if (!version) throw new Error(`no exercise version ${versionId}`);
  const rows = db
    .select({ id: attempts.id, code: attempts.code, verdict: attempts.verdict })
    .from(attempts)
    .innerJoin(exerciseVersions, eq(exerciseVersions.id, attempts.exerciseVersionId))
    .where(
      and(
        eq(exerciseVersions.exerciseId, version.exerciseId),
        ne(attempts.exerciseVersionId, versionId),
        eq(attempts.status, 'done'),
      ),
    )
    .orderBy(attempts.id)
    .all();
  const already = new Set(
    db
      .select({ attemptId: regrades.attemptId })
      .from(regrades)
      .where(eq(regrades.exerciseVersionId, versionId))
      .all()
      .map((row) => row.attemptId),
  );
  const todo = rows.filter((row) => !already.has(row.id));

  const changes: Record<string, number> = {};
  let next = 0;
  const work = async () => {
    while (next < todo.length) {
      const row = todo[next++]!;
      const result = await grader.grade(version.exercise, row.code, { mode: 'submit' });
      db.insert(regrades)
        .values({
          attemptId: row.id,
          exerciseVersionId: versionId,
          result,
          verdict: result.status,
          score: result.score,
          maxScore: result.maxScore,
          createdAt: clock.now(),
        })
        .run();
      const from = row.verdict ?? 'none';
      if (from !== result.status) {
        const key = `${from} → ${result.status}`;
        changes[key] = (changes[key] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, deps.concurrency) }, work));
  return {
    regraded: todo.length,
    changes,
    changed: Object.values(changes).reduce((sum, count) => sum + count, 0),
    skipped: rows.length - todo.length,
  };
}
