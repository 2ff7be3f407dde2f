import { describe, expect, it } from 'vitest';
import { withoutLeadingTitle } from './without-leading-title.ts';

describe('withoutLeadingTitle', () => {
  it('drops the title heading a statement opens with', () => {
    expect(withoutLeadingTitle('# Sum of an array\n\nWrite a function.')).toBe('Write a function.');
  });

  it('keeps a statement that opens with text, and later headings', () => {
    expect(withoutLeadingTitle('Write a function.\n\n# Example')).toBe('Write a function.\n\n# Example');
    expect(withoutLeadingTitle('## Example\n\nsum([1])')).toBe('## Example\n\nsum([1])');
  });
});
