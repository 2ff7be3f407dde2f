// What GET /api/courses/:slug/attestation sends the caller: their standing in the course, and what the
// printable attestation shows once it is earned (their display name if they gave one, the course title,
// the date, the score). The learner id is printed as a reference a teacher can look up.
import { z } from 'zod';
import { CourseStanding } from './course-standing.ts';
import { Slug } from './exercise-spec.ts';
import { LocalizedText } from './localized-text.ts';

export const CourseAttestation = z.strictObject({
  course: Slug,
  title: LocalizedText,
  learner: z.strictObject({ id: z.string(), displayName: z.string().nullable() }),
  standing: CourseStanding,
});
export type CourseAttestation = z.infer<typeof CourseAttestation>;
