// `exo codecast …`: moving codecasts between the server, where teachers record them, and git, where they
// live beside their exercise; and composing the demo codecasts from their storyboards.
//   export <id> <exercise-dir> [--version <hash>] [--from <recording.json>]   database (or file) → folder
//   import <exercise-dir>/codecasts/<id>                                      folder → database
//   compose <storyboard.yaml …>                                               storyboard → folder
import path from 'node:path';
import { parseArgs } from 'node:util';
import { systemClock } from '../../server/clock.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { readEnv } from '../../server/env.ts';
import { formatContentIssue } from '../content/content-issue.ts';
import { createGrader } from '../create-grader.ts';
import { composeStoryboardFile } from './codecast-compose-file.ts';
import { exportCodecast, exportSourceFromDatabase, exportSourceFromFile } from './codecast-export.ts';
import { importCodecast } from './codecast-import.ts';
import { UsageError } from './usage-error.ts';

export const codecastUsage =
  'exo codecast export <id> <exercise-dir> [--version <hash>] [--from <file.json>] | import <codecast-dir> | compose <storyboard.yaml…>';

export async function codecastCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { version: { type: 'string' }, from: { type: 'string' } },
  });
  const [action, ...rest] = positionals;
  if (action === 'export') return exportCommand(rest, values, out);
  if (action === 'import') return importCommand(rest, out);
  if (action === 'compose') return composeCommand(rest, out);
  throw new UsageError(action ? `unknown action: ${action}` : 'which action?');
}

async function exportCommand(
  args: string[],
  options: { version?: string | undefined; from?: string | undefined },
  out: (text: string) => void,
): Promise<number> {
  const [id, exerciseDir, ...extra] = args;
  if (!id || !exerciseDir || extra.length > 0) throw new UsageError('export needs <id> <exercise-dir>');
  if (options.from !== undefined && options.version !== undefined)
    throw new UsageError('--version names a version in the database: not with --from.');
  let source: Awaited<ReturnType<typeof exportSourceFromFile>>;
  if (options.from !== undefined) {
    source = await exportSourceFromFile(options.from, id);
  } else {
    const settings = readEnv();
    const db = openDatabase(settings.databaseFile);
    try {
      source = exportSourceFromDatabase(db, id, options.version);
    } finally {
      db.$client.close();
    }
  }
  const dir = await exportCodecast(source, id, exerciseDir);
  out(`${id}: ${source.from} written to ${dir} (${source.files.size} files)`);
  out(`next: npm run exo -- check ${exerciseDir}, then commit ${dir}`);
  return 0;
}

async function importCommand(args: string[], out: (text: string) => void): Promise<number> {
  const [dir, ...extra] = args;
  if (!dir || extra.length > 0) throw new UsageError('import needs <exercise-dir>/codecasts/<id>');
  const settings = readEnv();
  const db = openDatabase(settings.databaseFile);
  try {
    const result = await importCodecast(db, dir, systemClock.now());
    const root = path.dirname(path.dirname(path.dirname(path.resolve(dir))));
    const shown = path.relative(process.cwd(), root) || '.';
    for (const warning of result.warnings) out(`warning: ${formatContentIssue(warning, shown)}`);
    if (!result.ok) {
      for (const error of result.errors) out(`error: ${formatContentIssue(error, shown)}`);
      return 1;
    }
    out(
      `${result.id}: version ${result.version.slice(0, 12)} ${result.created ? 'stored' : 'was already stored'}, now served from ${settings.databaseFile}`,
    );
    return 0;
  } finally {
    db.$client.close();
  }
}

async function composeCommand(files: string[], out: (text: string) => void): Promise<number> {
  if (files.length === 0) throw new UsageError('compose needs at least one storyboard');
  const grader = createGrader({ size: 1 });
  let failed = false;
  try {
    for (const file of files) {
      const result = await composeStoryboardFile(file, grader);
      const shown = path.relative(process.cwd(), result.root) || '.';
      for (const warning of result.warnings) out(`warning: ${formatContentIssue(warning, shown)}`);
      for (const error of result.errors) out(`error: ${formatContentIssue(error, shown)}`);
      if (result.errors.length > 0 || !result.summary) {
        failed = true;
        continue;
      }
      out(`${file} → ${result.summary}`);
    }
  } finally {
    await grader.close();
  }
  return failed ? 1 : 0;
}
