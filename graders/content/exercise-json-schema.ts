// The JSON Schema of exercise.yaml, made from the zod contract so that the two cannot drift apart: editors
// that read it (VS Code with the YAML extension, through the first-line comment of each exercise.yaml)
// complete field names, show what each field means, and underline mistakes as the teacher types.
// `npm run exo -- schema` writes it to exercises/exercise.schema.json; a test fails when that file is stale.
import { z } from 'zod';
import { Arbitrary } from '../../contracts/arbitrary.ts';
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
} from '../../contracts/exercise-spec.ts';
import { LimitsOverride } from '../../contracts/limits.ts';
import { LocalizedText } from '../../contracts/localized-text.ts';
import { StaticRule } from '../../contracts/static-rule.ts';
import { unwrap } from './describe-schema-issues.ts';
import {
  buildJsonSchema,
  localizedTextDoc,
  type SchemaDoc,
  writeJsonSchema,
} from './json-schema-from-zod.ts';

const testFields = {
  kind: 'What the test does: function (calls a function), program (runs the program on some input), static (reads the source), property (compares with the reference solution on generated inputs).',
  id: 'Stable id, used by feedback rules and statistics. Defaults to the English name made into a slug ("Empty array" → empty-array).',
  name: 'What the test checks, as the learner sees it, in both languages.',
  hidden:
    'Hidden tests report only passed or failed: no input, expected value or output reaches the learner. Default false.',
  points: 'Points for passing this test. Default 1.',
};

// The contract's fields, described for editors. A test fails when a field has no description here, so a
// field added to the contract is documented before it ships.
const docs = new Map<unknown, SchemaDoc>([
  [
    ExerciseSpec,
    {
      title: 'Exercise (exercise.yaml)',
      description:
        'One programming exercise: its tests, the feedback given on common mistakes, hints, and known-wrong solutions that check the feedback. The folder also holds statement.en.md, statement.fr.md, the starter code and the reference solution. See exercises/README.md.',
      fields: {
        $schema: 'Where editors find this schema; usually set by the first-line comment instead.',
        title: 'The exercise title, in both languages.',
        language: 'The language the learner writes in: javascript or typescript.',
        difficulty: 'From 1 (first steps) to 5 (hard).',
        concepts: 'What the exercise practises, as slugs ("loops", "arrays"), for statistics and search.',
        entry: 'The function that function and property tests call, unless a test names another one.',
        limits: 'Resource limits for this exercise, on top of the defaults and never above the ceilings.',
        timers: 'Allow setTimeout and setInterval (run in virtual time, after the program). Default false.',
        stopAtFirstFailure: 'Skip the remaining tests after the first one that does not pass. Default false.',
        example: 'A "run this" example rather than an exercise: the starter code may pass. Default false.',
        files: 'Other names for the starter code and the reference solution.',
        tests:
          'The tests, run in this order. At least one; hide some so that hard-coded answers do not pass.',
        feedback: 'Messages for common mistakes: each rule fires when all of its conditions hold.',
        hints:
          'Hints the learner can reveal one by one, from a nudge to an almost-answer, in both languages.',
        knownWrong: 'Wrong solutions kept in the folder, each with the verdict and the feedback it must get.',
      },
    },
  ],
  [
    ExerciseSpec.shape.files.unwrap(),
    {
      fields: {
        starter:
          'The starter code, relative to the exercise folder. Default starter.js (starter.ts in TypeScript).',
        solution:
          'The reference solution, relative to the exercise folder. Default solution.js (solution.ts in TypeScript).',
      },
    },
  ],
  [
    LimitsOverride,
    {
      fields: {
        cpuMsPerTest: 'CPU time one test may use, in ms. Default 1000.',
        cpuMsPerSubmission: 'CPU time the whole submission may use across its tests, in ms. Default 5000.',
        wallMsPerTest: 'Wall-clock time one test may take, in ms. Default 3000.',
        memoryMb: 'Memory for the learner’s program, in MB. Default 64.',
        outputBytes: 'Console output kept per test, in bytes; past it the output is cut. Default 65536.',
        sourceBytes: 'Largest accepted source, in bytes. Default 65536.',
      },
    },
  ],
  [
    FunctionTest,
    {
      title: 'Function test',
      description: 'Calls a function of the learner with arguments, and checks what it returns.',
      fields: {
        ...testFields,
        function: 'The learner’s function to call. Default: the exercise’s entry.',
        args: 'The arguments, one list item per argument: args: [[1, 2, 3]] calls f([1, 2, 3]).',
        expected: 'The value the function must return. Give either expected or checker.',
        compare: 'How the returned value is compared with expected.',
        checker:
          'JavaScript function (actual, args) => true | false | string, instead of expected; a string is the failure message shown on a visible test.',
        argsUnchanged:
          'The test also fails when the function changes the arrays or objects it was given (sorting or emptying them in place).',
      },
    },
  ],
  [
    ProgramTest,
    {
      title: 'Program test',
      description: 'Runs the whole program with some input lines, and checks what it prints.',
      fields: {
        ...testFields,
        stdin: 'The lines the program reads with readline() or prompt(), in order.',
        stdout: 'What the program must print.',
        compare: 'How the output is compared with stdout.',
      },
    },
  ],
  [
    StaticTest,
    {
      title: 'Static test',
      description: 'Checks the learner’s source itself (its syntax tree), without running it.',
      fields: {
        ...testFields,
        rule: 'What the source must satisfy.',
        message: 'Shown to the learner when the rule does not hold, in both languages.',
      },
    },
  ],
  [
    PropertyTest,
    {
      title: 'Property test',
      description:
        'Calls the learner’s function and the reference solution on generated arguments; they must agree every time.',
      fields: {
        ...testFields,
        function: 'The function to call (in both solutions). Default: the exercise’s entry.',
        args: 'One generator per argument.',
        compare: 'How the two results are compared.',
        runs: 'How many generated cases to try, from 1 to 1000. Default 100.',
        seed: 'Seed of the generator: fixed so that a learner who submits twice gets the same counter-example. Default 42.',
      },
    },
  ],
  [
    FunctionCompare,
    {
      fields: {
        tolerance: 'Numbers within this absolute distance are equal.',
        unordered: 'Arrays (and sets) are compared as multisets, ignoring order.',
      },
    },
  ],
  [
    OutputCompare,
    {
      fields: {
        ignoreCase: 'Upper and lower case do not matter.',
        ignoreTrailingSpace: 'Ignore trailing spaces on each line and trailing blank lines. Default true.',
        tolerance: 'Numbers found in the output equal the expected ones within this distance.',
        regex: 'stdout is a regular expression the whole output must match.',
      },
    },
  ],
  [
    FeedbackRule,
    {
      title: 'Feedback rule',
      description: 'A message about one common mistake, given when every condition under when holds.',
      fields: {
        id: 'Stable id of the rule, listed by knownWrong entries and kept in statistics.',
        tag: 'The misconception this reveals, shared across exercises for statistics ("off-by-one", "print-vs-return").',
        when: 'The conditions; all of them must hold.',
        message: 'What the learner reads, in both languages: what went wrong and how to fix it.',
      },
    },
  ],
  [
    RuleCondition,
    {
      fields: {
        test: 'The id of the test this rule is about (a function, program or property test); without it, any test that did not pass.',
        status: 'The test’s status; with test and no status, the rule fires when that test did not pass.',
        actual: 'The function returned exactly this value.',
        actualType: 'typeof of the returned value ("undefined", "string"…).',
        outputMatches:
          'The output (or the function’s console output) matches this regular expression, line by line.',
        error: 'A runtime error of this kind, optionally with a message matching a regular expression.',
        static:
          'The source matches this static rule (on its own, this condition does not need any test to fail).',
        limit: 'A limit was hit: timeout, memory or output.',
        mutatesArgs:
          'The function changed the arguments it was given (true), or left them as they were (false).',
        predicate:
          'JavaScript function ({ args, argsAfter, actual, expected, output, status, error }) => boolean, run in the sandbox on copies.',
      },
    },
  ],
  [
    RuleCondition.shape.error.unwrap(),
    {
      fields: {
        name: 'The error’s name, like TypeError or ReferenceError.',
        messageMatches: 'A regular expression the error’s message must match.',
      },
    },
  ],
  [
    KnownWrong,
    {
      title: 'Known-wrong solution',
      description: 'A realistic wrong solution, and exactly what grading it must give.',
      fields: {
        file: 'Path of the solution, relative to the exercise folder, usually wrong/<mistake>.js.',
        status:
          'The verdict it must get: failed (it ran, some test did not pass) or error (it could not run).',
        feedback:
          'The ids of exactly the feedback rules it must trigger (the grader’s own explanations are not listed).',
      },
    },
  ],
  localizedTextDoc,
]);

const staticRuleFields: Record<string, string> = {
  uses: 'The source contains this construct.',
  avoids: 'The source does not contain this construct.',
  calls: 'The source calls this function or method ("push", "Math.max", "console.log").',
  avoidsCall: 'The source never calls this function or method.',
  avoidsName: 'The source never mentions this name (eval, Function, globalThis…).',
  defines: 'The source defines a function with this name (a declaration, or a const bound to a function).',
  params: 'With defines: the number of parameters that function must have.',
};
for (const option of StaticRule.options) docs.set(option, { fields: staticRuleFields });

const arbitraryFields: Record<string, string> = {
  integer: 'Whole numbers, between min and max when given.',
  float: 'Decimal numbers, between min and max when given.',
  boolean: 'true or false; write boolean: {}.',
  string: 'Texts, of minLength to maxLength characters taken from alphabet when given.',
  constantFrom: 'One of these values.',
  array: 'Arrays of values made by of, with minLength to maxLength items.',
  tuple: 'A fixed-length array, one generator per position.',
  record: 'An object with these keys, one generator per key.',
  min: 'Smallest value.',
  max: 'Largest value.',
  minLength: 'Smallest length.',
  maxLength: 'Largest length.',
  alphabet: 'The characters to use.',
  of: 'The generator of each item.',
};
const arbitraryUnion = unwrap(Arbitrary);
if (arbitraryUnion instanceof z.ZodUnion) {
  for (const option of arbitraryUnion.options as readonly z.ZodType[]) {
    docs.set(option, { fields: arbitraryFields });
    const inner = unwrap(option);
    if (inner instanceof z.ZodObject) {
      for (const field of Object.values(inner.shape) as z.ZodType[])
        docs.set(unwrap(field), { fields: arbitraryFields });
    }
  }
}

// Named definitions, so that the schema reads like the contract, and shared types appear once.
const definitions = new Map<z.ZodType, string>([
  [LocalizedText, 'LocalizedText'],
  [StaticRule, 'StaticRule'],
  [Arbitrary, 'Arbitrary'],
  [RuleCondition, 'RuleCondition'],
]);

export function buildExerciseJsonSchema(): Record<string, unknown> {
  return buildJsonSchema(ExerciseSpec, docs, definitions);
}

export async function writeExerciseJsonSchema(path: string): Promise<void> {
  await writeJsonSchema(path, buildExerciseJsonSchema());
}
