import { describe, expect, it } from 'vitest';
import { readRoute } from './route.ts';

describe('readRoute', () => {
  it('reads an exercise page and its embedded form', () => {
    expect(readRoute('/exercise/sum-of-array')).toEqual({ page: 'exercise', slug: 'sum-of-array' });
    expect(readRoute('/embed/exercise/sum-of-array/')).toEqual({
      page: 'embed-exercise',
      slug: 'sum-of-array',
    });
  });

  it('reads a course page and its attestation', () => {
    expect(readRoute('/course/first-steps')).toEqual({ page: 'course', slug: 'first-steps' });
    expect(readRoute('/course/first-steps/attestation')).toEqual({
      page: 'attestation',
      course: 'first-steps',
    });
    expect(readRoute('/course/first-steps/other')).toEqual({ page: 'not-found' });
  });

  it('sends the root to the course list and anything else to not-found', () => {
    expect(readRoute('/')).toEqual({ page: 'home' });
    expect(readRoute('/exercise')).toEqual({ page: 'not-found' });
    expect(readRoute('/exercise/a/b')).toEqual({ page: 'not-found' });
  });

  it('reads the codecast pages: list, player, recorder and the embedded player', () => {
    expect(readRoute('/codecast')).toEqual({ page: 'codecast-list' });
    expect(readRoute('/codecast/sum-intro')).toEqual({ page: 'codecast', id: 'sum-intro' });
    expect(readRoute('/codecast/record')).toEqual({ page: 'codecast-record' });
    expect(readRoute('/embed/codecast/sum-intro')).toEqual({ page: 'embed-codecast', id: 'sum-intro' });
    expect(readRoute('/codecast/a/b')).toEqual({ page: 'not-found' });
  });
});
