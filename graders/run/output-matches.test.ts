import { describe, expect, it } from 'vitest';
import { outputMatches } from './output-matches.ts';

describe('outputMatches', () => {
  it('accepts identical output', () => {
    expect(outputMatches('5\n', '5')).toBe(true);
    expect(outputMatches('a\nb\n', 'a\nb\n')).toBe(true);
  });

  it('ignores trailing spaces and trailing blank lines by default', () => {
    expect(outputMatches('5  \n\n\n', '5')).toBe(true);
    expect(outputMatches('a \t\nb', 'a\nb  ')).toBe(true);
  });

  it('still sees leading spaces and blank lines between lines', () => {
    expect(outputMatches(' 5', '5')).toBe(false);
    expect(outputMatches('a\n\nb', 'a\nb')).toBe(false);
  });

  it('counts trailing spaces and blank lines when asked to, but never the final newline', () => {
    const exact = { ignoreTrailingSpace: false };
    expect(outputMatches('5 \n', '5', exact)).toBe(false);
    expect(outputMatches('5\n\n', '5', exact)).toBe(false);
    expect(outputMatches('5\n', '5', exact)).toBe(true);
  });

  it('treats Windows line endings as plain newlines', () => {
    expect(outputMatches('a\r\nb\r\n', 'a\nb')).toBe(true);
    expect(outputMatches('a\nb', 'a\r\nb\r\n', { ignoreTrailingSpace: false })).toBe(true);
  });

  it('ignores case only when asked to', () => {
    expect(outputMatches('Hello', 'hello')).toBe(false);
    expect(outputMatches('Hello', 'hello', { ignoreCase: true })).toBe(true);
  });

  it('accepts numbers within the tolerance when the text around them is the same', () => {
    const near = { tolerance: 0.01 };
    expect(outputMatches('Average: 3.3333333', 'Average: 3.33', near)).toBe(true);
    expect(outputMatches('Average: 3.35', 'Average: 3.33', near)).toBe(false);
    expect(outputMatches('Mean: 3.333', 'Average: 3.33', near)).toBe(false);
    expect(outputMatches('1.50 and -2', '1.5 and -2.001', near)).toBe(true);
    expect(outputMatches('1 2', '1 2 3', near)).toBe(false);
  });

  it('treats the expected text as a pattern for the whole output in regex mode', () => {
    expect(outputMatches('Score: 42\n', 'Score: \\d+', { regex: true })).toBe(true);
    expect(outputMatches('Your score: 42', 'Score: \\d+', { regex: true })).toBe(false);
    expect(outputMatches('score: 42', 'Score: \\d+', { regex: true, ignoreCase: true })).toBe(true);
    expect(outputMatches('a\nb\n', 'a\\nb', { regex: true })).toBe(true);
  });
});
