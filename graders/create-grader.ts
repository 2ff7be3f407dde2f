// The grader as a long-lived service: a warm pool of sandbox processes and `grade` on top. The server and
// the command line each make one and close it when they stop.
import type { Exercise } from '../contracts/exercise.ts';
import type { GradeResult } from '../contracts/grade-result.ts';
import { type GradeOptions, gradeSubmission } from './grade-submission.ts';
import { createWorkerPool, type WorkerPoolOptions } from './pool/worker-pool.ts';

export interface Grader {
  grade(exercise: Exercise, source: string, options?: Pick<GradeOptions, 'mode'>): Promise<GradeResult>;
  /**
   * A submission's result as it is stored: its JSON and the fields kept apart. A grader in another thread
   * serialises it there, so the caller's thread never builds the result's objects only to write them out.
   */
  gradeForStorage?(exercise: Exercise, source: string): Promise<StoredGrade>;
  close(): Promise<void>;
}

export interface StoredGrade {
  /** JSON.stringify of the GradeResult. */
  json: string;
  status: GradeResult['status'];
  score: number;
  maxScore: number;
}

export function toStoredGrade(result: GradeResult): StoredGrade {
  return {
    json: JSON.stringify(result),
    status: result.status,
    score: result.score,
    maxScore: result.maxScore,
  };
}

export function createGrader(options: WorkerPoolOptions = {}): Grader {
  const pool = createWorkerPool(options);
  return {
    grade: (exercise, source, gradeOptions = {}) =>
      gradeSubmission(exercise, source, { ...gradeOptions, runJob: (job) => pool.run(job) }),
    close: () => pool.close(),
  };
}
