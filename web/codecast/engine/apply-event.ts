// Moving the editor state one event forwards or backwards. Both check the event against the text it
// applies to, so a corrupt recording fails at the event that is wrong instead of drifting silently.
// States are never mutated: a step returns a new state sharing the files it did not touch.
import type { EditorState, FileState, Scroll, Selection } from '../../../contracts/codecast-chunk.ts';
import { CodecastError } from './codecast-error.ts';
import type { CodecastEvent, RecordedEvent } from './codecast-event.ts';

/** The state after `event`. */
export function applyEvent(state: EditorState, event: RecordedEvent): EditorState {
  switch (event.kind) {
    case 'edit': {
      const file = activeFileOf(state, event.atMs);
      const text = replaceText(file.text, event.offset, event.deleted, event.inserted, event.atMs);
      const caret = event.offset + event.inserted.length;
      return withFile(state, state.activeFile, { ...file, text, selections: [[caret, caret]] });
    }
    case 'select': {
      const file = activeFileOf(state, event.atMs);
      checkSelections(event.selections, file.text.length, event.atMs);
      return withFile(state, state.activeFile, { ...file, selections: event.selections });
    }
    case 'scroll':
      return withFile(state, state.activeFile, { ...activeFileOf(state, event.atMs), scroll: event.scroll });
    case 'focus':
      fileAt(state, event.file, event.atMs);
      return { ...state, activeFile: event.file };
    case 'run':
      return { ...state, lastRun: event.run };
  }
}

/** The state before `event`, given the state right after it. */
export function undoEvent(state: EditorState, event: CodecastEvent): EditorState {
  switch (event.kind) {
    case 'edit': {
      const file = fileAt(state, event.file, event.atMs);
      const text = replaceText(file.text, event.offset, event.inserted, event.deleted, event.atMs);
      return withFile(state, event.file, { ...file, text, selections: event.selectionsBefore });
    }
    case 'select':
      return withSelections(state, event.file, event.selectionsBefore, event.atMs);
    case 'scroll':
      return withFile(state, event.file, {
        ...fileAt(state, event.file, event.atMs),
        scroll: event.scrollBefore,
      });
    case 'focus':
      return { ...state, activeFile: event.fileBefore };
    case 'run':
      return { ...state, lastRun: event.runBefore };
  }
}

/** Checks what a snapshot promises: an active file that exists, selections inside each text. */
export function checkEditorState(state: EditorState, fileCount: number): void {
  if (state.files.length !== fileCount)
    throw new CodecastError(`the snapshot has ${state.files.length} files, the manifest ${fileCount}`);
  fileAt(state, state.activeFile, 0);
  for (const file of state.files) checkSelections(file.selections, file.text.length, 0);
}

function withSelections(
  state: EditorState,
  index: number,
  selections: Selection[],
  atMs: number,
): EditorState {
  const file = fileAt(state, index, atMs);
  return withFile(state, index, { ...file, selections });
}

function withFile(state: EditorState, index: number, file: FileState): EditorState {
  const files = state.files.slice();
  files[index] = file;
  return { ...state, files };
}

function activeFileOf(state: EditorState, atMs: number): FileState {
  return fileAt(state, state.activeFile, atMs);
}

function fileAt(state: EditorState, index: number, atMs: number): FileState {
  const file = state.files[index];
  if (!file) throw new CodecastError(`at ${atMs} ms: no file ${index}`);
  return file;
}

function replaceText(
  text: string,
  offset: number,
  expected: string,
  replacement: string,
  atMs: number,
): string {
  if (offset < 0 || offset + expected.length > text.length || !text.startsWith(expected, offset))
    throw new CodecastError(`at ${atMs} ms: the text at offset ${offset} is not ${JSON.stringify(expected)}`);
  return text.slice(0, offset) + replacement + text.slice(offset + expected.length);
}

function checkSelections(selections: Selection[], length: number, atMs: number): void {
  if (selections.length === 0) throw new CodecastError(`at ${atMs} ms: no selection`);
  for (const [anchor, head] of selections)
    if (anchor > length || head > length || anchor < 0 || head < 0)
      throw new CodecastError(`at ${atMs} ms: selection [${anchor}, ${head}] past the end (${length})`);
}

/** Two scroll positions are the same. */
export function sameScroll(a: Scroll, b: Scroll): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Two selection lists are the same, in the same order. */
export function sameSelections(a: readonly Selection[], b: readonly Selection[]): boolean {
  return a.length === b.length && a.every((s, i) => s[0] === b[i]?.[0] && s[1] === b[i]?.[1]);
}
