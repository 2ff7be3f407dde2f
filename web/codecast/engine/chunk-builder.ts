// Cutting a stream of recorded events into chunks of about `chunkMs`, each opening with a snapshot.
// Incremental, so a recorder can store each chunk as soon as it is complete. Boundaries fall on
// multiples of `chunkMs`, but only between events: a chunk is never empty unless the whole cast is, so
// a long silence costs no snapshots, and seeking replays at most one chunk's events.
import type { EditorState } from '../../../contracts/codecast-chunk.ts';
import { applyEvent } from './apply-event.ts';
import { bindEvent } from './bind-event.ts';
import { CodecastError } from './codecast-error.ts';
import { type CodecastEvent, type RecordedEvent, unbindEvent } from './codecast-event.ts';
import type { DecodedChunk } from './decoded-chunk.ts';
import type { Recording } from './recording.ts';

/** About 30 s per chunk: seeking replays at most that much typing, and a chunk stays a few KB. */
export const defaultChunkMs = 30_000;

export type ChunkBuilder = {
  /** The editor state after every event pushed so far (a recorder reads deleted text from it). */
  readonly state: EditorState;
  /** Time of the last event pushed, or -1. */
  readonly lastEventMs: number;
  /** Adds the next event (in time order); returns the chunks it completed, usually none. */
  push(event: RecordedEvent): DecodedChunk[];
  /** Ends the recording at `durationMs` (after the last event); returns the last chunk. */
  finish(durationMs: number): DecodedChunk[];
};

export function createChunkBuilder(initial: EditorState, chunkMs = defaultChunkMs): ChunkBuilder {
  if (!Number.isInteger(chunkMs) || chunkMs < 1)
    throw new CodecastError(`chunkMs must be a positive integer`);
  let state = initial;
  let index = 0;
  let startMs = 0;
  let snapshot = initial;
  let events: CodecastEvent[] = [];
  let lastEventMs = -1;
  let finished = false;

  const close = (endMs: number): DecodedChunk => {
    const chunk = { index, startMs, endMs, snapshot, events };
    index += 1;
    startMs = endMs;
    snapshot = state;
    events = [];
    return chunk;
  };

  return {
    get state() {
      return state;
    },
    get lastEventMs() {
      return lastEventMs;
    },
    push(event) {
      if (finished) throw new CodecastError('the recording is finished');
      if (!Number.isInteger(event.atMs) || event.atMs < Math.max(lastEventMs, 0))
        throw new CodecastError(`event at ${event.atMs} ms: before the previous one (${lastEventMs} ms)`);
      const completed: DecodedChunk[] = [];
      const boundary = Math.floor(event.atMs / chunkMs) * chunkMs;
      if (events.length > 0 && boundary > lastEventMs) completed.push(close(boundary));
      const bound = bindEvent(state, event);
      state = applyEvent(state, event);
      events.push(bound);
      lastEventMs = event.atMs;
      return completed;
    },
    finish(durationMs) {
      if (finished) throw new CodecastError('the recording is finished');
      if (!Number.isInteger(durationMs) || durationMs <= lastEventMs || durationMs < startMs)
        throw new CodecastError(`duration ${durationMs} ms: not after the last event (${lastEventMs} ms)`);
      finished = true;
      return [close(durationMs)];
    },
  };
}

/** Every chunk of a finished recording. */
export function buildChunks(recording: Recording, chunkMs = defaultChunkMs): DecodedChunk[] {
  const builder = createChunkBuilder(recording.initial, chunkMs);
  const chunks = recording.events.flatMap((event) => builder.push(event));
  chunks.push(...builder.finish(recording.durationMs));
  return chunks;
}

/** The flat recording back from its chunks (the first snapshot and every event, unbound). */
export function flattenChunks(chunks: readonly DecodedChunk[]): Recording {
  const first = chunks[0];
  const last = chunks.at(-1);
  if (!first || !last) throw new CodecastError('a codecast has at least one chunk');
  return {
    initial: first.snapshot,
    events: chunks.flatMap((chunk) => chunk.events.map(unbindEvent)),
    durationMs: last.endMs,
  };
}
