// A deterministic, realistic teaching session of any length, for the size test and the benchmark:
// typing at about 3 to 6 characters a second in bursts, pauses to talk, typos fixed with backspace,
// clicks elsewhere, selections deleted, scrolling as the file grows, a run now and then.
import type { EditorState, RecordedRun } from '../../../contracts/codecast-chunk.ts';
import { applyEvent } from './apply-event.ts';
import type { RecordedEvent } from './codecast-event.ts';
import type { Recording } from './recording.ts';

const codeLines = [
  'function sumOfArray(values) {',
  '  let total = 0;',
  '  for (const value of values) {',
  '    total += value;',
  '  }',
  '  return total;',
  '}',
  '',
  'const scores = [12, 7, 19, 3];',
  'console.log(sumOfArray(scores));',
  'function isEven(n) {',
  '  return n % 2 === 0;',
  '}',
  'const evens = scores.filter((score) => isEven(score));',
  "console.log('evens:', evens.join(', '));",
  'if (evens.length > 0) {',
  "  console.log('max', Math.max(...evens));",
  '}',
];

/** A small fast seeded generator (mulberry32), so every run of the benchmark types the same session. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticRecording(durationMs: number, seed = 1): Recording {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const initial: EditorState = {
    files: [{ text: '', selections: [[0, 0]], scroll: [1, 0] }],
    activeFile: 0,
    lastRun: null,
  };
  let state = initial;
  const events: RecordedEvent[] = [];
  let now = 0;
  const emit = (event: RecordedEvent) => {
    events.push(event);
    state = applyEvent(state, event);
  };
  const caret = () => state.files[0]!.selections[0]![1];
  const text = () => state.files[0]!.text;
  let lineIndex = 0;
  let runs = 0;

  while (now < durationMs - 20_000) {
    // A burst of typing: a few lines at the caret.
    const lines = between(1, 4);
    for (let l = 0; l < lines; l++) {
      const line = `${codeLines[lineIndex % codeLines.length]}\n`;
      lineIndex += 1;
      for (const character of line) {
        now += between(90, 320);
        if (random() < 0.04) {
          emit({ kind: 'edit', atMs: now, offset: caret(), deleted: '', inserted: 'x' });
          now += between(150, 500);
          emit({ kind: 'edit', atMs: now, offset: caret() - 1, deleted: 'x', inserted: '' });
          now += between(90, 250);
        }
        emit({ kind: 'edit', atMs: now, offset: caret(), deleted: '', inserted: character });
      }
      const lineCount = text().split('\n').length;
      if (lineCount > 30 && random() < 0.5) {
        now += between(100, 400);
        emit({ kind: 'scroll', atMs: now, scroll: [lineCount - 25, 0] });
      }
    }
    // Talking: a pause, sometimes a click elsewhere, sometimes a selection deleted, sometimes a run.
    now += between(2_000, 12_000);
    const length = text().length;
    if (random() < 0.3 && length > 0) {
      const at = between(0, length);
      emit({ kind: 'select', atMs: now, selections: [[at, at]] });
      now += between(300, 1_500);
    }
    if (random() < 0.1 && length > 20) {
      const start = between(0, length - 10);
      const end = start + between(1, 10);
      emit({ kind: 'select', atMs: now, selections: [[start, end]] });
      now += between(300, 1_000);
      emit({ kind: 'edit', atMs: now, offset: start, deleted: text().slice(start, end), inserted: '' });
      now += between(300, 1_000);
    }
    if (random() < 0.15) {
      runs += 1;
      emit({ kind: 'run', atMs: now, run: syntheticRun(runs) });
    }
    // Back to the end of the file to go on typing.
    const end = text().length;
    if (caret() !== end) {
      now += between(200, 800);
      emit({ kind: 'select', atMs: now, selections: [[end, end]] });
    }
  }
  return { initial, events: events.filter((event) => event.atMs < durationMs), durationMs };
}

function syntheticRun(count: number): RecordedRun {
  const hex = count.toString(16).padStart(64, '0');
  return {
    sourceHash: hex,
    status: count % 3 === 0 ? 'failed' : 'passed',
    testsPassed: count % 3 === 0 ? 2 : 3,
    testsTotal: 3,
    output: `41\nevens: 12\nmax 12\n`,
  };
}
