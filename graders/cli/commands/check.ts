// `exo check [paths…]`: validates every exercise under the paths (default: exercises/) and grades its
// reference, starter and known-wrong solutions, then prints a summary table. Exits 1 on any problem.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkExercise } from '../../check/check-exercise.ts';
import { formatContentIssue } from '../../content/content-issue.ts';
import { type ExerciseFolderLoad, loadExercise, loadExercises } from '../../content/load-exercise.ts';
import { createGrader } from '../../create-grader.ts';
import { formatTable } from '../format-table.ts';

export const checkUsage = 'exo check [exercise-or-folder …]';

interface Row {
  slug: string;
  tests: number;
  rules: number;
  covered: number;
  errors: number;
  warnings: number;
  seconds: number;
}

export async function checkCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const started = performance.now();
  const folders = await findExercises(positionals.length > 0 ? positionals : ['exercises']);
  const grader = createGrader();
  const rows: Row[] = [];
  let problems = 0;
  try {
    for (const [index, { load, root }] of folders.entries()) {
      const exerciseStarted = performance.now();
      const row: Row = {
        slug: load.slug,
        tests: 0,
        rules: 0,
        covered: 0,
        errors: 0,
        warnings: 0,
        seconds: 0,
      };
      const errors = [...load.errors];
      const warnings = [...load.warnings];
      if (load.data) {
        const exercise = load.data;
        const check = await checkExercise(exercise, (source) => grader.grade(exercise, source));
        errors.push(...check.errors);
        warnings.push(...check.warnings);
        Object.assign(row, { tests: check.tests, rules: check.rules, covered: check.rulesCovered });
      }
      row.errors = errors.length;
      row.warnings = warnings.length;
      row.seconds = (performance.now() - exerciseStarted) / 1000;
      rows.push(row);
      problems += errors.length;
      const mark = errors.length > 0 ? '✗' : '✓';
      out(`[${index + 1}/${folders.length}] ${mark} ${load.slug} (${row.seconds.toFixed(1)} s)`);
      for (const error of errors) out(`  error: ${formatContentIssue(error, root)}`);
      for (const warning of warnings) out(`  warning: ${formatContentIssue(warning, root)}`);
    }
  } finally {
    await grader.close();
  }

  const total = (key: 'tests' | 'rules' | 'covered' | 'errors' | 'warnings') =>
    rows.reduce((sum, r) => sum + r[key], 0);
  out('');
  out(
    formatTable(
      ['exercise', 'tests', 'rules', 'covered', 'errors', 'warnings', 'time'],
      [
        ...rows.map((r) => [
          r.slug,
          r.tests,
          r.rules,
          r.covered,
          r.errors,
          r.warnings,
          `${r.seconds.toFixed(1)} s`,
        ]),
        ['total', total('tests'), total('rules'), total('covered'), total('errors'), total('warnings'), ''],
      ],
    ),
  );
  const coverage = total('rules') === 0 ? 100 : (100 * total('covered')) / total('rules');
  const seconds = (performance.now() - started) / 1000;
  out(
    `check: ${rows.length} exercises, ${total('tests')} tests, ${total('rules')} rules, rule coverage ${coverage.toFixed(0)}%, ${seconds.toFixed(1)} s`,
  );
  return problems > 0 || rows.length === 0 ? 1 : 0;
}

/** Each path is an exercise folder (it holds exercise.yaml) or a folder of exercises. */
async function findExercises(paths: string[]): Promise<{ load: ExerciseFolderLoad; root: string }[]> {
  const found: { load: ExerciseFolderLoad; root: string }[] = [];
  for (const given of paths) {
    const dir = path.resolve(given);
    const isExercise = await access(path.join(dir, 'exercise.yaml')).then(
      () => true,
      () => false,
    );
    const root = path.relative(process.cwd(), isExercise ? path.dirname(dir) : dir) || '.';
    if (isExercise) {
      found.push({ load: { slug: path.basename(dir), dir, ...(await loadExercise(dir)) }, root });
    } else {
      for (const load of await loadExercises(dir)) found.push({ load, root });
    }
  }
  return found;
}
