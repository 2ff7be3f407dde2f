// A learner's standing in a course, from their attempts: for each exercise the best share of its points
// they reached in one attempt, times the exercise's points today (so an attempt graded against an older
// version counts at the same rate), summed and compared with the course's pass threshold. The attestation
// is dated by the attempt that first took the score to the threshold, so printing it again later gives
// the same date. Used by the learner's attestation route and the teacher routes.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CourseSpec } from '../../contracts/course-spec.ts';
import type { CourseStanding } from '../../contracts/course-standing.ts';
import { findCurrentExercise } from '../db/exercise-queries.ts';
import type { Db } from '../db/open-database.ts';
import { attempts, exercises, exerciseVersions } from '../db/schema.ts';

export interface CourseExercise {
  slug: string;
  /** The sum of its tests' points in the version served today. */
  points: number;
}

export interface StandingAttempt {
  learnerId: string;
  slug: string;
  /** Null until graded, or when grading failed on our side. */
  score: number | null;
  maxScore: number | null;
  verdict: 'passed' | 'failed' | 'error' | null;
  createdAt: number;
  /** When it was graded (its score existed from then on). */
  finishedAt: number | null;
}

/** The course's exercises the server has, each once, in the order of its modules. */
export function courseExercises(db: Db, spec: CourseSpec): CourseExercise[] {
  const slugs = [...new Set(spec.modules.flatMap((module) => module.exercises))];
  return slugs.flatMap((slug) => {
    const found = findCurrentExercise(db, slug);
    if (!found) return [];
    return [{ slug, points: found.exercise.spec.tests.reduce((sum, test) => sum + test.points, 0) }];
  });
}

/** Every attempt at these exercises, oldest first: one learner's, or everyone's. */
export function courseAttempts(db: Db, slugs: string[], learnerId?: string): StandingAttempt[] {
  if (slugs.length === 0) return [];
  const inCourse = inArray(exercises.slug, slugs);
  return db
    .select({
      learnerId: attempts.learnerId,
      slug: exercises.slug,
      score: attempts.score,
      maxScore: attempts.maxScore,
      verdict: attempts.verdict,
      createdAt: attempts.createdAt,
      finishedAt: attempts.finishedAt,
    })
    .from(attempts)
    .innerJoin(exerciseVersions, eq(exerciseVersions.id, attempts.exerciseVersionId))
    .innerJoin(exercises, eq(exercises.id, exerciseVersions.exerciseId))
    .where(learnerId === undefined ? inCourse : and(inCourse, eq(attempts.learnerId, learnerId)))
    .orderBy(asc(attempts.id))
    .all();
}

// Shares are ratios of small sums of test points: 0.6 × 5 must count 3 points as reaching 60%.
const epsilon = 1e-9;

/** One learner's standing, from their attempts at the course's exercises, oldest first. */
export function computeStanding(
  course: CourseExercise[],
  passThreshold: number,
  learnerAttempts: StandingAttempt[],
): CourseStanding {
  const points = new Map(course.map((exercise) => [exercise.slug, exercise.points]));
  const maxScore = course.reduce((sum, exercise) => sum + exercise.points, 0);
  const best = new Map<string, number>();
  const passed = new Set<string>();
  let score = 0;
  let earnedAt: number | null = null;
  for (const attempt of learnerAttempts) {
    const exercisePoints = points.get(attempt.slug);
    if (exercisePoints === undefined) continue;
    if (attempt.verdict === 'passed') passed.add(attempt.slug);
    if (attempt.score === null || attempt.maxScore === null || attempt.maxScore <= 0) continue;
    const share = Math.min(1, Math.max(0, attempt.score / attempt.maxScore));
    const before = best.get(attempt.slug) ?? 0;
    if (share <= before) continue;
    best.set(attempt.slug, share);
    score += (share - before) * exercisePoints;
    if (earnedAt === null && maxScore > 0 && score >= passThreshold * maxScore - epsilon) {
      earnedAt = attempt.finishedAt ?? attempt.createdAt;
    }
  }
  return {
    passThreshold,
    score: Math.round(score * 1e6) / 1e6,
    maxScore,
    exerciseCount: course.length,
    exercisesPassed: passed.size,
    earnedAt,
  };
}
