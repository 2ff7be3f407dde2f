// The parts an app is built from, and what its middleware hands to the routes.
import type { Grader } from '../graders/create-grader.ts';
import type { Identity } from './auth/sessions.ts';
import type { Clock } from './clock.ts';
import type { Db } from './db/open-database.ts';
import type { AppConfig } from './env.ts';
import type { GradingQueue } from './queue/grading-queue.ts';

export interface AppDeps {
  db: Db;
  grader: Grader;
  clock: Clock;
  queue: GradingQueue;
  config: AppConfig;
}

export interface AppEnv {
  Variables: { identity: Identity };
}
