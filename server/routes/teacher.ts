// /api/teacher — for teachers and admins only: the exercises with their activity, every learner's attempts
// at an exercise, a course's learners with their standing, one learner's progress. A learner gets 401 (not
// logged in as a teacher); nothing here is reachable with a learner's session. The statistics dashboard
// will add its own routes beside these.
import { eq, inArray, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { z } from 'zod';
import { CourseSpec } from '../../contracts/course-spec.ts';
import type {
  CourseLearner,
  CourseLearners,
  ExerciseActivity,
  LearnerProgress,
  TeacherAttempts,
} from '../../contracts/teacher-views.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import {
  computeStanding,
  courseAttempts,
  courseExercises,
  type StandingAttempt,
} from '../courses/course-standing.ts';
import { learnerProgress, listExerciseAttempts, toPublicAttempt } from '../db/attempt-queries.ts';
import { findCurrentExercise } from '../db/exercise-queries.ts';
import type { Db } from '../db/open-database.ts';
import { attempts, courses, enrolments, exercises, exerciseVersions, learners } from '../db/schema.ts';
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

const SlugParam = z.object({ slug: z.string().max(200) });

/** Display names by learner id, asked in slices (SQLite caps the parameters of one statement). */
function displayNames(db: Db, ids: string[]): Map<string, string | null> {
  const names = new Map<string, string | null>();
  const unique = [...new Set(ids)];
  for (let start = 0; start < unique.length; start += 500) {
    const rows = db
      .select({ id: learners.id, displayName: learners.displayName })
      .from(learners)
      .where(inArray(learners.id, unique.slice(start, start + 500)))
      .all();
    for (const row of rows) names.set(row.id, row.displayName);
  }
  return names;
}

function requireCourse(db: Db, slug: string): CourseSpec {
  const row = db.select().from(courses).where(eq(courses.slug, slug)).get();
  if (!row) throw new ApiError(404, 'not-found', `There is no course "${slug}".`);
  return CourseSpec.parse(row.spec);
}

/** Per exercise: attempts, learners who tried, learners who passed. Portable SQL (count distinct, CASE). */
function exerciseActivity(db: Db): ExerciseActivity[] {
  const counts = new Map(
    db
      .select({
        slug: exercises.slug,
        attempts: sql<number>`count(*)`.mapWith(Number),
        learners: sql<number>`count(distinct ${attempts.learnerId})`.mapWith(Number),
        learnersPassed:
          sql<number>`count(distinct case when ${attempts.verdict} = 'passed' then ${attempts.learnerId} end)`.mapWith(
            Number,
          ),
      })
      .from(attempts)
      .innerJoin(exerciseVersions, eq(exerciseVersions.id, attempts.exerciseVersionId))
      .innerJoin(exercises, eq(exercises.id, exerciseVersions.exerciseId))
      .groupBy(exercises.slug)
      .all()
      .map((row) => [row.slug, row]),
  );
  const slugs = db.select({ slug: exercises.slug }).from(exercises).orderBy(exercises.slug).all();
  return slugs.flatMap(({ slug }) => {
    const found = findCurrentExercise(db, slug);
    if (!found) return [];
    const { spec } = found.exercise;
    const count = counts.get(slug);
    return [
      {
        slug,
        title: spec.title,
        language: spec.language,
        difficulty: spec.difficulty,
        attempts: count?.attempts ?? 0,
        learners: count?.learners ?? 0,
        learnersPassed: count?.learnersPassed ?? 0,
      },
    ];
  });
}

function courseLearners(db: Db, slug: string, spec: CourseSpec): CourseLearner[] {
  const list = courseExercises(db, spec);
  const byLearner = new Map<string, StandingAttempt[]>();
  for (const attempt of courseAttempts(
    db,
    list.map((exercise) => exercise.slug),
  )) {
    const own = byLearner.get(attempt.learnerId);
    if (own) own.push(attempt);
    else byLearner.set(attempt.learnerId, [attempt]);
  }
  const enrolled = new Set(
    db
      .select({ learnerId: enrolments.learnerId })
      .from(enrolments)
      .where(eq(enrolments.courseSlug, slug))
      .all()
      .map((row) => row.learnerId),
  );
  const ids = [...new Set([...enrolled, ...byLearner.keys()])];
  const names = displayNames(db, ids);
  return ids
    .map((learnerId) => {
      const own = byLearner.get(learnerId) ?? [];
      return {
        learnerId,
        displayName: names.get(learnerId) ?? null,
        enrolled: enrolled.has(learnerId),
        attempts: own.length,
        lastAttemptAt: own.at(-1)?.createdAt ?? null,
        standing: computeStanding(list, spec.passThreshold, own),
      };
    })
    .sort(
      (a, b) => (b.lastAttemptAt ?? -1) - (a.lastAttemptAt ?? -1) || a.learnerId.localeCompare(b.learnerId),
    );
}

export function teacherRoutes({ db, queue }: AppDeps) {
  return new Hono<AppEnv>()
    .use(requireTeacher)
    .get('/exercises', (c) => c.json({ exercises: exerciseActivity(db) }))
    .get('/exercises/:slug/attempts', validate('param', SlugParam), validate('query', Page), (c) => {
      const { slug } = c.req.valid('param');
      if (!findCurrentExercise(db, slug))
        throw new ApiError(404, 'not-found', `There is no exercise "${slug}".`);
      const page = c.req.valid('query');
      const rows = listExerciseAttempts(db, slug, {
        limit: page.limit,
        ...(page.before !== undefined ? { before: page.before } : {}),
      });
      const names = displayNames(
        db,
        rows.map((row) => row.learnerId),
      );
      const answer: TeacherAttempts = {
        attempts: rows.map((row) => ({
          learnerId: row.learnerId,
          displayName: names.get(row.learnerId) ?? null,
          ...toPublicAttempt(row, queue.position(row.id)),
        })),
      };
      return c.json(answer);
    })
    .get('/courses/:slug/learners', validate('param', SlugParam), (c) => {
      const { slug } = c.req.valid('param');
      const spec = requireCourse(db, slug);
      const answer: CourseLearners = {
        course: slug,
        title: spec.title,
        learners: courseLearners(db, slug, spec),
      };
      return c.json(answer);
    })
    .get('/learners/:id/progress', validate('param', z.object({ id: z.string().max(100) })), (c) => {
      const { id } = c.req.valid('param');
      const learner = db.select().from(learners).where(eq(learners.id, id)).get();
      if (!learner) throw new ApiError(404, 'not-found', `There is no learner ${id}.`);
      const answer: LearnerProgress = {
        learnerId: learner.id,
        displayName: learner.displayName,
        exercises: Object.fromEntries(learnerProgress(db, id)),
        courses: db
          .select()
          .from(courses)
          .orderBy(courses.slug)
          .all()
          .map((row) => {
            const spec = CourseSpec.parse(row.spec);
            const list = courseExercises(db, spec);
            const own = courseAttempts(
              db,
              list.map((exercise) => exercise.slug),
              id,
            );
            return {
              course: row.slug,
              title: spec.title,
              standing: computeStanding(list, spec.passThreshold, own),
            };
          }),
      };
      return c.json(answer);
    });
}
