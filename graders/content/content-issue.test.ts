import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentIssue, sortIssues } from './content-issue.ts';

describe('formatContentIssue', () => {
  it('gives path:line:col: message, and leaves out what it does not know', () => {
    expect(formatContentIssue({ file: 'a/exercise.yaml', line: 3, column: 5, message: 'Oops.' })).toBe(
      'a/exercise.yaml:3:5: Oops.',
    );
    expect(formatContentIssue({ file: 'a/statement.fr.md', message: 'Missing.' })).toBe(
      'a/statement.fr.md: Missing.',
    );
  });

  it('prefixes a root, so that a terminal can open the file', () => {
    expect(formatContentIssue({ file: 'a/exercise.yaml', line: 1, message: 'x' }, 'exercises')).toBe(
      `${path.join('exercises', 'a', 'exercise.yaml')}:1: x`,
    );
  });
});

describe('sortIssues', () => {
  it('orders by file, then line, keeping the order of issues on one line', () => {
    const issues = [
      { file: 'b.course.yaml', line: 2, message: 'b2' },
      { file: 'a/exercise.yaml', line: 9, message: 'a9' },
      { file: 'a/exercise.yaml', line: 3, message: 'a3 first' },
      { file: 'a/exercise.yaml', line: 3, message: 'a3 second' },
    ];
    expect(sortIssues(issues).map((issue) => issue.message)).toEqual(['a3 first', 'a3 second', 'a9', 'b2']);
  });
});
