import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../contracts/limits.ts';
import { type DynamicJob, type JobTest, type TestOutcome, WorkerMessage } from './dynamic-job.ts';
import { runDynamicJob } from './run-dynamic-job.ts';

type JobInput = Partial<Omit<DynamicJob, 'tests'>> & {
  program: string;
  tests: DistributiveOmit<JobTest, 'index'>[];
};
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

async function run(input: JobInput): Promise<TestOutcome[]> {
  const job: DynamicJob = {
    jobId: 7,
    filename: 'main.js',
    timers: false,
    stopAtFirstFailure: false,
    predicates: [],
    ...input,
    limits: { ...defaultLimits, cpuMsPerTest: 300, ...input.limits },
    tests: input.tests.map((test, index) => ({ ...test, index }) as JobTest),
  };
  const messages: WorkerMessage[] = [];
  await runDynamicJob(job, (message) => messages.push(WorkerMessage.parse(message)));
  // The first test is announced (each test-done announces the next), every test reported in order, and
  // the job ends once.
  const expected = job.tests.flatMap((test, position) => [
    ...(position === 0 ? [{ type: 'test-start', index: test.index }] : []),
    { type: 'test-done', index: test.index },
  ]);
  // A test that timed out for want of CPU on a busy machine is announced again, then retried
  // (starved-timeout.test.ts): a later test-start may only name the test in progress.
  const announced = messages.filter((m, i) => {
    if (m.type !== 'test-start' || i === 0) return true;
    const done = messages.slice(0, i).filter((e) => e.type === 'test-done').length;
    expect(m.index).toBe(job.tests[done]?.index);
    return false;
  });
  expect(
    announced.map((m) => ({
      type: m.type,
      index: m.type === 'test-done' ? m.outcome.index : 'index' in m ? m.index : -1,
    })),
  ).toEqual([...expected, { type: 'job-done', index: -1 }]);
  return messages.flatMap((m) => (m.type === 'test-done' ? [m.outcome] : []));
}

type FunctionTest = Extract<JobTest, { kind: 'function' }>;
type ProgramTest = Extract<JobTest, { kind: 'program' }>;

const call = (
  args: FunctionTest['args'],
  expected: FunctionTest['expected'],
  extra: Partial<FunctionTest> = {},
): Omit<FunctionTest, 'index'> => ({
  kind: 'function',
  id: `t${JSON.stringify(args)}`,
  function: 'solve',
  args,
  expected,
  ...extra,
});
const sum = 'function solve(a, b) {\n  return a + b;\n}\n';

describe('runDynamicJob with function tests', () => {
  it('reports the arguments a function changed, and fails it only when the test asks them unchanged', async () => {
    const program = 'function sorted(numbers) {\n  numbers.sort((a, b) => a - b);\n  return numbers;\n}';
    const [lenient, strict, untouched] = await run({
      program,
      tests: [
        { kind: 'function', id: 'lenient', function: 'sorted', args: [[3, 1, 2]], expected: [1, 2, 3] },
        {
          kind: 'function',
          id: 'strict',
          function: 'sorted',
          args: [[3, 1, 2]],
          expected: [1, 2, 3],
          argsUnchanged: true,
        },
        {
          kind: 'function',
          id: 'untouched',
          function: 'sorted',
          args: [[1, 2]],
          expected: [1, 2],
          argsUnchanged: true,
        },
      ],
      predicates: [{ ruleId: 'sees-after', source: '({ argsAfter }) => argsAfter[0][0] === 1' }],
    });
    const after = [{ $: 'array', items: [1, 2, 3] }];
    expect(lenient).toMatchObject({ status: 'passed', argsAfter: after });
    expect(strict).toMatchObject({ status: 'failed', reason: 'mutated-arguments', argsAfter: after });
    expect(strict?.firedPredicates).toEqual(['sees-after']);
    expect(untouched).toMatchObject({ status: 'passed' });
    expect(untouched).not.toHaveProperty('argsAfter');
  });

  it('passes a right answer and reports a wrong one with both values', async () => {
    const [right, wrong] = await run({
      program: 'function solve(a, b) {\n  return a > 2 ? a - b : a + b;\n}',
      tests: [call([2, 3], 5), call([4, 1], 5)],
    });
    expect(right).toMatchObject({ status: 'passed', actual: 5, expected: 5, args: [2, 3] });
    expect(wrong).toMatchObject({ status: 'failed', reason: 'mismatch', actual: 3, expected: 5 });
  });

  it('compares with the tolerance and order the test asks for', async () => {
    const [near, unordered] = await run({
      program: 'function solve(a) {\n  return a === 1 ? 0.1 + 0.2 : [3, 1, 2];\n}',
      tests: [
        call([1], 0.3, { compare: { tolerance: 1e-9 } }),
        call([2], [1, 2, 3], { compare: { unordered: true } }),
      ],
    });
    expect(near?.status).toBe('passed');
    expect(unordered?.status).toBe('passed');
  });

  it('reports a runtime error at its exact line and column in the learner file', async () => {
    const [outcome] = await run({
      filename: 'main.ts',
      program:
        '// types stripped, positions kept\nfunction solve(a: number, b) {\n  const list = null;\n  return list.length;\n}'.replace(
          ': number',
          '        ',
        ),
      tests: [call([2, 3], 5)],
    });
    expect(outcome).toMatchObject({
      status: 'error',
      error: { name: 'TypeError', location: { line: 4, column: 15 } },
    });
    expect(outcome?.error?.stack).toBe(
      "TypeError: Cannot read properties of null (reading 'length')\n    at solve (main.ts:4:15)",
    );
  });

  it('reports a missing function and a name that is not a function', async () => {
    const [missing, notAFunction] = await run({
      program: 'const other = 1;\nvar total = 3;',
      tests: [call([2, 3], 5), { ...call([2, 3], 5), function: 'total' }],
    });
    expect(missing).toMatchObject({ status: 'failed', reason: 'missing-function' });
    expect(notAFunction).toMatchObject({ status: 'failed', reason: 'not-a-function' });
  });

  it('runs the program once for all function tests, its top-level output going to the first', async () => {
    const outcomes = await run({
      program:
        "console.log('loading');\nlet calls = 0;\nfunction solve(a, b) {\n  calls++;\n  console.log('call', calls);\n  return a + b;\n}",
      tests: [call([2, 3], 5), call([1, 1], 2)],
    });
    expect(outcomes.map((o) => o.output)).toEqual(['loading\ncall 1\n', 'call 2\n']);
  });

  it('gives every function test the error of a program that throws at top level', async () => {
    const outcomes = await run({
      program: 'function solve(a, b) {\n  return a + b;\n}\nundefinedThing();',
      tests: [call([2, 3], 5), call([1, 1], 2)],
    });
    for (const outcome of outcomes) {
      expect(outcome).toMatchObject({
        status: 'error',
        error: { name: 'ReferenceError', location: { line: 4, column: 1 } },
      });
    }
  });

  it('fails a function that returns a promise instead of the value', async () => {
    const [outcome] = await run({
      program: 'async function solve(a, b) {\n  return a + b;\n}',
      tests: [call([2, 3], 5)],
    });
    expect(outcome).toMatchObject({ status: 'failed', actual: { $: 'promise' } });
  });

  it('treats an unhandled rejection as the error Node would crash with', async () => {
    const [outcome] = await run({
      program: "function solve(a, b) {\n  Promise.reject(new Error('nobody caught me'));\n  return a + b;\n}",
      tests: [call([2, 3], 5)],
    });
    expect(outcome).toMatchObject({
      status: 'error',
      error: { message: 'nobody caught me', location: { line: 2 } },
    });
  });
});

describe('runDynamicJob limits', () => {
  it('times out an infinite loop and runs the next test in a fresh isolate', async () => {
    const [looping, fine] = await run({
      program:
        'globalThis.visits = (globalThis.visits || 0) + 1;\nfunction solve(a, b) {\n  while (a === 0) {}\n  return visits;\n}',
      tests: [call([0, 0], 0), call([1, 1], 1)],
    });
    expect(looping).toMatchObject({ status: 'timeout' });
    expect(looping?.cpuMs).toBeGreaterThanOrEqual(250);
    // A fresh isolate: the program ran again from scratch.
    expect(fine).toMatchObject({ status: 'passed', actual: 1 });
  });

  it('reports a memory bomb as a memory outcome', async () => {
    const [bomb, fine] = await run({
      limits: { ...defaultLimits, memoryMb: 32 },
      program:
        'function solve(a, b) {\n  const all = [];\n  while (a === 0) all.push({ n: all.length });\n  return a + b;\n}',
      tests: [call([0, 0], 0), call([2, 3], 5)],
    });
    expect(bomb?.status).toBe('memory');
    expect(fine?.status).toBe('passed');
  });

  it('cuts a console flood at the output limit, even one that swallows the errors', async () => {
    const [flood, swallowed] = await run({
      limits: { ...defaultLimits, outputBytes: 1024 },
      program:
        "function solve(a, b) {\n  if (a) for (;;) console.log('spam');\n  for (;;) try { console.log('spam'); } catch {}\n}",
      tests: [call([1, 0], 1), call([0, 0], 0)],
    });
    for (const outcome of [flood, swallowed]) {
      expect(outcome).toMatchObject({ status: 'output', outputTruncated: true });
      expect(outcome?.output.startsWith('spam\nspam\n')).toBe(true);
      expect(outcome?.output).toContain('[output cut');
    }
  });

  it('skips the remaining tests once the submission CPU budget is spent', async () => {
    const outcomes = await run({
      limits: { ...defaultLimits, cpuMsPerTest: 200, cpuMsPerSubmission: 300 },
      program: 'function solve(a, b) {\n  for (;;) {}\n}',
      tests: [call([1, 1], 2), call([2, 2], 4), call([3, 3], 6), call([4, 4], 8)],
    });
    expect(outcomes.map((o) => o.status)).toEqual(['timeout', 'timeout', 'skipped', 'skipped']);
    expect(outcomes[2]).toMatchObject({ reason: 'cpu-budget', cpuMs: 0 });
    // The second test only had what was left of the budget.
    expect(outcomes[1]?.cpuMs).toBeLessThan(150);
  });

  it('skips the remaining tests after the first failure when asked to', async () => {
    const outcomes = await run({
      stopAtFirstFailure: true,
      program: sum,
      tests: [call([1, 1], 2), call([2, 2], 5), call([3, 3], 6)],
    });
    expect(outcomes.map((o) => [o.status, o.reason])).toEqual([
      ['passed', undefined],
      ['failed', 'mismatch'],
      ['skipped', undefined],
    ]);
  });
});

describe('runDynamicJob checkers and predicates', () => {
  it('asks the checker, which sees copies of the value and the arguments', async () => {
    const checker =
      '(actual, args) => actual === args[0] + args[1] ? true : actual > 100 ? "far too big" : false';
    const outcomes = await run({
      program: 'function solve(a, b) {\n  return a === 9 ? 1000 : a === 1 ? 0 : a + b;\n}',
      tests: [
        call([2, 3], undefined, { checker }),
        call([1, 1], undefined, { checker }),
        call([9, 1], undefined, { checker }),
      ],
    });
    expect(outcomes[0]).toMatchObject({ status: 'passed' });
    expect(outcomes[1]).toMatchObject({ status: 'failed', reason: 'checker' });
    expect(outcomes[2]).toMatchObject({ status: 'failed', reason: 'checker', checkerMessage: 'far too big' });
    expect(outcomes[0]?.expected).toBeUndefined();
  });

  it('fails the test when the checker itself throws', async () => {
    const [outcome] = await run({
      program: sum,
      tests: [call([2, 3], undefined, { checker: '(actual) => actual.x.y' })],
    });
    expect(outcome).toMatchObject({ status: 'failed', reason: 'checker' });
  });

  it('fires predicates about tests that did not pass, scoped to their test when given one', async () => {
    const outcomes = await run({
      program: 'function solve(a, b) {\n  console.log("debug");\n  return a - b;\n}',
      tests: [call([2, 0], 2), { ...call([2, 3], 5), id: 'second' }],
      predicates: [
        { ruleId: 'subtracts', source: '({ args, actual }) => actual === args[0] - args[1]' },
        { ruleId: 'only-second', testId: 'second', source: '() => true' },
        {
          ruleId: 'sees-output',
          source:
            "({ output, expected, status }) => output === 'debug\\n' && expected === 5 && status === 'failed'",
        },
        { ruleId: 'broken', source: '() => { throw new Error("teacher bug"); }' },
      ],
    });
    expect(outcomes[0]).toMatchObject({ status: 'passed', firedPredicates: [] });
    expect(outcomes[1]).toMatchObject({
      status: 'failed',
      firedPredicates: ['subtracts', 'only-second', 'sees-output'],
    });
  });

  it('shows predicates a returned null as null, not as undefined', async () => {
    const [outcome] = await run({
      program: 'function solve(a, b) {\n  return null;\n}',
      tests: [call([2, 3], null, { checker: '(actual) => actual === 5' })],
      predicates: [
        { ruleId: 'null', source: '({ actual }) => actual === null' },
        { ruleId: 'undefined', source: '({ actual }) => actual === undefined' },
      ],
    });
    expect(outcome).toMatchObject({ status: 'failed', firedPredicates: ['null'] });
  });

  it('fires predicates about a test whose isolate was killed, in the next isolate', async () => {
    const [outcome] = await run({
      program: 'function solve(a, b) {\n  for (;;) {}\n}',
      tests: [call([2, 3], 5)],
      predicates: [{ ruleId: 'timed-out', source: "({ status }) => status === 'timeout'" }],
    });
    expect(outcome).toMatchObject({ status: 'timeout', firedPredicates: ['timed-out'] });
  });
});

describe('runDynamicJob with program tests', () => {
  const program = (
    stdin: string[],
    stdout: string,
    extra: Partial<ProgramTest> = {},
  ): Omit<ProgramTest, 'index'> => ({
    kind: 'program',
    id: `p${stdin.join()}`,
    stdin,
    stdout,
    ...extra,
  });

  it('runs the whole program for each test, reading its stdin', async () => {
    const outcomes = await run({
      program:
        "globalThis.runs = (globalThis.runs || 0) + 1;\nconst n = Number(readline());\nconst m = Number(prompt('m?'));\nconsole.log(n + m, runs);",
      tests: [program(['2', '3'], '5 1'), program(['1', '1'], '2 1'), program(['1'], '2 1')],
    });
    expect(outcomes.map((o) => o.status)).toEqual(['passed', 'passed', 'failed']);
    expect(outcomes[2]).toMatchObject({ output: '1 1\n', reason: 'mismatch' });
  });

  it('applies the output comparison options', async () => {
    const outcomes = await run({
      program: "console.log('Average: ' + (10 / 3));\nconsole.log('DONE  ');",
      tests: [
        program([], 'Average: 3.33\ndone', { compare: { tolerance: 0.01, ignoreCase: true } }),
        program([], 'Average: \\d\\.\\d+\\nDONE', { compare: { regex: true } }),
        program([], 'Average: 3.3333333333333335\nDONE', { compare: { ignoreTrailingSpace: false } }),
      ],
    });
    expect(outcomes.map((o) => o.status)).toEqual(['passed', 'passed', 'failed']);
  });

  it('reports an uncaught error, with the output printed before it', async () => {
    const [outcome] = await run({ program: 'console.log(5);\nnull.x;', tests: [program([], '5')] });
    expect(outcome).toMatchObject({
      status: 'error',
      output: '5\n',
      error: { location: { line: 2, column: 6 } },
    });
  });

  it('runs timers after the program when the exercise allows them', async () => {
    const outcomes = await run({
      timers: true,
      program: "setTimeout(() => console.log('later'), 100);\nconsole.log('first');",
      tests: [program([], 'first\nlater')],
    });
    expect(outcomes[0]?.status).toBe('passed');
  });
});

describe('runDynamicJob with property tests', () => {
  const reference = 'function max(list) {\n  return Math.max(...list);\n}';
  const property: Omit<Extract<JobTest, { kind: 'property' }>, 'index'> = {
    kind: 'property',
    id: 'max-property',
    function: 'max',
    args: [{ array: { of: { integer: { min: -100, max: 100 } }, minLength: 1, maxLength: 10 } }],
    runs: 100,
    seed: 42,
  };

  it('passes a right solution after all the runs', async () => {
    const [outcome] = await run({
      program: 'const max = (list) => list.reduce((a, b) => (a > b ? a : b));',
      reference,
      tests: [property],
    });
    expect(outcome).toMatchObject({ status: 'passed', runs: 100 });
  });

  it('reports the shrunk counter-example with both values', async () => {
    const learner =
      'function max(list) {\n  let best = 0;\n  for (const x of list) if (x > best) best = x;\n  return best;\n}';
    const [outcome] = await run({ program: learner, reference, tests: [property] });
    expect(outcome).toMatchObject({
      status: 'failed',
      reason: 'mismatch',
      args: [{ $: 'array', items: [-1] }],
      actual: 0,
      expected: -1,
    });
  });

  it('gives the same counter-example for the same seed', async () => {
    const learner = 'function max(list) {\n  return list.length > 3 ? 0 : Math.max(...list);\n}';
    const [first] = await run({ program: learner, reference, tests: [property] });
    const [second] = await run({ program: learner, reference, tests: [property] });
    expect(first?.args).toEqual(second?.args);
    expect(first?.status).toBe('failed');
  });

  it('shrinks to a case that throws, reported as an error', async () => {
    const learner =
      'function max(list) {\n  if (list.length > 2) return list.missing.length;\n  return Math.max(...list);\n}';
    const [outcome] = await run({ program: learner, reference, tests: [property] });
    expect(outcome).toMatchObject({ status: 'error', error: { name: 'TypeError', location: { line: 2 } } });
    expect(outcome?.args).toEqual([{ $: 'array', items: [0, 0, 0] }]);
  });

  it('is not fooled by a learner who tampers with prototypes the reference uses', async () => {
    const learner =
      'Math.max = () => 0;\nArray.prototype.reduce = () => 0;\nfunction max(list) {\n  return 0;\n}';
    const [outcome] = await run({ program: learner, reference, tests: [property] });
    expect(outcome?.status).toBe('failed');
  });

  it('stops at a timeout instead of shrinking through a dead isolate', async () => {
    const [outcome] = await run({
      program: 'function max(list) {\n  for (;;) {}\n}',
      reference,
      tests: [property],
    });
    expect(outcome).toMatchObject({ status: 'timeout', runs: 1 });
  });
});

describe('runDynamicJob harness integrity', () => {
  // Tampering must neither turn a wrong answer into a pass (the corpus checks that) nor a right one into a failure.
  it.each([
    [
      'Object.prototype accessors',
      "for (const k of ['$', 'v', 'value', 'get', 'set', 'items', 'entries', '0']) Object.defineProperty(Object.prototype, k, { __proto__: null, get() { return 1; }, set() {}, configurable: true });",
    ],
    [
      'Array.prototype index accessors',
      "Object.defineProperty(Array.prototype, '0', { get() { return 9; }, set() {}, configurable: true });",
    ],
    [
      'JSON and Reflect replaced',
      'JSON.stringify = JSON.parse = Reflect.ownKeys = Reflect.apply = Reflect.getOwnPropertyDescriptor = () => { throw new Error("no"); };',
    ],
    [
      'iteration and Symbol methods replaced',
      'Array.prototype[Symbol.iterator] = function* () {};\nString.prototype[Symbol.iterator] = function* () {};\nObject.prototype.toJSON = () => 1;',
    ],
    [
      'String.prototype methods replaced',
      "for (const k of Object.getOwnPropertyNames(String.prototype)) try { String.prototype[k] = () => 'x'; } catch {}",
    ],
  ])('still passes a right answer with %s', async (_name, tampering) => {
    const [outcome] = await run({
      program: `${tampering}\nfunction solve(a, b) {\n  console.log('list', [a, b], { a });\n  return { total: a + b, parts: [a, b] };\n}`,
      tests: [call([2, 3], { total: 5, parts: [2, 3] })],
    });
    expect(outcome).toMatchObject({ status: 'passed', output: 'list [ 2, 3 ] { a: 2 }\n' });
  });
});
