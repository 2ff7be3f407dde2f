import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditorState } from '../../../contracts/codecast-chunk.ts';
import { applyEvent, undoEvent } from './apply-event.ts';
import { buildChunks } from './chunk-builder.ts';
import type { CursorMove } from './playback-cursor.ts';
import { createPlaybackCursor } from './playback-cursor.ts';
import { replayRecording } from './recording.ts';
import { chunkMsArbitrary, recordingArbitrary } from './recording-arbitrary.ts';

const move = fc.oneof(
  fc.record({ op: fc.constant('moveTo' as const), at: fc.double({ min: -0.1, max: 1.1, noNaN: true }) }),
  fc.record({ op: fc.constant('seek' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constantFrom('stepForward' as const, 'stepBack' as const), at: fc.constant(0) }),
);

/** The state a player gets by replaying a move's events on the state it had. */
function replayMove(state: EditorState, result: CursorMove, forwards: boolean): EditorState {
  return result.events.reduce((s, event) => (forwards ? applyEvent(s, event) : undoEvent(s, event)), state);
}

describe('the playback cursor', () => {
  it('is always at the state that playing from the start reaches, and its moves say how it got there', () => {
    fc.assert(
      fc.property(
        recordingArbitrary,
        chunkMsArbitrary,
        fc.array(move, { maxLength: 30 }),
        (recording, chunkMs, moves) => {
          const chunks = buildChunks(recording, chunkMs);
          const cursor = createPlaybackCursor(chunks, (i) => chunks[i]);
          expect(cursor.state).toEqual(replayRecording(recording, 0));
          for (const { op, at } of moves) {
            const before = cursor.state;
            const timeBefore = cursor.timeMs;
            if (op === 'seek') {
              expect(cursor.seek(at * recording.durationMs)).toBe(true);
            } else {
              const result =
                op === 'moveTo'
                  ? cursor.moveTo(at * recording.durationMs)
                  : op === 'stepForward'
                    ? cursor.stepForward()
                    : cursor.stepBack();
              expect(result.complete).toBe(true);
              expect(cursor.state).toEqual(replayMove(before, result, cursor.timeMs >= timeBefore));
            }
            expect(cursor.timeMs).toBeGreaterThanOrEqual(0);
            expect(cursor.timeMs).toBeLessThanOrEqual(recording.durationMs);
            expect(cursor.state).toEqual(replayRecording(recording, cursor.timeMs));
          }
        },
      ),
    );
  });

  it('undoes exactly the group of events a step forward applied', () => {
    fc.assert(
      fc.property(
        recordingArbitrary,
        chunkMsArbitrary,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (recording, chunkMs, at) => {
          const chunks = buildChunks(recording, chunkMs);
          const cursor = createPlaybackCursor(chunks, (i) => chunks[i]);
          cursor.seek(at * recording.durationMs);
          const before = cursor.state;
          const forward = cursor.stepForward();
          if (forward.events.length === 0) {
            // Nothing left to play: the cursor is past the last event.
            expect(cursor.state).toEqual(replayRecording(recording, recording.durationMs));
            return;
          }
          const back = cursor.stepBack();
          expect(back.events).toEqual(forward.events.toReversed());
          expect(cursor.state).toEqual(before);
        },
      ),
    );
  });

  it('steps through every event of a recording and back to its start', () => {
    fc.assert(
      fc.property(recordingArbitrary, chunkMsArbitrary, (recording, chunkMs) => {
        const chunks = buildChunks(recording, chunkMs);
        const cursor = createPlaybackCursor(chunks, (i) => chunks[i]);
        let applied = 0;
        for (let moved = cursor.stepForward(); moved.events.length > 0; moved = cursor.stepForward())
          applied += moved.events.length;
        expect(applied).toBe(recording.events.length);
        expect(cursor.state).toEqual(replayRecording(recording, recording.durationMs));
        while (cursor.stepBack().events.length > 0);
        expect(cursor.state).toEqual(recording.initial);
      }),
    );
  });

  it('stops at the edge of a chunk that is not loaded yet and goes on once it is', () => {
    const recording = {
      initial: {
        files: [{ text: '', selections: [[0, 0]] as [number, number][], scroll: [1, 0] as [number, number] }],
        activeFile: 0,
        lastRun: null,
      },
      events: [
        { kind: 'edit' as const, atMs: 100, offset: 0, deleted: '', inserted: 'a' },
        { kind: 'edit' as const, atMs: 1_500, offset: 1, deleted: '', inserted: 'b' },
        { kind: 'edit' as const, atMs: 2_500, offset: 2, deleted: '', inserted: 'c' },
      ],
      durationMs: 3_000,
    };
    const chunks = buildChunks(recording, 1_000);
    expect(chunks.map((chunk) => chunk.startMs)).toEqual([0, 1_000, 2_000]);
    const loaded = new Set([0]);
    const cursor = createPlaybackCursor(chunks, (i) => (loaded.has(i) ? chunks[i] : undefined));
    expect(cursor.moveTo(2_000).complete).toBe(false);
    expect(cursor.missingChunk).toBe(1);
    expect(cursor.timeMs).toBe(1_000);
    expect(cursor.state.files[0]?.text).toBe('a');
    expect(cursor.seek(2_600)).toBe(false);
    expect(cursor.missingChunk).toBe(2);
    loaded.add(1);
    expect(cursor.moveTo(2_000).complete).toBe(true);
    expect(cursor.missingChunk).toBeNull();
    expect(cursor.state.files[0]?.text).toBe('ab');
  });
});
