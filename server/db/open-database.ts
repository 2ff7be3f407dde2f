// Opens the SQLite database with the settings every connection needs, and brings its schema up to date
// with the checked-in migrations. The server (main.ts) and the command line open the file; tests open a
// fresh in-memory database each.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Waiting this long for another connection's write lock (the CLI's, during a regrade) beats failing at once. */
const busyTimeoutMs = 5_000;
/** The page cache of a file database, in KiB. */
const pageCacheKib = 64 * 1024;
/** What a WAL file is cut back to when SQLite starts it over. */
export const walSizeLimitBytes = 64 * 1024 * 1024;

/** The database file, created (with its folder) on first use. */
export function openDatabase(file: string): Db {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const client = new Database(file);
  // WAL lets readers (the API) go on while the queue writes a result.
  client.pragma('journal_mode = WAL');
  // Every commit flushed, unless a write says it can be recomputed (relaxed-commit.ts).
  client.pragma('synchronous = FULL');
  // SQLite's default page cache is 2 MB. A course's sessions, learners and recent attempts outgrow it in
  // a deadline rush, and each miss is a read from the OS (and a look through the WAL's index) on the
  // server's only thread, for every request's session lookup. 64 MB per connection is little for a server.
  client.pragma(`cache_size = -${pageCacheKib}`);
  // A rush grows the WAL past what the checkpointer can copy back meanwhile (decision 015); once it has
  // caught up, the next commit starts the WAL over and cuts the file back to this size, so the disk space
  // of one rush is not kept for good.
  client.pragma(`journal_size_limit = ${walSizeLimitBytes}`);
  return prepare(client);
}

/** A private database that lives as long as the returned object: one per test. */
export function openMemoryDatabase(): Db {
  return prepare(new Database(':memory:'));
}

function prepare(client: Database.Database): Db {
  client.pragma('foreign_keys = ON');
  client.pragma(`busy_timeout = ${busyTimeoutMs}`);
  const db = drizzle({ client, schema });
  migrate(db, { migrationsFolder });
  return db;
}

/** A transaction handle, which writes like the database: helpers that may run inside one take `Writer`. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Writer = Db | Tx;
