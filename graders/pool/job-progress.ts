// What the parent knows of a job while a worker runs it: every outcome reported so far and when the worker
// last made progress. A worker can be killed at any moment; this is what still turns the job into one
// outcome per test, in order, with the blame on the test that was running.
import type { DynamicJob, TestOutcome } from '../run/dynamic-job.ts';

/** How the worker's death reads to the learner, for the test it was on. */
export type DeathVerdict = 'timeout' | 'memory' | 'error';

export interface JobProgress {
  /** The worker is beginning this test; returns what is wrong with that, if anything. */
  start(index: number, now: number): string | undefined;
  /** The worker finished a test; returns what is wrong with the outcome, if anything. */
  finish(outcome: TestOutcome, now: number): string | undefined;
  /** Every test has its outcome. */
  isComplete(): boolean;
  /** The outcomes in the job's order; only meaningful once complete. */
  outcomes(): TestOutcome[];
  /** The worker died: the test it was on gets `verdict`, every later one is skipped. */
  outcomesAfterDeath(verdict: DeathVerdict, now: number): TestOutcome[];
}

export function createJobProgress(job: DynamicJob, now: number): JobProgress {
  const positionOf = new Map(job.tests.map((test, position) => [test.index, position]));
  const done: TestOutcome[] = [];
  // Since when the current test (or, before its test-start, the gap leading to it) has been running.
  let since = now;

  // Tests run in order, so the one running is always the first without an outcome.
  const expectPosition = (index: number, what: string): string | undefined => {
    const position = positionOf.get(index);
    if (position === undefined) return `${what} for test ${index}, which is not in job ${job.jobId}`;
    if (position !== done.length) {
      const expected = job.tests[done.length]?.index;
      return `${what} for test ${index} while test ${expected ?? '(none left)'} is next in job ${job.jobId}`;
    }
    return undefined;
  };

  const synthetic = (position: number, fields: Pick<TestOutcome, 'status' | 'durationMs' | 'reason'>) => {
    const test = job.tests[position]!;
    const outcome: TestOutcome = {
      index: test.index,
      id: test.id,
      status: fields.status,
      durationMs: fields.durationMs,
      // The process is gone, so its CPU time is not known; the learner's message is about the limit.
      cpuMs: 0,
      output: '',
      outputTruncated: false,
      firedPredicates: [],
    };
    if (fields.reason) outcome.reason = fields.reason;
    return outcome;
  };

  return {
    start(index, at) {
      const problem = expectPosition(index, 'test-start');
      if (!problem) since = at;
      return problem;
    },
    finish(outcome, at) {
      const problem = expectPosition(outcome.index, 'test-done');
      if (problem) return problem;
      const test = job.tests[done.length]!;
      if (outcome.id !== test.id)
        return `test-done for test ${outcome.index} carries id ${outcome.id}, not ${test.id}`;
      done.push(outcome);
      since = at;
      return undefined;
    },
    isComplete: () => done.length === job.tests.length,
    outcomes: () => done,
    outcomesAfterDeath(verdict, at) {
      const all = [...done];
      if (all.length < job.tests.length) {
        all.push(
          synthetic(all.length, {
            status: verdict,
            durationMs: Math.max(0, at - since),
            // Only a plain crash needs saying why; a timeout or memory verdict speaks for itself.
            reason: verdict === 'error' ? 'crashed' : undefined,
          }),
        );
      }
      while (all.length < job.tests.length)
        all.push(synthetic(all.length, { status: 'skipped', durationMs: 0, reason: 'crashed' }));
      return all;
    },
  };
}
