// A learner's program in, an honest verdict with personalised feedback out. This module decides; it runs
// nothing itself: the learner's code goes to `runJob` (the worker pool in production), the source is read
// by the language module, and everything the learner did wrong comes back as data, never as an exception.
import type { Exercise } from '../contracts/exercise.ts';
import type { ExerciseTest } from '../contracts/exercise-spec.ts';
import type { Diagnostic, FeedbackMessage, GradeResult, TestResult } from '../contracts/grade-result.ts';
import { resolveLimits } from '../contracts/limits.ts';
import { applyFeedbackRules } from './feedback/apply-rules.ts';
import { explainOutcome } from './feedback/explain-outcome.ts';
import { testMessages } from './feedback/test-messages.ts';
import { prepareSource } from './languages/javascript/prepare-source.ts';
import { checkStaticRule } from './languages/javascript/static-rules.ts';
import { describeOutcome } from './result/describe-outcome.ts';
import type { DynamicJob, JobTest, TestOutcome } from './run/dynamic-job.ts';

export interface GradeOptions {
  /** Runs the learner's code; the worker pool's `run` in production. */
  runJob: (job: DynamicJob) => Promise<TestOutcome[]>;
  /** `run` is the learner's free try: visible tests only, nothing recorded by the caller. */
  mode?: 'submit' | 'run';
  now?: () => number;
}

let nextJobId = 1;

export async function gradeSubmission(
  exercise: Exercise,
  source: string,
  options: GradeOptions,
): Promise<GradeResult> {
  const now = options.now ?? performance.now.bind(performance);
  const started = now();
  const spec = exercise.spec;
  const limits = resolveLimits(spec.limits);
  const tests = spec.tests.filter((test) => options.mode !== 'run' || !test.hidden);
  const prepared = prepareSource(source, spec.language, { maxBytes: limits.sourceBytes });

  if (!prepared.ok) {
    const syntax = prepared.diagnostics.find((d) => d.kind === 'syntax');
    const feedback = applyFeedbackRules(spec.feedback, {
      tests: [],
      // A teacher's `messageMatches` may quote the parser ("Unexpected token") or our explanation.
      syntaxError: syntax
        ? { message: `${prepared.parserMessage ?? ''}\n${syntax.message.en}`, location: syntax.location }
        : undefined,
    });
    return finish(
      tests.map((test) => skippedResult(test, testMessages.skippedNotRun())),
      feedback,
      prepared.diagnostics,
      now() - started,
    );
  }

  const checkStatic = (rule: Parameters<typeof checkStaticRule>[1]) => checkStaticRule(prepared.ast, rule);
  const entry = spec.entry;
  const jobTests: JobTest[] = [];
  tests.forEach((test, index) => {
    const id = testId(test);
    if (test.kind === 'function') {
      jobTests.push({
        kind: 'function',
        index,
        id,
        function: test.function ?? entry ?? '',
        args: test.args,
        ...(test.expected !== undefined ? { expected: test.expected } : {}),
        ...(test.compare ? { compare: test.compare } : {}),
        ...(test.checker ? { checker: test.checker } : {}),
        ...(test.argsUnchanged ? { argsUnchanged: true } : {}),
      });
    } else if (test.kind === 'program') {
      jobTests.push({
        kind: 'program',
        index,
        id,
        stdin: test.stdin,
        stdout: test.stdout,
        ...compareOf(test),
      });
    } else if (test.kind === 'property') {
      jobTests.push({
        kind: 'property',
        index,
        id,
        function: test.function ?? entry ?? '',
        args: test.args,
        runs: test.runs,
        seed: test.seed,
        ...compareOf(test),
      });
    }
  });

  let outcomes: TestOutcome[] = [];
  if (jobTests.length > 0) {
    const reference = jobTests.some((t) => t.kind === 'property') ? referenceProgram(exercise) : undefined;
    outcomes = await options.runJob({
      jobId: nextJobId++,
      program: prepared.program,
      filename: spec.language === 'typescript' ? 'main.ts' : 'main.js',
      ...(reference !== undefined ? { reference } : {}),
      timers: spec.timers,
      limits,
      stopAtFirstFailure: spec.stopAtFirstFailure,
      tests: jobTests,
      predicates: spec.feedback.flatMap((rule) =>
        rule.when.predicate
          ? [
              {
                ruleId: rule.id,
                source: rule.when.predicate,
                ...(rule.when.test ? { testId: rule.when.test } : {}),
              },
            ]
          : [],
      ),
    });
  }
  const outcomeById = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
  const explainContext = {
    source,
    ast: prepared.ast,
    declaredNames: prepared.declaredNames,
    entry,
    limits,
  };
  const explanations = new Map<string, FeedbackMessage>();
  for (const outcome of outcomes) {
    const test = tests[outcome.index];
    const message = test && explainOutcome(test, outcome, { ...explainContext, testName: test.name });
    if (message) explanations.set(outcome.id, message);
  }

  let failedBefore = false;
  const results: TestResult[] = tests.map((test) => {
    if (test.kind === 'static') {
      if (spec.stopAtFirstFailure && failedBefore)
        return skippedResult(test, testMessages.skippedFirstFailure());
      const answer = checkStatic(test.rule);
      failedBefore ||= !answer.holds;
      return {
        ...baseResult(test),
        status: answer.holds ? 'passed' : 'failed',
        score: answer.holds ? test.points : 0,
        durationMs: 0,
        ...(answer.holds ? {} : { message: test.message }),
        ...(!answer.holds && answer.location ? { location: answer.location } : {}),
      };
    }
    const id = testId(test);
    const outcome = outcomeById.get(id);
    if (!outcome) throw new Error(`the sandbox returned no outcome for test ${id}`);
    failedBefore ||= outcome.status !== 'passed';
    const explanation = explanations.get(id)?.text;
    return { ...baseResult(test), ...describeOutcome(test, outcome, { entry, limits, explanation }) };
  });

  const personal = applyFeedbackRules(spec.feedback, {
    tests: outcomes.map((o) => ({
      id: o.id,
      status: o.status,
      actual: o.actual,
      argsChanged: o.argsAfter !== undefined,
      output: o.output,
      error: o.error,
      firedPredicates: o.firedPredicates,
    })),
    checkStatic,
  });
  return finish(results, [...personal, ...ownExplanations(explanations, personal)], [], now() - started);
}

/** The grader's own explanations, for the tests no rule of the teacher already spoke about, once each. */
function ownExplanations(
  explanations: Map<string, FeedbackMessage>,
  personal: FeedbackMessage[],
): FeedbackMessage[] {
  const covered = new Set(personal.flatMap((message) => (message.testId ? [message.testId] : [])));
  const seen = new Set<string>();
  const messages: FeedbackMessage[] = [];
  for (const [id, message] of explanations) {
    const key = `${message.ruleId}@${message.location?.line ?? ''}`;
    if (covered.has(id) || seen.has(key)) continue;
    seen.add(key);
    messages.push(message);
  }
  return messages;
}

function finish(
  tests: TestResult[],
  feedback: FeedbackMessage[],
  diagnostics: Diagnostic[],
  durationMs: number,
) {
  const score = tests.reduce((sum, test) => sum + test.score, 0);
  const maxScore = tests.reduce((sum, test) => sum + test.points, 0);
  const status: GradeResult['status'] =
    diagnostics.length > 0 ? 'error' : tests.every((test) => test.status === 'passed') ? 'passed' : 'failed';
  return { status, score, maxScore, tests, feedback, diagnostics, durationMs: Math.max(0, durationMs) };
}

export function testId(test: ExerciseTest): string {
  if (!test.id) throw new Error('exercise tests must have ids once loaded (the loader fills them)');
  return test.id;
}

function baseResult(test: ExerciseTest) {
  return { id: testId(test), name: test.name, kind: test.kind, hidden: test.hidden, points: test.points };
}

function skippedResult(test: ExerciseTest, message: TestResult['message']): TestResult {
  return { ...baseResult(test), status: 'skipped', score: 0, durationMs: 0, ...(message ? { message } : {}) };
}

function compareOf(test: { compare?: JobTest['compare'] }) {
  return test.compare ? { compare: test.compare } : {};
}

/** The reference solution as JavaScript; a broken one is the exercise's fault, caught by `exo check`. */
function referenceProgram(exercise: Exercise): string {
  const prepared = prepareSource(exercise.solution, exercise.spec.language, {
    maxBytes: Number.MAX_SAFE_INTEGER,
  });
  if (!prepared.ok) throw new Error(`the reference solution of ${exercise.slug} does not parse`);
  return prepared.program;
}
