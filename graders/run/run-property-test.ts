// A property test: fast-check runs here, on the host, with the exercise's seed; each generated case is
// copied into the sandbox and given to both the learner's function and the reference solution (each in
// its own context). On a mismatch fast-check shrinks, and the smallest failing case is reported.
import fc from 'fast-check';
import type { EncodedValue } from '../../contracts/encoded-value.ts';
import { encodeJson } from '../values/encode-json.ts';
import { valuesEqual } from '../values/values-equal.ts';
import { arbitraryToFastCheck } from './arbitrary-to-fast-check.ts';
import type { JobTest } from './dynamic-job.ts';
import type { JobSession, TestRun } from './job-session.ts';
import type { OutputCollector } from './output-collector.ts';

type PropertyJobTest = Extract<JobTest, { kind: 'property' }>;
type Fields = Omit<TestRun, 'cpuMs' | 'output' | 'outputTruncated'>;

interface Failing {
  fields: Fields;
  output: OutputCollector;
}

export function runPropertyTest(session: JobSession, test: PropertyJobTest): TestRun {
  const meter = session.beginTest();
  const program = session.learnerProgram(meter);
  if (!('context' in program)) return session.finish(meter, program);
  const reference = session.reference();
  if (!('context' in reference)) return session.finish(meter, reference);
  const learner = program.context;
  const { cpuMsPerTest } = session.job.limits;

  // A limit was hit: the isolate may be gone, so every later case passes without a call and the
  // result is this, not a shrunk counter-example.
  let stopped: Fields | undefined;
  let fault: unknown;
  let cases = 0;
  const failing = new WeakMap<object, Failing>();
  let lastFailing: Failing | undefined;

  const property = fc.property(fc.tuple(...test.args.map(arbitraryToFastCheck)), (values) => {
    if (stopped || fault) return true;
    const args = values.map(encodeJson);
    const wanted = reference.context.call(test.function, args, cpuMsPerTest);
    // A case the reference refuses (it throws) is outside the exercise's domain.
    fc.pre(wanted.kind !== 'thrown');
    try {
      const outcome = runCase(args, wanted);
      if (outcome === undefined) return true;
      failing.set(values, outcome);
      lastFailing = outcome;
      return false;
    } catch (error) {
      fault = error;
      return true;
    }
  });

  function runCase(args: EncodedValue[], wanted: ReturnType<typeof learner.call>): Failing | undefined {
    if (wanted.kind === 'missing' || wanted.kind === 'not-a-function') {
      throw new Error(`the reference solution has no function ${test.function}`);
    }
    if (wanted.kind !== 'value') {
      stopped = { args, ...session.failure(wanted) };
      return undefined;
    }
    const expected = wanted.value;
    cases += 1;
    meter.restartOutput();
    const answer = learner.call(test.function, args, meter.remainingMs());
    meter.charge(answer.cpuMs);
    let fields: Fields | undefined;
    if (answer.kind === 'missing' || answer.kind === 'not-a-function') {
      stopped = {
        args,
        expected,
        status: 'failed',
        reason: answer.kind === 'missing' ? 'missing-function' : answer.kind,
      };
      return undefined;
    }
    if (answer.kind === 'thrown') {
      fields = { args, expected, ...session.failure(answer) };
      if (fields.status !== 'error') stopped = fields;
    } else if (answer.kind !== 'value') {
      stopped = { args, expected, ...session.failure(answer) };
    } else {
      const timers = session.drainTimers(learner, meter);
      if (timers) stopped = { args, expected, actual: answer.value, ...timers };
      else if (!valuesEqual(answer.value, expected, test.compare ?? {})) {
        fields = { args, expected, actual: answer.value, status: 'failed', reason: 'mismatch' };
      }
    }
    if (!stopped && (meter.output.truncated || meter.cpuMs > cpuMsPerTest || !session.sandbox.alive)) {
      stopped = { ...(fields ?? { args, expected }), status: meter.output.truncated ? 'output' : 'timeout' };
    }
    return stopped || !fields ? undefined : { fields, output: meter.output };
  }

  const details = fc.check(property, { seed: test.seed, numRuns: test.runs });
  if (fault) throw fault;
  const runs = details.numRuns;
  // fast-check kept generating after the stop; only the cases that reached the learner count.
  if (stopped) return session.finish(meter, { ...stopped, runs: cases });
  if (!details.failed) {
    meter.restartOutput();
    return session.finish(meter, { status: 'passed', runs });
  }
  // fast-check reports the last case that failed while shrinking; both are kept by identity.
  const counterexample = details.counterexample?.[0];
  const shrunk =
    (typeof counterexample === 'object' && counterexample !== null && failing.get(counterexample)) ||
    lastFailing;
  if (!shrunk) throw new Error(`property test ${test.id} failed without a recorded case`);
  return session.finish(meter, { ...shrunk.fields, runs }, shrunk.output);
}
