// The demo course is the product's first impression on a beginner: this holds it to the bar it was
// written for, so that an edit cannot quietly thin it out.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../contracts/exercise.ts';
import { loadCourse } from '../graders/content/load-course.ts';
import { loadExercises } from '../graders/content/load-exercise.ts';

const root = path.join(import.meta.dirname, '..', 'exercises');

describe('the demo course "first steps in programming"', async () => {
  const loads = await loadExercises(root);
  const exercises = new Map(loads.flatMap((load) => (load.data ? [[load.slug, load.data] as const] : [])));
  const course = await loadCourse(path.join(root, 'first-steps.course.yaml'), exercises.keys());
  const slugs = course.data?.spec.modules.flatMap((module) => module.exercises) ?? [];
  const inCourse = slugs.map((slug) => exercises.get(slug)).filter((e): e is Exercise => e !== undefined);

  it('loads without errors, with at least 4 modules and 18 exercises', () => {
    expect(course.errors).toEqual([]);
    expect(course.data?.spec.modules.length).toBeGreaterThanOrEqual(4);
    expect(inCourse).toHaveLength(slugs.length);
    expect(slugs.length).toBeGreaterThanOrEqual(18);
  });

  it('gives every exercise 5 tests with hidden ones, 3 feedback rules, 3 known mistakes and 2 hints', () => {
    for (const { slug, spec, knownWrong } of inCourse) {
      expect(spec.tests.length, slug).toBeGreaterThanOrEqual(5);
      expect(
        spec.tests.some((test) => test.hidden),
        slug,
      ).toBe(true);
      expect(spec.feedback.length, slug).toBeGreaterThanOrEqual(3);
      expect(knownWrong.length, slug).toBeGreaterThanOrEqual(3);
      expect(spec.hints.length, slug).toBeGreaterThanOrEqual(2);
    }
  });

  it('mixes program, static, property and TypeScript exercises', () => {
    const count = (has: (exercise: Exercise) => boolean) => inCourse.filter(has).length;
    const hasTest = (kind: string) => (exercise: Exercise) =>
      exercise.spec.tests.some((test) => test.kind === kind);
    expect(count(hasTest('program'))).toBeGreaterThanOrEqual(3);
    expect(count(hasTest('static'))).toBeGreaterThanOrEqual(3);
    expect(count(hasTest('property'))).toBeGreaterThanOrEqual(2);
    expect(count((exercise) => exercise.spec.language === 'typescript')).toBeGreaterThanOrEqual(2);
  });

  it('has a statement with an example in both languages for every exercise', () => {
    for (const { slug, statement } of inCourse) {
      for (const text of [statement.en, statement.fr]) {
        expect(text.length, slug).toBeGreaterThan(80);
        expect(text, `${slug} shows an example in a code block`).toMatch(/```|`[^`]+`/);
      }
    }
  });
});
