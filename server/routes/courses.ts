// /api/courses — the catalogue: each course's modules and exercises, with the caller's progress on each,
// and enrolment. Anyone may enrol in an open course; a private one takes the key its teacher set with
// `exo course key` (docs/decisions/011-enrolment-keys.md). Teachers need no key.
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { CatalogueCourse, CourseCatalogue } from '../../contracts/course-catalogue.ts';
import { EnrolmentBody } from '../../contracts/enrolment.ts';
import type { AppDeps, AppEnv } from '../app-env.ts';
import { courseIndex } from '../courses/course-index.ts';
import { checkEnrolmentKey, hasEnrolmentKey } from '../courses/enrolment-keys.ts';
import { isEnrolled, isStaff } from '../courses/exercise-access.ts';
import { learnerProgress } from '../db/attempt-queries.ts';
import { findCurrentExercise } from '../db/exercise-queries.ts';
import { enrolments } from '../db/schema.ts';
import { ApiError } from '../http/api-error.ts';
import { validate } from '../http/validate.ts';
import { createTokenBuckets } from '../queue/token-bucket.ts';

/**
 * Key guessing. Per learner: 5 wrong keys, then one a minute (a typo or two costs nothing). Per course: 30
 * wrong keys, then one every 10 s over all learners, because anonymous learners cost nothing to make, so
 * a per-learner limit alone does not slow a guesser. A right key gives its tokens back. As with logins, a
 * guesser can delay enrolment in a course, never guess faster than ~8,600 keys a day; a generated key
 * (~59 bits) is out of reach at that rate.
 */
const learnerLimit = { burst: 5, refillMs: 60_000 };
const courseLimit = { burst: 30, refillMs: 10_000 };

const retryAfter = (ms: number) => ({ 'Retry-After': String(Math.max(1, Math.ceil(ms / 1000))) });

export function courseRoutes({ db, clock }: AppDeps) {
  const byLearner = createTokenBuckets(learnerLimit);
  const byCourse = createTokenBuckets(courseLimit);

  /** Spends a token of each bucket, or throws 429 having spent none. */
  const takeGuess = (learnerId: string, course: string) => {
    const now = clock.now();
    const learnerWait = byLearner.take(learnerId, now);
    const courseWait = learnerWait > 0 ? 0 : byCourse.take(course, now);
    if (learnerWait > 0 || courseWait > 0) {
      if (courseWait > 0) byLearner.giveBack(learnerId, now);
      const waitMs = Math.max(learnerWait, courseWait);
      throw new ApiError(
        429,
        'too-many-enrolment-attempts',
        'Too many wrong enrolment keys: wait a little before trying again.',
        { headers: retryAfter(waitMs), details: { retryAfterMs: waitMs } },
      );
    }
    return () => {
      byLearner.giveBack(learnerId, clock.now());
      byCourse.giveBack(course, clock.now());
    };
  };

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
      const catalogue: CourseCatalogue = {
        courses: [...courseIndex(db).courses].map(
          ([slug, spec]): CatalogueCourse => ({
            slug,
            title: spec.title,
            description: spec.description,
            access: spec.access,
            passThreshold: spec.passThreshold,
            enrolled: enrolled.has(slug),
            modules: spec.modules.map((module) => ({
              id: module.id,
              title: module.title,
              ...(module.description ? { description: module.description } : {}),
              exercises: module.exercises.flatMap((exerciseSlug) => {
                const found = findCurrentExercise(db, exerciseSlug);
                if (!found) return [];
                const { spec: exercise } = found.exercise;
                return [
                  {
                    slug: exerciseSlug,
                    title: exercise.title,
                    difficulty: exercise.difficulty,
                    progress: progress.get(exerciseSlug) ?? { attempts: 0, passed: false },
                  },
                ];
              }),
            })),
          }),
        ),
      };
      return c.json(catalogue);
    })
    .post(
      '/:slug/enrolment',
      validate('param', z.object({ slug: z.string().max(200) })),
      validate('json', EnrolmentBody),
      async (c) => {
        const { slug } = c.req.valid('param');
        const { key } = c.req.valid('json');
        const spec = courseIndex(db).courses.get(slug);
        if (!spec) throw new ApiError(404, 'not-found', `There is no course "${slug}".`);
        const identity = c.get('identity');
        const { learnerId } = identity;
        if (spec.access === 'private' && !isStaff(identity) && !isEnrolled(db, learnerId, [slug])) {
          if (key === undefined) {
            throw new ApiError(
              403,
              'enrolment-key-required',
              'This course needs an enrolment key from its teacher.',
            );
          }
          if (!hasEnrolmentKey(db, slug)) {
            throw new ApiError(
              403,
              'enrolment-closed',
              'This course is not open for enrolment yet: its teacher has not set an enrolment key.',
            );
          }
          const giveBack = takeGuess(learnerId, slug);
          if (!(await checkEnrolmentKey(db, slug, key))) {
            throw new ApiError(403, 'wrong-enrolment-key', 'This is not the enrolment key of this course.');
          }
          giveBack();
        }
        db.insert(enrolments)
          .values({ learnerId, courseSlug: slug, createdAt: clock.now() })
          .onConflictDoNothing()
          .run();
        const enrolment = db
          .select({ enrolledAt: enrolments.createdAt })
          .from(enrolments)
          .where(and(eq(enrolments.learnerId, learnerId), eq(enrolments.courseSlug, slug)))
          .get();
        return c.json({ course: slug, enrolledAt: enrolment?.enrolledAt ?? clock.now() }, 201);
      },
    );
}
