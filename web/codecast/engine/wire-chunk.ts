// Chunks between their stored form (compact tuples, times as deltas, edit offsets relative to the
// caret: see contracts/codecast-chunk.ts) and their playable form. Decoding replays the chunk from its
// snapshot once, which binds each event for undo and checks every edit against the text.
import type { CodecastChunk, Selection, WireEvent } from '../../../contracts/codecast-chunk.ts';
import { applyEvent, checkEditorState } from './apply-event.ts';
import { bindEvent } from './bind-event.ts';
import { CodecastError } from './codecast-error.ts';
import type { CodecastEvent, RecordedEvent } from './codecast-event.ts';
import type { DecodedChunk } from './decoded-chunk.ts';

export function encodeChunk(chunk: DecodedChunk): CodecastChunk {
  let previousMs = chunk.startMs;
  const events = chunk.events.map((event) => {
    const dt = event.atMs - previousMs;
    previousMs = event.atMs;
    return writeEvent(event, dt);
  });
  return { index: chunk.index, startMs: chunk.startMs, snapshot: chunk.snapshot, events };
}

function writeEvent(event: CodecastEvent, dt: number): WireEvent {
  switch (event.kind) {
    case 'edit':
      return [dt, 'e', event.offset - caretOf(event.selectionsBefore), event.deleted, event.inserted];
    case 'select': {
      const [first, ...rest] = event.selections.flat();
      return [dt, 's', first ?? 0, rest[0] ?? 0, ...rest.slice(1)];
    }
    case 'scroll':
      return [dt, 'v', event.scroll[0], event.scroll[1]];
    case 'focus':
      return [dt, 'f', event.file];
    case 'run':
      return [dt, 'r', event.run];
  }
}

/** The playable chunk; `endMs` and `fileCount` come from the manifest. Throws `CodecastError` on bad data. */
export function decodeChunk(chunk: CodecastChunk, endMs: number, fileCount: number): DecodedChunk {
  checkEditorState(chunk.snapshot, fileCount);
  let state = chunk.snapshot;
  let atMs = chunk.startMs;
  const events: CodecastEvent[] = [];
  for (const wire of chunk.events) {
    atMs += wire[0];
    if (atMs >= endMs) throw new CodecastError(`chunk ${chunk.index}: an event at ${atMs} ms, after its end`);
    const event = readEvent(wire, atMs, state.files[state.activeFile]?.selections ?? [[0, 0]]);
    events.push(bindEvent(state, event));
    state = applyEvent(state, event);
  }
  return { index: chunk.index, startMs: chunk.startMs, endMs, snapshot: chunk.snapshot, events };
}

function readEvent(wire: WireEvent, atMs: number, selections: Selection[]): RecordedEvent {
  switch (wire[1]) {
    case 'e': {
      const [, , relative, deleted, inserted] = wire;
      return { kind: 'edit', atMs, offset: caretOf(selections) + relative, deleted, inserted };
    }
    case 's': {
      const [, , ...offsets] = wire;
      if (offsets.length % 2 !== 0)
        throw new CodecastError(`at ${atMs} ms: a selection needs anchor and head`);
      const pairs: Selection[] = [];
      for (let i = 0; i < offsets.length; i += 2) pairs.push([offsets[i] ?? 0, offsets[i + 1] ?? 0]);
      return { kind: 'select', atMs, selections: pairs };
    }
    case 'v': {
      const [, , topLine, leftColumn] = wire;
      return { kind: 'scroll', atMs, scroll: [topLine, leftColumn] };
    }
    case 'f': {
      const [, , file] = wire;
      return { kind: 'focus', atMs, file };
    }
    case 'r': {
      const [, , run] = wire;
      return { kind: 'run', atMs, run };
    }
  }
}

function caretOf(selections: readonly Selection[]): number {
  return selections[0]?.[1] ?? 0;
}
