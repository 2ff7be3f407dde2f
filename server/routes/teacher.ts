// /api/teacher — for teachers and admins only: every learner's attempts at an exercise, one learner's
// progress. A learner gets 401 (not logged in as a teacher); nothing here is reachable with a learner's
// session.
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { learnerProgress, listExerciseAttempts, toPublicAttempt } from '../db/attempt-queries.ts';
import { findCurrentExercise } from '../db/exercise-queries.ts';
import { learners } from '../db/schema.ts';
import { ApiError } from '../http/api-error.ts';
import { validate } from '../http/validate.ts';

const requireTeacher = createMiddleware<AppEnv>(async (c, next) => {
  const { user } = c.get('identity');
  if (!user) throw new ApiError(401, 'login-required', 'Log in as a teacher first.');
  if (user.role !== 'teacher' && user.role !== 'admin') {
    throw new ApiError(403, 'forbidden', 'This is for teachers only.');
  }
  return next();
});

const Page = z.object({
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function teacherRoutes({ db, queue }: AppDeps) {
  return new Hono<AppEnv>()
    .use(requireTeacher)
    .get(
      '/exercises/:slug/attempts',
      validate('param', z.object({ slug: z.string().max(200) })),
      validate('query', Page),
      (c) => {
        const { slug } = c.req.valid('param');
        if (!findCurrentExercise(db, slug))
          throw new ApiError(404, 'not-found', `There is no exercise "${slug}".`);
        const page = c.req.valid('query');
        const rows = listExerciseAttempts(db, slug, {
          limit: page.limit,
          ...(page.before !== undefined ? { before: page.before } : {}),
        });
        return c.json({
          attempts: rows.map((row) => ({
            learnerId: row.learnerId,
            ...toPublicAttempt(row, queue.position(row.id)),
          })),
        });
      },
    )
    .get('/learners/:id/progress', validate('param', z.object({ id: z.string().max(100) })), (c) => {
      const { id } = c.req.valid('param');
      const learner = db.select().from(learners).where(eq(learners.id, id)).get();
      if (!learner) throw new ApiError(404, 'not-found', `There is no learner ${id}.`);
      return c.json({
        learnerId: learner.id,
        displayName: learner.displayName,
        exercises: Object.fromEntries(learnerProgress(db, id)),
      });
    });
}
