import { describe, expect, it } from 'vitest';
import { editDistance, suggestName } from './did-you-mean.ts';

describe('editDistance', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('lenght', 'length')).toBe(1);
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('cnsole', 'console')).toBe(1);
    expect(editDistance('total', 'totals')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('suggestName', () => {
  it('suggests a declared name one letter away', () => {
    expect(suggestName('totl', ['total', 'count'])).toEqual({ name: 'total', caseOnly: false });
  });

  it('flags a mistake of upper or lower case on its own', () => {
    expect(suggestName('Console', ['console', 'Math'])).toEqual({ name: 'console', caseOnly: true });
    expect(suggestName('math', ['console', 'Math'])).toEqual({ name: 'Math', caseOnly: true });
  });

  it('prefers a case mistake over a closer spelling', () => {
    expect(suggestName('Total', ['totals', 'total'])).toEqual({ name: 'total', caseOnly: true });
  });

  it('prefers the closest candidate, then the earliest', () => {
    expect(suggestName('conut', ['count', 'const'])).toEqual({ name: 'count', caseOnly: false });
    expect(suggestName('resulst', ['results', 'result'])?.name).toBe('results');
  });

  it('says nothing when no candidate is close enough', () => {
    expect(suggestName('banana', ['console', 'Math'])).toBeUndefined();
  });

  it('does not guess between very short names', () => {
    expect(suggestName('j', ['i'])).toBeUndefined();
    expect(suggestName('ab', ['ac'])).toBeUndefined();
  });

  it('never suggests the name itself', () => {
    expect(suggestName('x1', ['x1'])).toBeUndefined();
  });
});
