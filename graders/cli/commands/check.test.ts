// `exo check` proves itself on content broken on purpose, one problem per fixture in
// tests/fixtures/check/broken/<case>/, and then holds every real exercise and course to it: this is the
// "every exercise tests itself" suite of `npm test`.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FunctionTest } from '../../../contracts/exercise-spec.ts';
import { formatContentIssue } from '../../content/content-issue.ts';
import { createGrader, type Grader } from '../../create-grader.ts';
import { UsageError } from '../usage-error.ts';
import { checkCommand, runCheck } from './check.ts';

const repoRoot = path.join(import.meta.dirname, '..', '..', '..');
const brokenRoot = path.join('tests', 'fixtures', 'check', 'broken');
const summaryLine = /^check: \d+ exercises, \d+ tests, \d+ rules, rule coverage \d+%, \d+\.\d s$/;

let grader: Grader;
beforeAll(() => {
  grader = createGrader({ size: 2 });
});
afterAll(async () => {
  await grader.close();
});

async function check(paths: string[]) {
  const lines: string[] = [];
  const report = await runCheck(paths, { grader, out: (text) => lines.push(text), cwd: repoRoot });
  return { report, lines };
}

describe('exo check on an exercise broken on purpose', () => {
  // Each case shows one problem; the check must report exactly it, at its file (and line, in YAML).
  const cases: [string, string[]][] = [
    [
      'reference-fails',
      [
        'reference-fails/solution.js: The reference solution does not pass: test "doubles-a-negative-number" failed (This hidden test did not pass. Think about the cases the visible tests do not show.). Fix the solution or the tests.',
      ],
    ],
    [
      'starter-passes',
      [
        'starter-passes/starter.js: The starter code already passes every test: leave the learner something to do, or mark the exercise `example: true`.',
      ],
    ],
    [
      'wrong-expected-feedback',
      [
        "wrong-expected-feedback/wrong/adds-two.js: Expected feedback squares did not fire: check the rule's conditions against what this solution does.",
        'wrong-expected-feedback/wrong/adds-two.js: Feedback adds-two fired but is not listed for this solution: list it, or narrow the rule.',
      ],
    ],
    [
      'untested-rule',
      [
        'untested-rule/exercise.yaml:33:9: Feedback rule "squares" is untested: no known-wrong solution triggers it. Add one that makes this mistake.',
      ],
    ],
    [
      'missing-translation',
      [
        'missing-translation/exercise.yaml:30:5: Missing French translation ("fr") in feedback[0].message: add a line "fr: …" under it.',
      ],
    ],
    [
      'missing-french-statement',
      [
        'missing-french-statement/statement.fr.md: Missing French statement: create the file missing-french-statement/statement.fr.md.',
      ],
    ],
    [
      'empty-french-statement',
      [
        'empty-french-statement/statement.fr.md: empty-french-statement/statement.fr.md is empty: write the statement in it.',
      ],
    ],
    [
      'malformed-yaml',
      [
        'malformed-yaml/exercise.yaml:32:11: YAML syntax error: Nested mappings are not allowed in compact mappings. Text containing ": " (French " : " included) or " #" must be quoted, or written on the next lines after ">-".',
      ],
    ],
    [
      'unknown-field',
      [
        // The allowed fields are the contract's, which grows.
        `unknown-field/exercise.yaml:16:5: Unknown field "expect" in tests[0]. Did you mean "expected"? Allowed here: ${Object.keys(FunctionTest.shape).join(', ')}.`,
      ],
    ],
  ];

  it.each(cases)('%s: names the file and what is wrong, and fails', async (name, expected) => {
    const { report, lines } = await check([path.join(brokenRoot, name)]);
    expect(report.errors.map((issue) => formatContentIssue(issue))).toEqual(expected);
    expect(report.warnings).toEqual([]);
    expect(report.exitCode).toBe(1);
    // Printed from the current directory, so that a terminal or an editor can open the file.
    for (const issue of report.errors) {
      expect(lines).toContain(`  error: ${formatContentIssue(issue, brokenRoot)}`);
    }
    expect(lines[0]).toMatch(new RegExp(`^\\[1/1\\] ✗ ${name} \\(\\d+\\.\\d s\\)$`));
    expect(lines.at(-1)).toMatch(summaryLine);
  });
});

describe('exo check on a broken course file', () => {
  it('reports the unknown exercise at its line, and fails', async () => {
    const { report, lines } = await check([path.join(brokenRoot, 'course-unknown-exercise')]);
    expect(report.errors.map((issue) => formatContentIssue(issue))).toEqual([
      'tiny.course.yaml:16:17: Unknown exercise "halve" in module "week-2": no folder of that name beside this file holds an exercise.yaml.',
    ]);
    expect(report.warnings).toEqual([]);
    expect(report.exitCode).toBe(1);
    expect(lines).toContain('[2/2] ✗ tiny.course.yaml (2 modules, 2 exercises)');
    // The course table: modules, exercises, access and threshold (unknown until it loads), errors, warnings.
    expect(lines.join('\n')).toMatch(/^tiny\.course\.yaml +2 +2 +- +- +1 +0$/m);
    expect(lines.at(-1)).toMatch(/^check: 1 exercises, 2 tests, 1 rules, rule coverage 100%, \d+\.\d s$/);
  });

  it('checks a course file given on its own against the exercise folders beside it', async () => {
    const file = path.join(brokenRoot, 'course-unknown-exercise', 'tiny.course.yaml');
    const { report, lines } = await check([file]);
    expect(report.exercises).toBe(0);
    expect(report.errors.map((issue) => formatContentIssue(issue, issue.root))).toEqual([
      `${file}:16:17: Unknown exercise "halve" in module "week-2": no folder of that name beside this file holds an exercise.yaml.`,
    ]);
    expect(lines.at(-1)).toMatch(/^check: 0 exercises, 0 tests, 0 rules, rule coverage 100%, \d+\.\d s$/);
  });
});

describe('exo check as a command', () => {
  it('exits non-zero when anything is broken', async () => {
    const lines: string[] = [];
    const code = await checkCommand([path.join(repoRoot, brokenRoot, 'untested-rule')], (text) =>
      lines.push(text),
    );
    expect(code).toBe(1);
    expect(lines.at(-1)).toMatch(summaryLine);
  });

  it('refuses a path that names nothing, or no content, as a usage error', async () => {
    await expect(checkCommand(['no/such/exercise'], () => {})).rejects.toThrow(
      new UsageError('no such file or folder: no/such/exercise'),
    );
    await expect(checkCommand([path.join(repoRoot, 'README.md')], () => {})).rejects.toThrow(
      /README\.md is not an exercise folder, a course file \(\*\.course\.yaml\) or a folder of them$/,
    );
  });

  it('takes a path to an exercise.yaml for its folder', async () => {
    const { report, lines } = await check([path.join(brokenRoot, 'untested-rule', 'exercise.yaml')]);
    expect(report.exercises).toBe(1);
    expect(report.errors.map((issue) => issue.file)).toEqual(['untested-rule/exercise.yaml']);
    expect(lines[0]).toMatch(/^\[1\/1\] ✗ untested-rule /);
  });
});

describe('exo check on every real exercise and course', () => {
  it('finds no error: each reference passes, each starter fails, each known mistake gets its feedback', async () => {
    const { report, lines } = await check(['exercises']);
    expect(
      report.errors.map((issue) => formatContentIssue(issue, issue.root)),
      lines.join('\n'),
    ).toEqual([]);
    expect(report.exitCode).toBe(0);
    expect(report.courses).toBeGreaterThanOrEqual(1);
    expect(lines.join('\n')).toMatch(/^first-steps\.course\.yaml +6 +24 +open +60% +0 +0$/m);
    // The codecasts kept in exercise folders are checked too, with a row each.
    expect(lines).toContainEqual(
      expect.stringMatching(/^\[\d+\/\d+\] ✓ sum-of-array\/codecasts\/loops-that-accumulate \(/),
    );
    expect(lines.join('\n')).toMatch(
      /^loops-that-accumulate +sum-of-array +\d+:\d\d +\d+ +\d+ +\d+ +1 +fr en +0 +0$/m,
    );
    expect(lines.at(-1)).toMatch(summaryLine);
  });
});
