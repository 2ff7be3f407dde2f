// /api/courses/:slug/attestation — the caller's standing in a course and, once their score reaches the
// course's pass threshold, what their attestation of success shows (display name, course, date, score).
// The web app prints it; nothing is signed: a teacher checks it against the reference it carries (the
// learner id) on their course page.
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { CourseAttestation } from '../../contracts/course-attestation.ts';
import { CourseSpec } from '../../contracts/course-spec.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { computeStanding, courseAttempts, courseExercises } from '../courses/course-standing.ts';
import { courses, enrolments, learners } from '../db/schema.ts';
import { ApiError } from '../http/api-error.ts';
import { validate } from '../http/validate.ts';

export function attestationRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>().get(
    '/:slug/attestation',
    validate('param', z.object({ slug: z.string().max(200) })),
    (c) => {
      const { slug } = c.req.valid('param');
      const row = db.select().from(courses).where(eq(courses.slug, slug)).get();
      if (!row) throw new ApiError(404, 'not-found', `There is no course "${slug}".`);
      const spec = CourseSpec.parse(row.spec);
      const { learnerId, user } = c.get('identity');
      // A private course attests only its enrolled learners (its exercises may also be in an open course).
      if (spec.access === 'private' && !user) {
        const enrolled = db
          .select({ learnerId: enrolments.learnerId })
          .from(enrolments)
          .where(and(eq(enrolments.learnerId, learnerId), eq(enrolments.courseSlug, slug)))
          .get();
        if (!enrolled) throw new ApiError(403, 'not-enrolled', 'Enrol in this course first.');
      }
      const exercises = courseExercises(db, spec);
      const attempts = courseAttempts(
        db,
        exercises.map((exercise) => exercise.slug),
        learnerId,
      );
      const learner = db
        .select({ displayName: learners.displayName })
        .from(learners)
        .where(eq(learners.id, learnerId))
        .get();
      const attestation: CourseAttestation = {
        course: slug,
        title: spec.title,
        learner: { id: learnerId, displayName: learner?.displayName ?? null },
        standing: computeStanding(exercises, spec.passThreshold, attempts),
      };
      return c.json(attestation);
    },
  );
}
