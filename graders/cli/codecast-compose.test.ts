import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWebVtt } from '../../contracts/webvtt.ts';
import { flattenChunks } from '../../web/codecast/engine/chunk-builder.ts';
import { decodeChunks } from '../../web/codecast/engine/pack-codecast.ts';
import { replayRecording } from '../../web/codecast/engine/recording.ts';
import { checkCodecast, manifestFile } from '../content/check-codecast.ts';
import { codecastFilesFromUpload } from '../content/codecast-files.ts';
import { loadExercise } from '../content/load-exercise.ts';
import { createGrader, type Grader } from '../create-grader.ts';
import { composeCodecast, StoryboardError } from './codecast-compose.ts';
import { Storyboard } from './codecast-storyboard.ts';

const exercises = path.join(import.meta.dirname, '..', '..', 'exercises');
let grader: Grader;
beforeAll(() => {
  grader = createGrader({ size: 1 });
});
afterAll(() => grader.close());

const deps = () => ({
  grader,
  findExercise: async (slug: string) => (await loadExercise(path.join(exercises, slug))).data,
});

const board = (steps: unknown[], extra: Record<string, unknown> = {}) =>
  Storyboard.parse({
    id: 'demo',
    title: { en: 'Demo', fr: 'Démo' },
    language: 'en',
    files: [{ name: 'main.js', language: 'javascript' }],
    steps,
    ...extra,
  });

describe('composing a codecast from a storyboard', () => {
  it('types at a human pace, runs with the real grader, and captions in both languages', async () => {
    const upload = await composeCodecast(
      board([
        { chapter: { en: 'Start', fr: 'Début' } },
        { say: { en: 'We print a greeting.', fr: 'On affiche une salutation.' }, over: true },
        { type: 'console.log("Hi");\nif (true) {\n  console.log(1 + 1);\n}' },
        { bubble: { en: 'A call', fr: 'Un appel' }, line: 1 },
        { run: {} },
        { say: { en: 'It printed two lines.', fr: 'Il a affiché deux lignes.' } },
        { highlight: { from: 2, to: 4 }, note: { en: 'A block', fr: 'Un bloc' } },
        { run: { tests: 'say-hello-world' } },
        { checkpoint: 'say-hello-world', prompt: { en: 'Your turn', fr: 'À toi' } },
      ]),
      'say-hello-world',
      deps(),
    );
    const { files } = codecastFilesFromUpload(upload);
    const checked = checkCodecast(
      { manifest: files.get(manifestFile)!, read: (src) => files.get(src) },
      { id: 'demo', exercise: 'say-hello-world', knownExercises: new Set(['say-hello-world']) },
    );
    expect(checked.errors).toEqual([]);
    const recording = flattenChunks(decodeChunks(upload.manifest, upload.chunks));
    const end = replayRecording(recording, recording.durationMs);
    expect(end.files[0]?.text).toBe('console.log("Hi");\nif (true) {\n  console.log(1 + 1);\n}');

    const edits = recording.events.filter((event) => event.kind === 'edit');
    // Enter brings the indentation along, as Monaco's auto-indent does.
    expect(edits.map((edit) => (edit.kind === 'edit' ? edit.inserted : ''))).toContain('\n  ');
    const typingMs = (edits.at(-1)?.atMs ?? 0) - (edits[0]?.atMs ?? 0);
    const perSecond = (edits.length - 1) / (typingMs / 1000);
    expect(perSecond).toBeGreaterThan(2.5);
    expect(perSecond).toBeLessThan(9);

    const runs = recording.events.flatMap((event) => (event.kind === 'run' ? [event.run] : []));
    expect(runs[0]).toMatchObject({ status: 'passed', output: 'Hi\n2\n' });
    expect(runs[0]?.testsTotal).toBeUndefined();
    expect(runs[1]).toMatchObject({ status: 'failed', testsPassed: 0, testsTotal: 2 });
    expect(runs[1]?.output).toContain(
      '✗ Prints exactly Hello, World!\n    expected: Hello, World!\n    printed: Hi ⏎ 2',
    );

    const captions = (src: string) => {
      const file = upload.files?.find((candidate) => candidate.src === src);
      return readWebVtt(file && 'text' in file ? file.text : '');
    };
    const en = captions('captions.en.vtt');
    const fr = captions('captions.fr.vtt');
    expect(en.cues.map((cue) => cue.text)).toEqual(['We print a greeting.', 'It printed two lines.']);
    expect(fr.cues.map((cue) => [cue.startMs, cue.endMs])).toEqual(
      en.cues.map((cue) => [cue.startMs, cue.endMs]),
    );
    // A cue said `over` the typing lasts its reading time; the next one starts after the run.
    expect(en.cues[1]!.startMs).toBeGreaterThan(runsAt(recording.events)[0]!);
    expect(upload.manifest.checkpoints[0]!.atMs).toBeGreaterThan(runsAt(recording.events)[1]!);
    expect(upload.manifest.annotations.map((a) => a.kind)).toEqual(['bubble', 'highlight']);
  });

  it('gives the same codecast for the same storyboard, and another rhythm for another seed', async () => {
    const steps = [{ type: 'let total = 0;' }, { erase: 2 }, { type: '1;' }];
    const first = await composeCodecast(board(steps), 'sum-of-array', deps());
    const again = await composeCodecast(board(steps), 'sum-of-array', deps());
    const reseeded = await composeCodecast(board(steps, { seed: 2 }), 'sum-of-array', deps());
    expect(again).toEqual(first);
    expect(reseeded.manifest.durationMs).not.toBe(first.manifest.durationMs);
  });

  it('replaces a selection with what is typed, and names the step it cannot perform', async () => {
    const upload = await composeCodecast(
      board([{ type: 'i <= n' }, { select: '<=' }, { type: '<' }, { caret: 'end' }, { type: ';' }]),
      'sum-of-array',
      deps(),
    );
    const recording = flattenChunks(decodeChunks(upload.manifest, upload.chunks));
    expect(replayRecording(recording, recording.durationMs).files[0]?.text).toBe('i < n;');
    await expect(
      composeCodecast(board([{ type: 'x' }, { select: 'y' }]), 'sum-of-array', deps()),
    ).rejects.toThrow(new StoryboardError('steps[1]: "y" is not in main.js'));
  });
});

function runsAt(events: { kind: string; atMs: number }[]): number[] {
  return events.filter((event) => event.kind === 'run').map((event) => event.atMs);
}
