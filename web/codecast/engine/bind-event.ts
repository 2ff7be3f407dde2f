// Binding a recorded event to the state it applies to: which file it touches and what it replaces,
// which is what undoing it needs. The wire format stores only what playing forwards needs (plus the
// deleted text, which doubles as a check), so a decoder binds each event while replaying its chunk.
import type { EditorState } from '../../../contracts/codecast-chunk.ts';
import { CodecastError } from './codecast-error.ts';
import type { CodecastEvent, RecordedEvent } from './codecast-event.ts';

export function bindEvent(state: EditorState, event: RecordedEvent): CodecastEvent {
  const file = state.activeFile;
  const current = state.files[file];
  if (!current) throw new CodecastError(`at ${event.atMs} ms: no file ${file}`);
  switch (event.kind) {
    case 'edit':
      return { ...event, file, selectionsBefore: current.selections };
    case 'select':
      return { ...event, file, selectionsBefore: current.selections };
    case 'scroll':
      return { ...event, file, scrollBefore: current.scroll };
    case 'focus':
      return { ...event, fileBefore: file };
    case 'run':
      return { ...event, runBefore: state.lastRun };
  }
}
