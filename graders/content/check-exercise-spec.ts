// What zod cannot see in one exercise.yaml: ids that must be unique, names that must refer to something,
// files that must exist, and the grader's own expectations (a function test needs a function to call and
// a way to judge its answer). Pure: the loader gives it the parsed spec, the raw data and the file list.
import type { ExerciseSpec, ExerciseTest } from '../../contracts/exercise-spec.ts';
import { didYouMean } from './did-you-mean.ts';
import { slugify } from './slugify.ts';
import type { DataPath } from './yaml-source.ts';

export interface SpecFinding {
  severity: 'error' | 'warning';
  message: string;
  /** Where in exercise.yaml; absent for a problem about the exercise as a whole. */
  path?: DataPath;
  key?: boolean;
  /** The file concerned, relative to the exercise folder, when it is not exercise.yaml. */
  file?: string;
}

export interface CheckedSpec {
  /** The spec with every test's `id` filled in. */
  spec: ExerciseSpec;
  findings: SpecFinding[];
  /** The exercise's files, relative to its folder. */
  files: { starter: string; solution: string; statements: { en: string; fr: string } };
}

export const statementFiles = { en: 'statement.en.md', fr: 'statement.fr.md' } as const;

/** Test kinds whose outcomes feedback rules can see: static tests are answered without running anything. */
const runKinds = new Set<ExerciseTest['kind']>(['function', 'program', 'property']);

/** `folder` is how messages name the exercise folder ("sum-of-array"), so a missing file is named in full. */
export function checkExerciseSpec(
  parsed: ExerciseSpec,
  raw: unknown,
  files: ReadonlySet<string>,
  folder: string,
): CheckedSpec {
  const findings: SpecFinding[] = [];
  const error = (message: string, where: Omit<SpecFinding, 'severity' | 'message'> = {}) =>
    findings.push({ severity: 'error', message, ...where });
  const warning = (message: string, where: Omit<SpecFinding, 'severity' | 'message'> = {}) =>
    findings.push({ severity: 'warning', message, ...where });

  const spec = { ...parsed, tests: parsed.tests.map((test) => ({ ...test })) };

  // Test ids: filled from the English name, then unique.
  const testIndex = new Map<string, number>();
  spec.tests.forEach((test, index) => {
    const written = test.id !== undefined;
    const id = test.id ?? slugify(test.name.en);
    const at: DataPath = written ? ['tests', index, 'id'] : ['tests', index, 'name', 'en'];
    if (id === '') {
      error(`tests[${index}] needs an "id": its English name has no letter or digit to make one from.`, {
        path: ['tests', index, 'name'],
      });
      return;
    }
    test.id = id;
    const first = testIndex.get(id);
    if (first !== undefined) {
      const origin = written ? '' : ' (made from its English name)';
      error(
        `Duplicate test id "${id}"${origin}: tests[${first}] already uses it. Give tests[${index}] its own "id: …".`,
        { path: at },
      );
    } else {
      testIndex.set(id, index);
    }
  });

  const ruleIds = new Map<string, number>();
  spec.feedback.forEach((rule, index) => {
    const first = ruleIds.get(rule.id);
    if (first !== undefined) {
      error(
        `Duplicate feedback rule id "${rule.id}": feedback[${first}] already uses it. Rename one of them.`,
        {
          path: ['feedback', index, 'id'],
        },
      );
    } else {
      ruleIds.set(rule.id, index);
    }
  });

  // What the grader needs to run each test.
  spec.tests.forEach((test, index) => {
    if ((test.kind === 'function' || test.kind === 'property') && !test.function && !spec.entry) {
      error(
        `tests[${index}] is a ${test.kind} test but names no function to call: add "function: <name>" to the test, or "entry: <name>" to the exercise.`,
        { path: ['tests', index] },
      );
    }
    if (test.kind === 'function') {
      const hasExpected = test.expected !== undefined;
      const hasChecker = test.checker !== undefined;
      if (!hasExpected && !hasChecker) {
        error(
          `tests[${index}] is a function test with no way to judge the answer: add "expected: <value>", or a "checker" function.`,
          { path: ['tests', index] },
        );
      } else if (hasExpected && hasChecker) {
        error(`tests[${index}] has both "expected" and "checker": keep only one.`, {
          path: ['tests', index, 'checker'],
          key: true,
        });
      }
    }
  });

  // Feedback rules must point at things that exist, and be able to fire.
  spec.feedback.forEach((rule, index) => {
    const when = rule.when;
    const at: DataPath = ['feedback', index, 'when'];
    if (when.test !== undefined) {
      const target = testIndex.get(when.test);
      if (target === undefined) {
        error(
          `Feedback rule "${rule.id}" refers to test "${when.test}", which does not exist.${didYouMean(when.test, testIndex.keys())} Test ids: ${[...testIndex.keys()].join(', ')}.`,
          { path: [...at, 'test'] },
        );
      } else if (!runKinds.has(spec.tests[target]!.kind)) {
        error(
          `Feedback rule "${rule.id}" refers to the static test "${when.test}", but rules only see tests that run the code. To react to the source, put the static rule itself under "when: static:".`,
          { path: [...at, 'test'] },
        );
      } else if (
        spec.tests[target]!.kind === 'program' &&
        (when.actual !== undefined || when.actualType !== undefined)
      ) {
        warning(
          `Feedback rule "${rule.id}" asks about the returned value of "${when.test}", a program test, which returns nothing: use "outputMatches" instead.`,
          { path: [...at, when.actual !== undefined ? 'actual' : 'actualType'], key: true },
        );
      }
    }
    if (Object.keys(when).length === 0) {
      warning(
        `Feedback rule "${rule.id}" has no condition, so it fires on every submission, even a correct one: add a condition under "when".`,
        { path: at, key: true },
      );
    }
  });

  // Known-wrong solutions: their expected feedback must exist.
  const seenWrong = new Map<string, number>();
  spec.knownWrong.forEach((wrong, index) => {
    wrong.feedback.forEach((id, position) => {
      if (!ruleIds.has(id)) {
        error(
          `knownWrong[${index}] (${wrong.file}) expects feedback rule "${id}", which does not exist.${didYouMean(id, ruleIds.keys())}` +
            (ruleIds.size > 0
              ? ` Rule ids: ${[...ruleIds.keys()].join(', ')}.`
              : ' This exercise has no feedback rules.'),
          { path: ['knownWrong', index, 'feedback', position] },
        );
      }
    });
    const first = seenWrong.get(wrong.file);
    if (first !== undefined) {
      warning(`knownWrong[${index}] repeats the file "${wrong.file}" of knownWrong[${first}]: remove one.`, {
        path: ['knownWrong', index, 'file'],
      });
    } else {
      seenWrong.set(wrong.file, index);
    }
  });

  // Files.
  const extension = spec.language === 'typescript' ? 'ts' : 'js';
  const starter = spec.files.starter ?? `starter.${extension}`;
  const solution = spec.files.solution ?? `solution.${extension}`;
  // A misspelt name is suggested only among the files that nothing else claims.
  const claimed = new Set<string>([...Object.values(statementFiles), starter, solution]);
  for (const wrong of spec.knownWrong) claimed.add(wrong.file);
  const unclaimed = [...files].filter((file) => !claimed.has(file));
  const requireFile = (file: string, what: string, path: DataPath | undefined) => {
    const where = path ? { path } : { file };
    const unsafe = unsafePath(file);
    const subject = `The ${what}`;
    if (unsafe) {
      error(
        `${subject} "${file}" ${unsafe}: give a path inside the exercise folder, with "/" between folders.`,
        where,
      );
    } else if (!files.has(file)) {
      error(`Missing ${what}: create the file ${folder}/${file}.${didYouMean(file, unclaimed)}`, where);
    } else if (/\.[jt]s$/.test(file) && !file.endsWith(`.${extension}`)) {
      warning(
        `${subject} "${file}" does not end in .${extension}, but the exercise's language is ${spec.language}.`,
        where,
      );
    }
  };
  findings.push(...checkStatementFiles(files, folder));
  requireFile(starter, 'starter code', spec.files.starter ? ['files', 'starter'] : undefined);
  requireFile(solution, 'reference solution', spec.files.solution ? ['files', 'solution'] : undefined);
  spec.knownWrong.forEach((wrong, index) => {
    requireFile(wrong.file, 'known-wrong solution', ['knownWrong', index, 'file']);
  });
  const listed = new Set(spec.knownWrong.map((wrong) => wrong.file));
  for (const file of files) {
    if (file.startsWith('wrong/') && !listed.has(file)) {
      warning(`${file} is not listed under "knownWrong", so nothing checks it: list it, or delete it.`, {
        file,
      });
    }
  }

  // Advice: an exercise can work without these, but beginners learn less from it.
  const written = (key: string) => isRecord(raw) && Object.hasOwn(raw, key);
  if (!spec.tests.some((test) => test.hidden)) {
    warning(
      'No hidden test: add "hidden: true" to at least one test, so that hard-coding the visible answers does not pass.',
      { path: ['tests'], key: true },
    );
  }
  if (spec.hints.length === 0) {
    warning(
      'No hint: add a "hints" list, from a gentle nudge to an almost-answer, for learners who are stuck.',
      written('hints') ? { path: ['hints'], key: true } : {},
    );
  }
  if (spec.concepts.length === 0) {
    warning(
      'The concept list is empty: add "concepts" (like "loops", "arrays") so that statistics can group exercises.',
      written('concepts') ? { path: ['concepts'], key: true } : {},
    );
  }
  return {
    spec,
    findings,
    files: { starter, solution, statements: { ...statementFiles } },
  };
}

/** The statements are found by name, whatever exercise.yaml says, so they can be checked even when it is broken. */
export function checkStatementFiles(files: ReadonlySet<string>, folder: string): SpecFinding[] {
  const unclaimed = [...files].filter((file) => !Object.values<string>(statementFiles).includes(file));
  return Object.entries(statementFiles).flatMap(([language, file]): SpecFinding[] =>
    files.has(file)
      ? []
      : [
          {
            severity: 'error',
            file,
            message: `Missing ${language === 'fr' ? 'French' : 'English'} statement: create the file ${folder}/${file}.${didYouMean(file, unclaimed)}`,
          },
        ],
  );
}

/** Why a file name from exercise.yaml may not be used, if it may not: it must stay inside the folder. */
function unsafePath(file: string): string | undefined {
  if (file.includes('\\')) return 'uses "\\"';
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file)) return 'is an absolute path';
  if (file.split('/').some((part) => part === '..' || part === '.' || part === '')) {
    return 'is not a plain path inside the folder';
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
