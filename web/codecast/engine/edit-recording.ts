// What a teacher does to a finished take: cut a range out, or truncate it to re-record from a point.
// Both return a new recording whose every later state is one the original passed through.
import { bridgeStates } from './bridge-states.ts';
import { CodecastError } from './codecast-error.ts';
import { type Recording, replayRecording } from './recording.ts';

/**
 * Removes `[fromMs, toMs)`: states before `fromMs` are unchanged; from `fromMs + 1` on, the state at
 * `t` is the original's at `t + (toMs - fromMs)`. The events inside the range become, at `fromMs`, the
 * few events that lead from the state at `fromMs` to the state at `toMs`.
 */
export function cutRecording(recording: Recording, fromMs: number, toMs: number): Recording {
  checkRange(recording, fromMs, toMs);
  const removed = toMs - fromMs;
  if (removed === 0) return recording;
  if (toMs === recording.durationMs) return truncateRecording(recording, fromMs);
  const before = recording.events.filter((event) => event.atMs < fromMs);
  const after = recording.events
    .filter((event) => event.atMs >= toMs)
    .map((event) => ({ ...event, atMs: event.atMs - removed }));
  const bridge = bridgeStates(replayRecording(recording, fromMs), replayRecording(recording, toMs), fromMs);
  return {
    initial: recording.initial,
    events: [...before, ...bridge, ...after],
    durationMs: recording.durationMs - removed,
  };
}

/** Keeps what happened before `atMs` and ends there, so recording can go on from that state. */
export function truncateRecording(recording: Recording, atMs: number): Recording {
  checkRange(recording, atMs, atMs);
  return {
    initial: recording.initial,
    events: recording.events.filter((event) => event.atMs < atMs),
    durationMs: atMs,
  };
}

function checkRange(recording: Recording, fromMs: number, toMs: number): void {
  if (
    !Number.isInteger(fromMs) ||
    !Number.isInteger(toMs) ||
    fromMs < 0 ||
    toMs < fromMs ||
    toMs > recording.durationMs
  )
    throw new CodecastError(
      `[${fromMs}, ${toMs}) is not a range of the recording (0–${recording.durationMs} ms)`,
    );
}
