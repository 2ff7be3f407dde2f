// An exercise tests itself before a learner sees it: the reference passes, the starter does not, every
// known-wrong solution gets exactly the verdict and feedback the teacher declared, every feedback rule is
// exercised by at least one of them, and property tests give the same answer twice.
import type { Exercise } from '../../contracts/exercise.ts';
import type { GradeResult } from '../../contracts/grade-result.ts';
import { type Limits, limitCeilings } from '../../contracts/limits.ts';
import type { ContentIssue } from '../content/content-issue.ts';
import type { Locate } from '../content/read-content-yaml.ts';

export interface ExerciseCheck {
  errors: ContentIssue[];
  warnings: ContentIssue[];
  tests: number;
  rules: number;
  /** Rules triggered by at least one known-wrong solution. */
  rulesCovered: number;
}

export type GradeSource = (source: string) => Promise<GradeResult>;

export interface CheckExerciseOptions {
  /** Finds the line of a place in exercise.yaml, so a problem there is reported where it is written. */
  at?: Locate;
}

export async function checkExercise(
  exercise: Exercise,
  grade: GradeSource,
  options: CheckExerciseOptions = {},
): Promise<ExerciseCheck> {
  const at = options.at ?? (() => ({}));
  const { slug, spec } = exercise;
  const extension = spec.language === 'typescript' ? 'ts' : 'js';
  const file = (name: string) => `${slug}/${name}`;
  const specFile = file('exercise.yaml');
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];

  for (const [key, value] of Object.entries(spec.limits) as [keyof Limits, number | undefined][]) {
    if (value !== undefined && value > limitCeilings[key]) {
      errors.push({
        file: specFile,
        ...at({ path: ['limits', key] }),
        message: `limits.${key} is ${value}, above the ceiling of ${limitCeilings[key]}: lower it (the grader would cap it silently).`,
      });
    }
  }

  // Every solution at once: the grader's pool runs them side by side, and none depends on another.
  const [reference, starterResult, ...wrongResults] = await Promise.all([
    grade(exercise.solution),
    spec.example ? undefined : grade(exercise.starter),
    ...exercise.knownWrong.map((wrong) => grade(wrong.source)),
  ]);
  const solutionFile = file(spec.files.solution ?? `solution.${extension}`);
  if (reference.status !== 'passed') {
    errors.push({
      file: solutionFile,
      message: `The reference solution does not pass: ${describeFailures(reference)}. Fix the solution or the tests.`,
    });
  }
  const ownRules = (result: GradeResult) =>
    new Set(result.feedback.map((message) => message.ruleId).filter((id) => !id.startsWith('builtin:')));
  const referenceRules = [...ownRules(reference)];
  if (referenceRules.length > 0) {
    warnings.push({
      file: solutionFile,
      message: `The reference solution triggers feedback ${referenceRules.join(', ')}: a learner who does it right would read it too.`,
    });
  }

  const graded: { source: string; result: GradeResult }[] = [
    { source: exercise.solution, result: reference },
  ];
  if (starterResult) {
    graded.push({ source: exercise.starter, result: starterResult });
    if (starterResult.status === 'passed') {
      errors.push({
        file: file(spec.files.starter ?? `starter.${extension}`),
        message:
          'The starter code already passes every test: leave the learner something to do, or mark the exercise `example: true`.',
      });
    }
  }

  const covered = new Set<string>();
  for (const [index, wrong] of exercise.knownWrong.entries()) {
    const result = wrongResults[index]!;
    graded.push({ source: wrong.source, result });
    const fired = ownRules(result);
    for (const id of fired) covered.add(id);
    const where = file(wrong.file);
    if (result.status !== wrong.status) {
      errors.push({
        file: where,
        message: `Expected the verdict "${wrong.status}", got "${result.status}"${result.status === 'passed' ? ' (the tests do not catch this mistake: add a test that does)' : ''}.`,
      });
    }
    const missing = wrong.feedback.filter((id) => !fired.has(id));
    const extra = [...fired].filter((id) => !wrong.feedback.includes(id));
    if (missing.length > 0) {
      errors.push({
        file: where,
        message: `Expected feedback ${missing.join(', ')} did not fire: check the rule's conditions against what this solution does.`,
      });
    }
    if (extra.length > 0) {
      errors.push({
        file: where,
        message: `Feedback ${extra.join(', ')} fired but is not listed for this solution: list it, or narrow the rule.`,
      });
    }
  }

  for (const [index, rule] of spec.feedback.entries()) {
    if (!covered.has(rule.id)) {
      errors.push({
        file: specFile,
        ...at({ path: ['feedback', index, 'id'] }),
        message: `Feedback rule "${rule.id}" is untested: no known-wrong solution triggers it. Add one that makes this mistake.`,
      });
    }
  }

  if (spec.tests.some((test) => test.kind === 'property')) {
    // A result that hit a time or memory limit is left out: where a busy machine cuts a runaway loop is
    // not what a seed controls, and grading it again would double the slowest part of the check.
    const regraded = graded.filter(
      ({ result }) => !result.tests.some((test) => test.status === 'timeout' || test.status === 'memory'),
    );
    const again = await Promise.all(regraded.map(({ source }) => grade(source)));
    const unstable = regraded.findIndex(
      ({ result }, index) => stableJson(again[index]!) !== stableJson(result),
    );
    if (unstable >= 0) {
      // Name the test whose result moved, when one did; otherwise the whole result differed.
      const first = regraded[unstable]!.result.tests;
      const moved = again[unstable]!.tests.find(
        (test, index) =>
          JSON.stringify({ ...test, durationMs: 0 }) !== JSON.stringify({ ...first[index], durationMs: 0 }),
      );
      const testIndex = moved ? spec.tests.findIndex((test) => test.id === moved.id) : -1;
      errors.push({
        file: specFile,
        ...(testIndex >= 0 ? at({ path: ['tests', testIndex] }) : {}),
        message: `${moved ? `Test "${moved.id}"` : 'Grading'} gave two different results for the same solution: a learner who submits twice must get the same answer, so give property tests a fixed \`seed\` and keep randomness and the clock out of the reference solution.`,
      });
    }
  }

  return {
    errors,
    warnings,
    tests: spec.tests.length,
    rules: spec.feedback.length,
    rulesCovered: covered.size,
  };
}

function describeFailures(result: GradeResult): string {
  if (result.diagnostics.length > 0) return result.diagnostics.map((d) => d.message.en).join('; ');
  return result.tests
    .filter((test) => test.status !== 'passed')
    .map((test) => `test "${test.id}" ${test.status}${test.message ? ` (${test.message.en})` : ''}`)
    .join('; ');
}

/** A result without its timings, which differ from run to run. */
function stableJson(result: GradeResult): string {
  return JSON.stringify({
    ...result,
    durationMs: 0,
    tests: result.tests.map((test) => ({ ...test, durationMs: 0 })),
  });
}
