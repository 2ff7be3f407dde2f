// A chunk ready to play: its snapshot and its events bound (with what each replaced), times absolute.
import type { EditorState } from '../../../contracts/codecast-chunk.ts';
import type { CodecastEvent } from './codecast-event.ts';

export type DecodedChunk = {
  index: number;
  /** The snapshot is the state at `startMs`; the events are those with `startMs <= atMs < endMs`. */
  startMs: number;
  endMs: number;
  snapshot: EditorState;
  events: CodecastEvent[];
};

/** How many of the chunk's events happen before `timeMs` (binary search: a chunk may hold thousands). */
export function countEventsBefore(chunk: DecodedChunk, timeMs: number): number {
  let low = 0;
  let high = chunk.events.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((chunk.events[middle]?.atMs ?? Number.POSITIVE_INFINITY) < timeMs) low = middle + 1;
    else high = middle;
  }
  return low;
}
