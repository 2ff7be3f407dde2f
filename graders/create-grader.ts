// The grader as a long-lived service: a warm pool of sandbox processes and `grade` on top. The server and
// the command line each make one and close it when they stop.
import type { Exercise } from '../contracts/exercise.ts';
import type { GradeResult } from '../contracts/grade-result.ts';
import { type GradeOptions, gradeSubmission } from './grade-submission.ts';
import { createWorkerPool, type WorkerPoolOptions } from './pool/worker-pool.ts';

export interface Grader {
  grade(exercise: Exercise, source: string, options?: Pick<GradeOptions, 'mode'>): Promise<GradeResult>;
  close(): Promise<void>;
}

export function createGrader(options: WorkerPoolOptions = {}): Grader {
  const pool = createWorkerPool(options);
  return {
    grade: (exercise, source, gradeOptions = {}) =>
      gradeSubmission(exercise, source, { ...gradeOptions, runJob: (job) => pool.run(job) }),
    close: () => pool.close(),
  };
}
