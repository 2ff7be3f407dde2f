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
  const retried = new Set<number>();
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
        const budgetMs = Math.min(job.limits.cpuMsPerTest, job.limits.cpuMsPerSubmission - state.cpuUsedMs);
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        const run = runTest(session, test);
        // The process's CPU time, not the isolate's `cpuTime`: isolated-vm counts the time its thread was
        // inside the isolate, descheduled or not, which is what starvation inflates.
        const { user, system } = process.cpuUsage(cpuBefore);
        const usedMs = (user + system) / 1000;
        if (starvedTimeout(run.status, usedMs, budgetMs) && !retried.has(test.index)) {
          // Once, in a fresh isolate, with the CPU it did not really use given back; announcing the test
          // again restarts the parent's wall-clock watchdog for it.
          retried.add(test.index);
          state.cpuUsedMs = Math.max(0, state.cpuUsedMs - run.cpuMs);
          next--;
          emit({ type: 'test-start', jobId: job.jobId, index: test.index });
          if (sandbox.alive) sandbox.discard();
          return;
        }
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

/**
 * isolated-vm's timeout counts wall time (laverdet/isolated-vm#108) and is given the test's CPU budget:
 * on a saturated machine a test can time out having used far less CPU than allowed. A learner's endless
 * loop uses the CPU it is given, so it stays a timeout on the retry; a busy machine should not make one.
 */
export function starvedTimeout(status: TestRun['status'], usedCpuMs: number, budgetMs: number): boolean {
  return status === 'timeout' && usedCpuMs < 0.75 * budgetMs;
}

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
