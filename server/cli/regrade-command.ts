// `exo regrade <slug>`: loads the exercise folder as it is now (a new content hash becomes a new version,
// which the server then serves), re-grades every stored attempt of the exercise against it, keeps the new
// results beside the originals, and prints how many verdicts changed.
import path from 'node:path';
import { UsageError } from '../../graders/cli/usage-error.ts';
import { formatContentIssue } from '../../graders/content/content-issue.ts';
import { loadExercise } from '../../graders/content/load-exercise.ts';
import { createGrader } from '../../graders/create-grader.ts';
import { systemClock } from '../clock.ts';
import { findCurrentExercise } from '../db/exercise-queries.ts';
import { openDatabase } from '../db/open-database.ts';
import { storeExerciseVersion } from '../db/sync-content.ts';
import { readEnv } from '../env.ts';
import { regradeExercise } from '../regrade/regrade-exercise.ts';

export const regradeUsage = 'exo regrade <slug>';

export async function regradeCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const [slug, ...extra] = argv;
  if (!slug || extra.length > 0 || slug.startsWith('-')) throw new UsageError(regradeUsage);
  const settings = readEnv();
  const loaded = await loadExercise(path.join(settings.exercisesDir, slug));
  if (!loaded.data) {
    for (const error of loaded.errors) out(`error: ${formatContentIssue(error, settings.exercisesDir)}`);
    return 2;
  }
  const db = openDatabase(settings.databaseFile);
  const grader = createGrader({ size: settings.graderWorkers });
  try {
    const isNew = storeExerciseVersion(db, loaded.data, systemClock.now());
    const current = findCurrentExercise(db, slug)!;
    out(`${slug}: version ${loaded.data.contentHash.slice(0, 12)}${isNew ? ' (new)' : ''}`);
    const summary = await regradeExercise(
      { db, grader, clock: systemClock, concurrency: settings.graderWorkers },
      current.versionId,
    );
    out(
      `${summary.regraded} attempts re-graded (${summary.skipped} already were): ${summary.changed} verdicts changed`,
    );
    for (const [change, count] of Object.entries(summary.changes)) out(`  ${change}: ${count}`);
    return 0;
  } finally {
    await grader.close();
    db.$client.close();
  }
}
