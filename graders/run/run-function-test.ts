// A function test: the learner's function is called on fresh copies of the arguments and what it returns
// comes back encoded; the expected value never enters the sandbox, the comparison is made here.
import type { EncodedValue } from '../../contracts/encoded-value.ts';
import { encodeJson } from '../values/encode-json.ts';
import { valuesEqual } from '../values/values-equal.ts';
import type { JobTest } from './dynamic-job.ts';
import type { JobSession, TestRun } from './job-session.ts';

type FunctionJobTest = Extract<JobTest, { kind: 'function' }>;
type Verdict = Pick<TestRun, 'status' | 'reason' | 'checkerMessage'>;

export function runFunctionTest(session: JobSession, test: FunctionJobTest): TestRun {
  const meter = session.beginTest();
  const args = test.args.map(encodeJson);
  // Without a checker and without `expected`, the function is expected to return undefined.
  const expected = test.checker === undefined ? encodeJson(test.expected) : undefined;
  const known = { args, ...(expected !== undefined ? { expected } : {}) };
  const program = session.learnerProgram(meter);
  if (!('context' in program)) return session.finish(meter, { ...known, ...program });

  const answer = program.context.call(test.function, args, meter.remainingMs());
  meter.charge(answer.cpuMs);
  if (answer.kind === 'missing')
    return session.finish(meter, { ...known, status: 'failed', reason: 'missing-function' });
  if (answer.kind === 'not-a-function') {
    return session.finish(meter, { ...known, status: 'failed', reason: 'not-a-function' });
  }
  if (answer.kind !== 'value') return session.finish(meter, { ...known, ...session.failure(answer) });
  const actual = answer.value;
  const changed =
    answer.argsAfter && !valuesEqual({ $: 'array', items: args }, { $: 'array', items: answer.argsAfter });
  const seen = { ...known, actual, ...(changed ? { argsAfter: answer.argsAfter } : {}) };
  const timers = session.drainTimers(program.context, meter);
  if (timers) return session.finish(meter, { ...seen, ...timers });

  const verdict: Verdict =
    test.checker !== undefined
      ? check(session, test.checker, actual, args)
      : valuesEqual(actual, expected as EncodedValue, test.compare ?? {})
        ? { status: 'passed' }
        : { status: 'failed', reason: 'mismatch' };
  if (verdict.status === 'passed' && changed && test.argsUnchanged) {
    return session.finish(meter, { ...seen, status: 'failed', reason: 'mutated-arguments' });
  }
  return session.finish(meter, { ...seen, ...verdict });
}

/** The teacher's `(actual, args) => true | false | string`, run on copies in the teacher's own context. */
function check(session: JobSession, checker: string, actual: EncodedValue, args: EncodedValue[]): Verdict {
  const answer = session
    .teacher()
    .callTeacher(checker, [actual, { $: 'array', items: args }], session.job.limits.cpuMsPerTest);
  if (answer.kind === 'timeout' || answer.kind === 'memory') return { status: answer.kind };
  if (answer.kind !== 'value') return { status: 'failed', reason: 'checker' };
  if (answer.value === true) return { status: 'passed' };
  if (typeof answer.value === 'string')
    return { status: 'failed', reason: 'checker', checkerMessage: answer.value };
  return { status: 'failed', reason: 'checker' };
}
