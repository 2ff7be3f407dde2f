// A thrown error as the learner should read it: only the frames in their own file, and the first of
// them as the place to point at. Everything here comes from the sandbox, so nothing is trusted beyond
// being text.
import type { SourceLocation } from '../../contracts/source-location.ts';
import type { ThrownError } from '../sandbox.ts';
import type { RuntimeError } from './dynamic-job.ts';

// `    at solve (main.js:2:14)` or `    at main.js:3:1`: the file, line and column close the line.
const FRAME = /^\s+at (?:.*\()?([^()\s]+):(\d+):(\d+)\)?$/;

export function toLearnerError(error: ThrownError, filename: string): RuntimeError {
  const lines = error.stack?.split('\n') ?? [];
  const firstFrame = lines.findIndex((line) => line.startsWith('    at '));
  const header = firstFrame === -1 ? lines : lines.slice(0, firstFrame);
  const frames =
    firstFrame === -1
      ? []
      : lines
          .slice(firstFrame)
          .filter((line) => frameIn(line, filename))
          // Top-level code runs through eval: Node names such a frame by its place only.
          .map((line) => line.replace(/^(\s+at )eval \((.*)\)$/, '$1$2'));
  const location = frames.length > 0 ? frameLocation(frames[0] as string) : undefined;
  return {
    name: error.name,
    message: error.message,
    ...(location ? { location } : {}),
    ...(error.stack !== undefined ? { stack: [...header, ...frames].join('\n') } : {}),
  };
}

function frameIn(line: string, filename: string): boolean {
  return FRAME.exec(line)?.[1] === filename;
}

function frameLocation(line: string): SourceLocation | undefined {
  const match = FRAME.exec(line);
  if (!match) return undefined;
  const lineNumber = Number(match[2]);
  const column = Number(match[3]);
  return lineNumber >= 1 && column >= 1 ? { line: lineNumber, column } : undefined;
}
