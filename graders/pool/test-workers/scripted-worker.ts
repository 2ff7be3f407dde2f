// TEST FIXTURE, not production code: a worker process for the pool's tests, behind the real serve-jobs.ts
// but with a fake runner. The job's `program` is not JavaScript but a script (JSON) saying how this
// worker should misbehave and at which test, so one real process can play every kind of bad worker:
// hang in a busy loop, grow its memory, abort, die of a real V8 fatal error, exit, send garbage...
// Every other test passes at once, with this process's pid as its output so tests can see recycling.
import { z } from 'zod';
import type { DynamicJob, RunDynamicJob, TestOutcome, WorkerMessage } from '../../run/dynamic-job.ts';
import { serveJobs } from '../serve-jobs.ts';

export const WorkerScript = z.strictObject({
  act: z.enum([
    'pass',
    'hang',
    'grow-memory',
    'abort',
    'v8-fatal',
    'exit',
    'sigkill-self',
    'garbage',
    'fault',
    'throw-uncaught',
    'reject',
    'say-job-done-early',
    'say-job-done-last',
  ]),
  /** The test (by index) at which to act, after its test-start; the first one by default. */
  at: z.number().int().default(0),
});
export type WorkerScript = z.input<typeof WorkerScript>;

/** Stops a runaway fixture from taking the machine down if the pool's memory watchdog ever failed. */
const growthCapBytes = 1536 * 1024 * 1024;

function passed(test: DynamicJob['tests'][number]): TestOutcome {
  return {
    index: test.index,
    id: test.id,
    status: 'passed',
    durationMs: 0,
    cpuMs: 0,
    output: `pid ${process.pid}`,
    outputTruncated: false,
    firedPredicates: [],
  };
}

async function misbehave(
  script: z.output<typeof WorkerScript>,
  job: DynamicJob,
  emit: (message: WorkerMessage) => void,
): Promise<void> {
  switch (script.act) {
    case 'pass':
    case 'say-job-done-last':
      return;
    case 'hang':
      for (;;);
    case 'grow-memory': {
      const hoard: Buffer[] = [];
      // Filled, not just allocated, so the pages are resident.
      for (let bytes = 0; bytes < growthCapBytes; bytes += 16 * 1024 * 1024)
        hoard.push(Buffer.alloc(16 * 1024 * 1024, 1));
      for (;;);
    }
    case 'abort':
      process.abort();
      return;
    case 'v8-fatal':
      // The submission from the trials that made V8 abort the whole process (about 300 MB, 0.3 s).
      'ab'.repeat(2 ** 27).split('');
      return;
    case 'exit':
      process.exit(3);
      return;
    case 'sigkill-self':
      // As the kernel's OOM killer would.
      process.kill(process.pid, 'SIGKILL');
      return new Promise(() => {});
    case 'garbage':
      emit({ type: 'test-done', jobId: job.jobId, outcome: { nonsense: true } } as unknown as WorkerMessage);
      return;
    case 'fault':
      emit({ type: 'fault', jobId: job.jobId, message: 'the fake runner lost its harness' });
      return;
    case 'throw-uncaught':
      setImmediate(() => {
        throw new Error('a bug outside any promise');
      });
      return new Promise(() => {});
    case 'reject':
      throw new Error('the runner rejected');
    case 'say-job-done-early':
      emit({ type: 'job-done', jobId: job.jobId });
      return;
  }
}

const runScripted: RunDynamicJob = async (job, emit) => {
  const script = WorkerScript.parse(JSON.parse(job.program));
  for (const test of job.tests) {
    emit({ type: 'test-start', jobId: job.jobId, index: test.index });
    if (test.index === script.at) {
      await misbehave(script, job, emit);
      if (script.act === 'say-job-done-early') return;
    }
    emit({ type: 'test-done', jobId: job.jobId, outcome: passed(test) });
  }
  if (script.act === 'say-job-done-last') emit({ type: 'job-done', jobId: job.jobId });
};

await serveJobs(runScripted);
