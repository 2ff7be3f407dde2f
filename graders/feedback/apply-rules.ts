// The teacher's personalised feedback: each rule of the exercise is checked against what happened, and
// every rule whose conditions all hold gives its message. Language-independent: the static question is
// answered by a callback that the language module provides.
import type { EncodedValue } from '../../contracts/encoded-value.ts';
import type { FeedbackRule, TestStatus } from '../../contracts/exercise-spec.ts';
import type { FeedbackMessage } from '../../contracts/grade-result.ts';
import type { SourceLocation } from '../../contracts/source-location.ts';
import type { StaticRule } from '../../contracts/static-rule.ts';
import { encodeJson } from '../values/encode-json.ts';
import { valuesEqual } from '../values/values-equal.ts';

/** What one test did, as far as rules can ask. */
export interface TestFacts {
  id: string;
  status: TestStatus;
  actual?: EncodedValue | undefined;
  /** The function changed the arguments it was given. */
  argsChanged?: boolean | undefined;
  output: string;
  error?: { name: string; message: string; location?: SourceLocation | undefined } | undefined;
  firedPredicates: readonly string[];
}

export interface RuleContext {
  tests: readonly TestFacts[];
  /** Answers a static rule on the learner's source; undefined when the source could not be parsed. */
  checkStatic?: ((rule: StaticRule) => { holds: boolean; location?: SourceLocation | undefined }) | undefined;
  /** A syntax error, which rules may match as `error: { name: SyntaxError }`. */
  syntaxError?: { message: string; location?: SourceLocation | undefined } | undefined;
}

const limitStatuses = new Set<TestStatus>(['timeout', 'memory', 'output']);

export function applyFeedbackRules(rules: readonly FeedbackRule[], context: RuleContext): FeedbackMessage[] {
  const messages: FeedbackMessage[] = [];
  for (const rule of rules) {
    const hit = matchRule(rule, context);
    if (!hit) continue;
    messages.push({
      ruleId: rule.id,
      ...(rule.tag ? { tag: rule.tag } : {}),
      text: rule.message,
      ...(hit.testId ? { testId: hit.testId } : {}),
      ...(hit.location ? { location: hit.location } : {}),
    });
  }
  return messages;
}

interface RuleHit {
  testId?: string | undefined;
  location?: SourceLocation | undefined;
}

function matchRule(rule: FeedbackRule, context: RuleContext): RuleHit | undefined {
  const when = rule.when;
  let location: SourceLocation | undefined;
  if (when.static) {
    const answer = context.checkStatic?.(when.static);
    if (!answer?.holds) return undefined;
    location = answer.location;
  }
  const asksAboutTests =
    when.test !== undefined ||
    when.status !== undefined ||
    when.actual !== undefined ||
    when.actualType !== undefined ||
    when.outputMatches !== undefined ||
    when.limit !== undefined ||
    when.mutatesArgs !== undefined ||
    when.predicate !== undefined ||
    (when.error !== undefined && !context.syntaxError);
  if (!asksAboutTests) {
    if (when.error) {
      // Only a syntax error can answer an `error` condition when no test ran.
      const syntax = context.syntaxError;
      if (!syntax || !errorMatches(when.error, { name: 'SyntaxError', message: syntax.message }))
        return undefined;
      return { location: syntax.location ?? location };
    }
    return { location };
  }
  for (const test of context.tests) {
    if (testMatches(rule, test)) return { testId: test.id, location: test.error?.location ?? location };
  }
  return undefined;
}

function testMatches(rule: FeedbackRule, test: TestFacts): boolean {
  const when = rule.when;
  if (when.test !== undefined && when.test !== test.id) return false;
  if (test.status === 'passed' || test.status === 'skipped') return false;
  if (when.status !== undefined && when.status !== test.status) return false;
  if (when.limit !== undefined && (!limitStatuses.has(test.status) || when.limit !== test.status))
    return false;
  if (
    when.actual !== undefined &&
    (test.actual === undefined || !valuesEqual(test.actual, encodeJson(when.actual)))
  ) {
    return false;
  }
  if (
    when.actualType !== undefined &&
    (test.actual === undefined || typeOf(test.actual) !== when.actualType)
  ) {
    return false;
  }
  if (when.mutatesArgs !== undefined && when.mutatesArgs !== (test.argsChanged ?? false)) return false;
  if (when.outputMatches !== undefined && !new RegExp(when.outputMatches, 'm').test(test.output))
    return false;
  if (when.error !== undefined && (!test.error || !errorMatches(when.error, test.error))) return false;
  if (when.predicate !== undefined && !test.firedPredicates.includes(rule.id)) return false;
  return true;
}

function errorMatches(
  wanted: { name?: string | undefined; messageMatches?: string | undefined },
  error: { name: string; message: string },
) {
  if (wanted.name !== undefined && wanted.name !== error.name) return false;
  return wanted.messageMatches === undefined || new RegExp(wanted.messageMatches).test(error.message);
}

/** `typeof` of the value the learner's code produced. */
export function typeOf(value: EncodedValue): string {
  if (value === null) return 'object';
  if (typeof value !== 'object') return typeof value;
  switch (value.$) {
    case 'undefined':
      return 'undefined';
    case 'number':
      return 'number';
    case 'bigint':
      return 'bigint';
    case 'symbol':
      return 'symbol';
    case 'function':
      return 'function';
    default:
      return 'object';
  }
}
