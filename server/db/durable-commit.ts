// Acknowledged writes (the attempt row before its 202) must be on disk before the answer leaves, but the
// flush need not block the server's only thread. So such a write commits without a flush of its own
// (`synchronous = NORMAL`: the WAL frames are written and the OS has them, so a kill -9 keeps them), then
// waits, asynchronously, for an fdatasync of the WAL file done by a thread of its own. One fdatasync
// makes durable every frame written before it started, so the writes that arrive while one runs share
// the next one: a group commit. The server's thread no longer spends ~0.5 ms blocked per submission, and
// a slow flush (this shared disk sometimes takes 100 ms) delays only the answers that wait for it, not
// every request (docs/decisions/015-group-commit-off-the-thread.md). Postgres gives the same contract
// natively: its commit waits for the WAL flush, and the driver waits asynchronously.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db } from './open-database.ts';
import { withRelaxedCommit } from './relaxed-commit.ts';

/** Flushes a file's data to disk. */
export interface FileSync {
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The WAL flushes of one database, made by a thread that keeps the file open. */
export function threadSync(file: string): FileSync {
  const worker = new Worker(new URL('./wal-sync-worker.ts', import.meta.url), { workerData: { file } });
  // Idle between flushes; it must not keep a finished process (a test, a command) alive.
  worker.unref();
  let nextId = 1;
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  const failAll = (error: Error) => {
    for (const caller of pending.values()) caller.reject(error);
    pending.clear();
  };
  worker.on('message', (reply: { id: number; error?: string }) => {
    const caller = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.error === undefined) caller?.resolve();
    else caller?.reject(new Error(`flushing ${file}: ${reply.error}`));
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', () => failAll(new Error(`the flush thread of ${file} stopped`)));
  return {
    sync: () =>
      new Promise<void>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage(id);
      }),
    close: async () => {
      worker.postMessage('stop');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

export interface GroupFlusher {
  /** Resolves once a flush that started after this call has finished; rejects if that flush failed. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export function createGroupFlusher(file: FileSync): GroupFlusher {
  let running = false;
  // Callers that came while a flush was running: the bytes they wrote may have missed it.
  let waiting: { resolve: () => void; reject: (error: unknown) => void }[] = [];

  const run = () => {
    running = true;
    const batch = waiting;
    waiting = [];
    file
      .sync()
      .then(
        () => {
          for (const caller of batch) caller.resolve();
        },
        (error: unknown) => {
          for (const caller of batch) caller.reject(error);
        },
      )
      .finally(() => {
        running = false;
        if (waiting.length > 0) run();
      });
  };

  return {
    flush() {
      const done = new Promise<void>((resolve, reject) => waiting.push({ resolve, reject }));
      if (!running) run();
      return done;
    },
    close: () => file.close(),
  };
}

const flushers = new WeakMap<Db, GroupFlusher>();

// SQLite names the WAL after the database file; resolved now, in case the process changes directory.
const walFile = (db: Db) => `${path.resolve(db.$client.name)}-wal`;

/** Replaces how a database's WAL is flushed (tests hold or fail flushes with it). */
export function setWalSync(db: Db, file: FileSync): void {
  flushers.set(db, createGroupFlusher(file));
}

/**
 * Commits `write` (synchronous: a statement or a transaction) and resolves with its result once it is
 * durable. An in-memory database (the tests') has nothing to flush.
 */
export async function commitDurably<T>(db: Db, write: () => T): Promise<T> {
  const result = withRelaxedCommit(db, write);
  await flusherOf(db)?.flush();
  return result;
}

/** Starts the flush thread now (the server does, at start), rather than on the first durable commit. */
export function startDurableCommits(db: Db): void {
  flusherOf(db);
}

function flusherOf(db: Db): GroupFlusher | undefined {
  if (db.$client.memory) return undefined;
  let flusher = flushers.get(db);
  if (!flusher) {
    flusher = createGroupFlusher(threadSync(walFile(db)));
    flushers.set(db, flusher);
  }
  return flusher;
}

/** Stops the flush thread of a database, if it has one; call before closing it. */
export async function stopDurableCommits(db: Db): Promise<void> {
  const flusher = flushers.get(db);
  flushers.delete(db);
  await flusher?.close();
}
