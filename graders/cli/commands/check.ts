// `exo check [paths…]`: validates every exercise and every course file under the paths (default:
// exercises/), grades each exercise's reference, starter and known-wrong solutions, checks the codecasts kept
// in the exercise folders (they load, replay and have fr and en captions), then prints a summary.
// Exits 1 on any problem. The last line is a one-line summary that scripts and CI logs may rely on.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkExercise } from '../../check/check-exercise.ts';
import { ContentPathError, findContent } from '../../check/find-content.ts';
import { type ContentIssue, formatContentIssue } from '../../content/content-issue.ts';
import { specFile } from '../../content/load-exercise.ts';
import { type Locate, locator } from '../../content/read-content-yaml.ts';
import { readText } from '../../content/read-text.ts';
import { readYaml } from '../../content/yaml-source.ts';
import { createGrader, type Grader } from '../../create-grader.ts';
import { formatTable } from '../format-table.ts';
import { UsageError } from '../usage-error.ts';

export const checkUsage = 'exo check [exercise-folder | course-file | folder …]';

export interface CheckOptions {
  grader: Grader;
  out: (text: string) => void;
  /** Paths are resolved from here, and printed relative to it. */
  cwd?: string;
}

export interface CheckReport {
  exitCode: number;
  exercises: number;
  courses: number;
  /** Each with its file relative to its root (as loaders give it) and the root as printed. */
  errors: (ContentIssue & { root: string })[];
  warnings: (ContentIssue & { root: string })[];
}

export async function checkCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const grader = createGrader();
  try {
    return (await runCheck(positionals.length > 0 ? positionals : ['exercises'], { grader, out })).exitCode;
  } catch (error) {
    if (error instanceof ContentPathError) throw new UsageError(error.message);
    throw error;
  } finally {
    await grader.close();
  }
}

interface ExerciseRow {
  slug: string;
  tests: number;
  rules: number;
  covered: number;
  errors: number;
  warnings: number;
  seconds: number;
}

export async function runCheck(paths: string[], options: CheckOptions): Promise<CheckReport> {
  const { grader, out, cwd = process.cwd() } = options;
  const started = performance.now();
  const found = await findContent(paths, cwd);
  const report: CheckReport = {
    exitCode: 0,
    exercises: found.exercises.length,
    courses: found.courses.length,
    errors: [],
    warnings: [],
  };
  const count = found.exercises.length + found.courses.length + found.codecasts.length;
  let index = 0;
  const print = (
    name: string,
    detail: string,
    root: string,
    errors: ContentIssue[],
    warnings: ContentIssue[],
  ) => {
    index++;
    out(`[${index}/${count}] ${errors.length > 0 ? '✗' : '✓'} ${name} (${detail})`);
    for (const error of errors) out(`  error: ${formatContentIssue(error, root)}`);
    for (const warning of warnings) out(`  warning: ${formatContentIssue(warning, root)}`);
    report.errors.push(...errors.map((issue) => ({ ...issue, root })));
    report.warnings.push(...warnings.map((issue) => ({ ...issue, root })));
  };

  const rows: ExerciseRow[] = [];
  for (const { load, root } of found.exercises) {
    const exerciseStarted = performance.now();
    const row: ExerciseRow = {
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
      const at = await locateIn(path.join(load.dir, specFile));
      const check = await checkExercise(exercise, (source) => grader.grade(exercise, source), { at });
      errors.push(...check.errors);
      warnings.push(...check.warnings);
      Object.assign(row, { tests: check.tests, rules: check.rules, covered: check.rulesCovered });
    }
    row.errors = errors.length;
    row.warnings = warnings.length;
    row.seconds = (performance.now() - exerciseStarted) / 1000;
    rows.push(row);
    print(load.slug, `${row.seconds.toFixed(1)} s`, root, errors, warnings);
  }

  const courseRows: (string | number)[][] = [];
  for (const { load, root } of found.courses) {
    const listed = load.modules?.reduce((sum, module) => sum + module.exercises.length, 0);
    const shape = load.modules ? `${load.modules.length} modules, ${listed} exercises` : 'not read';
    print(load.name, shape, root, load.errors, load.warnings);
    const spec = load.data?.spec;
    courseRows.push([
      load.name,
      load.modules?.length ?? '-',
      listed ?? '-',
      spec?.access ?? '-',
      spec ? `${Number((spec.passThreshold * 100).toFixed(1))}%` : '-',
      load.errors.length,
      load.warnings.length,
    ]);
  }

  const codecastRows: (string | number)[][] = [];
  for (const { load, root } of found.codecasts) {
    const manifest = load.data?.manifest;
    const shape = manifest
      ? `${formatDuration(manifest.durationMs)}, ${manifest.chunks.length} chunks, ${manifest.checkpoints.length} checkpoints`
      : 'not read';
    print(`${load.exercise}/codecasts/${load.id}`, shape, root, load.errors, load.warnings);
    codecastRows.push([
      load.id,
      load.exercise,
      manifest ? formatDuration(manifest.durationMs) : '-',
      manifest?.chunks.length ?? '-',
      manifest?.chapters.length ?? '-',
      manifest?.annotations.length ?? '-',
      manifest?.checkpoints.length ?? '-',
      manifest ? manifest.captions.map((track) => track.locale).join(' ') : '-',
      load.errors.length,
      load.warnings.length,
    ]);
  }

  const total = (key: 'tests' | 'rules' | 'covered' | 'errors' | 'warnings') =>
    rows.reduce((sum, r) => sum + r[key], 0);
  if (rows.length > 0) {
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
  }
  if (courseRows.length > 0) {
    out('');
    out(
      formatTable(['course', 'modules', 'exercises', 'access', 'to pass', 'errors', 'warnings'], courseRows),
    );
  }
  if (codecastRows.length > 0) {
    out('');
    out(
      formatTable(
        [
          'codecast',
          'exercise',
          'length',
          'chunks',
          'chapters',
          'annotations',
          'checkpoints',
          'captions',
          'errors',
          'warnings',
        ],
        codecastRows,
      ),
    );
  }
  if (count === 0) out(`Nothing to check under ${paths.join(', ')}: no exercise folder and no course file.`);

  const coverage = total('rules') === 0 ? 100 : (100 * total('covered')) / total('rules');
  const seconds = (performance.now() - started) / 1000;
  out(
    `check: ${rows.length} exercises, ${total('tests')} tests, ${total('rules')} rules, rule coverage ${coverage.toFixed(0)}%, ${seconds.toFixed(1)} s`,
  );
  report.exitCode = report.errors.length > 0 || count === 0 ? 1 : 0;
  return report;
}

/** `4:05`: a codecast's length as a player shows it. */
function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Lines in an exercise.yaml that loaded (so it exists and parses), for the problems grading finds. */
async function locateIn(file: string): Promise<Locate> {
  const text = await readText(file);
  return text === undefined ? () => ({}) : locator(readYaml(text));
}
