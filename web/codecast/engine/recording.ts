// A recording as one flat stream: the editor at time 0, every event in time order, the length. This
// is what a recorder accumulates and what cutting and truncating work on; chunk-builder.ts turns it
// into chunks for storage and seeking.
import type { EditorState } from '../../../contracts/codecast-chunk.ts';
import { applyEvent } from './apply-event.ts';
import { CodecastError } from './codecast-error.ts';
import type { RecordedEvent } from './codecast-event.ts';

export type Recording = {
  initial: EditorState;
  /** In time order; every `atMs` is an integer with `0 <= atMs < durationMs`. */
  events: RecordedEvent[];
  durationMs: number;
};

/**
 * The state at `timeMs`: the initial state with every event whose `atMs < timeMs` applied. An event
 * at exactly `timeMs` has not happened yet, so a chunk starting there opens with the state before it.
 * This replays from the start, so it is the reference seeking is tested against.
 */
export function replayRecording(recording: Recording, timeMs: number): EditorState {
  let state = recording.initial;
  for (const event of recording.events) {
    if (event.atMs >= timeMs) break;
    state = applyEvent(state, event);
  }
  return state;
}

/** Throws unless the events are in time order, on whole milliseconds, inside the recording. */
export function checkEventTimes(events: readonly RecordedEvent[], durationMs: number): void {
  let previous = 0;
  for (const event of events) {
    if (!Number.isInteger(event.atMs) || event.atMs < previous || event.atMs >= durationMs)
      throw new CodecastError(
        `event at ${event.atMs} ms: out of order, not whole ms, or past ${durationMs} ms`,
      );
    previous = event.atMs;
  }
}
