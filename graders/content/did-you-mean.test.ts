import { describe, expect, it } from 'vitest';
import { closestName } from './did-you-mean.ts';

describe('closestName', () => {
  const keys = ['title', 'tests', 'knownWrong', 'feedback', 'hints', 'entry'];

  it('finds a misspelt or swapped key', () => {
    expect(closestName('titel', keys)).toBe('title');
    expect(closestName('hint', keys)).toBe('hints');
    expect(closestName('feedbak', keys)).toBe('feedback');
  });

  it('ignores case, dashes and underscores', () => {
    expect(closestName('known_wrong', keys)).toBe('knownWrong');
    expect(closestName('KnownWrong', keys)).toBe('knownWrong');
  });

  it('suggests nothing for a word that is not close to any key', () => {
    expect(closestName('author', keys)).toBeUndefined();
  });
});
