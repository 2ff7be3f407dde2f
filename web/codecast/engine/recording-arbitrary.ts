// fast-check generators of random but valid recordings, for the engine's property tests. Each step
// is drawn as raw numbers and text, then read against the state reached so far, so every edit deletes
// text that is there and every selection fits the file.
import fc from 'fast-check';
import type { EditorState, RecordedRun } from '../../../contracts/codecast-chunk.ts';
import { applyEvent } from './apply-event.ts';
import type { RecordedEvent } from './codecast-event.ts';
import type { Recording } from './recording.ts';

// Newlines, accents and a surrogate pair: offsets count UTF-16 code units, as Monaco's do.
const character = fc.constantFrom('a', 'b', ' ', '\n', '{', '}', 'é', '😀', '\t');
const text = fc.array(character, { maxLength: 12 }).map((characters) => characters.join(''));

const step = fc.record({
  kind: fc.constantFrom('edit', 'edit', 'edit', 'select', 'scroll', 'focus', 'run'),
  /** Often 0, so several events share a time, as Monaco's multi-cursor edits do. */
  dt: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4_000 })),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  inserted: text,
});

const run = (n: number): RecordedRun => ({
  sourceHash: n.toString(16).padStart(64, '0'),
  status: (['passed', 'failed', 'error'] as const)[n % 3]!,
  output: `run ${n}\n`,
});

type StepValue = { kind: string; dt: number; a: number; b: number; c: number; inserted: string };

function readStep(state: EditorState, s: StepValue, atMs: number): RecordedEvent {
  const file = state.files[state.activeFile]!;
  const length = file.text.length;
  switch (s.kind) {
    case 'edit': {
      const offset = s.a % (length + 1);
      const end = offset + (s.b % Math.min(length - offset + 1, 6));
      return { kind: 'edit', atMs, offset, deleted: file.text.slice(offset, end), inserted: s.inserted };
    }
    case 'select': {
      const count = 1 + (s.c % 3);
      const selections = Array.from({ length: count }, (_, i): [number, number] => [
        (s.a + i * 7) % (length + 1),
        (s.b + i * 3) % (length + 1),
      ]);
      return { kind: 'select', atMs, selections };
    }
    case 'scroll':
      return { kind: 'scroll', atMs, scroll: [1 + (s.a % 40), s.b % 8] };
    case 'focus':
      return { kind: 'focus', atMs, file: s.a % state.files.length };
    default:
      return { kind: 'run', atMs, run: run(s.a % 1000) };
  }
}

export const recordingArbitrary: fc.Arbitrary<Recording> = fc
  .record({
    files: fc.array(text, { minLength: 1, maxLength: 3 }),
    steps: fc.array(step, { maxLength: 80 }),
    tailMs: fc.integer({ min: 1, max: 3_000 }),
  })
  .map(({ files, steps, tailMs }) => {
    const initial: EditorState = {
      files: files.map((t) => ({ text: t, selections: [[0, 0]], scroll: [1, 0] })),
      activeFile: 0,
      lastRun: null,
    };
    let state = initial;
    let atMs = 0;
    const events = steps.map((s) => {
      atMs += s.dt;
      const event = readStep(state, s, atMs);
      state = applyEvent(state, event);
      return event;
    });
    return { initial, events, durationMs: atMs + tailMs };
  });

/** A chunk length short enough that random recordings span many chunks. */
export const chunkMsArbitrary = fc.integer({ min: 500, max: 10_000 });
