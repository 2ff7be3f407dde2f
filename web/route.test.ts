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

  it('sends the root to the course list and anything else to not-found', () => {
    expect(readRoute('/')).toEqual({ page: 'home' });
    expect(readRoute('/exercise')).toEqual({ page: 'not-found' });
    expect(readRoute('/exercise/a/b')).toEqual({ page: 'not-found' });
  });
});
