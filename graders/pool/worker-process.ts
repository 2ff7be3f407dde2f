// The entry point of every worker process the pool forks: the real runner (isolated-vm) behind the
// protocol of serve-jobs.ts. Loaded with --no-node-snapshot, which isolated-vm requires.
import { defaultLimits } from '../../contracts/limits.ts';
import { runDynamicJob } from '../run/run-dynamic-job.ts';
import { serveJobs } from './serve-jobs.ts';

await serveJobs(runDynamicJob, {
  // One tiny job through the whole path (first isolate, harness, comparisons), so that V8 has compiled it
  // before the first learner's job arrives. What it reports is of no interest.
  warmUp: () =>
    runDynamicJob(
      {
        jobId: -1,
        program: 'function warmUp(n) { return n + 1; }',
        filename: 'main.js',
        timers: false,
        limits: defaultLimits,
        stopAtFirstFailure: false,
        tests: [{ kind: 'function', index: 0, id: 'warm-up', function: 'warmUp', args: [1], expected: 2 }],
        predicates: [],
      },
      () => {},
    ),
});
