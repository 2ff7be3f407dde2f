// The OpenAPI 3.1 document of the API, served at GET /api/openapi.json. Bodies come from the shared zod
// contracts (z.toJSONSchema, JSON Schema 2020-12 as OpenAPI 3.1 expects); the path list is written here,
// and a test fails when it and the app's routes differ.
import { z } from 'zod';
import { ApiErrorBody } from '../contracts/api-error.ts';
import { CodecastManifest } from '../contracts/codecast.ts';
import { CodecastList, CodecastSaved, CodecastUpload } from '../contracts/codecast-api.ts';
import { CodecastChunk } from '../contracts/codecast-chunk.ts';
import { CourseAttestation } from '../contracts/course-attestation.ts';
import { CourseCatalogue } from '../contracts/course-catalogue.ts';
import { DraftAnswer } from '../contracts/draft.ts';
import { Enrolment, EnrolmentBody } from '../contracts/enrolment.ts';
import { GradeResult } from '../contracts/grade-result.ts';
import { Hint, HintState } from '../contracts/hint.ts';
import { Me, MeUpdate } from '../contracts/me.ts';
import { DraftBody, ExerciseProgress, PublicAttempt, SubmissionBody } from '../contracts/public-attempt.ts';
import { PublicExercise } from '../contracts/public-exercise.ts';
import { SubmissionReceipt } from '../contracts/submission-receipt.ts';
import {
  CourseLearners,
  LearnerProgress,
  TeacherAttempts,
  TeacherExercises,
} from '../contracts/teacher-views.ts';

const schemas = {
  ApiErrorBody,
  CodecastList,
  CodecastManifest,
  CodecastChunk,
  CodecastUpload,
  CodecastSaved,
  CourseCatalogue,
  GradeResult,
  PublicAttempt,
  PublicExercise,
  SubmissionBody,
  DraftBody,
  ExerciseProgress,
  Accepted: SubmissionReceipt,
  Draft: DraftAnswer,
  Hints: HintState,
  Hint,
  Session: z.strictObject({
    learnerId: z.string(),
    user: z.strictObject({ name: z.string(), role: z.enum(['teacher', 'admin']) }).nullable(),
  }),
  BearerToken: z.strictObject({ token: z.string(), expiresAt: z.number(), learnerId: z.string() }),
  Login: z.strictObject({ name: z.string(), password: z.string() }),
  LoggedIn: z.strictObject({
    user: z.strictObject({ name: z.string() }),
    token: z.string(),
    expiresAt: z.number(),
  }),
  Attempts: z.strictObject({ attempts: z.array(PublicAttempt) }),
  TeacherAttempts,
  TeacherExercises,
  CourseLearners,
  LearnerProgress,
  CourseAttestation,
  Enrolment,
  EnrolmentBody,
  Me,
  MeUpdate,
};
type SchemaName = keyof typeof schemas;

const ref = (name: SchemaName) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: SchemaName) => ({ content: { 'application/json': { schema: ref(name) } } });
const error = (description: string) => ({ description, ...json('ApiErrorBody') });
const param = (name: string, type: 'string' | 'integer' = 'string') => ({
  name,
  in: 'path',
  required: true,
  schema: { type },
});

function operation(
  summary: string,
  responses: Record<string, { description: string; schema?: SchemaName }>,
  options: { body?: SchemaName; params?: ReturnType<typeof param>[] } = {},
) {
  return {
    summary,
    ...(options.params ? { parameters: options.params } : {}),
    ...(options.body ? { requestBody: { required: true, ...json(options.body) } } : {}),
    responses: {
      ...Object.fromEntries(
        Object.entries(responses).map(([status, { description, schema }]) => [
          status,
          schema ? { description, ...json(schema) } : { description },
        ]),
      ),
      '400': error('The request does not fit its schema, or is not JSON.'),
      '401': error('A bearer token that is unknown or expired; or a teacher route without a teacher.'),
      '403': error(
        'A cookie-authenticated change without X-Requested-With, or from another origin (csrf); an exercise only private courses list, for a learner enrolled in none of them (not-enrolled, details.courses).',
      ),
      '413': error('The body is over MAX_BODY_BYTES, or the code over the exercise limit.'),
    },
  };
}

const slug = param('slug');

/** The body is optional (open courses), and a 403 here says why the key did not open the course. */
function enrolmentOperation() {
  const base = operation(
    'Enrols the caller: an open course takes no body, a private one `{ key }` (teachers need none)',
    {
      '201': { description: 'Enrolled (or already was)', schema: 'Enrolment' },
      '404': { description: 'No such course (not-found)', schema: 'ApiErrorBody' },
      '429': {
        description:
          'Too many wrong keys from this learner or for this course (too-many-enrolment-attempts, Retry-After)',
        schema: 'ApiErrorBody',
      },
    },
    { params: [slug] },
  );
  return {
    ...base,
    requestBody: { required: false, ...json('EnrolmentBody') },
    responses: {
      ...base.responses,
      '403': error(
        'A private course: no key sent (enrolment-key-required), a wrong key (wrong-enrolment-key), or no key set by its teacher yet (enrolment-closed); or csrf.',
      ),
    },
  };
}
const code = (summary: string) => ({ description: summary });

/** A codecast read: `?version=` pins the version (answers cached for good), else the current one (ETag). */
function codecastRead(summary: string, ok: Record<string, unknown>, params = [param('id')]) {
  const base = operation(summary, { '404': code('No such codecast, version or file') }, { params });
  return {
    ...base,
    parameters: [
      ...params,
      { name: 'version', in: 'query', schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
    ],
    responses: { ...ok, '304': code('Not modified (If-None-Match)'), ...base.responses },
  };
}

export function buildOpenApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'codecast-grader',
      version: '0.1.0',
      description:
        'Every request has a learner: the session cookie (set on the first visit), or `Authorization: Bearer` with a token from POST /api/session. Every 4xx has the ApiErrorBody shape.',
    },
    paths: {
      '/api/me': {
        get: operation('The caller profile: learner id, role and display name', {
          '200': { description: 'The profile', schema: 'Me' },
        }),
        patch: operation(
          'Sets the caller display name (trimmed, 1 to 60 characters, no control characters), or null to remove it',
          { '200': { description: 'The profile', schema: 'Me' } },
          { body: 'MeUpdate' },
        ),
      },
      '/api/session': {
        get: operation('Who the caller is', { '200': { description: 'The session', schema: 'Session' } }),
        post: operation('A short-lived bearer token for the same learner (embedded pages)', {
          '201': { description: 'The token', schema: 'BearerToken' },
        }),
      },
      '/api/auth/login': {
        post: operation(
          'Teacher login: sets the cookie and returns a bearer token',
          {
            '200': { description: 'Logged in', schema: 'LoggedIn' },
            '429': code('Too many attempts for this name'),
          },
          { body: 'Login' },
        ),
      },
      '/api/auth/logout': {
        post: operation('Ends the cookie session (and the bearer token sent)', { '204': code('Logged out') }),
      },
      '/api/courses': {
        get: operation('Courses, modules and exercises, with the caller progress', {
          '200': { description: 'The catalogue', schema: 'CourseCatalogue' },
        }),
      },
      '/api/courses/{slug}/enrolment': {
        post: enrolmentOperation(),
      },
      '/api/courses/{slug}/attestation': {
        get: operation(
          'The caller standing in the course, with the date it reached the pass threshold (the attestation)',
          {
            '200': { description: 'Standing and attestation', schema: 'CourseAttestation' },
            '404': code('No such course'),
          },
          { params: [slug] },
        ),
      },
      '/api/exercises/{slug}': {
        get: operation(
          'The exercise as a learner may see it (no hidden test, no solution)',
          {
            '200': { description: 'The exercise', schema: 'PublicExercise' },
            '404': code('No such exercise'),
          },
          { params: [slug] },
        ),
      },
      '/api/exercises/{slug}/run': {
        post: operation(
          'Grades the code on the visible tests; nothing is recorded',
          {
            '200': { description: 'The result', schema: 'GradeResult' },
            '422': code('A language the exercise does not accept'),
            '429': code(
              'One run at a time per learner (in-flight), and a rate limit (rate-limited); Retry-After',
            ),
            '503': code('The grader is busy, or too many runs are in progress (Retry-After)'),
          },
          { params: [slug], body: 'SubmissionBody' },
        ),
      },
      '/api/exercises/{slug}/submissions': {
        post: operation(
          'Queues a submission; the attempt is stored before the answer',
          {
            '202': { description: 'Queued', schema: 'Accepted' },
            '422': code('A language the exercise does not accept'),
            '429': code('One submission in flight per learner, and a rate limit (Retry-After)'),
            '503': code('The queue is full (Retry-After)'),
          },
          { params: [slug], body: 'SubmissionBody' },
        ),
      },
      '/api/exercises/{slug}/attempts': {
        get: operation(
          'The caller attempts at the exercise, newest first',
          { '200': { description: 'Attempts', schema: 'Attempts' } },
          { params: [slug] },
        ),
      },
      '/api/exercises/{slug}/draft': {
        get: operation(
          'The caller draft',
          { '200': { description: 'The draft', schema: 'Draft' } },
          { params: [slug] },
        ),
        put: operation(
          'Saves the caller draft',
          { '200': { description: 'Saved', schema: 'Draft' } },
          { params: [slug], body: 'DraftBody' },
        ),
      },
      '/api/exercises/{slug}/hints': {
        get: operation(
          'Hints revealed so far',
          { '200': { description: 'Hints', schema: 'Hints' } },
          { params: [slug] },
        ),
        post: operation(
          'Reveals the next hint',
          { '201': { description: 'The hint', schema: 'Hint' }, '409': code('Every hint is shown') },
          { params: [slug] },
        ),
      },
      '/api/attempts/{id}': {
        get: operation(
          'One of the caller attempts: queued (with position), running, or done (with the result)',
          {
            '200': { description: 'The attempt', schema: 'PublicAttempt' },
            '404': code('No such attempt of yours'),
          },
          { params: [param('id', 'integer')] },
        ),
      },
      '/api/teacher/exercises': {
        get: operation('Teachers: every exercise, with its attempts and learners', {
          '200': { description: 'Exercises', schema: 'TeacherExercises' },
        }),
      },
      '/api/teacher/courses/{slug}/learners': {
        get: operation(
          'Teachers: the course learners (enrolled or who submitted), with their standing',
          { '200': { description: 'Learners', schema: 'CourseLearners' }, '404': code('No such course') },
          { params: [slug] },
        ),
      },
      '/api/teacher/exercises/{slug}/attempts': {
        get: {
          ...operation(
            'Teachers: every attempt at the exercise, newest first',
            { '200': { description: 'Attempts', schema: 'TeacherAttempts' } },
            { params: [slug] },
          ),
          parameters: [
            slug,
            { name: 'before', in: 'query', schema: { type: 'integer' } },
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 },
            },
          ],
        },
      },
      '/api/teacher/learners/{id}/progress': {
        get: operation(
          'Teachers: one learner progress per exercise, and standing per course',
          { '200': { description: 'Progress', schema: 'LearnerProgress' }, '404': code('No such learner') },
          { params: [param('id')] },
        ),
      },
      '/api/codecasts': {
        get: operation('Codecasts the caller may watch, each with its exercise and current version', {
          '200': { description: 'The codecasts', schema: 'CodecastList' },
        }),
      },
      '/api/codecasts/{id}': {
        get: codecastRead('The manifest (the Codecast-Version header names its version)', {
          '200': { description: 'The manifest', ...json('CodecastManifest') },
        }),
        put: operation(
          'Teachers: uploads a whole codecast, checked like a folder, stored as a new version that becomes current',
          {
            '200': { description: 'Already stored: current again', schema: 'CodecastSaved' },
            '201': { description: 'Stored as a new version', schema: 'CodecastSaved' },
            '413': code('Over MAX_CODECAST_BYTES (codecast-too-large)'),
            '422': code('It does not play as sent (invalid-codecast; details: file, line, message)'),
          },
          { params: [param('id')], body: 'CodecastUpload' },
        ),
      },
      '/api/codecasts/{id}/chunks/{n}': {
        get: codecastRead(
          'Chunk n (from 0): a snapshot and about 30 s of events',
          { '200': { description: 'The chunk', ...json('CodecastChunk') } },
          [param('id'), param('n', 'integer')],
        ),
      },
      '/api/codecasts/{id}/captions/{lang}': {
        get: codecastRead(
          'Captions in one language (en, fr)',
          { '200': { description: 'WebVTT', content: { 'text/vtt': { schema: { type: 'string' } } } } },
          [param('id'), param('lang')],
        ),
      },
      '/api/codecasts/{id}/audio': {
        get: codecastRead('The narration; honours one Range (206; 416 when past the end)', {
          '200': {
            description: 'The audio',
            content: { 'audio/*': { schema: { type: 'string', format: 'binary' } } },
          },
          '206': code('Part of the audio (Content-Range)'),
          '416': code('A range past the end (range-not-satisfiable)'),
        }),
      },
    },
    components: {
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => {
          const { $schema: _, ...body } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
          return [name, body];
        }),
      ),
    },
  };
}
