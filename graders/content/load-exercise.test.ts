import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Exercise } from '../../contracts/exercise.ts';
import { type ContentIssue, formatContentIssue } from './content-issue.ts';
import { loadExercise, loadExercises } from './load-exercise.ts';

const exercisesRoot = fileURLToPath(new URL('../../exercises', import.meta.url));
const brokenRoot = fileURLToPath(new URL('../../tests/fixtures/content/broken', import.meta.url));
const broken = (name: string) => path.join(brokenRoot, name);

const temporary: string[] = [];
afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function scratchRoot(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'exercises-'));
  temporary.push(dir);
  return dir;
}

describe('loadExercises on the sample exercises', async () => {
  const loads = await loadExercises(exercisesRoot);

  it('finds every sample exercise', () => {
    expect(loads.map((load) => load.slug)).toEqual(
      expect.arrayContaining([
        'count-vowels',
        'fizzbuzz-line',
        'hello-name',
        'is-even',
        'max-of-array',
        'sum-of-array',
      ]),
    );
  });

  describe.each(loads.map((load) => [load.slug, load] as const))('%s', (_slug, load) => {
    it('loads with no error and no warning', () => {
      expect(load.errors.map((issue) => formatContentIssue(issue))).toEqual([]);
      expect(load.warnings.map((issue) => formatContentIssue(issue))).toEqual([]);
    });

    it('gives an Exercise that the contract accepts, with an id on every test', () => {
      const exercise = Exercise.parse(load.data);
      expect(exercise.spec.tests.every((test) => test.id)).toBe(true);
    });

    it('meets the bar for a sample: bilingual, hinted, hidden tests, rules, known-wrong solutions', () => {
      const spec = load.data!.spec;
      expect(spec.tests.length).toBeGreaterThanOrEqual(5);
      expect(spec.tests.some((test) => test.hidden)).toBe(true);
      expect(spec.hints.length).toBeGreaterThanOrEqual(2);
      expect(spec.feedback.length).toBeGreaterThanOrEqual(3);
      expect(spec.knownWrong.length).toBeGreaterThanOrEqual(3);
      expect(spec.knownWrong.every((wrong) => wrong.feedback.length > 0)).toBe(true);
      expect(load.data!.knownWrong.every((wrong) => /^\/\/ Mistake: /.test(wrong.source))).toBe(true);
    });
  });
});

describe('loadExercise on a broken exercise', () => {
  // One fixture per mistake a teacher makes; each must give exactly this error, at this place.
  const cases: [string, Omit<ContentIssue, 'message'> & { message: RegExp }][] = [
    [
      'malformed-yaml',
      {
        file: 'malformed-yaml/exercise.yaml',
        line: 16,
        column: 1,
        message: /^YAML syntax error: .*same column/,
      },
    ],
    [
      'unknown-field',
      {
        file: 'unknown-field/exercise.yaml',
        line: 34,
        column: 1,
        message: /Unknown field "hint".*Did you mean "hints"\?/,
      },
    ],
    [
      'unknown-nested-field',
      {
        file: 'unknown-nested-field/exercise.yaml',
        line: 16,
        column: 5,
        message: /Unknown field "expect" in tests\[0\]\. Did you mean "expected"\?/,
      },
    ],
    [
      'missing-translation',
      {
        file: 'missing-translation/exercise.yaml',
        line: 2,
        column: 1,
        message: /Missing French translation \("fr"\) in title/,
      },
    ],
    [
      'missing-statement',
      {
        file: 'missing-statement/statement.fr.md',
        message: /Missing French statement: create the file missing-statement\/statement\.fr\.md\.$/,
      },
    ],
    [
      'rule-unknown-test',
      {
        file: 'rule-unknown-test/exercise.yaml',
        line: 28,
        column: 13,
        message:
          /rule "adds-two" refers to test "double-5", which does not exist\. Did you mean "doubles-5"\?/,
      },
    ],
    [
      'known-wrong-unknown-rule',
      {
        file: 'known-wrong-unknown-rule/exercise.yaml',
        line: 41,
        column: 16,
        message: /expects feedback rule "add-two", which does not exist\. Did you mean "adds-two"\?/,
      },
    ],
    [
      'duplicate-test-id',
      {
        file: 'duplicate-test-id/exercise.yaml',
        line: 19,
        column: 11,
        message: /Duplicate test id "doubles-5" \(made from its English name\): tests\[0\] already uses it/,
      },
    ],
    [
      'function-test-without-expected',
      {
        file: 'function-test-without-expected/exercise.yaml',
        line: 17,
        column: 5,
        message: /tests\[1\] is a function test with no way to judge the answer: add "expected/,
      },
    ],
    [
      'missing-known-wrong-file',
      {
        file: 'missing-known-wrong-file/exercise.yaml',
        line: 39,
        column: 11,
        message: /create the file missing-known-wrong-file\/wrong\/add-two\.js\.$/,
      },
    ],
  ];

  it.each(cases)('%s: reports the mistake where the teacher must fix it', async (name, expected) => {
    const load = await loadExercise(broken(name));
    expect(load.data).toBeUndefined();
    expect(load.errors).toEqual([{ ...expected, message: expect.stringMatching(expected.message) }]);
  });

  it('reports every schema mistake of a file at once, each on its own line', async () => {
    const root = await scratchRoot();
    await cp(broken('unknown-field'), path.join(root, 'many'), { recursive: true });
    await writeFile(
      path.join(root, 'many', 'exercise.yaml'),
      [
        '# yaml-language-server: $schema=../exercise.schema.json',
        'title: Sum',
        'language: javascrip',
        'difficulty: 1',
        'tests:',
        '  - kind: functon',
        '    name: { en: a, fr: b }',
        '  - kind: static',
        '    name: { en: c, fr: d }',
        '    rule: { use: loop }',
        '    message: { en: x, fr: y }',
        '',
      ].join('\n'),
    );
    const load = await loadExercise(path.join(root, 'many'));
    expect(load.errors.map((issue) => formatContentIssue(issue))).toEqual([
      'many/exercise.yaml:2:8: title must be written in both languages, as two indented lines under it: "en: …" and "fr: …".',
      expect.stringMatching(
        /^many\/exercise\.yaml:3:11: language is the text "javascrip".*Did you mean "javascript"\?$/,
      ),
      expect.stringMatching(
        /^many\/exercise\.yaml:6:11: tests\[0\]\.kind is the text "functon".*Did you mean "function"\?$/,
      ),
      expect.stringMatching(
        /^many\/exercise\.yaml:10:13: tests\[1\]\.rule must be one of: \{ uses \}.*Did you mean "uses"\?$/,
      ),
    ]);
  });

  it('names a missing folder rather than failing', async () => {
    const load = await loadExercise(path.join(brokenRoot, 'no-such-exercise'));
    expect(load.errors).toEqual([
      { file: 'no-such-exercise', message: expect.stringContaining('No exercise folder') },
    ]);
  });
});

describe('loadExercises with a broken exercise among good ones', () => {
  it('still loads the good ones, and says what is wrong with the broken one', async () => {
    const root = await scratchRoot();
    await cp(path.join(exercisesRoot, 'sum-of-array'), path.join(root, 'sum-of-array'), { recursive: true });
    await cp(broken('malformed-yaml'), path.join(root, 'broken-one'), { recursive: true });
    await cp(path.join(exercisesRoot, 'is-even'), path.join(root, 'is-even'), { recursive: true });
    await cp(broken('unknown-field'), path.join(root, 'named-wrong'), { recursive: true });
    await cp(path.join(root, 'named-wrong', 'exercise.yaml'), path.join(root, 'named-wrong', 'exercise.yml'));
    await rm(path.join(root, 'named-wrong', 'exercise.yaml'));

    const loads = await loadExercises(root);

    expect(loads.map((load) => [load.slug, load.data !== undefined])).toEqual([
      ['broken-one', false],
      ['is-even', true],
      ['named-wrong', false],
      ['sum-of-array', true],
    ]);
    expect(loads[0]!.errors[0]!.file).toBe('broken-one/exercise.yaml');
    expect(loads[2]!.errors).toEqual([
      {
        file: 'named-wrong/exercise.yml',
        message: 'Rename named-wrong/exercise.yml to named-wrong/exercise.yaml.',
      },
    ]);
  });
});
