// Brings the database in line with the codecasts kept in the exercise folders, at start: each codecast
// whose content hash is new becomes a version and is served; a broken one is logged with its problems and
// skipped (its last good version, if any, stays in service); one whose folder is gone stops being served.
import { formatContentIssue } from '../../graders/content/content-issue.ts';
import { loadExerciseCodecasts } from '../../graders/content/load-codecast.ts';
import { retireMissingFolderCodecasts, storeCodecastVersion } from './codecast-queries.ts';
import type { Db } from './open-database.ts';
import type { SyncLog } from './sync-content.ts';

export interface CodecastSyncSummary {
  codecasts: number;
  newCodecastVersions: string[];
  brokenCodecasts: string[];
  retiredCodecasts: string[];
}

/** `knownExercises`: the exercises checkpoints may open (those that loaded). */
export async function syncCodecasts(
  db: Db,
  root: string,
  knownExercises: Iterable<string>,
  now: number,
  log: SyncLog,
): Promise<CodecastSyncSummary> {
  const summary: CodecastSyncSummary = {
    codecasts: 0,
    newCodecastVersions: [],
    brokenCodecasts: [],
    retiredCodecasts: [],
  };
  const loads = await loadExerciseCodecasts(root, knownExercises);
  for (const load of loads) {
    if (!load.data) {
      summary.brokenCodecasts.push(load.id);
      log.error(`codecast ${load.exercise}/codecasts/${load.id} skipped:`);
      for (const issue of load.errors) log.error(`  ${formatContentIssue(issue)}`);
      continue;
    }
    summary.codecasts++;
    const { created } = storeCodecastVersion(
      db,
      { ...load.data, exercise: load.exercise, source: 'folder' },
      now,
      'if-new',
    );
    if (created) summary.newCodecastVersions.push(load.id);
  }
  // A broken folder is still there: keep serving its last good version rather than retiring it.
  summary.retiredCodecasts = retireMissingFolderCodecasts(db, new Set(loads.map((load) => load.id)));
  if (loads.length > 0 || summary.retiredCodecasts.length > 0)
    log.info(
      `codecasts: ${summary.codecasts} (${summary.newCodecastVersions.length} new versions)` +
        (summary.brokenCodecasts.length > 0 ? `, skipped: ${summary.brokenCodecasts.join(', ')}` : '') +
        (summary.retiredCodecasts.length > 0
          ? `, no longer served (folder gone): ${summary.retiredCodecasts.join(', ')}`
          : ''),
    );
  return summary;
}
