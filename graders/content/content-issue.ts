// What a content file (an exercise folder, a course file) gives when it is loaded: its problems, each at a
// file and line, and the loaded data only when nothing is wrong, so one broken file never hides the others.
//
// Every issue names its file relative to the exercises root (`sum-of-array/exercise.yaml`,
// `first-steps.course.yaml`): the same on every machine, safe to show in a browser (no server path), and
// short in a terminal. `formatContentIssue` prefixes a root when the caller wants paths that an editor can
// open from the current directory.
import path from 'node:path';

export interface ContentIssue {
  /** Relative to the exercises root, with `/`: `sum-of-array/exercise.yaml`. */
  file: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  /** What is wrong and what to do about it. */
  message: string;
}

export interface ContentLoad<T> {
  errors: ContentIssue[];
  warnings: ContentIssue[];
  /** Present exactly when there is no error. */
  data?: T;
}

/** `sum-of-array/exercise.yaml:12:5: message`; with `root`, the path is given from there. */
export function formatContentIssue(issue: ContentIssue, root?: string): string {
  const file = root === undefined ? issue.file : path.join(root, ...issue.file.split('/'));
  const position =
    issue.line === undefined ? '' : `:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
  return `${file}${position}: ${issue.message}`;
}

/** By file, then line; issues of one line keep the order they were found in. */
export function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        (a.issue.file < b.issue.file ? -1 : a.issue.file > b.issue.file ? 1 : 0) ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        a.order - b.order,
    )
    .map(({ issue }) => issue);
}
