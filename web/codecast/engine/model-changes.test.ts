import { describe, expect, it } from 'vitest';
import type { EditorState } from '../../../contracts/codecast-chunk.ts';
import { applyEvent } from './apply-event.ts';
import { CodecastError } from './codecast-error.ts';
import { editsFromModelChanges } from './model-changes.ts';

describe('edits from an editor content change', () => {
  it('applies several cursors typing at once, last offset first, with the text each deleted', () => {
    const text = 'a = 1;\nb = 2;\n';
    const changes = [
      { rangeOffset: 0, rangeLength: 1, text: 'x' },
      { rangeOffset: 7, rangeLength: 1, text: 'y' },
    ];
    const edits = editsFromModelChanges(text, changes, 40);
    expect(edits.map((edit) => [edit.offset, edit.deleted, edit.inserted])).toEqual([
      [7, 'b', 'y'],
      [0, 'a', 'x'],
    ]);
    const state: EditorState = {
      files: [{ text, selections: [[0, 0]], scroll: [1, 0] }],
      activeFile: 0,
      lastRun: null,
    };
    expect(edits.reduce(applyEvent, state).files[0]?.text).toBe('x = 1;\ny = 2;\n');
  });

  it('refuses overlapping changes', () => {
    const overlapping = [
      { rangeOffset: 0, rangeLength: 3, text: '' },
      { rangeOffset: 2, rangeLength: 1, text: '' },
    ];
    expect(() => editsFromModelChanges('abcdef', overlapping, 0)).toThrow(CodecastError);
  });
});
