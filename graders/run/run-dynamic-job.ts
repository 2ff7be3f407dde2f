// A job's tests, in order, each announced before it runs and reported when done, so that a worker killed
// mid-test still leaves the parent knowing what finished. Tests share an isolate until one times out,
// runs out of memory or crashes; the rest then run in a fresh one (predicates about the test that killed
// it included). A learner's mistake is always an outcome; only our own faults throw.
import { withSandbox } from '../sandbox.ts';
import type { JobTest, RunDynamicJob, TestOutcome } from './dynamic-job.ts';
import { firePredicates, predicatesFor } from './fire-predicates.ts';
import { createJobSession, type JobSession, type JobState, type TestRun } from './job-session.ts';
import { runFunctionTest } from './run-function-test.ts';
import { runProgramTest } from './run-program-test.ts';
import { runPropertyTest } from './run-property-test.ts';

interface Finished {
  test: JobTest;
  run: TestRun;
  durationMs: number;
}

export const runDynamicJob: RunDynamicJob = async (job, emit) => {
  const state: JobState = { cpuUsedMs: 0, programLoadedOnce: false };
  let stopped = false;
  let next = 0;
  let pending: Finished | undefined;
  let announcedDone = false;
  // The parent is waiting for this; the isolate's disposal (in withSandbox's finally) can follow it.
  const announceDone = () => {
    announcedDone = true;
    emit({ type: 'job-done', jobId: job.jobId });
  };

  const report = (session: JobSession | undefined, done: Finished) => {
    const firedPredicates = session ? firePredicates(session, done.test, done.run) : [];
    if (job.stopAtFirstFailure && done.run.status !== 'passed') stopped = true;
    emit({ type: 'test-done', jobId: job.jobId, outcome: outcome(done, firedPredicates) });
  };

  while (next < job.tests.length || pending) {
    await withSandbox({ memoryMb: job.limits.memoryMb }, (sandbox) => {
      const session = createJobSession(job, sandbox, state);
      if (pending) {
        report(session, pending);
        pending = undefined;
      }
      while (sandbox.alive && next < job.tests.length) {
        const test = job.tests[next++] as JobTest;
        // The parent takes a test-done as the start of the next test; only the first needs announcing.
        if (next === 1) emit({ type: 'test-start', jobId: job.jobId, index: test.index });
        const skipped = skip(test, stopped, state.cpuUsedMs >= job.limits.cpuMsPerSubmission);
        if (skipped) {
          emit({ type: 'test-done', jobId: job.jobId, outcome: skipped });
          continue;
        }
        const started = performance.now();
        const run = runTest(session, test);
        const done = { test, run, durationMs: performance.now() - started };
        if (!sandbox.alive && predicatesFor(job.predicates, test, run).length > 0) {
          pending = done;
          return;
        }
        report(sandbox.alive ? session : undefined, done);
      }
      if (next >= job.tests.length && !pending) announceDone();
    });
  }
  if (!announcedDone) announceDone();
};

function runTest(session: JobSession, test: JobTest): TestRun {
  switch (test.kind) {
    case 'function':
      return runFunctionTest(session, test);
    case 'program':
      return runProgramTest(session, test);
    case 'property':
      return runPropertyTest(session, test);
  }
}

function skip(test: JobTest, stopped: boolean, outOfBudget: boolean): TestOutcome | undefined {
  if (!stopped && !outOfBudget) return undefined;
  return {
    index: test.index,
    id: test.id,
    status: 'skipped',
    durationMs: 0,
    cpuMs: 0,
    output: '',
    outputTruncated: false,
    ...(outOfBudget ? { reason: 'cpu-budget' as const } : {}),
    firedPredicates: [],
  };
}

function outcome(done: Finished, firedPredicates: string[]): TestOutcome {
  return {
    index: done.test.index,
    id: done.test.id,
    ...done.run,
    durationMs: done.durationMs,
    firedPredicates,
  };
}
