// Enrolling in a course: `POST /api/courses/:slug/enrolment`. An open course takes no body (or `{}`); a
// private one takes the key its teacher gave (`exo course key`). What the web app sends and reads back,
// and the error codes it can meet, so the form can say what went wrong.
import { z } from 'zod';
import { Slug } from './exercise-spec.ts';

export const EnrolmentBody = z.strictObject({
  /** The course's enrolment key, as the teacher wrote it: case, spaces and dashes do not matter. */
  key: z.string().trim().min(1).max(200).optional(),
});
export type EnrolmentBody = z.infer<typeof EnrolmentBody>;

/** 201: the caller is enrolled (again, harmlessly, when they already were). */
export const Enrolment = z.strictObject({ course: Slug, enrolledAt: z.number() });
export type Enrolment = z.infer<typeof Enrolment>;

/**
 * Why an enrolment is refused, in `error.code`:
 * - `enrolment-key-required` (403): a private course, and no key sent;
 * - `wrong-enrolment-key` (403): the key does not match;
 * - `enrolment-closed` (403): a private course whose teacher has not set a key yet;
 * - `too-many-enrolment-attempts` (429, `Retry-After`): too many wrong keys, from this learner or for this
 *   course (guessing is slowed down for everyone);
 * - `not-found` (404): no such course.
 */
export const EnrolmentErrorCode = z.enum([
  'enrolment-key-required',
  'wrong-enrolment-key',
  'enrolment-closed',
  'too-many-enrolment-attempts',
  'not-found',
]);
export type EnrolmentErrorCode = z.infer<typeof EnrolmentErrorCode>;

/**
 * `error.details` of a 403 `not-enrolled`: the exercise belongs only to private courses the caller is not
 * enrolled in; enrolling in any of `courses` opens it.
 */
export const NotEnrolledDetails = z.strictObject({ courses: z.array(Slug).min(1) });
export type NotEnrolledDetails = z.infer<typeof NotEnrolledDetails>;
