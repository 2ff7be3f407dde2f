// Where a learner stands in a course: the points they have earned against the course's total, and whether
// (and since when) that reaches the share the attestation of success asks for. Computed by the server
// from the attempts (server/courses/course-standing.ts); the same shape for the learner and their teacher.
import { z } from 'zod';

export const CourseStanding = z.strictObject({
  /** The share of the points the attestation asks for: 0.6 is 60%. */
  passThreshold: z.number(),
  /** For each exercise, the best share of its points in one attempt, times its points; summed. */
  score: z.number().min(0),
  /** The points of every exercise of the course, as they are today. */
  maxScore: z.number().min(0),
  exerciseCount: z.number().int().min(0),
  /** Exercises with at least one submission where every test passed. */
  exercisesPassed: z.number().int().min(0),
  /** When the score first reached the threshold (the attestation's date), or null while it has not. */
  earnedAt: z.number().nullable(),
});
export type CourseStanding = z.infer<typeof CourseStanding>;
