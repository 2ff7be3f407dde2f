// `npm start`: the only place that reads the environment, opens the database and listens. It wires the
// real parts (SQLite file, grader pool, in-process queue) into createApp and shuts them down in order.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createThreadedGrader } from '../graders/create-threaded-grader.ts';
import { createApp } from './app.ts';
import { deleteExpiredSessions } from './auth/sessions.ts';
import { addTeacher, hasUsers } from './auth/teachers.ts';
import { systemClock } from './clock.ts';
import { startCheckpointer } from './db/checkpointer.ts';
import { startDurableCommits, stopDurableCommits } from './db/durable-commit.ts';
import { openDatabase } from './db/open-database.ts';
import { syncContent } from './db/sync-content.ts';
import { readEnv, type ServerSettings } from './env.ts';
import { csrfHeader } from './http/csrf.ts';
import { createInProcessQueue } from './queue/in-process-queue.ts';

async function main(): Promise<void> {
  let settings: ServerSettings;
  try {
    settings = readEnv();
  } catch (error) {
    console.error(`Bad environment: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
    return;
  }
  const clock = systemClock;
  const db = openDatabase(settings.databaseFile);
  startDurableCommits(db);
  const stopCheckpointer = startCheckpointer(db, settings.databaseFile, (message) =>
    console.error(`WAL checkpoint failed: ${message}`),
  );
  await syncContent(db, settings.exercisesDir, clock.now(), {
    info: (line) => console.log(line),
    error: (line) => console.error(line),
  });

  deleteExpiredSessions(db, clock.now());
  const sweep = setInterval(() => deleteExpiredSessions(db, clock.now()), 3600 * 1000);
  sweep.unref();

  let demoPassword: string | undefined;
  if (!hasUsers(db)) {
    demoPassword = randomBytes(9).toString('base64url');
    await addTeacher(db, { name: 'demo', password: demoPassword, now: clock.now() });
  }

  const grader = createThreadedGrader({
    size: settings.graderWorkers,
    niceness: settings.graderNiceness,
  });
  const queue = createInProcessQueue({
    db,
    grader,
    clock,
    config: settings.queue,
    onFault: (attemptId, error) => console.error(`grading attempt ${attemptId} failed:`, error),
  });
  await queue.start();
  // serveStatic takes a root relative to the working directory.
  const webRoot = path.relative(process.cwd(), settings.webDir) || '.';
  const webDir = existsSync(path.join(webRoot, 'index.html')) ? webRoot : undefined;
  if (webDir === undefined)
    console.log(`no web app in ${settings.webDir} (npm run build:web): serving the API only`);
  const app = createApp({
    db,
    grader,
    clock,
    queue,
    config: { ...settings.app, ...(webDir ? { webDir } : {}) },
  });

  const server = serve({ fetch: app.fetch, port: settings.port, hostname: settings.host }, (info) => {
    const origin = `http://${settings.host}:${info.port}`;
    console.log(`codecast-grader listening on ${origin} (database ${settings.databaseFile})`);
    if (demoPassword !== undefined) {
      console.log(
        [
          '',
          'Fresh database: a demo teacher was created. Its password is shown only this once.',
          `  name: demo   password: ${demoPassword}`,
          `  curl -i -X POST ${origin}/api/auth/login -H 'Content-Type: application/json' \\`,
          `    -H '${csrfHeader}: curl' -d '{"name":"demo","password":"${demoPassword}"}'`,
          'Add teachers with: npm run exo -- teacher add <name>',
          '',
        ].join('\n'),
      );
    }
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the attempts being graded, then stopping`);
    clearInterval(sweep);
    server.close();
    // Attempts still waiting stay queued in the database and are graded at the next start.
    await queue.close();
    await grader.close();
    await stopCheckpointer();
    await stopDurableCommits(db);
    db.$client.close();
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

await main();
