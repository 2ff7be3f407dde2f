// An attempt as its learner sees it: where it is in the queue, then the grader's result (which never holds
// a hidden test's input, expected value or output: see grade-result.ts).
import { z } from 'zod';
import { GradeResult } from './grade-result.ts';

export const AttemptStatus = z.enum(['queued', 'running', 'done']);
export type AttemptStatus = z.infer<typeof AttemptStatus>;

export const PublicAttempt = z.strictObject({
  id: z.number().int(),
  exercise: z.string(),
  /** The content hash of the exercise version it was graded against. */
  version: z.string(),
  language: z.enum(['javascript', 'typescript']),
  code: z.string(),
  status: AttemptStatus,
  /** 1 for the next to be graded; only while queued. */
  position: z.number().int().min(1).optional(),
  result: GradeResult.optional(),
  score: z.number().optional(),
  maxScore: z.number().optional(),
  /** Grading failed on our side (never the learner's doing); they may submit again. */
  fault: z.boolean().optional(),
  createdAt: z.number(),
  startedAt: z.number().optional(),
  finishedAt: z.number().optional(),
});
export type PublicAttempt = z.infer<typeof PublicAttempt>;

export const SubmissionBody = z.strictObject({
  code: z.string(),
  language: z.enum(['javascript', 'typescript']),
});
export type SubmissionBody = z.infer<typeof SubmissionBody>;

export const DraftBody = z.strictObject({ code: z.string() });

export const ExerciseProgress = z.strictObject({
  attempts: z.number().int(),
  bestScore: z.number().optional(),
  maxScore: z.number().optional(),
  passed: z.boolean(),
  lastAttemptAt: z.number().optional(),
});
export type ExerciseProgress = z.infer<typeof ExerciseProgress>;
