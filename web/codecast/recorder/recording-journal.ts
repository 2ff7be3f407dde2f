// A recording as it is being made, in the form a crash cannot take far: each chunk is handed out as soon
// as it closes (about every 30 s) to be stored, and the open chunk's events can be read at any moment to
// be stored too (the recorder does it every 2 s). Reading both back gives the recording up to the last
// store: a crash loses at most the events since then.
import type { CodecastChunk, EditorState } from '../../../contracts/codecast-chunk.ts';
import { createChunkBuilder, defaultChunkMs, flattenChunks } from '../engine/chunk-builder.ts';
import type { RecordedEvent } from '../engine/codecast-event.ts';
import type { DecodedChunk } from '../engine/decoded-chunk.ts';
import type { Recording } from '../engine/recording.ts';
import { decodeChunk, encodeChunk } from '../engine/wire-chunk.ts';

/** The chunk still open: its snapshot and the events pushed into it so far. */
export type OpenChunk = { index: number; startMs: number; snapshot: EditorState; events: RecordedEvent[] };

/** A closed chunk as stored: the wire form and its end (which the manifest would hold). */
export type StoredChunk = { index: number; endMs: number; chunk: CodecastChunk };

export interface RecordingJournal {
  /** The editor state after every event pushed (what the recorder diffs Monaco's changes against). */
  readonly state: EditorState;
  readonly lastEventMs: number;
  /** Adds the next event; returns the chunks it closed, ready to store. */
  push(event: RecordedEvent): StoredChunk[];
  open(): OpenChunk;
  /** Ends the recording; returns the last chunk. */
  finish(durationMs: number): StoredChunk[];
}

const stored = (chunk: DecodedChunk): StoredChunk => ({
  index: chunk.index,
  endMs: chunk.endMs,
  chunk: encodeChunk(chunk),
});

/**
 * A journal that starts with `base` already recorded (empty to start afresh, or a take truncated at the
 * point the teacher records again from); the chunks `base` fills are returned to be stored first.
 */
export function startJournal(
  base: Recording,
  chunkMs = defaultChunkMs,
): { journal: RecordingJournal; closed: StoredChunk[] } {
  const builder = createChunkBuilder(base.initial, chunkMs);
  let open: OpenChunk = { index: 0, startMs: 0, snapshot: base.initial, events: [] };

  const push = (event: RecordedEvent): StoredChunk[] => {
    const before = builder.state;
    const completed = builder.push(event);
    const last = completed.at(-1);
    if (last) open = { index: last.index + 1, startMs: last.endMs, snapshot: before, events: [] };
    open.events.push(event);
    return completed.map(stored);
  };

  const closed = base.events.flatMap(push);
  const journal: RecordingJournal = {
    get state() {
      return builder.state;
    },
    get lastEventMs() {
      return builder.lastEventMs;
    },
    push,
    open: () => ({ ...open, events: open.events.slice() }),
    finish: (durationMs) => builder.finish(durationMs).map(stored),
  };
  return { journal, closed };
}

/**
 * The recording from what was stored: the closed chunks, then the open chunk if it follows them (a
 * stale one, stored before the last chunk closed, holds nothing the chunks do not), up to `untilMs`.
 */
export function recoverRecording(
  chunks: readonly StoredChunk[],
  open: OpenChunk | null,
  untilMs: number,
  fileCount: number,
): Recording {
  const ordered = [...chunks].sort((a, b) => a.index - b.index);
  const decoded = ordered
    .filter((entry, i) => entry.index === i)
    .map((entry) => decodeChunk(entry.chunk, entry.endMs, fileCount));
  const initial = decoded[0]?.snapshot ?? open?.snapshot;
  if (!initial) throw new Error('nothing was recorded');
  const events = decoded.length > 0 ? flattenChunks(decoded).events : [];
  if (open && open.index === decoded.length) events.push(...open.events);
  const lastEvent = events.at(-1)?.atMs ?? -1;
  return { initial, events, durationMs: Math.max(untilMs, lastEvent + 1, decoded.at(-1)?.endMs ?? 0, 1) };
}
