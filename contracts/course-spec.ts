// A course as a teacher writes it in `exercises/<course-slug>.course.yaml`: its modules (weeks), each
// with its exercises in order, and what a learner needs for the attestation. The JSON Schema published
// for editors is made from this schema (`npm run exo -- schema`), so the two cannot drift apart.
import { z } from 'zod';
import { Slug } from './exercise-spec.ts';
import { LocalizedText } from './localized-text.ts';

export const CourseModule = z.strictObject({
  /** Stable id, kept in statistics and URLs: renaming it makes a new module. */
  id: Slug,
  title: LocalizedText,
  description: LocalizedText.optional(),
  /** Exercise slugs (their folder names), in the order the learner meets them. */
  exercises: z.array(Slug).min(1),
});
export type CourseModule = z.infer<typeof CourseModule>;

export const CourseSpec = z.strictObject({
  $schema: z.string().optional(),
  title: LocalizedText,
  /** A sentence or two for the course catalogue. */
  description: LocalizedText,
  /**
   * `open`: anyone may enrol (a MOOC). `private`: learners need an enrolment key (a SPOC); the key is never
   * written here, since this file is public in git: the server stores it, hashed.
   */
  access: z.enum(['open', 'private']),
  /** The share of the course's points a learner needs for the attestation of success: 0.6 is 60%. */
  passThreshold: z.number().gt(0).max(1),
  modules: z.array(CourseModule).min(1),
});
export type CourseSpec = z.infer<typeof CourseSpec>;
export type CourseSpecInput = z.input<typeof CourseSpec>;
