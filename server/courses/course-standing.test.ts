import { describe, expect, it } from 'vitest';
import { type CourseExercise, computeStanding, type StandingAttempt } from './course-standing.ts';

const course: CourseExercise[] = [
  { slug: 'a', points: 4 },
  { slug: 'b', points: 1 },
];

let clock = 0;
function attempt(slug: string, score: number | null, maxScore: number | null): StandingAttempt {
  clock += 1000;
  const verdict = score === null ? null : score === maxScore && score > 0 ? 'passed' : 'failed';
  return { learnerId: 'l', slug, score, maxScore, verdict, createdAt: clock, finishedAt: clock + 10 };
}

describe('computeStanding', () => {
  it('counts each exercise once, at the best share of its points, against the points of today', () => {
    const standing = computeStanding(course, 0.6, [
      attempt('a', 1, 2),
      attempt('a', 0, 2),
      // Graded against an older version worth 10: 5 of 10 is half of today's 4 points.
      attempt('a', 5, 10),
      attempt('b', 0, 1),
    ]);
    expect(standing).toEqual({
      passThreshold: 0.6,
      score: 2,
      maxScore: 5,
      exerciseCount: 2,
      exercisesPassed: 0,
      earnedAt: null,
    });
  });

  it('is dated by the graded attempt that first reached the threshold, whatever came after', () => {
    const reaching = attempt('a', 3, 4);
    const standing = computeStanding(course, 0.6, [
      attempt('b', 1, 1),
      attempt('a', 1, 4),
      reaching,
      attempt('a', 4, 4),
      attempt('a', 0, 4),
    ]);
    // 1 + 3 = 4 of 5 points at `reaching` (0.6 × 5 = 3 was first reached there).
    expect(standing.earnedAt).toBe(reaching.finishedAt);
    expect(standing.score).toBe(5);
    expect(standing.exercisesPassed).toBe(2);
  });

  it('reaches a threshold met exactly, despite floating point', () => {
    const tenths: CourseExercise[] = Array.from({ length: 10 }, (_, i) => ({ slug: `e${i}`, points: 0.1 }));
    const standing = computeStanding(
      tenths,
      0.3,
      ['e0', 'e1', 'e2'].map((slug) => attempt(slug, 1, 1)),
    );
    expect(standing.earnedAt).not.toBeNull();
  });

  it('ignores attempts not graded, faults, other exercises and courses without points', () => {
    expect(
      computeStanding(course, 0.5, [attempt('a', null, null), attempt('other', 3, 3), attempt('b', 0, 0)]),
    ).toMatchObject({ score: 0, exercisesPassed: 0, earnedAt: null });
    expect(computeStanding([], 0.5, [attempt('a', 1, 1)])).toMatchObject({ maxScore: 0, earnedAt: null });
  });
});
