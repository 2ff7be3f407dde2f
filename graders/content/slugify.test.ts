import { describe, expect, it } from 'vitest';
import { Slug } from '../../contracts/exercise-spec.ts';
import { slugify } from './slugify.ts';

describe('slugify', () => {
  it('turns a test name into a valid slug', () => {
    expect(slugify('Empty array → 0')).toBe('empty-array-0');
    expect(slugify('  Négatifs et zéro!  ')).toBe('negatifs-et-zero');
    expect(Slug.safeParse(slugify('sum([1, 2, 3]) is 6')).success).toBe(true);
  });

  it('gives an empty string when nothing in the name can be kept', () => {
    expect(slugify('→ ✓')).toBe('');
  });
});
