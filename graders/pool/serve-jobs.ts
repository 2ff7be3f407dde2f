// The worker process's side of the pool: say `ready` once warm, then run one job at a time, forwarding
// every message of the runner to the parent. Anything unexpected in here is our fault, not the learner's:
// it is reported as a `fault` for the job at hand and the process exits, since its state can no longer be
// trusted and a hung worker is worse than a dead one (the parent replaces it).
import { z } from 'zod';
import { DynamicJob, type RunDynamicJob, type WorkerMessage } from '../run/dynamic-job.ts';

/** EX_SOFTWARE: an internal error, so a person reading `ps` or logs knows this was not a kill. */
const faultExitCode = 70;

export interface ServeOptions {
  /** Runs before `ready`, so that the first learner does not pay for compiling the runner. */
  warmUp?: () => Promise<void>;
}

export async function serveJobs(runJob: RunDynamicJob, options: ServeOptions = {}): Promise<void> {
  if (!process.send) throw new Error('a worker process must be started by the worker pool, with IPC');
  const send = (message: WorkerMessage) => process.send!(message);
  let currentJobId: number | undefined;
  let dying = false;

  const die = (what: string): void => {
    if (dying) return;
    dying = true;
    // Pipes are synchronous on Linux, so this reaches the parent's stderr tail before the exit.
    process.stderr.write(`worker ${process.pid}: ${what}\n`);
    const exit = () => process.exit(faultExitCode);
    if (currentJobId === undefined || !process.connected) {
      exit();
      return;
    }
    process.send!({ type: 'fault', jobId: currentJobId, message: what } satisfies WorkerMessage, exit);
    // Should the channel never drain, exit all the same.
    setTimeout(exit, 1_000);
  };
  process.on('uncaughtException', (error) => die(`uncaught exception: ${describe(error)}`));
  process.on('unhandledRejection', (reason) => die(`unhandled rejection: ${describe(reason)}`));
  // The parent is gone (or gave up on us): nobody will ever read what this process does.
  process.on('disconnect', () => process.exit(0));

  const runOne = async (raw: unknown): Promise<void> => {
    const parsed = DynamicJob.safeParse(raw);
    if (!parsed.success) {
      currentJobId = jobIdOf(raw);
      return die(`a malformed job: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    }
    const job = parsed.data;
    if (currentJobId !== undefined) {
      return die(`job ${job.jobId} arrived while job ${currentJobId} was running`);
    }
    currentJobId = job.jobId;
    // The runner may or may not say `job-done` itself; the parent must hear it exactly once, last.
    let runnerSaidDone = false;
    try {
      await runJob(job, (message) => {
        if (message.type === 'job-done') runnerSaidDone = true;
        send(message);
      });
    } catch (error) {
      return die(`the runner failed: ${describe(error)}`);
    }
    if (!runnerSaidDone) send({ type: 'job-done', jobId: job.jobId });
    currentJobId = undefined;
  };
  process.on('message', (raw: unknown) => {
    void runOne(raw);
  });

  await options.warmUp?.();
  send({ type: 'ready' });
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
  } catch {
    return 'an error that cannot be printed';
  }
}

/** Enough of a malformed job to blame the fault on it. */
const JobIdOnly = z.looseObject({ jobId: DynamicJob.shape.jobId });

function jobIdOf(raw: unknown): number | undefined {
  const parsed = JobIdOnly.safeParse(raw);
  return parsed.success ? parsed.data.jobId : undefined;
}
