// The playhead: the state at the current time, moved forwards or backwards by applying or undoing
// only the events in between, so playing and small seeks never go back to a snapshot. Each move
// returns the events it applied (or undid, in undo order), which a player can replay on its editor
// model instead of replacing the whole text. Chunks come from `chunkAt`, which may not have them yet
// (they load lazily): a move then stops at the edge of the missing chunk and names it.
import type { EditorState } from '../../../contracts/codecast-chunk.ts';
import { applyEvent, undoEvent } from './apply-event.ts';
import { CodecastError } from './codecast-error.ts';
import type { CodecastEvent } from './codecast-event.ts';
import { countEventsBefore, type DecodedChunk } from './decoded-chunk.ts';
import { findChunkIndex } from './seek.ts';

export type ChunkSpan = { startMs: number; endMs: number };

export type CursorMove = {
  /** Applied (forwards) or undone (backwards, last event first). */
  events: CodecastEvent[];
  /** False when the move stopped early because chunk `missingChunk` is not loaded. */
  complete: boolean;
};

export type PlaybackCursor = {
  /** The state at `timeMs`: every event with `atMs < timeMs` applied. */
  readonly state: EditorState;
  readonly timeMs: number;
  readonly durationMs: number;
  /** The chunk the last move needed and did not get, or null. */
  readonly missingChunk: number | null;
  /** Jumps to `timeMs` from the nearest snapshot; false (and nothing changes) if that chunk is missing. */
  seek(timeMs: number): boolean;
  /** Moves to `timeMs` (clamped to the cast) by applying or undoing the events in between. */
  moveTo(timeMs: number): CursorMove;
  /** Applies the next group of events (those sharing the next event's time). */
  stepForward(): CursorMove;
  /** Undoes the last group of events (those sharing the last applied event's time). */
  stepBack(): CursorMove;
};

/**
 * `spans` is the manifest's chunk list; `chunkAt(i)` returns chunk `i` if loaded. The cursor starts at
 * time 0 and needs chunk 0.
 */
export function createPlaybackCursor(
  spans: readonly ChunkSpan[],
  chunkAt: (index: number) => DecodedChunk | undefined,
): PlaybackCursor {
  const durationMs = spans.at(-1)?.endMs;
  if (durationMs === undefined) throw new CodecastError('a codecast has at least one chunk');
  const first = chunkAt(0);
  if (!first) throw new CodecastError('the cursor starts with chunk 0 loaded');
  let chunk: DecodedChunk = first;
  /** Events of `chunk` already applied. */
  let applied = 0;
  let state = first.snapshot;
  let timeMs = 0;
  let missingChunk: number | null = null;

  const clamp = (t: number) => Math.min(Math.max(Math.round(t), 0), durationMs);

  const load = (index: number): DecodedChunk | undefined => {
    const loaded = chunkAt(index);
    missingChunk = loaded ? null : index;
    return loaded;
  };

  const forwardTo = (target: number): CursorMove => {
    const events: CodecastEvent[] = [];
    for (;;) {
      while (applied < chunk.events.length && chunk.events[applied]!.atMs < target) {
        const event = chunk.events[applied]!;
        state = applyEvent(state, event);
        events.push(event);
        applied += 1;
      }
      const next = spans[chunk.index + 1];
      if (applied < chunk.events.length || !next || next.startMs >= target) break;
      const loaded = load(chunk.index + 1);
      if (!loaded) {
        timeMs = next.startMs;
        return { events, complete: false };
      }
      chunk = loaded;
      applied = 0;
    }
    timeMs = target;
    missingChunk = null;
    return { events, complete: true };
  };

  const backTo = (target: number): CursorMove => {
    const events: CodecastEvent[] = [];
    for (;;) {
      while (applied > 0 && chunk.events[applied - 1]!.atMs >= target) {
        applied -= 1;
        const event = chunk.events[applied]!;
        state = undoEvent(state, event);
        events.push(event);
      }
      if (applied > 0 || chunk.index === 0 || chunk.startMs <= target) break;
      const loaded = load(chunk.index - 1);
      if (!loaded) {
        timeMs = chunk.startMs;
        return { events, complete: false };
      }
      chunk = loaded;
      applied = loaded.events.length;
    }
    timeMs = target;
    missingChunk = null;
    return { events, complete: true };
  };

  /** The time of the last applied event, looking into earlier loaded chunks; null at the start. */
  const lastAppliedMs = (): number | null => {
    if (applied > 0) return chunk.events[applied - 1]!.atMs;
    for (let index = chunk.index - 1; index >= 0; index--) {
      const earlier = chunkAt(index);
      if (!earlier) return spans[index + 1]!.startMs - 1;
      const last = earlier.events.at(-1);
      if (last) return last.atMs;
    }
    return null;
  };

  /** The time of the next event to apply, or the start of a missing chunk before it; null at the end. */
  const nextEventMs = (): number | null => {
    const next = chunk.events[applied];
    if (next) return next.atMs;
    for (let index = chunk.index + 1; index < spans.length; index++) {
      const later = chunkAt(index);
      if (!later) return spans[index]!.startMs;
      const first = later.events[0];
      if (first) return first.atMs;
    }
    return null;
  };

  return {
    get state() {
      return state;
    },
    get timeMs() {
      return timeMs;
    },
    durationMs,
    get missingChunk() {
      return missingChunk;
    },
    seek(target) {
      const t = clamp(target);
      const loaded = load(findChunkIndex(spans, t));
      if (!loaded) return false;
      chunk = loaded;
      applied = countEventsBefore(loaded, t);
      state = loaded.snapshot;
      for (let i = 0; i < applied; i++) state = applyEvent(state, loaded.events[i]!);
      timeMs = t;
      return true;
    },
    moveTo(target) {
      const t = clamp(target);
      return t >= timeMs ? forwardTo(t) : backTo(t);
    },
    stepForward() {
      const next = nextEventMs();
      return next === null ? { events: [], complete: true } : forwardTo(next + 1);
    },
    stepBack() {
      const last = lastAppliedMs();
      if (last === null) return { events: [], complete: true };
      return backTo(last);
    },
  };
}
