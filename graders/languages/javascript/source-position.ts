// Moving between the offsets the parsers use and the 1-based lines and columns the learner sees. Lines
// end the way acorn and V8 end them (\r\n, \n, \r, U+2028, U+2029); columns count UTF-16 code units, as
// the editor does.
import { getLineInfo, type Node } from 'acorn';
import type { SourceLocation } from '../../../contracts/source-location.ts';

const lineBreak = /\r\n?|\n|\u2028|\u2029/g;

/** The location of the text between two offsets. */
export function rangeLocation(source: string, start: number, end = start): SourceLocation {
  const from = getLineInfo(source, start);
  const to = getLineInfo(source, Math.max(start, end));
  return { line: from.line, column: from.column + 1, endLine: to.line, endColumn: to.column + 1 };
}

/** A node's location, from the positions acorn recorded when parsing with `locations: true`. */
export function nodeLocation(node: Node): SourceLocation | undefined {
  if (!node.loc) return undefined;
  return {
    line: node.loc.start.line,
    column: node.loc.start.column + 1,
    endLine: node.loc.end.line,
    endColumn: node.loc.end.column + 1,
  };
}

/** Offset of each line's first character; index 0 is line 1. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  for (const match of source.matchAll(lineBreak)) starts.push(match.index + match[0].length);
  return starts;
}

/** The offset of a 1-based line and column, kept inside the source. */
export function offsetAt(source: string, line: number, column: number): number {
  const starts = lineStarts(source);
  const lineStart = starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0;
  const lineEnd = starts[line] ?? source.length;
  return Math.min(lineStart + Math.max(column - 1, 0), lineEnd, source.length);
}

/** The text of the 1-based line, without its line break. */
export function lineText(source: string, line: number): string {
  const starts = lineStarts(source);
  const start = starts[line - 1];
  if (start === undefined) return '';
  return source.slice(start, starts[line] ?? source.length).replace(/[\r\n\u2028\u2029]+$/, '');
}
