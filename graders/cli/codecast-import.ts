// `exo codecast import`: a codecast folder from git into a database (the server's, DATABASE_FILE), checked
// as `exo check` checks it and made the version the server serves, without waiting for its next start.
import path from 'node:path';
import { storeCodecastVersion } from '../../server/db/codecast-queries.ts';
import type { Db } from '../../server/db/open-database.ts';
import type { ContentIssue } from '../content/content-issue.ts';
import { loadCodecast } from '../content/load-codecast.ts';
import { listExerciseFolders } from '../content/load-exercise.ts';

export type ImportResult =
  | { ok: true; id: string; version: string; created: boolean; warnings: ContentIssue[] }
  | { ok: false; errors: ContentIssue[]; warnings: ContentIssue[] };

/** `dir` is exercises/<slug>/codecasts/<id>: the exercises beside <slug> are those its checkpoints may open. */
export async function importCodecast(db: Db, dir: string, now: number): Promise<ImportResult> {
  const exerciseDir = path.dirname(path.dirname(path.resolve(dir)));
  const root = path.dirname(exerciseDir);
  const known = new Set((await listExerciseFolders(root).catch(() => [])).map((folder) => folder.slug));
  const load = await loadCodecast(dir, { knownExercises: known });
  if (!load.data) return { ok: false, errors: load.errors, warnings: load.warnings };
  const { created } = storeCodecastVersion(
    db,
    { ...load.data, exercise: load.data.exercise, source: 'folder' },
    now,
    'always',
  );
  return { ok: true, id: load.data.id, version: load.data.contentHash, created, warnings: load.warnings };
}
