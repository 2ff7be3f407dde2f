import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Arbitrary } from '../../contracts/arbitrary.ts';
import { arbitraryToFastCheck } from './arbitrary-to-fast-check.ts';

function sample(arbitrary: Arbitrary, count = 200): unknown[] {
  return fc.sample(arbitraryToFastCheck(Arbitrary.parse(arbitrary)), { seed: 7, numRuns: count });
}

describe('arbitraryToFastCheck', () => {
  it('generates integers within the bounds', () => {
    const values = sample({ integer: { min: -3, max: 3 } });
    expect(values.every((v) => Number.isInteger(v) && (v as number) >= -3 && (v as number) <= 3)).toBe(true);
    expect(new Set(values).size).toBe(7);
  });

  it('generates finite floats without NaN', () => {
    const values = sample({ float: { min: 0, max: 1 } }) as number[];
    expect(values.every((v) => Number.isFinite(v) && v >= 0 && v <= 1)).toBe(true);
    expect((sample({ float: {} }) as number[]).every((v) => Number.isFinite(v))).toBe(true);
  });

  it('generates booleans', () => {
    expect(new Set(sample({ boolean: {} }))).toEqual(new Set([true, false]));
  });

  it('generates strings from the alphabet, within the lengths', () => {
    const values = sample({ string: { minLength: 1, maxLength: 4, alphabet: 'ab😀' } }) as string[];
    for (const value of values) {
      const chars = Array.from(value);
      expect(chars.length).toBeGreaterThanOrEqual(1);
      expect(chars.length).toBeLessThanOrEqual(4);
      expect(chars.every((c) => ['a', 'b', '😀'].includes(c))).toBe(true);
    }
  });

  it('picks only the given constants', () => {
    expect(new Set(sample({ constantFrom: ['x', 1, null] }))).toEqual(new Set(['x', 1, null]));
  });

  it('nests arrays, tuples and records', () => {
    const values = sample({
      record: {
        list: { array: { of: { integer: { min: 0, max: 9 } }, maxLength: 3 } },
        pair: { tuple: [{ boolean: {} }, { constantFrom: ['a'] }] },
      },
    }) as { list: number[]; pair: [boolean, string] }[];
    for (const value of values) {
      expect(Object.keys(value).sort()).toEqual(['list', 'pair']);
      expect(value.list.length).toBeLessThanOrEqual(3);
      expect(typeof value.pair[0]).toBe('boolean');
      expect(value.pair[1]).toBe('a');
    }
  });

  it('gives the same values for the same seed', () => {
    const arbitrary: Arbitrary = { array: { of: { integer: {} } } };
    expect(sample(arbitrary, 20)).toEqual(sample(arbitrary, 20));
  });
});
