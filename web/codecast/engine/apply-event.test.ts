import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditorState } from '../../../contracts/codecast-chunk.ts';
import { applyEvent, undoEvent } from './apply-event.ts';
import { bindEvent } from './bind-event.ts';
import { CodecastError } from './codecast-error.ts';
import { recordingArbitrary } from './recording-arbitrary.ts';

const state: EditorState = {
  files: [
    { text: 'let a = 1;\n', selections: [[4, 5]], scroll: [1, 0] },
    { text: 'x', selections: [[1, 1]], scroll: [3, 2] },
  ],
  activeFile: 0,
  lastRun: null,
};

describe('applying and undoing one event', () => {
  it('replaces the deleted text of the active file and leaves one caret after the insertion', () => {
    const next = applyEvent(state, { kind: 'edit', atMs: 5, offset: 4, deleted: 'a', inserted: 'total' });
    expect(next.files[0]).toEqual({ text: 'let total = 1;\n', selections: [[9, 9]], scroll: [1, 0] });
    expect(next.files[1]).toBe(state.files[1]);
  });

  it('refuses an edit whose deleted text is not in the file', () => {
    expect(() => applyEvent(state, { kind: 'edit', atMs: 5, offset: 4, deleted: 'b', inserted: '' })).toThrow(
      CodecastError,
    );
    expect(() =>
      applyEvent(state, { kind: 'edit', atMs: 5, offset: 20, deleted: '', inserted: 'x' }),
    ).toThrow(CodecastError);
  });

  it('refuses a selection past the end of the text and a file that does not exist', () => {
    expect(() => applyEvent(state, { kind: 'select', atMs: 1, selections: [[0, 12]] })).toThrow(
      CodecastError,
    );
    expect(() => applyEvent(state, { kind: 'focus', atMs: 1, file: 2 })).toThrow(CodecastError);
  });

  it('brings back the selection an edit replaced when undoing it', () => {
    const edit = bindEvent(state, { kind: 'edit', atMs: 5, offset: 4, deleted: 'a', inserted: 'total' });
    expect(undoEvent(applyEvent(state, edit), edit)).toEqual(state);
  });

  it('undoes exactly every event of any recording, in reverse order', () => {
    fc.assert(
      fc.property(recordingArbitrary, (recording) => {
        const states = [recording.initial];
        const bound = recording.events.map((event) => {
          const before = states.at(-1)!;
          states.push(applyEvent(before, event));
          return bindEvent(before, event);
        });
        let back = states.at(-1)!;
        for (let i = bound.length - 1; i >= 0; i--) {
          back = undoEvent(back, bound[i]!);
          expect(back).toEqual(states[i]);
        }
      }),
    );
  });
});
