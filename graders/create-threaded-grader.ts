// The grader of a server: the same `Grader`, with its worker pool in a thread of its own. A graded job
// costs its caller's thread ~0.9 ms when the pool runs there (building the job, one IPC write and twenty
// reads, watchdog timers, feedback, the result, and a fork stall of ~11 ms each time a worker is
// replaced); under a submission rush that was a quarter of the server's only thread, taken from the
// requests waiting for it. Here the caller posts the source and gets the result back
// (docs/decisions/015-group-commit-off-the-thread.md). The command line keeps the in-thread grader.
import { Worker } from 'node:worker_threads';
import type { Exercise } from '../contracts/exercise.ts';
import type { GradeResult } from '../contracts/grade-result.ts';
import type { Grader, StoredGrade } from './create-grader.ts';
import type { GraderThreadReply, GraderThreadRequest } from './grader-thread-protocol.ts';
import { GraderFaultError, PoolClosedError, PoolOverloadedError } from './pool/pool-errors.ts';
import type { WorkerPoolOptions } from './pool/worker-pool.ts';

interface Pending {
  request: Extract<GraderThreadRequest, { type: 'grade' }>;
  exercise: Exercise;
  resolve: (answer: GradeResult | StoredGrade) => void;
  reject: (error: Error) => void;
}

const typedErrors: Record<string, new (message: string) => Error> = {
  PoolOverloadedError,
  PoolClosedError,
  GraderFaultError,
};

export function createThreadedGrader(options: WorkerPoolOptions = {}): Grader {
  const { onFault = (error) => console.error(error.message), ...poolOptions } = options;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let closed = false;
  let thread: { worker: Worker; known: Set<string> } | undefined;

  const start = () => {
    const worker = new Worker(new URL('./grader-thread.ts', import.meta.url), { workerData: poolOptions });
    const current = { worker, known: new Set<string>() };
    worker.on('message', (reply: GraderThreadReply) => onReply(current, reply));
    // The thread itself failed (a bug of ours): its jobs fail as faults, and the next grade starts another.
    const lost = (why: string) => {
      if (thread === current) thread = undefined;
      for (const [id, job] of pending) {
        pending.delete(id);
        job.reject(closed ? new PoolClosedError(why) : new GraderFaultError(why));
      }
    };
    worker.on('error', (error) => lost(`the grader thread failed: ${error.message}`));
    worker.on('exit', () => lost('the grader thread stopped'));
    return current;
  };

  const post = (current: NonNullable<typeof thread>, job: Pending, withExercise: boolean) => {
    const hash = job.exercise.contentHash;
    const request = withExercise ? { ...job.request, exercise: job.exercise } : job.request;
    if (withExercise) {
      // The thread forgets exercises past its bound and asks again; this only saves sending them twice.
      if (current.known.size >= 1_000) current.known.clear();
      current.known.add(hash);
    }
    current.worker.postMessage(request);
  };

  const onReply = (current: NonNullable<typeof thread>, reply: GraderThreadReply) => {
    if (reply.type === 'fault') {
      onFault(new GraderFaultError(reply.message));
      return;
    }
    const job = pending.get(reply.id);
    if (!job) return;
    if (reply.type === 'unknown-exercise') {
      post(current, job, true);
      return;
    }
    pending.delete(reply.id);
    if (reply.type === 'result') job.resolve(reply.result);
    else if (reply.type === 'stored') job.resolve(reply.grade);
    else job.reject(new (typedErrors[reply.name] ?? GraderFaultError)(reply.message));
  };

  // Started now, as the in-thread pool would be: the first learner does not wait for workers to warm up.
  thread = start();

  const ask = (exercise: Exercise, source: string, mode: 'submit' | 'run', stored: boolean) => {
    if (closed) return Promise.reject(new PoolClosedError('the grader is closed'));
    thread ??= start();
    const current = thread;
    return new Promise<GradeResult | StoredGrade>((resolve, reject) => {
      const id = nextId++;
      const job: Pending = {
        request: { type: 'grade', id, contentHash: exercise.contentHash, source, mode, stored },
        exercise,
        resolve,
        reject,
      };
      pending.set(id, job);
      post(current, job, !current.known.has(exercise.contentHash));
    });
  };

  return {
    grade: (exercise, source, gradeOptions = {}) =>
      ask(exercise, source, gradeOptions.mode ?? 'submit', false) as Promise<GradeResult>,
    gradeForStorage: (exercise, source) => ask(exercise, source, 'submit', true) as Promise<StoredGrade>,
    async close() {
      closed = true;
      const current = thread;
      thread = undefined;
      if (!current) return;
      const exited = new Promise((resolve) => current.worker.once('exit', resolve));
      current.worker.postMessage({ type: 'close' } satisfies GraderThreadRequest);
      await exited;
    },
  };
}
