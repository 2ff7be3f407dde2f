// What the teacher routes (/api/teacher/…) send: every attempt at an exercise with whose it is, the
// exercises with their activity, a course's learners with their standing, one learner's progress. Learners'
// code and results are in here, so these answers only ever reach a teacher's session.
import { z } from 'zod';
import { CourseStanding } from './course-standing.ts';
import { Slug } from './exercise-spec.ts';
import { LocalizedText } from './localized-text.ts';
import { ExerciseProgress, PublicAttempt } from './public-attempt.ts';

export const TeacherAttempt = PublicAttempt.extend({
  learnerId: z.string(),
  displayName: z.string().nullable(),
});
export type TeacherAttempt = z.infer<typeof TeacherAttempt>;

export const TeacherAttempts = z.strictObject({ attempts: z.array(TeacherAttempt) });
export type TeacherAttempts = z.infer<typeof TeacherAttempts>;

export const ExerciseActivity = z.strictObject({
  slug: Slug,
  title: LocalizedText,
  language: z.enum(['javascript', 'typescript']),
  difficulty: z.number().int(),
  attempts: z.number().int().min(0),
  /** Learners with at least one attempt. */
  learners: z.number().int().min(0),
  /** Learners with at least one passing attempt. */
  learnersPassed: z.number().int().min(0),
});
export type ExerciseActivity = z.infer<typeof ExerciseActivity>;

export const TeacherExercises = z.strictObject({ exercises: z.array(ExerciseActivity) });
export type TeacherExercises = z.infer<typeof TeacherExercises>;

export const CourseLearner = z.strictObject({
  learnerId: z.string(),
  displayName: z.string().nullable(),
  enrolled: z.boolean(),
  attempts: z.number().int().min(0),
  lastAttemptAt: z.number().nullable(),
  standing: CourseStanding,
});
export type CourseLearner = z.infer<typeof CourseLearner>;

/** A course's learners: those enrolled and those who submitted to one of its exercises, latest active first. */
export const CourseLearners = z.strictObject({
  course: Slug,
  title: LocalizedText,
  learners: z.array(CourseLearner),
});
export type CourseLearners = z.infer<typeof CourseLearners>;

export const LearnerProgress = z.strictObject({
  learnerId: z.string(),
  displayName: z.string().nullable(),
  /** Per exercise slug, for every exercise they submitted to. */
  exercises: z.record(z.string(), ExerciseProgress),
  /** Their standing in every course. */
  courses: z.array(z.strictObject({ course: Slug, title: LocalizedText, standing: CourseStanding })),
});
export type LearnerProgress = z.infer<typeof LearnerProgress>;
