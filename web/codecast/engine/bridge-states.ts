// The fewest events that turn one editor state into another, all at one time. Cutting a range out of
// a recording needs them: the events after the cut were recorded against the text as it was at the
// cut's end, so the state jumps there in one step (one edit per changed file, on the differing middle).
import type { EditorState } from '../../../contracts/codecast-chunk.ts';
import { applyEvent, sameScroll, sameSelections } from './apply-event.ts';
import { CodecastError } from './codecast-error.ts';
import type { RecordedEvent } from './codecast-event.ts';

export function bridgeStates(from: EditorState, to: EditorState, atMs: number): RecordedEvent[] {
  if (from.files.length !== to.files.length) throw new CodecastError('both states must have the same files');
  const events: RecordedEvent[] = [];
  let state = from;
  const emit = (event: RecordedEvent) => {
    events.push(event);
    state = applyEvent(state, event);
  };
  to.files.forEach((target, index) => {
    const current = state.files[index]!;
    const differs =
      current.text !== target.text ||
      !sameSelections(current.selections, target.selections) ||
      !sameScroll(current.scroll, target.scroll);
    if (!differs) return;
    if (state.activeFile !== index) emit({ kind: 'focus', atMs, file: index });
    if (current.text !== target.text)
      emit({ kind: 'edit', atMs, ...differingMiddle(current.text, target.text) });
    if (!sameSelections(state.files[index]!.selections, target.selections))
      emit({ kind: 'select', atMs, selections: target.selections });
    if (!sameScroll(current.scroll, target.scroll)) emit({ kind: 'scroll', atMs, scroll: target.scroll });
  });
  if (state.activeFile !== to.activeFile) emit({ kind: 'focus', atMs, file: to.activeFile });
  if (JSON.stringify(state.lastRun) !== JSON.stringify(to.lastRun)) {
    if (!to.lastRun) throw new CodecastError('no event takes a run back');
    emit({ kind: 'run', atMs, run: to.lastRun });
  }
  return events;
}

/** The edit replacing what differs between two texts, once their common start and end are set aside. */
function differingMiddle(
  before: string,
  after: string,
): { offset: number; deleted: string; inserted: string } {
  const shortest = Math.min(before.length, after.length);
  let start = 0;
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < shortest - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  return {
    offset: start,
    deleted: before.slice(start, before.length - end),
    inserted: after.slice(start, after.length - end),
  };
}
