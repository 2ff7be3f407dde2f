// The events of a codecast as objects. A recorder produces `RecordedEvent`s (what happened, at what
// time); binding one to the state it applies to (bind-event.ts) gives a `CodecastEvent`, which also
// carries what the event replaced, so the player can undo it exactly when stepping backwards.
import type { RecordedRun, Scroll, Selection } from '../../../contracts/codecast-chunk.ts';

/**
 * `atMs` is the time from the start of the cast, in integer ms. Edits, selections and scrolls apply
 * to the active file. After an edit the file has one caret, at the end of the inserted text.
 */
export type RecordedEvent =
  | { kind: 'edit'; atMs: number; offset: number; deleted: string; inserted: string }
  | { kind: 'select'; atMs: number; selections: Selection[] }
  | { kind: 'scroll'; atMs: number; scroll: Scroll }
  | { kind: 'focus'; atMs: number; file: number }
  | { kind: 'run'; atMs: number; run: RecordedRun };

/** A recorded event with the file it touched and the values it replaced. */
export type CodecastEvent =
  | {
      kind: 'edit';
      atMs: number;
      file: number;
      offset: number;
      deleted: string;
      inserted: string;
      selectionsBefore: Selection[];
    }
  | { kind: 'select'; atMs: number; file: number; selections: Selection[]; selectionsBefore: Selection[] }
  | { kind: 'scroll'; atMs: number; file: number; scroll: Scroll; scrollBefore: Scroll }
  | { kind: 'focus'; atMs: number; file: number; fileBefore: number }
  | { kind: 'run'; atMs: number; run: RecordedRun; runBefore: RecordedRun | null };

/** The recorded part of a bound event, as a recorder would have produced it. */
export function unbindEvent(event: CodecastEvent): RecordedEvent {
  switch (event.kind) {
    case 'edit':
      return {
        kind: 'edit',
        atMs: event.atMs,
        offset: event.offset,
        deleted: event.deleted,
        inserted: event.inserted,
      };
    case 'select':
      return { kind: 'select', atMs: event.atMs, selections: event.selections };
    case 'scroll':
      return { kind: 'scroll', atMs: event.atMs, scroll: event.scroll };
    case 'focus':
      return { kind: 'focus', atMs: event.atMs, file: event.file };
    case 'run':
      return { kind: 'run', atMs: event.atMs, run: event.run };
  }
}
