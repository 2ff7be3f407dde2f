// Where two rendered values differ, for highlighting expected against actual: the common start and end
// are kept plain, the middle of each is the difference. Enough for values a test renders on one line or a
// few; not a general diff.
export interface StringDifference {
  prefix: string;
  expected: string;
  actual: string;
  suffix: string;
}

export function diffStrings(expected: string, actual: string): StringDifference {
  const a = Array.from(expected);
  const b = Array.from(actual);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  ) {
    end++;
  }
  return {
    prefix: a.slice(0, start).join(''),
    expected: a.slice(start, a.length - end).join(''),
    actual: b.slice(start, b.length - end).join(''),
    suffix: a.slice(a.length - end).join(''),
  };
}
