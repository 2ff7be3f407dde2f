// A test's outcome as the learner sees it: the call or input, expected and actual rendered as code, and
// why it did not pass. Hidden tests keep only their status and a message without any value.
import type { ExerciseTest } from '../../contracts/exercise-spec.ts';
import type { TestResult } from '../../contracts/grade-result.ts';
import type { Limits } from '../../contracts/limits.ts';
import type { LocalizedText } from '../../contracts/localized-text.ts';
import { testMessages } from '../feedback/test-messages.ts';
import type { TestOutcome } from '../run/dynamic-job.ts';
import { encodeJson } from '../values/encode-json.ts';
import { renderCall, renderValue } from '../values/render-value.ts';

type Described = Pick<
  TestResult,
  | 'status'
  | 'score'
  | 'durationMs'
  | 'input'
  | 'expected'
  | 'actual'
  | 'output'
  | 'outputTruncated'
  | 'message'
  | 'location'
>;

export interface DescribeContext {
  entry: string | undefined;
  limits: Limits;
  /** The grader's explanation of an error or a limit, already written for this outcome. */
  explanation?: LocalizedText | undefined;
}

export function describeOutcome(
  test: ExerciseTest,
  outcome: TestOutcome,
  context: DescribeContext,
): Described {
  const passed = outcome.status === 'passed';
  const described: Described = {
    status: outcome.status,
    score: passed ? test.points : 0,
    durationMs: outcome.durationMs,
  };
  const message = messageFor(test, outcome, context);
  if (message) described.message = message;
  if (test.hidden) return described;

  if (outcome.error?.location) described.location = outcome.error.location;
  const functionName = ('function' in test && test.function) || context.entry || 'f';
  if (test.kind === 'function') {
    described.input = renderCall(functionName, outcome.args ?? test.args.map(encodeJson));
    if (test.expected !== undefined) described.expected = renderValue(encodeJson(test.expected));
    if (outcome.actual !== undefined) described.actual = renderValue(outcome.actual);
    if (outcome.output) described.output = outcome.output;
  } else if (test.kind === 'program') {
    described.input = test.stdin.join('\n');
    described.expected = test.stdout;
    described.actual = outcome.output;
  } else if (test.kind === 'property' && !passed && outcome.args) {
    described.input = renderCall(functionName, outcome.args);
    if (outcome.expected !== undefined) described.expected = renderValue(outcome.expected);
    if (outcome.actual !== undefined) described.actual = renderValue(outcome.actual);
    if (outcome.output) described.output = outcome.output;
  }
  if (outcome.outputTruncated) described.outputTruncated = true;
  return described;
}

function messageFor(
  test: ExerciseTest,
  outcome: TestOutcome,
  context: DescribeContext,
): LocalizedText | undefined {
  switch (outcome.status) {
    case 'passed':
      return undefined;
    case 'skipped':
      if (outcome.reason === 'cpu-budget')
        return testMessages.skippedBudget(context.limits.cpuMsPerSubmission);
      if (outcome.reason === 'crashed') return testMessages.skippedCrash();
      return testMessages.skippedFirstFailure();
    case 'error':
    case 'timeout':
    case 'memory':
    case 'output':
      return context.explanation ?? (outcome.reason === 'crashed' ? testMessages.crashed() : undefined);
    case 'failed':
      return failureMessage(test, outcome, context);
  }
}

function failureMessage(test: ExerciseTest, outcome: TestOutcome, context: DescribeContext): LocalizedText {
  const functionName = ('function' in test && test.function) || context.entry || 'f';
  if (outcome.reason === 'missing-function')
    return context.explanation ?? testMessages.missingFunction(functionName);
  if (outcome.reason === 'not-a-function') return testMessages.notAFunction(functionName);
  if (outcome.reason === 'mutated-arguments') {
    // A hidden test's values stay hidden, even the ones the learner's function scribbled over.
    if (test.hidden || !outcome.argsAfter) return testMessages.mutatedArgumentsHidden();
    return testMessages.mutatedArguments(renderArgs(outcome.args ?? []), renderArgs(outcome.argsAfter));
  }
  if (test.hidden) return context.explanation ?? testMessages.hiddenFailed();
  const actual = outcome.actual !== undefined ? renderValue(outcome.actual) : '';
  if (outcome.reason === 'checker') return testMessages.checkerRejected(actual, outcome.checkerMessage);
  if (context.explanation) return context.explanation;
  if (test.kind === 'program') return testMessages.printedWrongOutput();
  if (test.kind === 'property' && outcome.args && outcome.expected !== undefined) {
    return testMessages.propertyCounterExample(
      renderCall(functionName, outcome.args),
      renderValue(outcome.expected),
      actual,
    );
  }
  const expected =
    test.kind === 'function' && test.expected !== undefined ? renderValue(encodeJson(test.expected)) : '';
  return testMessages.returnedWrongValue(expected, actual);
}

/** One argument as itself, several as a list, as a beginner thinks of "what I was given". */
function renderArgs(args: TestOutcome['args'] & {}): string {
  return args.length === 1 ? renderValue(args[0]!) : args.map((arg) => renderValue(arg)).join(', ');
}
