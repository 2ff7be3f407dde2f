// Whatever a client sends, a client mistake is a 4xx in the one error shape, never a 5xx: generated
// paths, methods, headers and bodies against the real app, database and grader.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../contracts/api-error.ts';
import type { Exercise } from '../contracts/exercise.ts';
import { createGrader, type Grader } from '../graders/create-grader.ts';
import { buildTestApp, loadTestExercise } from './testing/test-app.ts';

let grader: Grader;
let sumOfArray: Exercise;

beforeAll(async () => {
  grader = createGrader({ size: 1 });
  sumOfArray = await loadTestExercise('sum-of-array');
});
afterAll(() => grader.close());

const segment = fc.oneof(
  fc.constantFrom('sum-of-array', 'nope', '1', '0', '-1', '999999999999999999999', '%00', '..', 'attempts'),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);
const path = fc.oneof(
  fc.constantFrom(
    '/api/exercises/sum-of-array/run',
    '/api/exercises/sum-of-array/submissions',
    '/api/exercises/sum-of-array/draft',
    '/api/exercises/sum-of-array/hints',
    '/api/auth/login',
    '/api/session',
    '/api/courses/tiny/enrolment',
  ),
  fc
    .tuple(
      fc.constantFrom('exercises', 'attempts', 'teacher/learners', 'teacher/exercises', 'courses'),
      segment,
      segment,
    )
    .map(([resource, a, b]) => `/api/${resource}/${a}/${b}`),
  fc.tuple(fc.constantFrom('exercises', 'attempts'), segment).map(([resource, a]) => `/api/${resource}/${a}`),
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
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
);

describe('the app under generated requests', () => {
  it('answers every client mistake with a 4xx in the error shape, and never a 5xx', async () => {
    const { app } = await buildTestApp({ grader, exercises: [sumOfArray], queue: { submitBurst: 1_000 } });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
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
