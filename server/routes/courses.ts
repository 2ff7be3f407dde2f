// /api/courses — the catalogue: each course's modules and exercises, with the caller's progress on each,
// and enrolment in an open course. A private course's enrolment key is not implemented yet.
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { CatalogueCourse, CourseCatalogue } from '../../contracts/course-catalogue.ts';
import { CourseSpec } from '../../contracts/course-spec.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { learnerProgress } from '../db/attempt-queries.ts';
import { findCurrentExercise } from '../db/exercise-queries.ts';
import { courses, enrolments } from '../db/schema.ts';
import { ApiError } from '../http/api-error.ts';
import { validate } from '../http/validate.ts';

export function courseRoutes({ db, clock }: AppDeps) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const { learnerId } = c.get('identity');
      const progress = learnerProgress(db, learnerId);
      const enrolled = new Set(
        db
          .select({ slug: enrolments.courseSlug })
          .from(enrolments)
          .where(eq(enrolments.learnerId, learnerId))
          .all()
          .map((row) => row.slug),
      );
      const rows = db.select().from(courses).orderBy(courses.slug).all();
      const catalogue: CourseCatalogue = {
        courses: rows.map((row): CatalogueCourse => {
          const spec = CourseSpec.parse(row.spec);
          return {
            slug: row.slug,
            title: spec.title,
            description: spec.description,
            access: spec.access,
            passThreshold: spec.passThreshold,
            enrolled: enrolled.has(row.slug),
            modules: spec.modules.map((module) => ({
              id: module.id,
              title: module.title,
              ...(module.description ? { description: module.description } : {}),
              exercises: module.exercises.flatMap((slug) => {
                const found = findCurrentExercise(db, slug);
                if (!found) return [];
                const { spec: exercise } = found.exercise;
                return [
                  {
                    slug,
                    title: exercise.title,
                    difficulty: exercise.difficulty,
                    progress: progress.get(slug) ?? { attempts: 0, passed: false },
                  },
                ];
              }),
            })),
          };
        }),
      };
      return c.json(catalogue);
    })
    .post('/:slug/enrolment', validate('param', z.object({ slug: z.string().max(200) })), (c) => {
      const { slug } = c.req.valid('param');
      const row = db.select().from(courses).where(eq(courses.slug, slug)).get();
      if (!row) throw new ApiError(404, 'not-found', `There is no course "${slug}".`);
      if (CourseSpec.parse(row.spec).access !== 'open') {
        throw new ApiError(
          403,
          'enrolment-key-required',
          'This course needs an enrolment key from its teacher.',
        );
      }
      const { learnerId } = c.get('identity');
      db.insert(enrolments)
        .values({ learnerId, courseSlug: slug, createdAt: clock.now() })
        .onConflictDoNothing()
        .run();
      const enrolment = db
        .select()
        .from(enrolments)
        .where(and(eq(enrolments.learnerId, learnerId), eq(enrolments.courseSlug, slug)))
        .get();
      return c.json({ course: slug, enrolledAt: enrolment?.createdAt }, 201);
    });
}
