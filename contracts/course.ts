// A course as loaded from its file: the spec, and the slug its file name gives it (`first-steps` for
// first-steps.course.yaml), which is its id everywhere (URLs, enrolments, attestations).
import { z } from 'zod';
import { CourseSpec } from './course-spec.ts';
import { Slug } from './exercise-spec.ts';

export const Course = z.strictObject({
  slug: Slug,
  spec: CourseSpec,
});
export type Course = z.infer<typeof Course>;
