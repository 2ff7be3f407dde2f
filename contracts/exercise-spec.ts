// The exercise as a teacher writes it in `exercise.yaml`. The JSON Schema published for editors is made
// from these schemas (`npm run exo -- schema`), so the two cannot drift apart.
import { z } from 'zod';
import { Arbitrary } from './arbitrary.ts';
import { LimitsOverride } from './limits.ts';
import { LocalizedText } from './localized-text.ts';
import { StaticRule } from './static-rule.ts';

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase letters, digits and dashes, like "sum-of-array"');

/** A regular expression's source, checked here so a typo fails the exercise check, not a learner's grading. */
const RegexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

/** A JavaScript function's source, written by the teacher; it runs inside the sandbox, on copies. */
const teacherFunction = z.string().min(1);

const testCommon = {
  /** Stable id used by feedback rules and statistics; defaults to the name made into a slug. */
  id: Slug.optional(),
  name: LocalizedText,
  /** Hidden tests report only passed or failed: no input, expected value or output reaches the learner. */
  hidden: z.boolean().default(false),
  points: z.number().min(0).default(1),
};

export const FunctionCompare = z.strictObject({
  /** Numbers within this absolute distance are equal. */
  tolerance: z.number().min(0).optional(),
  /** Arrays (and sets) are compared as multisets, ignoring order. */
  unordered: z.boolean().optional(),
});

export const FunctionTest = z.strictObject({
  kind: z.literal('function'),
  ...testCommon,
  /** The learner's function to call; defaults to the exercise's `entry`. */
  function: z.string().min(1).optional(),
  args: z.array(z.json()).default([]),
  expected: z.json().optional(),
  compare: FunctionCompare.optional(),
  /**
   * `(actual, args) => true | false | string`, instead of `expected`: a string is a failure message shown
   * to the learner on a visible test.
   */
  checker: teacherFunction.optional(),
  /** The test also fails when the function changes the arrays or objects it was given. */
  argsUnchanged: z.boolean().optional(),
});

export const OutputCompare = z.strictObject({
  ignoreCase: z.boolean().optional(),
  /** Trailing spaces on each line and trailing blank lines are ignored unless this is false. */
  ignoreTrailingSpace: z.boolean().optional(),
  /** Numbers found in the output equal the expected ones within this distance. */
  tolerance: z.number().min(0).optional(),
  /** `stdout` is a regular expression the whole output must match. */
  regex: z.boolean().optional(),
});

export const ProgramTest = z.strictObject({
  kind: z.literal('program'),
  ...testCommon,
  /** Lines the program reads with `readline()` or `prompt()`. */
  stdin: z.array(z.string()).default([]),
  stdout: z.string(),
  compare: OutputCompare.optional(),
});

export const StaticTest = z.strictObject({
  kind: z.literal('static'),
  ...testCommon,
  rule: StaticRule,
  /** Shown when the rule does not hold. */
  message: LocalizedText,
});

export const PropertyTest = z.strictObject({
  kind: z.literal('property'),
  ...testCommon,
  function: z.string().min(1).optional(),
  /** One generator per argument. */
  args: z.array(Arbitrary).min(1),
  compare: FunctionCompare.optional(),
  runs: z.number().int().min(1).max(1_000).default(100),
  /** Fixed so that a learner who submits twice gets the same counter-example. */
  seed: z.number().int().default(42),
});

export const ExerciseTest = z.discriminatedUnion('kind', [
  FunctionTest,
  ProgramTest,
  StaticTest,
  PropertyTest,
]);
export type ExerciseTest = z.infer<typeof ExerciseTest>;
export type FunctionTest = z.infer<typeof FunctionTest>;
export type ProgramTest = z.infer<typeof ProgramTest>;
export type StaticTest = z.infer<typeof StaticTest>;
export type PropertyTest = z.infer<typeof PropertyTest>;

export const testStatuses = ['passed', 'failed', 'error', 'timeout', 'memory', 'output', 'skipped'] as const;
export const TestStatus = z.enum(testStatuses);
export type TestStatus = z.infer<typeof TestStatus>;

/** Every condition given must hold for the rule to fire. */
export const RuleCondition = z.strictObject({
  /** The test (by id) this rule is about; without it, any test. */
  test: Slug.optional(),
  /** The test's status; with `test` and no `status`, the rule fires when that test did not pass. */
  status: TestStatus.exclude(['passed', 'skipped']).optional(),
  /** The function returned exactly this value. */
  actual: z.json().optional(),
  /** `typeof` of the returned value ("undefined", "string"…). */
  actualType: z
    .enum(['undefined', 'string', 'number', 'boolean', 'object', 'function', 'bigint', 'symbol'])
    .optional(),
  /** The program's output (or the function's console output) matches this regular expression. */
  outputMatches: RegexSource.optional(),
  /** A runtime error of this kind ("TypeError"), optionally with a message matching a regular expression. */
  error: z.strictObject({ name: z.string().optional(), messageMatches: RegexSource.optional() }).optional(),
  /** The source matches this static rule. */
  static: StaticRule.optional(),
  /** The function changed the arguments it was given (an array it sorted, reversed or emptied in place). */
  mutatesArgs: z.boolean().optional(),
  /** A limit was hit. */
  limit: z.enum(['timeout', 'memory', 'output']).optional(),
  /** `({ args, argsAfter, actual, expected, output, status, error }) => boolean`, run in the sandbox on copies. */
  predicate: teacherFunction.optional(),
});
export type RuleCondition = z.infer<typeof RuleCondition>;

export const FeedbackRule = z.strictObject({
  id: Slug,
  /** The misconception this reveals, for statistics ("off-by-one", "print-vs-return"). */
  tag: Slug.optional(),
  when: RuleCondition,
  message: LocalizedText,
});
export type FeedbackRule = z.infer<typeof FeedbackRule>;

export const KnownWrong = z.strictObject({
  /** Path of the solution file, relative to the exercise folder. */
  file: z.string().min(1),
  status: z.enum(['failed', 'error']),
  /** The ids of exactly the feedback rules this solution must trigger. */
  feedback: z.array(Slug).default([]),
});
export type KnownWrong = z.infer<typeof KnownWrong>;

export const ExerciseSpec = z.strictObject({
  $schema: z.string().optional(),
  title: LocalizedText,
  language: z.enum(['javascript', 'typescript']),
  /** 1 (first steps) to 5 (hard). */
  difficulty: z.number().int().min(1).max(5),
  concepts: z.array(Slug).default([]),
  /** The default function called by function and property tests. */
  entry: z.string().min(1).optional(),
  limits: LimitsOverride.default({}),
  /** Allow setTimeout/setInterval (run in virtual time, after the program). */
  timers: z.boolean().default(false),
  stopAtFirstFailure: z.boolean().default(false),
  /** A "run this" example: the starter code may pass. */
  example: z.boolean().default(false),
  files: z
    .strictObject({
      starter: z.string().min(1).optional(),
      solution: z.string().min(1).optional(),
    })
    .default({}),
  tests: z.array(ExerciseTest).min(1),
  feedback: z.array(FeedbackRule).default([]),
  hints: z.array(LocalizedText).default([]),
  knownWrong: z.array(KnownWrong).default([]),
});
export type ExerciseSpec = z.infer<typeof ExerciseSpec>;
export type ExerciseSpecInput = z.input<typeof ExerciseSpec>;
