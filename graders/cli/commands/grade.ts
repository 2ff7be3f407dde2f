// `exo grade <exercise-dir> <source-file> [--json] [--lang fr|en] [--run]`: the quickest way to try one
// solution. Exits 0 whenever grading ran, whatever the verdict, so scripts can tell a verdict from a fault.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Locale } from '../../../contracts/localized-text.ts';
import { formatContentIssue } from '../../content/content-issue.ts';
import { loadExercise } from '../../content/load-exercise.ts';
import { createGrader } from '../../create-grader.ts';
import { formatResult } from '../format-result.ts';
import { UsageError } from '../usage-error.ts';

export const gradeUsage = 'exo grade <exercise-dir> <source-file> [--json] [--lang en|fr] [--run]';

export async function gradeCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, lang: { type: 'string', default: 'en' }, run: { type: 'boolean' } },
  });
  const [exerciseDir, sourceFile, ...extra] = positionals;
  if (!exerciseDir || !sourceFile || extra.length > 0) throw new UsageError(gradeUsage);
  const locale = Locale.safeParse(values.lang);
  if (!locale.success) throw new UsageError(`--lang takes en or fr, not ${values.lang}`);

  const loaded = await loadExercise(exerciseDir);
  // Paths from where the teacher stands, so an editor or terminal can open them.
  const root = path.dirname(exerciseDir);
  for (const warning of loaded.warnings) out(`warning: ${formatContentIssue(warning, root)}`);
  if (!loaded.data) {
    for (const error of loaded.errors) out(`error: ${formatContentIssue(error, root)}`);
    return 2;
  }
  let source: string;
  try {
    source = await readFile(sourceFile, 'utf8');
  } catch (cause) {
    throw new UsageError(`cannot read the source file ${sourceFile}: ${(cause as Error).message}`);
  }
  const grader = createGrader({ size: 1 });
  try {
    const result = await grader.grade(loaded.data, source, { mode: values.run ? 'run' : 'submit' });
    out(values.json ? JSON.stringify(result, null, 2) : formatResult(result, locale.data));
    return 0;
  } finally {
    await grader.close();
  }
}
