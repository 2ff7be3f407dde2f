// Whether a program's output is the expected one. Beginners cannot see trailing spaces or a missing final
// newline, so by default neither counts; Windows line endings never count. A final newline ends the
// last line rather than starting an empty one, so "5\n" and "5" match in every mode.
import type { z } from 'zod';
import type { OutputCompare } from '../../contracts/exercise-spec.ts';

type OutputCompareOptions = z.infer<typeof OutputCompare>;

export function outputMatches(actual: string, expected: string, compare: OutputCompareOptions = {}): boolean {
  const trim = compare.ignoreTrailingSpace !== false;
  const got = normalize(actual, trim);
  if (compare.regex) {
    // The teacher's pattern must match the whole output, not a part of it.
    return new RegExp(`^(?:${normalize(expected, false)})$`, compare.ignoreCase ? 'i' : '').test(got);
  }
  let want = normalize(expected, trim);
  let have = got;
  if (compare.ignoreCase) {
    want = want.toLowerCase();
    have = have.toLowerCase();
  }
  if (compare.tolerance !== undefined) return numbersWithin(have, want, compare.tolerance);
  return have === want;
}

function normalize(text: string, trim: boolean): string {
  let lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines.at(-1) === '') lines.pop();
  if (trim) {
    lines = lines.map((line) => line.replace(/[ \t]+$/, ''));
    while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  }
  return lines.join('\n');
}

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/g;

/** The texts match once each number is replaced by a placeholder, and the numbers pair up within tolerance. */
function numbersWithin(actual: string, expected: string, tolerance: number): boolean {
  const a = actual.match(NUMBER) ?? [];
  const b = expected.match(NUMBER) ?? [];
  if (a.length !== b.length) return false;
  if (actual.replace(NUMBER, '#') !== expected.replace(NUMBER, '#')) return false;
  return a.every((text, i) => Math.abs(Number(text) - Number(b[i])) <= tolerance + Number.EPSILON * 4);
}
