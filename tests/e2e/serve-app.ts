// The real server, as `npm start` runs it (real grader pool, queue, exercises synced from exercises/), on a
// fresh in-memory database and a free port, also serving the built web app from dist/web. The API's
// security headers (CSP included) apply to the pages too, as they must in production.
//
// main.ts does not serve dist/web yet: this composition (the API app mounted first, then static files,
// then index.html for any other path) is the one proposed for it (report of issue 5, decision 009).
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createGrader } from '../../graders/create-grader.ts';
import { createApp } from '../../server/app.ts';
import { addTeacher } from '../../server/auth/teachers.ts';
import { systemClock } from '../../server/clock.ts';
import { setEnrolmentKey } from '../../server/courses/enrolment-keys.ts';
import { type Db, openMemoryDatabase } from '../../server/db/open-database.ts';
import { storeCourse, storeExerciseVersion, syncContent } from '../../server/db/sync-content.ts';
import type { QueueConfig } from '../../server/env.ts';
import { errorBody } from '../../server/http/api-error.ts';
import { createInProcessQueue } from '../../server/queue/in-process-queue.ts';
import { loadTestExercise, testAppConfig, testQueueConfig } from '../../server/testing/test-app.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const builtWebDir = path.join(repoRoot, 'dist/web');

export interface RunningApp {
  origin: string;
  close(): Promise<void>;
}

export interface ServeAppOptions {
  /** Teacher accounts to create, for the teacher pages' tests. */
  teachers?: { name: string; password: string }[];
  /** Over the test queue settings (a test that submits many exercises raises the burst). */
  queue?: Partial<QueueConfig>;
  /** A private course listing copies of demo exercises under new slugs, open with this key only. */
  privateCourse?: { slug: string; key: string; exercises: { slug: string; copyOf: string }[] };
}

export async function serveApp(options: ServeAppOptions = {}): Promise<RunningApp> {
  if (!existsSync(path.join(builtWebDir, 'index.html'))) {
    throw new Error('dist/web is not built: run `npm run build:web` first (`npm test` does).');
  }
  const db = openMemoryDatabase();
  const problems: string[] = [];
  await syncContent(db, path.join(repoRoot, 'exercises'), systemClock.now(), {
    info: () => {},
    error: (line) => problems.push(line),
  });
  if (problems.length > 0) throw new Error(`exercises/ did not sync:\n${problems.join('\n')}`);
  for (const teacher of options.teachers ?? []) await addTeacher(db, { ...teacher, now: systemClock.now() });
  if (options.privateCourse) await addPrivateCourse(db, options.privateCourse);
  const grader = createGrader({ size: 1 });
  const queue = createInProcessQueue({
    db,
    grader,
    clock: systemClock,
    config: { ...testQueueConfig, ...options.queue },
  });
  await queue.start();
  const api = createApp({ db, grader, clock: systemClock, queue, config: testAppConfig });

  // serveStatic's root is relative to the working directory.
  const root = path.relative(process.cwd(), builtWebDir) || '.';
  const app = new Hono()
    .route('/', api)
    // An unknown API path keeps the API's 404 rather than getting the app's index.html.
    .all('/api/*', (c) => c.json(errorBody('not-found', `No route for ${c.req.method} ${c.req.path}.`), 404))
    .use('/*', serveStatic({ root }))
    .get('/*', serveStatic({ root, path: 'index.html' }));

  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue.close();
      await grader.close();
      db.$client.close();
    },
  };
}

async function addPrivateCourse(
  db: Db,
  course: NonNullable<ServeAppOptions['privateCourse']>,
): Promise<void> {
  const now = systemClock.now();
  for (const { slug, copyOf } of course.exercises) {
    storeExerciseVersion(db, { ...(await loadTestExercise(copyOf)), slug }, now);
  }
  storeCourse(
    db,
    {
      slug: course.slug,
      spec: {
        title: { en: 'A private class', fr: 'Une classe privée' },
        description: { en: 'For the enrolled learners.', fr: 'Pour les inscrits.' },
        access: 'private',
        passThreshold: 0.5,
        modules: [
          {
            id: 'only',
            title: { en: 'Only module', fr: 'Module unique' },
            description: { en: 'Its exercises.', fr: 'Ses exercices.' },
            exercises: course.exercises.map((exercise) => exercise.slug),
          },
        ],
      },
    },
    now,
  );
  await setEnrolmentKey(db, course.slug, course.key, now);
}
