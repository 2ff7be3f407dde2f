import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../contracts/api-error.ts';
import { CodecastManifest } from '../../contracts/codecast.ts';
import { CodecastList, CodecastSaved, type CodecastUpload } from '../../contracts/codecast-api.ts';
import { CodecastChunk } from '../../contracts/codecast-chunk.ts';
import type { Exercise } from '../../contracts/exercise.ts';
import type { Grader } from '../../graders/create-grader.ts';
import { addTeacher } from '../auth/teachers.ts';
import { setEnrolmentKey } from '../courses/enrolment-keys.ts';
import { storeCourse } from '../db/sync-content.ts';
import { buildTestApp, loadTestExercise } from '../testing/test-app.ts';

const fixture = fileURLToPath(
  new URL('../../tests/fixtures/codecast/v1/sum-of-array-intro', import.meta.url),
);
const read = (file: string) => readFileSync(path.join(fixture, file), 'utf8');

// Nothing here grades: the codecast routes never call the grader.
const noGrader: Grader = {
  grade: () => Promise.reject(new Error('the codecast routes do not grade')),
  close: async () => {},
};

let sumOfArray: Exercise;
beforeAll(async () => {
  sumOfArray = await loadTestExercise('sum-of-array');
});

/** The fixture as the recorder uploads it, with changes. */
function upload(change: (upload: CodecastUpload) => void = () => {}): CodecastUpload {
  const manifest = CodecastManifest.parse(JSON.parse(read('manifest.json')));
  const value: CodecastUpload = {
    manifest,
    chunks: manifest.chunks.map((ref) => CodecastChunk.parse(JSON.parse(read(ref.src)))),
    files: [{ src: 'captions.fr.vtt', text: read('captions.fr.vtt') }],
  };
  change(value);
  return value;
}

async function setup(config: { maxCodecastBytes?: number; maxBodyBytes?: number } = {}) {
  const built = await buildTestApp({ grader: noGrader, exercises: [sumOfArray], config });
  await addTeacher(built.db, { name: 'ada', password: 'correct horse', now: built.clock.now() });
  const teacher = built.client();
  await teacher.post('/api/auth/login', { name: 'ada', password: 'correct horse' });
  const learner = built.client();
  if (config.maxCodecastBytes !== undefined) return { ...built, teacher, learner, version: '' };
  const saved = await teacher.put('/api/codecasts/sum-of-array-intro', upload());
  expect(saved.status).toBe(201);
  const { version } = CodecastSaved.parse(await saved.json());
  return { ...built, teacher, learner, version };
}

describe('watching a codecast', () => {
  it('lists it with its exercise, version, captions and checkpoints', async () => {
    const { learner, version } = await setup();
    const response = await learner.get('/api/codecasts');
    expect(response.status).toBe(200);
    expect(CodecastList.parse(await response.json()).codecasts).toEqual([
      {
        id: 'sum-of-array-intro',
        version,
        title: { en: 'Summing an array', fr: 'Additionner un tableau' },
        exercise: 'sum-of-array',
        durationMs: 44990,
        language: 'fr',
        captions: ['fr', 'en'],
        hasAudio: false,
        chapterCount: 2,
        checkpoints: ['sum-of-array'],
        updatedAt: expect.any(Number),
      },
    ]);
  });

  it('sends the manifest with its version, revalidated by ETag', async () => {
    const { learner, version } = await setup();
    const response = await learner.get('/api/codecasts/sum-of-array-intro');
    expect(response.status).toBe(200);
    expect(response.headers.get('Codecast-Version')).toBe(version);
    expect(response.headers.get('Cache-Control')).toBe('private, no-cache');
    expect(CodecastManifest.parse(await response.json()).chunks).toHaveLength(2);
    const again = await learner.get('/api/codecasts/sum-of-array-intro', {
      'If-None-Match': response.headers.get('ETag')!,
    });
    expect(again.status).toBe(304);
  });

  it('sends chunks one by one, cached for good when the version is named', async () => {
    const { learner, version } = await setup();
    const response = await learner.get(`/api/codecasts/sum-of-array-intro/chunks/1?version=${version}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('private, max-age=31536000, immutable');
    expect(CodecastChunk.parse(await response.json())).toMatchObject({ index: 1, startMs: 30000 });
    expect((await learner.get('/api/codecasts/sum-of-array-intro/chunks/2')).status).toBe(404);
    expect((await learner.get('/api/codecasts/sum-of-array-intro/chunks/one')).status).toBe(400);
    expect((await learner.get('/api/codecasts/nope/chunks/0')).status).toBe(404);
    expect(
      (await learner.get(`/api/codecasts/sum-of-array-intro/chunks/0?version=${'0'.repeat(64)}`)).status,
    ).toBe(404);
  });

  it('sends captions as WebVTT, from a file or inline', async () => {
    const { learner } = await setup();
    const fr = await learner.get('/api/codecasts/sum-of-array-intro/captions/fr');
    expect(fr.headers.get('Content-Type')).toBe('text/vtt; charset=utf-8');
    expect(await fr.text()).toBe(read('captions.fr.vtt'));
    const en = await learner.get('/api/codecasts/sum-of-array-intro/captions/en');
    expect(await en.text()).toMatch(/^WEBVTT\n\n00:00\.500 --> 00:05\.000\nLet us write/);
    const de = await learner.get('/api/codecasts/sum-of-array-intro/captions/de');
    expect(de.status).toBe(404);
    expect(ApiErrorBody.parse(await de.json()).error.details).toEqual({ languages: ['fr', 'en'] });
  });

  it('answers 404 for the audio of a codecast without one', async () => {
    const { learner } = await setup();
    expect((await learner.get('/api/codecasts/sum-of-array-intro/audio')).status).toBe(404);
  });

  it('closes a codecast tied to an exercise of a private course to learners not enrolled', async () => {
    const { learner, teacher, db, clock } = await setup();
    storeCourse(
      db,
      {
        slug: 'lab',
        spec: {
          title: { en: 'Lab', fr: 'Labo' },
          description: { en: 'D', fr: 'D' },
          access: 'private',
          passThreshold: 0.5,
          modules: [{ id: 'm', title: { en: 'M', fr: 'M' }, exercises: ['sum-of-array'] }],
        },
      },
      clock.now(),
    );
    await setEnrolmentKey(db, 'lab', 'spring-lab-2026', clock.now());
    const closed = await learner.get('/api/codecasts/sum-of-array-intro/chunks/0');
    expect(closed.status).toBe(403);
    expect(ApiErrorBody.parse(await closed.json()).error.code).toBe('not-enrolled');
    expect(CodecastList.parse(await (await learner.get('/api/codecasts')).json()).codecasts).toEqual([]);
    expect((await teacher.get('/api/codecasts/sum-of-array-intro/chunks/0')).status).toBe(200);
    await learner.post('/api/courses/lab/enrolment', { key: 'spring-lab-2026' });
    expect((await learner.get('/api/codecasts/sum-of-array-intro/chunks/0')).status).toBe(200);
  });
});

describe('uploading a codecast', () => {
  it('is for teachers only', async () => {
    const { learner } = await setup();
    const response = await learner.put('/api/codecasts/sum-of-array-intro', upload());
    expect(response.status).toBe(401);
  });

  it('stores each different upload as a new version and keeps the previous ones', async () => {
    const { teacher, learner, version } = await setup();
    const same = await teacher.put('/api/codecasts/sum-of-array-intro', upload());
    expect(same.status).toBe(200);
    expect(CodecastSaved.parse(await same.json())).toEqual({
      id: 'sum-of-array-intro',
      version,
      created: false,
    });

    const retitled = await teacher.put(
      '/api/codecasts/sum-of-array-intro',
      upload((u) => {
        u.manifest.title = { en: 'Adding up an array', fr: 'Additionner les valeurs' };
      }),
    );
    expect(retitled.status).toBe(201);
    const second = CodecastSaved.parse(await retitled.json()).version;
    expect(second).not.toBe(version);
    const current = await learner.get('/api/codecasts/sum-of-array-intro');
    expect(current.headers.get('Codecast-Version')).toBe(second);
    const first = await learner.get(`/api/codecasts/sum-of-array-intro?version=${version}`);
    expect(CodecastManifest.parse(await first.json()).title.en).toBe('Summing an array');
  });

  it('refuses a codecast that does not play, saying which file is wrong', async () => {
    const { teacher } = await setup();
    const response = await teacher.put(
      '/api/codecasts/sum-of-array-intro',
      upload((u) => {
        const chunk = u.chunks[1]!;
        const edit = chunk.events.findIndex((event) => event[1] === 'e');
        chunk.events[edit] = [chunk.events[edit]![0], 'e', 0, 'not there', ''];
        u.files = [];
      }),
    );
    expect(response.status).toBe(422);
    const body = ApiErrorBody.parse(await response.json());
    expect(body.error.code).toBe('invalid-codecast');
    expect(body.error.details).toEqual([
      expect.objectContaining({
        file: 'chunks/0001.json',
        message: expect.stringContaining('do not replay'),
      }),
      expect.objectContaining({ file: 'manifest.json', message: expect.stringContaining('captions.fr.vtt') }),
    ]);
  });

  it('refuses an id that is not the URL, and a checkpoint on an unknown exercise', async () => {
    const { teacher } = await setup();
    const other = await teacher.put('/api/codecasts/other-id', upload());
    expect(other.status).toBe(422);
    const unknown = await teacher.put(
      '/api/codecasts/sum-of-array-intro',
      upload((u) => {
        u.manifest.checkpoints[0]!.exercise = 'max-of-array';
      }),
    );
    expect(ApiErrorBody.parse(await unknown.json()).error.details).toEqual([
      {
        file: 'manifest.json',
        message: 'checkpoints[0].exercise: there is no exercise "max-of-array". Did you mean "sum-of-array"?',
      },
    ]);
  });

  it('has its own size limit, larger than other bodies, and answers 413 over it', async () => {
    // The fixture is about 10 KB: over the 2 KB of other bodies, and still stored.
    const small = await setup({ maxBodyBytes: 2_048 });
    expect(small.version).toMatch(/^[0-9a-f]{64}$/);
    const { teacher } = await setup({ maxCodecastBytes: 4_000 });
    const response = await teacher.put('/api/codecasts/sum-of-array-intro', upload());
    expect(response.status).toBe(413);
    expect(ApiErrorBody.parse(await response.json()).error).toMatchObject({
      code: 'codecast-too-large',
      details: { maxBytes: 4_000 },
    });
  });

  it('serves uploaded audio with Range requests, as a media element seeks', async () => {
    const { teacher, learner } = await setup();
    const audio = Buffer.from('OggS-fake-opus-bytes-0123456789');
    const saved = await teacher.put(
      '/api/codecasts/sum-of-array-intro',
      upload((u) => {
        u.manifest.audio = { src: 'narration.ogg', mimeType: 'audio/ogg;codecs=opus', durationMs: 45000 };
        u.files?.push({ src: 'narration.ogg', base64: audio.toString('base64') });
      }),
    );
    expect(saved.status).toBe(201);
    const whole = await learner.get('/api/codecasts/sum-of-array-intro/audio');
    expect(whole.status).toBe(200);
    expect(whole.headers.get('Accept-Ranges')).toBe('bytes');
    expect(whole.headers.get('Content-Type')).toBe('audio/ogg;codecs=opus');
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(audio);
    const part = await learner.get('/api/codecasts/sum-of-array-intro/audio', { Range: 'bytes=4-7' });
    expect(part.status).toBe(206);
    expect(part.headers.get('Content-Range')).toBe(`bytes 4-7/${audio.length}`);
    expect(await part.text()).toBe('-fak');
    const tail = await learner.get('/api/codecasts/sum-of-array-intro/audio', { Range: 'bytes=-3' });
    expect(await tail.text()).toBe('789');
    const past = await learner.get('/api/codecasts/sum-of-array-intro/audio', { Range: 'bytes=999-' });
    expect(past.status).toBe(416);
    expect(past.headers.get('Content-Range')).toBe(`bytes */${audio.length}`);
  });

  it('answers any corrupted upload with a 4xx in the error shape, never a 5xx', async () => {
    const { teacher } = await setup();
    const original = upload();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('event', 'snapshot', 'manifest'),
        fc.nat(),
        fc.nat(),
        fc.jsonValue({ maxDepth: 2 }),
        async (where, i, j, value) => {
          const body = structuredClone(original) as unknown as {
            manifest: Record<string, unknown>;
            chunks: { events: unknown[][]; snapshot: { files: Record<string, unknown>[] } }[];
          };
          const chunk = body.chunks[i % body.chunks.length]!;
          if (where === 'event') {
            const event = chunk.events[i % chunk.events.length]!;
            event[j % event.length] = value;
          } else if (where === 'snapshot') {
            const keys = ['text', 'selections', 'scroll'];
            chunk.snapshot.files[0]![keys[j % keys.length]!] = value;
          } else {
            const keys = Object.keys(body.manifest);
            body.manifest[keys[j % keys.length]!] = value;
          }
          const response = await teacher.put('/api/codecasts/sum-of-array-intro', body);
          expect(response.status, JSON.stringify({ where, i, j, value })).toBeLessThan(500);
          if (response.status >= 400) ApiErrorBody.parse(await response.json());
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses audio whose length disagrees with the cast', async () => {
    const { teacher } = await setup();
    const response = await teacher.put(
      '/api/codecasts/sum-of-array-intro',
      upload((u) => {
        u.manifest.audio = { src: 'narration.ogg', mimeType: 'audio/ogg', durationMs: 60000 };
        u.files?.push({ src: 'narration.ogg', base64: 'T2dnUw==' });
      }),
    );
    expect(response.status).toBe(422);
    expect(JSON.stringify(await response.json())).toContain('the voice drifts from the code');
  });
});
