// Reaching any time from the nearest snapshot: find the chunk (binary search over the manifest's
// chunk list, so a player knows which one to fetch before having any), then replay its events.
import type { EditorState } from '../../../contracts/codecast-chunk.ts';
import { applyEvent } from './apply-event.ts';
import { CodecastError } from './codecast-error.ts';
import { countEventsBefore, type DecodedChunk } from './decoded-chunk.ts';

/** Index of the chunk holding `timeMs`: the last one starting at or before it (0 before the start). */
export function findChunkIndex(chunks: readonly { startMs: number }[], timeMs: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((chunks[middle]?.startMs ?? Number.POSITIVE_INFINITY) <= timeMs) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The state at `timeMs` (events with `atMs < timeMs` applied), from this chunk's snapshot. */
export function stateInChunk(chunk: DecodedChunk, timeMs: number): EditorState {
  let state = chunk.snapshot;
  const count = countEventsBefore(chunk, timeMs);
  for (let i = 0; i < count; i++) state = applyEvent(state, chunk.events[i]!);
  return state;
}

/** The state at `timeMs` when every chunk is at hand. */
export function seekState(chunks: readonly DecodedChunk[], timeMs: number): EditorState {
  const chunk = chunks[findChunkIndex(chunks, timeMs)];
  if (!chunk) throw new CodecastError('a codecast has at least one chunk');
  return stateInChunk(chunk, timeMs);
}
