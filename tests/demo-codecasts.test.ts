// The demo course's codecasts, held to the bar of issue #6: at least three, each tied to an exercise of
// the course, captioned in French and English, with chapters, both kinds of annotation, a run and a
// checkpoint; none gives away the solution its checkpoint asks for; and each is exactly what its
// storyboard composes to, so the two committed forms cannot drift apart.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeCodecast } from '../graders/cli/codecast-compose.ts';
import { Storyboard, storyboardSuffix } from '../graders/cli/codecast-storyboard.ts';
import { codecastFilesFromUpload } from '../graders/content/codecast-files.ts';
import { loadExerciseCodecasts } from '../graders/content/load-codecast.ts';
import { loadCourse } from '../graders/content/load-course.ts';
import { loadExercise, loadExercises } from '../graders/content/load-exercise.ts';
import { readContentYaml } from '../graders/content/read-content-yaml.ts';
import { readText } from '../graders/content/read-text.ts';
import { createGrader, type Grader } from '../graders/create-grader.ts';
import { flattenChunks } from '../web/codecast/engine/chunk-builder.ts';
import { decodeChunks } from '../web/codecast/engine/pack-codecast.ts';
import { replayRecording } from '../web/codecast/engine/recording.ts';

const root = path.join(import.meta.dirname, '..', 'exercises');
let grader: Grader;
beforeAll(() => {
  grader = createGrader({ size: 1 });
});
afterAll(() => grader.close());

describe('the demo codecasts', async () => {
  const loads = await loadExerciseCodecasts(root);
  const exercises = new Map(
    (await loadExercises(root)).flatMap((load) => (load.data ? [[load.slug, load.data] as const] : [])),
  );
  const course = await loadCourse(path.join(root, 'first-steps.course.yaml'), exercises.keys());
  const inCourse = new Set(course.data?.spec.modules.flatMap((module) => module.exercises));

  it('are at least three, each loading cleanly in the folder of an exercise of the course', () => {
    expect(loads.length).toBeGreaterThanOrEqual(3);
    for (const load of loads) {
      expect(load.errors, load.id).toEqual([]);
      expect(load.warnings, load.id).toEqual([]);
      expect(inCourse.has(load.exercise), load.id).toBe(true);
    }
  });

  it.each(loads.map((load) => [load.id, load] as const))(
    '%s teaches with captions, chapters, annotations, a run and a checkpoint',
    (_, load) => {
      const manifest = load.data!.manifest;
      const cues = (locale: string) =>
        Buffer.from(load.data!.files.get(`captions.${locale}.vtt`) ?? [])
          .toString('utf8')
          .split('-->').length - 1;
      expect(cues('en')).toBeGreaterThanOrEqual(8);
      expect(cues('fr')).toBe(cues('en'));
      expect(manifest.chapters.length).toBeGreaterThanOrEqual(3);
      expect(new Set(manifest.annotations.map((annotation) => annotation.kind))).toEqual(
        new Set(['bubble', 'highlight']),
      );
      expect(manifest.checkpoints.length).toBeGreaterThanOrEqual(1);
      for (const checkpoint of manifest.checkpoints) expect(inCourse.has(checkpoint.exercise)).toBe(true);
      const recording = flattenChunks(decodeChunks(manifest, load.data!.chunks));
      expect(recording.events.some((event) => event.kind === 'run')).toBe(true);
    },
  );

  it.each(loads.map((load) => [load.id, load] as const))(
    '%s never shows code that passes the exercise its checkpoint asks for',
    async (_, load) => {
      const manifest = load.data!.manifest;
      const recording = flattenChunks(decodeChunks(manifest, load.data!.chunks));
      // What the learner sees at rest: at each run, at each chunk's start, and at the end.
      const moments = [
        ...recording.events.filter((event) => event.kind === 'run').map((event) => event.atMs + 1),
        ...manifest.chunks.map((chunk) => chunk.startMs),
        recording.durationMs,
      ];
      const shown = new Set(
        moments.flatMap((t) => replayRecording(recording, t).files.map((file) => file.text)),
      );
      for (const slug of new Set(manifest.checkpoints.map((checkpoint) => checkpoint.exercise))) {
        for (const text of shown) {
          const result = await grader.grade(exercises.get(slug)!, text);
          expect(result.status, `${slug} graded on:\n${text}`).not.toBe('passed');
        }
      }
    },
  );

  it.each(loads.map((load) => [load.id, load] as const))(
    '%s is what its storyboard composes to, byte for byte',
    async (id, load) => {
      const file = path.join(root, load.exercise, 'codecasts', `${id}${storyboardSuffix}`);
      const yaml = readContentYaml((await readText(file)) ?? '', Storyboard, {
        file,
        schemaComment: '',
        whenEmpty: '',
      });
      expect(yaml.errors).toEqual([]);
      const upload = await composeCodecast(yaml.data!, load.exercise, {
        grader,
        findExercise: async (slug) => (await loadExercise(path.join(root, slug))).data,
      });
      const { files } = codecastFilesFromUpload(upload);
      const committed = load.data!.files;
      expect([...files.keys()].sort()).toEqual([...committed.keys()].sort());
      for (const [name, bytes] of files)
        expect(Buffer.from(bytes).toString('utf8'), name).toBe(
          Buffer.from(committed.get(name)!).toString('utf8'),
        );
    },
  );
});
