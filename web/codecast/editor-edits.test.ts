import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextEdits, editsForMove } from './editor-edits.ts';
import { buildChunks } from './engine/chunk-builder.ts';
import { createPlaybackCursor } from './engine/playback-cursor.ts';
import { chunkMsArbitrary, recordingArbitrary } from './engine/recording-arbitrary.ts';

describe('the edits a playback move makes to the file on screen', () => {
  it('bring the shown text to the cursor’s, forwards and backwards, for every file', () => {
    fc.assert(
      fc.property(
        recordingArbitrary,
        chunkMsArbitrary,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 20 }),
        (recording, chunkMs, targets) => {
          const chunks = buildChunks(recording, chunkMs);
          const cursor = createPlaybackCursor(chunks, (i) => chunks[i]);
          // What an editor per file would show, kept up to date only through the edits.
          const shown = cursor.state.files.map((file) => file.text);
          for (const target of targets) {
            const before = cursor.timeMs;
            const move = cursor.moveTo(target * recording.durationMs);
            const forwards = cursor.timeMs >= before;
            shown.forEach((text, file) => {
              shown[file] = applyTextEdits(text, editsForMove(move.events, forwards, file));
            });
            expect(shown).toEqual(cursor.state.files.map((file) => file.text));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leave other files alone', () => {
    const edits = editsForMove(
      [
        { kind: 'edit', atMs: 1, file: 1, offset: 0, deleted: '', inserted: 'x', selectionsBefore: [[0, 0]] },
        { kind: 'focus', atMs: 2, file: 0, fileBefore: 1 },
      ],
      true,
      0,
    );
    expect(edits).toEqual([]);
  });
});
