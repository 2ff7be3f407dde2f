import { describe, expect, it } from 'vitest';
import { diffStrings } from './diff-strings.ts';

describe('diffStrings', () => {
  it('isolates the part that differs between two values', () => {
    expect(diffStrings('[1, 2, 3]', '[1, 5, 3]')).toEqual({
      prefix: '[1, ',
      expected: '2',
      actual: '5',
      suffix: ', 3]',
    });
  });

  it('shows a missing tail as a difference on one side only', () => {
    expect(diffStrings('"abc"', '"ab"')).toEqual({ prefix: '"ab', expected: 'c', actual: '', suffix: '"' });
  });

  it('finds no difference between equal values', () => {
    expect(diffStrings('42', '42')).toEqual({ prefix: '42', expected: '', actual: '', suffix: '' });
  });

  it('does not split a character made of two code units', () => {
    expect(diffStrings('"😀"', '"😁"')).toEqual({ prefix: '"', expected: '😀', actual: '😁', suffix: '"' });
  });
});
