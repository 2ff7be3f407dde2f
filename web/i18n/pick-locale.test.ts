import { describe, expect, it } from 'vitest';
import { pickLocale } from './pick-locale.ts';

describe('pickLocale', () => {
  it('keeps the language the learner chose over the browser’s', () => {
    expect(pickLocale('fr', ['en-US', 'en'])).toBe('fr');
  });

  it('takes the first preferred browser language that we have, region ignored', () => {
    expect(pickLocale(null, ['de-DE', 'fr-CA', 'en'])).toBe('fr');
  });

  it('ignores a stored value that is not one of our languages', () => {
    expect(pickLocale('xx', ['fr'])).toBe('fr');
  });

  it('falls back to English', () => {
    expect(pickLocale(null, ['de', 'es'])).toBe('en');
  });
});
