import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ExerciseSpec,
  FeedbackRule,
  FunctionCompare,
  FunctionTest,
  KnownWrong,
  OutputCompare,
  ProgramTest,
  PropertyTest,
  RuleCondition,
  StaticTest,
} from '../../../contracts/exercise-spec.ts';
import { LimitsOverride } from '../../../contracts/limits.ts';
import { checkExercise } from '../../check/check-exercise.ts';
import { formatContentIssue } from '../../content/content-issue.ts';
import { loadExercise } from '../../content/load-exercise.ts';
import { createGrader, type Grader } from '../../create-grader.ts';
import { UsageError } from '../usage-error.ts';
import { newCommand } from './new.ts';

let grader: Grader;
beforeAll(() => {
  grader = createGrader({ size: 1 });
});
afterAll(async () => {
  await grader.close();
});

const temporary: string[] = [];
afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function scratchRoot(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'exo-new-'));
  temporary.push(dir);
  return dir;
}

async function exoNew(...argv: string[]) {
  const lines: string[] = [];
  const code = await newCommand(argv, (text) => lines.push(text));
  return { code, lines };
}

describe('exo new', () => {
  it.each(['javascript', 'typescript'])(
    'scaffolds a %s exercise that loads and checks with no error and no warning',
    async (language) => {
      const root = await scratchRoot();
      const { code, lines } = await exoNew('sum-of-squares', '--lang', language, '--root', root);
      expect(code).toBe(0);
      const ext = language === 'typescript' ? 'ts' : 'js';
      expect(lines).toContain(`  wrong/adds-two.${ext}`);

      const load = await loadExercise(path.join(root, 'sum-of-squares'));
      expect(load.errors.map((issue) => formatContentIssue(issue))).toEqual([]);
      expect(load.warnings.map((issue) => formatContentIssue(issue))).toEqual([]);
      const exercise = load.data!;
      expect(exercise.spec.language).toBe(language);
      expect(exercise.spec.entry).toBe('sumOfSquares');

      const check = await checkExercise(exercise, (source) => grader.grade(exercise, source));
      expect(check.errors.map((issue) => formatContentIssue(issue))).toEqual([]);
      expect(check.warnings).toEqual([]);
      expect(check.rulesCovered).toBe(check.rules);
    },
  );

  it('shows every option of exercise.yaml, the optional ones commented out', async () => {
    const root = await scratchRoot();
    await exoNew('every-option', '--root', root);
    const text = await readFile(path.join(root, 'every-option', 'exercise.yaml'), 'utf8');
    const mentioned = (field: string) => new RegExp(`(^|[\\s{#])${field}:`, 'm').test(text);
    const fields = [
      ExerciseSpec,
      ExerciseSpec.shape.files.unwrap(),
      LimitsOverride,
      FunctionTest,
      FunctionCompare,
      ProgramTest,
      OutputCompare,
      StaticTest,
      PropertyTest,
      FeedbackRule,
      RuleCondition,
      KnownWrong,
    ]
      .flatMap((schema) => Object.keys(schema.shape))
      .filter((field) => field !== '$schema');
    expect(fields.filter((field) => !mentioned(field))).toEqual([]);
    for (const kind of ['function', 'program', 'static', 'property']) expect(text).toContain(`kind: ${kind}`);
  });

  it('refuses a folder that exists, and leaves it as it was', async () => {
    const root = await scratchRoot();
    await exoNew('taken', '--root', root);
    const before = await readFile(path.join(root, 'taken', 'exercise.yaml'), 'utf8');
    await expect(exoNew('taken', '--lang', 'typescript', '--root', root)).rejects.toThrow(
      new UsageError(
        `${path.join(root, 'taken')} already exists: choose another slug, or edit that exercise.`,
      ),
    );
    expect(await readFile(path.join(root, 'taken', 'exercise.yaml'), 'utf8')).toBe(before);
  });

  it('refuses a slug that is not lowercase letters, digits and dashes, and suggests one', async () => {
    const root = await scratchRoot();
    await expect(exoNew('Sum Of Squares', '--root', root)).rejects.toThrow(
      new UsageError(
        '"Sum Of Squares" cannot be an exercise\'s slug: the folder name is its id everywhere, so it must be lowercase letters, digits and dashes, like "sum-of-squares".',
      ),
    );
  });

  it('refuses an unknown language and a missing slug', async () => {
    await expect(exoNew('x', '--lang', 'python')).rejects.toThrow(
      new UsageError('--lang takes javascript or typescript, not python'),
    );
    await expect(exoNew()).rejects.toThrow(UsageError);
  });

  it('names the function after the slug, or "solve" when the slug makes no usable name', async () => {
    const root = await scratchRoot();
    await exoNew('for', '--root', root);
    await exoNew('2-sum', '--root', root);
    expect((await loadExercise(path.join(root, 'for'))).data?.spec.entry).toBe('solve');
    expect((await loadExercise(path.join(root, '2-sum'))).data?.spec.entry).toBe('solve');
  });
});
