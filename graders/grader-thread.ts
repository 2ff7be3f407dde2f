// The grader's thread (create-threaded-grader.ts): the worker pool and everything around a job (reading
// the learner's source, building the job, the pool's IPC, its watchdogs, feedback rules, the result) run
// here, so that the server's thread only hands over the source and takes the result back.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Exercise } from '../contracts/exercise.ts';
import { createGrader, toStoredGrade } from './create-grader.ts';
import type { GraderThreadReply, GraderThreadRequest } from './grader-thread-protocol.ts';
import type { WorkerPoolOptions } from './pool/worker-pool.ts';

const port = parentPort!;
const options = workerData as Omit<WorkerPoolOptions, 'onFault'>;
const lowered = lowerThisThread(options.niceness ?? 0);
const send = (reply: GraderThreadReply) => port.postMessage(reply);
const grader = createGrader({
  ...options,
  // The workers inherit this thread's nice value, and `nice -n` adds to it: only what is left to add.
  niceness: (options.niceness ?? 0) - lowered,
  // A worker's scheduling group starts at 0 whatever this thread's value: it gets the whole of it.
  groupNiceness: options.niceness ?? 0,
  onFault: (error) => send({ type: 'fault', message: error.message }),
});

// Exercises by content hash: sent once, then named. Bounded: a forgotten one is asked for again.
const exercises = new Map<string, Exercise>();
const maxExercises = 500;

port.on('message', (request: GraderThreadRequest) => {
  if (request.type === 'close') {
    void grader.close().then(() => port.close());
    return;
  }
  if (request.exercise) {
    if (exercises.size >= maxExercises) exercises.delete(exercises.keys().next().value!);
    exercises.set(request.exercise.contentHash, request.exercise);
  }
  const exercise = exercises.get(request.contentHash);
  if (!exercise) {
    send({ type: 'unknown-exercise', id: request.id });
    return;
  }
  grader.grade(exercise, request.source, { mode: request.mode }).then(
    (result) =>
      send(
        request.stored
          ? { type: 'stored', id: request.id, grade: toStoredGrade(result) }
          : { type: 'result', id: request.id, result },
      ),
    (error: unknown) =>
      send({
        type: 'error',
        id: request.id,
        name: error instanceof Error ? error.name : 'Error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});

/**
 * Grading is asynchronous and the requests of the server's thread are not, so this thread runs at the
 * workers' nice value. Linux keeps a nice value per thread; /proc/thread-self names this one's id.
 * Returns how much it was lowered.
 */
function lowerThisThread(niceness: number): number {
  if (niceness <= 0 || process.platform !== 'linux') return 0;
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return 0;
    const before = getPriority(tid);
    setPriority(tid, before + niceness);
    return getPriority(tid) - before;
  } catch {
    // Not permitted or no /proc: the thread keeps the process's priority, which is only slower.
    return 0;
  }
}
