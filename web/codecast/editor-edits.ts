// What a playback move does to the file on screen, as text edits the editor applies in place: playing
// types the teacher's keystrokes into the model instead of replacing its text, so the view, folding and
// the learner's reading position survive. Undone events (a move backwards) come last-first and are
// reversed: the inserted text is deleted and the deleted text put back.
import type { CodecastEvent } from './engine/codecast-event.ts';

/** Replace `deleteLength` UTF-16 code units at `offset` (in the text as it is then) by `text`. */
export type TextEdit = { offset: number; deleteLength: number; text: string };

export function editsForMove(events: readonly CodecastEvent[], forwards: boolean, file: number): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const event of events) {
    if (event.kind !== 'edit' || event.file !== file) continue;
    edits.push(
      forwards
        ? { offset: event.offset, deleteLength: event.deleted.length, text: event.inserted }
        : { offset: event.offset, deleteLength: event.inserted.length, text: event.deleted },
    );
  }
  return edits;
}

/** The edits applied to a string, in order: what the editor's model does with them. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  return edits.reduce(
    (current, edit) =>
      current.slice(0, edit.offset) + edit.text + current.slice(edit.offset + edit.deleteLength),
    text,
  );
}
