// Performs a storyboard (codecast-storyboard.ts) through the recording engine, as if a teacher had typed
// it: keys at a seeded human pace (an Enter brings its indentation along, as Monaco's auto-indent does),
// clicks, selections, and runs graded by the real grader, whose answer is what the cast shows. The result
// is the packed codecast the recorder would upload, with its captions as WebVTT in both languages.
import { createHash } from 'node:crypto';
import type { Annotation, Chapter, Checkpoint } from '../../contracts/codecast.ts';
import type { CodecastUpload } from '../../contracts/codecast-api.ts';
import type { EditorState, RecordedRun } from '../../contracts/codecast-chunk.ts';
import type { Exercise } from '../../contracts/exercise.ts';
import { ExerciseSpec } from '../../contracts/exercise-spec.ts';
import type { GradeResult } from '../../contracts/grade-result.ts';
import { type Locale, type LocalizedText, locales } from '../../contracts/localized-text.ts';
import { writeWebVtt } from '../../contracts/webvtt.ts';
import { applyEvent } from '../../web/codecast/engine/apply-event.ts';
import type { RecordedEvent } from '../../web/codecast/engine/codecast-event.ts';
import { packCodecast } from '../../web/codecast/engine/pack-codecast.ts';
import type { Grader } from '../create-grader.ts';
import type { CaretTarget, Storyboard } from './codecast-storyboard.ts';

/** A step the composer cannot perform (a text to select that is not in the file): the storyboard's mistake. */
export class StoryboardError extends Error {
  override name = 'StoryboardError';
}

export interface ComposeDeps {
  grader: Grader;
  /** The exercise a `run: { tests }` step grades against. */
  findExercise(slug: string): Promise<Exercise | undefined>;
}

/** Subtitles are read at about 15 characters a second; a spoken sentence takes about as long. */
const charactersPerSecond = 15;
const minimumCueMs = 1_500;
/** After the last step, the cast lingers this long on the final code. */
const tailMs = 2_000;

interface PendingCue {
  startMs: number;
  endMs: number;
  text: LocalizedText;
}

export async function composeCodecast(
  board: Storyboard,
  exercise: string,
  deps: ComposeDeps,
): Promise<CodecastUpload> {
  const random = seededRandom(board.seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const initial: EditorState = {
    files: board.files.map((file) => ({
      text: file.text,
      selections: [[file.text.length, file.text.length]],
      scroll: [1, 0],
    })),
    activeFile: 0,
    lastRun: null,
  };
  let state = initial;
  const events: RecordedEvent[] = [];
  const chapters: Chapter[] = [];
  const annotations: Annotation[] = [];
  const checkpoints: Checkpoint[] = [];
  const cues: PendingCue[] = [];
  let now = 0;

  const emit = (event: RecordedEvent) => {
    events.push(event);
    state = applyEvent(state, event);
  };
  const file = () => state.files[state.activeFile]!;
  const selection = () => {
    const [anchor, head] = file().selections[0]!;
    return { from: Math.min(anchor, head), to: Math.max(anchor, head), head };
  };
  const keyDelay = (previous: string) => {
    let delay = between(board.keyMs[0], board.keyMs[1]);
    if (previous.endsWith('\n')) delay += between(250, 600);
    else if (/[;{}]$/.test(previous)) delay += between(100, 300);
    if (random() < 0.03) delay += between(400, 900);
    return delay;
  };

  for (const [index, step] of board.steps.entries()) {
    const fail = (message: string): never => {
      throw new StoryboardError(`steps[${index}]: ${message}`);
    };
    if ('chapter' in step) {
      const previous = chapters.at(-1);
      if (previous && previous.atMs >= now) now = previous.atMs + 1;
      chapters.push({ atMs: now, title: step.chapter });
    } else if ('say' in step) {
      const longest = Math.max(...locales.map((locale) => step.say[locale].length));
      const durationMs = Math.max(minimumCueMs, Math.round((longest / charactersPerSecond) * 1000));
      cues.push({ startMs: now, endMs: now + durationMs, text: step.say });
      if (!step.over) now += durationMs + 400;
    } else if ('type' in step) {
      let previous = '';
      for (const key of keys(step.type)) {
        now += keyDelay(previous);
        const { from, to, head } = selection();
        const replaced = from === to ? '' : file().text.slice(from, to);
        emit({
          kind: 'edit',
          atMs: now,
          offset: from === to ? head : from,
          deleted: replaced,
          inserted: key,
        });
        previous = key;
      }
    } else if ('erase' in step) {
      const { from, to } = selection();
      if (from !== to) {
        now += between(200, 400);
        emit({ kind: 'edit', atMs: now, offset: from, deleted: file().text.slice(from, to), inserted: '' });
      } else {
        for (let i = 0; i < step.erase; i++) {
          const caret = selection().head;
          if (caret === 0) fail('nothing left to erase before the caret');
          now += between(80, 170);
          emit({
            kind: 'edit',
            atMs: now,
            offset: caret - 1,
            deleted: file().text.slice(caret - 1, caret),
            inserted: '',
          });
        }
      }
    } else if ('pause' in step) {
      now += step.pause;
    } else if ('caret' in step) {
      const offset =
        caretOffset(file().text, step.caret) ??
        fail(`cannot place the caret at ${JSON.stringify(step.caret)}`);
      now += between(300, 700);
      emit({ kind: 'select', atMs: now, selections: [[offset, offset]] });
    } else if ('select' in step) {
      const start = file().text.indexOf(step.select);
      if (start < 0) fail(`"${step.select}" is not in ${board.files[state.activeFile]?.name}`);
      now += between(400, 900);
      emit({ kind: 'select', atMs: now, selections: [[start, start + step.select.length]] });
    } else if ('scroll' in step) {
      now += between(150, 350);
      emit({ kind: 'scroll', atMs: now, scroll: [step.scroll, 0] });
    } else if ('focus' in step) {
      const target = board.files.findIndex((candidate) => candidate.name === step.focus);
      if (target < 0) fail(`no file named ${step.focus}`);
      now += between(300, 600);
      emit({ kind: 'focus', atMs: now, file: target });
    } else if ('run' in step) {
      now += between(400, 800);
      const source = file().text;
      const language = board.files[state.activeFile]!.language;
      const target = step.run.tests
        ? ((await deps.findExercise(step.run.tests)) ??
          fail(`no exercise "${step.run.tests}" to run the tests of`))
        : programExercise(language, step.run.stdin);
      const result = await deps.grader.grade(target, source, { mode: 'run' });
      emit({
        kind: 'run',
        atMs: now,
        run: recordRun(result, source, board.language, step.run.tests !== undefined),
      });
      // The output appears, and the teacher looks at it before going on.
      now += 1_200;
    } else if ('bubble' in step) {
      annotations.push({
        kind: 'bubble',
        startMs: now,
        endMs: now + step.forMs,
        text: step.bubble,
        file: state.activeFile,
        ...(step.line === undefined ? {} : { line: step.line }),
      });
    } else if ('highlight' in step) {
      annotations.push({
        kind: 'highlight',
        startMs: now,
        endMs: now + step.forMs,
        file: state.activeFile,
        fromLine: step.highlight.from,
        toLine: step.highlight.to,
        ...(step.note ? { text: step.note } : {}),
      });
    } else if ('checkpoint' in step) {
      const previous = checkpoints.at(-1);
      if (previous && previous.atMs >= now) now = previous.atMs + 1;
      checkpoints.push({ atMs: now, exercise: step.checkpoint, prompt: step.prompt });
      // Events at the checkpoint's time have not happened yet when it stops: what follows comes after.
      now += 600;
    } else {
      assertNever(step);
    }
  }

  const lastEnd = Math.max(now, ...cues.map((cue) => cue.endMs), ...annotations.map((a) => a.endMs));
  const durationMs = lastEnd + tailMs;
  // A cue gives way to the next one: captions never stack.
  cues.forEach((cue, i) => {
    const next = cues[i + 1];
    if (next && next.startMs < cue.endMs) cue.endMs = next.startMs;
  });
  const spoken = cues.filter((cue) => cue.endMs > cue.startMs);
  const captionLocales = [board.language, ...locales.filter((locale) => locale !== board.language)];
  const packed = packCodecast(
    {
      id: board.id,
      title: board.title,
      language: board.language,
      files: board.files.map(({ name, language }) => ({ name, language })),
      chapters,
      annotations,
      checkpoints,
      captions: captionLocales.map((locale) => ({ locale, src: `captions.${locale}.vtt` })),
      exercise,
    },
    { initial, events, durationMs },
  );
  return {
    ...packed,
    files: captionLocales.map((locale) => ({
      src: `captions.${locale}.vtt`,
      text: writeWebVtt(
        spoken.map((cue) => ({ startMs: cue.startMs, endMs: cue.endMs, text: cue.text[locale] })),
      ),
    })),
  };
}

/** The keys typed for a text: one per character, except that a line end carries the next line's indentation. */
function keys(text: string): string[] {
  return text.match(/\n[ \t]*|[\s\S]/gu) ?? [];
}

function caretOffset(text: string, target: CaretTarget): number | undefined {
  if (target === 'end') return text.length;
  if ('after' in target) {
    const at = text.indexOf(target.after);
    return at < 0 ? undefined : at + target.after.length;
  }
  if ('before' in target) {
    const at = text.indexOf(target.before);
    return at < 0 ? undefined : at;
  }
  const lines = text.split('\n');
  if (target.line > lines.length) return undefined;
  const start = lines.slice(0, target.line - 1).reduce((sum, line) => sum + line.length + 1, 0);
  return start + Math.min(target.column, lines[target.line - 1]!.length);
}

/** The active file run as a program: one visible test that any output passes, so what counts is the output. */
function programExercise(language: 'javascript' | 'typescript', stdin: string[]): Exercise {
  const spec = ExerciseSpec.parse({
    title: { en: 'Run', fr: 'Exécution' },
    language,
    difficulty: 1,
    tests: [
      {
        kind: 'program',
        id: 'run',
        name: { en: 'Runs', fr: 'Exécution' },
        stdin,
        stdout: '[\\s\\S]*',
        compare: { regex: true },
      },
    ],
  });
  return {
    slug: 'run',
    spec,
    statement: { en: '', fr: '' },
    starter: '',
    solution: '',
    knownWrong: [],
    contentHash: '',
  };
}

const words: Record<Locale, { line: string; expected: string; printed: string }> = {
  en: { line: 'line', expected: 'expected', printed: 'printed' },
  fr: { line: 'ligne', expected: 'attendu', printed: 'affiché' },
};

/** An output on one line of the console: line ends shown as ⏎. */
function oneLine(text: string): string {
  return text.replace(/\n$/, '').replaceAll('\n', ' ⏎ ');
}

/** What the teacher's console showed, in the language they speak: the program's output, or each visible test. */
export function recordRun(
  result: GradeResult,
  source: string,
  language: Locale,
  graded: boolean,
): RecordedRun {
  const word = words[language];
  const at = (location?: { line: number }) => (location ? `${word.line} ${location.line}: ` : '');
  const lines: string[] = result.diagnostics.map((d) => `${at(d.location)}${d.message[language]}`);
  const visible = result.tests.filter((test) => !test.hidden);
  if (!graded) {
    const test = visible[0];
    if (test?.actual) lines.push(test.actual.replace(/\n$/, ''));
    if (test && test.status !== 'passed' && test.status !== 'skipped' && test.message)
      lines.push(`${at(test.location)}${test.message[language]}`);
  } else if (result.diagnostics.length === 0) {
    for (const test of visible) {
      const mark = test.status === 'passed' ? '✓' : '✗';
      if (test.kind === 'function' && test.input !== undefined) {
        const expected =
          test.status === 'passed' || !test.expected ? '' : ` (${word.expected} ${test.expected})`;
        lines.push(`${mark} ${test.input} → ${test.actual ?? '…'}${expected}`);
      } else {
        lines.push(`${mark} ${test.name[language]}`);
        if (test.status !== 'passed' && test.expected !== undefined && test.actual !== undefined) {
          lines.push(`    ${word.expected}: ${oneLine(test.expected)}`);
          lines.push(`    ${word.printed}: ${oneLine(test.actual)}`);
        }
      }
    }
    for (const feedback of result.feedback) lines.push(`  ${feedback.text[language]}`);
  }
  return {
    sourceHash: createHash('sha256').update(source).digest('hex'),
    status: result.status,
    ...(graded
      ? {
          testsPassed: visible.filter((test) => test.status === 'passed').length,
          testsTotal: visible.length,
        }
      : {}),
    output: lines.length === 0 ? '' : `${lines.join('\n')}\n`,
  };
}

/** mulberry32: small, fast, and the same typing rhythm on every machine for one seed. */
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

function assertNever(value: never): never {
  throw new Error(`unknown storyboard step ${JSON.stringify(value)}`);
}
