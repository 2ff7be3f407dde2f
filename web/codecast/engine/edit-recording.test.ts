import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildChunks, createChunkBuilder } from './chunk-builder.ts';
import { cutRecording, truncateRecording } from './edit-recording.ts';
import { checkEventTimes, type Recording, replayRecording } from './recording.ts';
import { chunkMsArbitrary, recordingArbitrary } from './recording-arbitrary.ts';
import { seekState } from './seek.ts';

const rangeOf = (recording: Recording, a: number, b: number) => {
  const [from, to] = [a, b].map((x) => Math.round(x * recording.durationMs)).sort((x, y) => x - y) as [
    number,
    number,
  ];
  return { from, to };
};
const fraction = fc.double({ min: 0, max: 1, noNaN: true });

describe('cutting and truncating a recording', () => {
  it('keeps every state before the cut and skips the cut range after it, also once re-chunked', () => {
    fc.assert(
      fc.property(
        recordingArbitrary,
        chunkMsArbitrary,
        fraction,
        fraction,
        fraction,
        (recording, chunkMs, a, b, c) => {
          const { from, to } = rangeOf(recording, a, b);
          const cut = cutRecording(recording, from, to);
          checkEventTimes(cut.events, cut.durationMs);
          expect(cut.durationMs).toBe(recording.durationMs - (to - from));
          const chunks = buildChunks(cut, chunkMs);
          const times = [0, from, from + 1, cut.durationMs, Math.round(c * cut.durationMs)];
          for (const t of times.filter((x) => x <= cut.durationMs)) {
            const expected =
              t <= from ? replayRecording(recording, t) : replayRecording(recording, t + (to - from));
            expect(replayRecording(cut, t)).toEqual(expected);
            expect(seekState(chunks, t)).toEqual(expected);
          }
        },
      ),
    );
  });

  it('cuts a range between two edits of the same line into one edit of the differing middle', () => {
    const recording: Recording = {
      initial: {
        files: [{ text: 'let x;', selections: [[5, 5]], scroll: [1, 0] }],
        activeFile: 0,
        lastRun: null,
      },
      events: [
        { kind: 'edit', atMs: 100, offset: 5, deleted: '', inserted: ' =' },
        { kind: 'edit', atMs: 200, offset: 7, deleted: '', inserted: ' 1' },
        { kind: 'edit', atMs: 300, offset: 9, deleted: '', inserted: '0' },
      ],
      durationMs: 400,
    };
    expect(cutRecording(recording, 50, 250).events).toEqual([
      { kind: 'edit', atMs: 50, offset: 5, deleted: '', inserted: ' = 1' },
      { kind: 'edit', atMs: 100, offset: 9, deleted: '', inserted: '0' },
    ]);
  });

  it('truncates at a point from which recording goes on', () => {
    fc.assert(
      fc.property(recordingArbitrary, fraction, (recording, a) => {
        const at = Math.round(a * recording.durationMs);
        const truncated = truncateRecording(recording, at);
        expect(truncated.durationMs).toBe(at);
        for (const t of [0, Math.floor(at / 2), at])
          expect(replayRecording(truncated, t)).toEqual(replayRecording(recording, t));
        const builder = createChunkBuilder(truncated.initial, 1_000);
        for (const event of truncated.events) builder.push(event);
        builder.push({ kind: 'scroll', atMs: at, scroll: [2, 0] });
        expect(builder.finish(at + 1).at(-1)?.endMs).toBe(at + 1);
      }),
    );
  });
});
