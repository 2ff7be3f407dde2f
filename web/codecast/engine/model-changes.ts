// Turning an editor's content change (Monaco's `IModelContentChangedEvent.changes`, passed as plain
// data so this file needs no Monaco) into recorded edits. Monaco gives every change of one event in
// offsets of the text before the event; applied from the last to the first, each offset stays valid.

import { CodecastError } from './codecast-error.ts';
import type { RecordedEvent } from './codecast-event.ts';

export type ModelChange = { rangeOffset: number; rangeLength: number; text: string };

/** The edits, in the order to apply them, for `changes` made to `textBefore` at `atMs`. */
export function editsFromModelChanges(
  textBefore: string,
  changes: readonly ModelChange[],
  atMs: number,
): Extract<RecordedEvent, { kind: 'edit' }>[] {
  const ordered = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
  ordered.forEach((change, i) => {
    const next = ordered[i - 1];
    if (
      change.rangeOffset < 0 ||
      change.rangeOffset + change.rangeLength > (next?.rangeOffset ?? textBefore.length)
    )
      throw new CodecastError(`at ${atMs} ms: overlapping or out-of-range changes`);
  });
  return ordered.map((change) => ({
    kind: 'edit',
    atMs,
    offset: change.rangeOffset,
    deleted: textBefore.slice(change.rangeOffset, change.rangeOffset + change.rangeLength),
    inserted: change.text,
  }));
}
