// Whatever a client sends, a client mistake is a 4xx in the one error shape, never a 5xx: generated
// paths, methods, headers and bodies against the real app, database and grader.
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../contracts/api-error.ts';
import type { Exercise } from '../contracts/exercise.ts';
import { loadCodecast } from '../graders/content/load-codecast.ts';
import { createGrader, type Grader } from '../graders/create-grader.ts';
import { setEnrolmentKey } from './courses/enrolment-keys.ts';
import { storeCodecastVersion } from './db/codecast-queries.ts';
import { storeCourse } from './db/sync-content.ts';
import { buildTestApp, loadTestExercise } from './testing/test-app.ts';

let grader: Grader;
let sumOfArray: Exercise;
let isEven: Exercise;

beforeAll(async () => {
  grader = createGrader({ size: 1 });
  sumOfArray = await loadTestExercise('sum-of-array');
  isEven = await loadTestExercise('is-even');
});
afterAll(() => grader.close());

const segment = fc.oneof(
  fc.constantFrom(
    'sum-of-array',
    'is-even',
    'nope',
    '1',
    '0',
    '-1',
    '999999999999999999999',
    '%00',
    '..',
    'attempts',
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const path = fc.oneof(
  fc.constantFrom(
    '/api/exercises/sum-of-array/run',
    '/api/exercises/is-even/submissions',
    '/api/exercises/sum-of-array/submissions',
    '/api/exercises/sum-of-array/draft',
    '/api/exercises/sum-of-array/hints',
    '/api/auth/login',
    '/api/session',
    '/api/courses/tiny/enrolment',
    '/api/courses/lab/enrolment',
    '/api/me',
    '/api/codecasts',
    '/api/codecasts/sum-of-array-intro',
    '/api/codecasts/sum-of-array-intro/chunks/1',
    '/api/codecasts/sum-of-array-intro/captions/fr',
    '/api/codecasts/sum-of-array-intro/audio',
  ),
  fc
    .tuple(
      fc.constantFrom(
        'exercises',
        'attempts',
        'teacher/learners',
        'teacher/exercises',
        'courses',
        'codecasts',
      ),
      segment,
      segment,
    )
    .map(([resource, a, b]) => `/api/${resource}/${a}/${b}`),
  fc
    .tuple(fc.constantFrom('exercises', 'attempts', 'codecasts'), segment)
    .map(([resource, a]) => `/api/${resource}/${a}`),
);
const body = fc.oneof(
  fc.json(),
  fc.string(),
  fc
    .record(
      {
        code: fc.oneof(fc.string({ maxLength: 200 }), fc.integer(), fc.constant(null)),
        language: fc.oneof(fc.constantFrom('javascript', 'typescript', 'python'), fc.integer()),
        name: fc.string(),
        password: fc.string(),
        displayName: fc.oneof(fc.string({ maxLength: 80 }), fc.constant(null), fc.integer()),
        key: fc.oneof(fc.string({ maxLength: 40 }), fc.constant('spring-lab-2026'), fc.integer()),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
);

describe('the app under generated requests', () => {
  it('answers every client mistake with a 4xx in the error shape, and never a 5xx', async () => {
    const { app, db, clock } = await buildTestApp({
      grader,
      exercises: [sumOfArray, isEven],
      queue: { submitBurst: 1_000 },
    });
    // An open course, and a private one whose is-even is closed to learners: enrolment and the access
    // rule are fuzzed along.
    for (const [slug, access, exercises] of [
      ['tiny', 'open', ['sum-of-array']],
      ['lab', 'private', ['sum-of-array', 'is-even']],
    ] as const) {
      storeCourse(
        db,
        {
          slug,
          spec: {
            title: { en: 'T', fr: 'T' },
            description: { en: 'D', fr: 'D' },
            access,
            passThreshold: 0.5,
            modules: [{ id: 'm', title: { en: 'M', fr: 'M' }, exercises: [...exercises] }],
          },
        },
        clock.now(),
      );
    }
    await setEnrolmentKey(db, 'lab', 'spring-lab-2026', clock.now());
    const codecast = await loadCodecast(
      fileURLToPath(new URL('../tests/fixtures/codecast/v1/sum-of-array-intro', import.meta.url)),
      { exercise: 'sum-of-array' },
    );
    storeCodecastVersion(
      db,
      { ...codecast.data!, exercise: 'sum-of-array', source: 'folder' },
      clock.now(),
      'always',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE'),
        path,
        body,
        fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', ''),
        fc.boolean(),
        fc.option(fc.constantFrom('Bearer nope', 'Basic x', 'Bearer', ''), { nil: undefined }),
        async (method, url, text, contentType, csrf, authorization) => {
          const headers: Record<string, string> = {};
          if (contentType) headers['Content-Type'] = contentType;
          if (csrf) headers['X-Requested-With'] = 'fuzz';
          if (authorization !== undefined) headers.Authorization = authorization;
          const response = await app.request(url, {
            method,
            headers,
            ...(method === 'GET' ? {} : { body: text }),
          });
          expect(response.status, `${method} ${url} ${text}`).toBeLessThan(500);
          if (response.status >= 400) ApiErrorBody.parse(await response.json());
        },
      ),
      { numRuns: 300 },
    );
  });
});
