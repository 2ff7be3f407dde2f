import { describe, expect, it } from 'vitest';
import type { FeedbackRule } from '../../contracts/exercise-spec.ts';
import { encodeJson } from '../values/encode-json.ts';
import { applyFeedbackRules, type TestFacts } from './apply-rules.ts';

const message = { en: 'msg', fr: 'msg' };
const rule = (id: string, when: FeedbackRule['when']): FeedbackRule => ({ id, when, message });
const failed = (over: Partial<TestFacts> = {}): TestFacts => ({
  id: 't1',
  status: 'failed',
  output: '',
  firedPredicates: [],
  ...over,
});

describe('applyFeedbackRules', () => {
  it('fires a rule about a test only when that test did not pass', () => {
    const rules = [rule('r', { test: 't1' })];
    expect(applyFeedbackRules(rules, { tests: [failed()] }).map((m) => m.ruleId)).toEqual(['r']);
    expect(applyFeedbackRules(rules, { tests: [failed({ status: 'passed' })] })).toEqual([]);
    expect(applyFeedbackRules(rules, { tests: [failed({ status: 'skipped' })] })).toEqual([]);
    expect(applyFeedbackRules(rules, { tests: [failed({ id: 'other' })] })).toEqual([]);
  });

  it('needs every condition to hold on the same test', () => {
    const rules = [rule('nan', { actual: { $: 'number', v: 'NaN' } as never, test: 't2' })];
    const tests = [
      failed({ id: 't1', actual: { $: 'number', v: 'NaN' } }),
      failed({ id: 't2', actual: encodeJson(3) }),
    ];
    expect(applyFeedbackRules(rules, { tests })).toEqual([]);
  });

  it('matches the returned value by deep equality and by type', () => {
    const tests = [failed({ actual: encodeJson([1, 2]) })];
    expect(applyFeedbackRules([rule('a', { actual: [1, 2] })], { tests })).toHaveLength(1);
    expect(applyFeedbackRules([rule('a', { actual: [2, 1] })], { tests })).toHaveLength(0);
    expect(applyFeedbackRules([rule('t', { actualType: 'object' })], { tests })).toHaveLength(1);
    const nothing = [failed({ actual: { $: 'undefined' } })];
    expect(applyFeedbackRules([rule('u', { actualType: 'undefined' })], { tests: nothing })).toHaveLength(1);
  });

  it('matches runtime errors by name and message, and reports where they happened', () => {
    const location = { line: 4, column: 10 };
    const tests = [
      failed({ status: 'error', error: { name: 'TypeError', message: 'x is not a function', location } }),
    ];
    const [hit] = applyFeedbackRules(
      [rule('e', { error: { name: 'TypeError', messageMatches: 'not a function' } })],
      {
        tests,
      },
    );
    expect(hit).toMatchObject({ ruleId: 'e', testId: 't1', location });
    expect(applyFeedbackRules([rule('e', { error: { name: 'RangeError' } })], { tests })).toHaveLength(0);
  });

  it('matches a function that changed its arguments', () => {
    const rules = [rule('m', { mutatesArgs: true })];
    expect(applyFeedbackRules(rules, { tests: [failed({ argsChanged: true })] })).toHaveLength(1);
    expect(applyFeedbackRules(rules, { tests: [failed()] })).toHaveLength(0);
  });

  it('matches a limit only for that limit', () => {
    const tests = [failed({ status: 'timeout' })];
    expect(applyFeedbackRules([rule('l', { limit: 'timeout' })], { tests })).toHaveLength(1);
    expect(applyFeedbackRules([rule('l', { limit: 'memory' })], { tests })).toHaveLength(0);
  });

  it('matches output with a regular expression', () => {
    const tests = [failed({ output: 'Hello name!\n' })];
    expect(applyFeedbackRules([rule('o', { outputMatches: '^Hello name' })], { tests })).toHaveLength(1);
    expect(applyFeedbackRules([rule('o', { outputMatches: '^Bonjour' })], { tests })).toHaveLength(0);
  });

  it('fires a static-only rule on the source even when every test passed', () => {
    const checkStatic = () => ({ holds: true, location: { line: 2, column: 7 } });
    const [hit] = applyFeedbackRules([rule('s', { static: { uses: 'loose-equality' } })], {
      tests: [failed({ status: 'passed' })],
      checkStatic,
    });
    expect(hit).toMatchObject({ ruleId: 's', location: { line: 2, column: 7 } });
    expect(
      applyFeedbackRules([rule('s', { static: { uses: 'loose-equality' } })], {
        tests: [],
        checkStatic: () => ({ holds: false }),
      }),
    ).toEqual([]);
  });

  it('lets a rule speak about a syntax error when no test could run', () => {
    const syntaxError = { message: 'Unexpected token', location: { line: 3, column: 1 } };
    const [hit] = applyFeedbackRules([rule('syn', { error: { name: 'SyntaxError' } })], {
      tests: [],
      syntaxError,
    });
    expect(hit).toMatchObject({ ruleId: 'syn', location: { line: 3, column: 1 } });
  });

  it('fires a predicate rule only when the sandbox said its predicate held', () => {
    const rules = [rule('p', { predicate: '() => true' })];
    expect(applyFeedbackRules(rules, { tests: [failed()] })).toEqual([]);
    expect(applyFeedbackRules(rules, { tests: [failed({ firedPredicates: ['p'] })] })).toHaveLength(1);
  });
});
