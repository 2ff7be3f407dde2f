import { describe, expect, it } from 'vitest';
import { readRoute } from '../route.ts';
import { readTeacherRoute, teacherPaths } from './teacher-route.ts';

describe('readTeacherRoute', () => {
  it('reads each teacher page from the segments after /teacher', () => {
    expect(readTeacherRoute([])).toEqual({ view: 'overview' });
    expect(readTeacherRoute(['course', 'first-steps'])).toEqual({
      view: 'course-learners',
      slug: 'first-steps',
    });
    expect(readTeacherRoute(['exercise', 'sum-of-array'])).toEqual({
      view: 'exercise-attempts',
      slug: 'sum-of-array',
    });
    expect(readTeacherRoute(['learner', 'abc'])).toEqual({ view: 'learner', id: 'abc' });
  });

  it('sends anything else to not-found', () => {
    expect(readTeacherRoute(['course'])).toEqual({ view: 'not-found' });
    expect(readTeacherRoute(['course', 'a', 'b'])).toEqual({ view: 'not-found' });
    expect(readTeacherRoute(['stats', 'a'])).toEqual({ view: 'not-found' });
  });

  it('reads back every path it makes, through the app routes', () => {
    expect(readRoute(teacherPaths.overview)).toEqual({ page: 'teacher', view: { view: 'overview' } });
    expect(readRoute(teacherPaths.learner('a b/c'))).toEqual({
      page: 'teacher',
      view: { view: 'learner', id: 'a b/c' },
    });
    expect(readRoute(teacherPaths.courseLearners('first-steps'))).toEqual({
      page: 'teacher',
      view: { view: 'course-learners', slug: 'first-steps' },
    });
    expect(readRoute(teacherPaths.exerciseAttempts('sum-of-array'))).toEqual({
      page: 'teacher',
      view: { view: 'exercise-attempts', slug: 'sum-of-array' },
    });
  });
});
