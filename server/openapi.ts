// The OpenAPI 3.1 document of the API, served at GET /api/openapi.json. Bodies come from the shared zod
// contracts (z.toJSONSchema, JSON Schema 2020-12 as OpenAPI 3.1 expects); the path list is written here,
// and a test fails when it and the app's routes differ.
import { z } from 'zod';
import { ApiErrorBody } from '../contracts/api-error.ts';
import { CourseCatalogue } from '../contracts/course-catalogue.ts';
import { GradeResult } from '../contracts/grade-result.ts';
import { LocalizedText } from '../contracts/localized-text.ts';
import { DraftBody, ExerciseProgress, PublicAttempt, SubmissionBody } from '../contracts/public-attempt.ts';
import { PublicExercise } from '../contracts/public-exercise.ts';

const schemas = {
  ApiErrorBody,
  CourseCatalogue,
  GradeResult,
  PublicAttempt,
  PublicExercise,
  SubmissionBody,
  DraftBody,
  ExerciseProgress,
  Accepted: z.strictObject({
    attemptId: z.number().int(),
    status: z.literal('queued'),
    position: z.number().int().min(1),
  }),
  Draft: z.strictObject({
    draft: z.strictObject({ code: z.string(), updatedAt: z.number() }).nullable(),
  }),
  Hints: z.strictObject({
    hintCount: z.number().int(),
    revealed: z.array(z.strictObject({ index: z.number().int(), text: LocalizedText })),
  }),
  Hint: z.strictObject({ index: z.number().int(), text: LocalizedText }),
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
  TeacherAttempts: z.strictObject({ attempts: z.array(PublicAttempt.extend({ learnerId: z.string() })) }),
  LearnerProgress: z.strictObject({
    learnerId: z.string(),
    displayName: z.string().nullable(),
    exercises: z.record(z.string(), ExerciseProgress),
  }),
  Enrolment: z.strictObject({ course: z.string(), enrolledAt: z.number() }),
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
      '403': error('A cookie-authenticated change without X-Requested-With, or from another origin.'),
      '413': error('The body is over MAX_BODY_BYTES, or the code over the exercise limit.'),
    },
  };
}

const slug = param('slug');
const code = (summary: string) => ({ description: summary });

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
        post: operation(
          'Enrols the caller in an open course',
          { '201': { description: 'Enrolled', schema: 'Enrolment' }, '404': code('No such course') },
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
            '503': code('The grader is busy (Retry-After)'),
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
          'Teachers: one learner progress per exercise',
          { '200': { description: 'Progress', schema: 'LearnerProgress' }, '404': code('No such learner') },
          { params: [param('id')] },
        ),
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
