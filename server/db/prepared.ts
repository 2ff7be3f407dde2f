// Statements that run on every request (who is asking, which exercise, the new attempt) are prepared once
// per database and reused. drizzle otherwise rebuilds the SQL and better-sqlite3 re-prepares it on each
// call, which was the server's largest cost after the socket writes in `npm run bench -- http`'s profile.
// Placeholders keep the queries portable: Postgres prepares them the same way.
import type { Db } from './open-database.ts';

const statements = new WeakMap<Db, Map<string, unknown>>();

/** The statement `build` makes for this database, built on first use. `key` names it uniquely. */
export function prepared<T>(db: Db, key: string, build: (db: Db) => T): T {
  let forDb = statements.get(db);
  if (!forDb) {
    forDb = new Map();
    statements.set(db, forDb);
  }
  let statement = forDb.get(key) as T | undefined;
  if (statement === undefined) {
    statement = build(db);
    forDb.set(key, statement);
  }
  return statement;
}
