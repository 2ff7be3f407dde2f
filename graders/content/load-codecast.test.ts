import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCodecast, loadExerciseCodecasts } from './load-codecast.ts';
import { loadExercise } from './load-exercise.ts';

const fixture = fileURLToPath(
  new URL('../../tests/fixtures/codecast/v1/sum-of-array-intro', import.meta.url),
);
const exercisesRoot = fileURLToPath(new URL('../../exercises', import.meta.url));

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'codecasts-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** An exercises root holding `exercise` (an empty exercise.yaml: enough to be listed) with the fixture as `id`. */
async function place(exercise: string, id: string): Promise<string> {
  await mkdir(path.join(root, exercise), { recursive: true });
  await writeFile(path.join(root, exercise, 'exercise.yaml'), '');
  const dir = path.join(root, exercise, 'codecasts', id);
  await cp(fixture, dir, { recursive: true });
  if (id !== 'sum-of-array-intro') await editJson(dir, 'manifest.json', (m) => ({ ...m, id }));
  return dir;
}

async function editJson(dir: string, file: string, edit: (value: Record<string, unknown>) => unknown) {
  const target = path.join(dir, file);
  await writeFile(target, JSON.stringify(edit(JSON.parse(await readFile(target, 'utf8')))));
}

describe('loading the codecasts kept beside their exercise', () => {
  it('loads a codecast that replays, with its files and a version that does not depend on the machine', async () => {
    await place('sum-of-array', 'sum-of-array-intro');
    const [load] = await loadExerciseCodecasts(root);
    expect(load?.errors).toEqual([]);
    expect(load?.warnings).toEqual([]);
    expect(load?.data?.manifest.chunks).toHaveLength(2);
    expect([...(load?.data?.files.keys() ?? [])].sort()).toEqual([
      'captions.fr.vtt',
      'chunks/0000.json',
      'chunks/0001.json',
      'manifest.json',
    ]);
    expect(load?.data?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const again = await loadCodecast(path.join(root, 'sum-of-array', 'codecasts', 'sum-of-array-intro'));
    expect(again.data?.contentHash).toBe(load?.data?.contentHash);
  });

  it('reports a broken codecast with its path and still loads the others', async () => {
    await place('sum-of-array', 'sum-of-array-intro');
    const broken = await place('sum-of-array', 'broken');
    await writeFile(path.join(broken, 'manifest.json'), '{ "formatVersion": 1,');
    const loads = await loadExerciseCodecasts(root);
    expect(loads.map((load) => [load.id, load.data !== undefined])).toEqual([
      ['broken', false],
      ['sum-of-array-intro', true],
    ]);
    expect(loads[0]?.errors[0]?.file).toBe('sum-of-array/codecasts/broken/manifest.json');
    expect(loads[0]?.errors[0]?.message).toMatch(/^Not JSON/);
  });

  it('refuses an edit whose deleted text is not in the file, at its chunk', async () => {
    const dir = await place('sum-of-array', 'sum-of-array-intro');
    await editJson(dir, 'chunks/0001.json', (chunk) => {
      const events = chunk.events as unknown[][];
      const edit = events.findIndex((event) => event[1] === 'e');
      events[edit] = [events[edit]![0], 'e', 0, 'not there', ''];
      return chunk;
    });
    const load = await loadCodecast(dir);
    expect(load.data).toBeUndefined();
    expect(load.errors).toEqual([
      expect.objectContaining({
        file: 'sum-of-array/codecasts/sum-of-array-intro/chunks/0001.json',
        message: expect.stringContaining('do not replay'),
      }),
    ]);
  });

  it('refuses a chunk whose snapshot is not where the previous chunk ends', async () => {
    const dir = await place('sum-of-array', 'sum-of-array-intro');
    await editJson(dir, 'chunks/0001.json', (chunk) => {
      const snapshot = chunk.snapshot as { lastRun: unknown; files: { scroll: number[] }[] };
      snapshot.files[0]!.scroll = [2, 0];
      return chunk;
    });
    const load = await loadCodecast(dir);
    expect(load.errors.map((error) => error.message)).toEqual([
      expect.stringContaining('not the state that chunk 0 ends with'),
    ]);
  });

  it('asks for captions in French and English, as WebVTT, within the cast', async () => {
    const dir = await place('sum-of-array', 'sum-of-array-intro');
    await writeFile(
      path.join(dir, 'captions.fr.vtt'),
      'WEBVTT\n\n00:00.500 --> 00:05.000\nBonjour\n\n00:40.000 --> 01:00.000\nTrop tard\n\n00:41 --> 00:42.000\nMal écrit\n',
    );
    await editJson(dir, 'manifest.json', (m) => ({
      ...m,
      captions: (m.captions as { locale: string }[]).filter((track) => track.locale === 'fr'),
    }));
    const load = await loadCodecast(dir);
    const messages = load.errors.map((error) => `${error.file}:${error.line ?? ''} ${error.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/captions\.fr\.vtt:9 "00:41 --> 00:42\.000" is not a timing line/),
      expect.stringMatching(/captions\.fr\.vtt:6 the cue "Trop tard" ends after the cast/),
      expect.stringMatching(/manifest\.json: No en captions/),
    ]);
  });

  it('checks the exercises it names, and that it sits in the folder of its own exercise', async () => {
    await place('max-of-array', 'sum-of-array-intro');
    const dir = path.join(root, 'max-of-array', 'codecasts', 'sum-of-array-intro');
    await editJson(dir, 'manifest.json', (m) => ({
      ...m,
      checkpoints: [{ atMs: 28000, exercise: 'sum-of-aray', prompt: { en: 'Go', fr: 'Vas-y' } }],
    }));
    const load = await loadCodecast(dir, { knownExercises: new Set(['sum-of-array', 'max-of-array']) });
    expect(load.errors.map((error) => error.message)).toEqual([
      'exercise is "sum-of-array" but the codecast sits in the folder of "max-of-array": move it, or fix the field.',
      'checkpoints[0].exercise: there is no exercise "sum-of-aray". Did you mean "sum-of-array"?',
    ]);
  });

  it('warns about files the manifest does not use', async () => {
    const dir = await place('sum-of-array', 'sum-of-array-intro');
    await writeFile(path.join(dir, 'take-2.webm'), 'x');
    const load = await loadCodecast(dir);
    expect(load.data).toBeDefined();
    expect(load.warnings).toEqual([
      {
        file: 'sum-of-array/codecasts/sum-of-array-intro/take-2.webm',
        message: 'The manifest does not use this file: delete it, or refer to it.',
      },
    ]);
  });

  it('refuses two codecasts with one id in different exercises', async () => {
    await place('sum-of-array', 'sum-of-array-intro');
    await place('max-of-array', 'sum-of-array-intro');
    const loads = await loadExerciseCodecasts(root);
    expect(loads.every((load) => load.data === undefined)).toBe(true);
    expect(loads[0]?.errors.at(-1)?.message).toContain('ids are unique across exercises');
  });

  it('leaves codecasts out of their exercise version: recording one is not a new exercise', async () => {
    const exercise = path.join(root, 'sum-of-array');
    await cp(path.join(exercisesRoot, 'sum-of-array'), exercise, {
      recursive: true,
      filter: (source) => !source.includes(`${path.sep}codecasts`),
    });
    const before = await loadExercise(exercise);
    await cp(fixture, path.join(exercise, 'codecasts', 'sum-of-array-intro'), { recursive: true });
    const after = await loadExercise(exercise);
    expect(after.data?.contentHash).toBeDefined();
    expect(after.data?.contentHash).toBe(before.data?.contentHash);
  });
});
