import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChunks } from './chunk-builder.ts';
import { replayRecording } from './recording.ts';
import { chunkMsArbitrary, recordingArbitrary } from './recording-arbitrary.ts';
import { findChunkIndex, seekState } from './seek.ts';

describe('seeking from the nearest snapshot', () => {
  it('finds the last chunk starting at or before a time', () => {
    const chunks = [{ startMs: 0 }, { startMs: 30_000 }, { startMs: 60_000 }];
    expect(findChunkIndex(chunks, -5)).toBe(0);
    expect(findChunkIndex(chunks, 29_999)).toBe(0);
    expect(findChunkIndex(chunks, 30_000)).toBe(1);
    expect(findChunkIndex(chunks, 90_000)).toBe(2);
  });

  it('reaches at any time the state that playing from the start reaches', () => {
    fc.assert(
      fc.property(
        recordingArbitrary,
        chunkMsArbitrary,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (recording, chunkMs, at) => {
          const chunks = buildChunks(recording, chunkMs);
          const timeMs = Math.round(at * recording.durationMs);
          expect(seekState(chunks, timeMs)).toEqual(replayRecording(recording, timeMs));
          for (const event of recording.events)
            expect(seekState(chunks, event.atMs)).toEqual(replayRecording(recording, event.atMs));
        },
      ),
    );
  });

  it('cuts chunks between events, each opening with the state at its start', () => {
    fc.assert(
      fc.property(recordingArbitrary, chunkMsArbitrary, (recording, chunkMs) => {
        const chunks = buildChunks(recording, chunkMs);
        expect(chunks[0]?.startMs).toBe(0);
        expect(chunks.at(-1)?.endMs).toBe(recording.durationMs);
        chunks.forEach((chunk, i) => {
          expect(chunk.index).toBe(i);
          if (i > 0) expect(chunk.startMs).toBe(chunks[i - 1]?.endMs);
          if (i > 0 || chunks.length > 1) expect(chunk.events.length).toBeGreaterThan(0);
          expect(chunk.snapshot).toEqual(replayRecording(recording, chunk.startMs));
          for (const event of chunk.events) {
            expect(event.atMs).toBeGreaterThanOrEqual(chunk.startMs);
            expect(event.atMs).toBeLessThan(chunk.endMs);
          }
        });
      }),
    );
  });
});
