// Picks the grader's own explanation for a test that did not pass: a runtime error, a limit, a missing
// function or a missing return. The words themselves live in the language module, which knows the syntax.
import type { ExerciseTest } from '../../contracts/exercise-spec.ts';
import type { FeedbackMessage } from '../../contracts/grade-result.ts';
import type { Limits } from '../../contracts/limits.ts';
import type { LocalizedText } from '../../contracts/localized-text.ts';
import {
  explainLimit,
  explainMissingReturn,
  explainRuntimeError,
} from '../languages/javascript/explain-error.ts';
import { findFunctionDefinitions } from '../languages/javascript/function-definitions.ts';
import type { PreparedProgram } from '../languages/javascript/prepare-source.ts';
import type { TestOutcome } from '../run/dynamic-job.ts';
import { suggestName } from './did-you-mean.ts';
import { testMessages } from './test-messages.ts';

export interface ExplainContext {
  source: string;
  ast: PreparedProgram['ast'];
  declaredNames: string[];
  entry: string | undefined;
  limits: Limits;
  testName: LocalizedText;
}

export function explainOutcome(
  test: ExerciseTest,
  outcome: TestOutcome,
  context: ExplainContext,
): FeedbackMessage | undefined {
  const functionName = 'function' in test && test.function ? test.function : context.entry;
  const testId = outcome.id;
  switch (outcome.status) {
    case 'error':
      if (outcome.error) {
        return {
          ...explainRuntimeError(outcome.error, {
            source: context.source,
            ast: context.ast,
            declaredNames: context.declaredNames,
            ...(functionName ? { functionName } : {}),
          }),
          testId,
        };
      }
      return outcome.reason === 'crashed'
        ? { ruleId: 'builtin:crashed', text: testMessages.crashed(), testId }
        : undefined;
    case 'timeout':
    case 'memory':
    case 'output':
      return {
        ...explainLimit(outcome.status, {
          source: context.source,
          ast: context.ast,
          testName: context.testName,
          cpuMs: outcome.status === 'timeout' ? context.limits.cpuMsPerTest : outcome.cpuMs,
          memoryMb: context.limits.memoryMb,
          outputBytes: context.limits.outputBytes,
        }),
        testId,
      };
    case 'failed':
      if (outcome.reason === 'missing-function' && functionName) {
        const defined = findFunctionDefinitions(context.ast).map((definition) => definition.name);
        // One function under another name is almost always this one, named in the learner's own words.
        const meant = defined.length === 1 ? defined[0] : suggestName(functionName, defined)?.name;
        const location = meant ? definitionLocation(context.ast, meant) : undefined;
        return {
          ruleId: 'builtin:missing-function',
          text: testMessages.missingFunction(functionName, meant),
          testId,
          ...(location ? { location } : {}),
        };
      }
      if (outcome.reason === 'not-a-function' && functionName) {
        return { ruleId: 'builtin:not-a-function', text: testMessages.notAFunction(functionName), testId };
      }
      if (returnedNothing(outcome) && functionName) {
        return {
          ...explainMissingReturn({
            source: context.source,
            ast: context.ast,
            functionName,
            output: outcome.output,
          }),
          testId,
        };
      }
      return undefined;
    default:
      return undefined;
  }
}

function returnedNothing(outcome: TestOutcome): boolean {
  const isUndefined = (v: TestOutcome['actual']) =>
    v !== null && typeof v === 'object' && v.$ === 'undefined';
  return (
    outcome.actual !== undefined &&
    isUndefined(outcome.actual) &&
    (outcome.expected === undefined || !isUndefined(outcome.expected))
  );
}

function definitionLocation(ast: ExplainContext['ast'], name: string) {
  const loc = findFunctionDefinitions(ast).find((definition) => definition.name === name)?.id.loc;
  if (!loc) return undefined;
  return {
    line: loc.start.line,
    column: loc.start.column + 1,
    endLine: loc.end.line,
    endColumn: loc.end.column + 1,
  };
}
