import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  commitDurably,
  createGroupFlusher,
  setWalSync,
  stopDurableCommits,
  threadSync,
} from './durable-commit.ts';
import { openDatabase, openMemoryDatabase } from './open-database.ts';
import { learners } from './schema.ts';

/** A file sync whose calls wait until the test lets them finish. */
function gatedSync() {
  const calls: { finish: (error?: Error) => void }[] = [];
  const sync = {
    sync: () =>
      new Promise<void>((resolve, reject) =>
        calls.push({ finish: (error) => (error ? reject(error) : resolve()) }),
      ),
    close: async () => {},
  };
  return { calls, sync };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createGroupFlusher', () => {
  it('answers a caller only with a flush that started after it asked', async () => {
    const { calls, sync } = gatedSync();
    const flusher = createGroupFlusher(sync);
    const settled: string[] = [];
    const first = flusher.flush().then(() => settled.push('first'));
    expect(calls).toHaveLength(1);
    // These wrote while the first flush was running: it may have missed their bytes.
    const second = flusher.flush().then(() => settled.push('second'));
    const third = flusher.flush().then(() => settled.push('third'));
    expect(calls).toHaveLength(1);
    calls[0]!.finish();
    await first;
    await tick();
    expect(settled).toEqual(['first']);
    // One flush for both: a group commit.
    expect(calls).toHaveLength(2);
    calls[1]!.finish();
    await Promise.all([second, third]);
    expect(settled).toEqual(['first', 'second', 'third']);
  });

  it('fails the callers of a failed flush, and flushes again for the next ones', async () => {
    const { calls, sync } = gatedSync();
    const flusher = createGroupFlusher(sync);
    const failed = flusher.flush();
    calls[0]!.finish(new Error('EIO'));
    await expect(failed).rejects.toThrow('EIO');
    const next = flusher.flush();
    await tick();
    expect(calls).toHaveLength(2);
    calls[1]!.finish();
    await expect(next).resolves.toBeUndefined();
  });
});

describe('commitDurably', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('commits without a flush of its own, then waits for the WAL to be flushed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'durable-'));
    dirs.push(dir);
    const file = path.join(dir, 'db.sqlite');
    const db = openDatabase(file);
    const { calls, sync } = gatedSync();
    setWalSync(db, sync);
    let durable = false;
    const committed = commitDurably(db, () => {
      db.insert(learners).values({ id: 'l1', createdAt: 1 }).run();
      return db.$client.pragma('synchronous', { simple: true });
    }).then((level) => {
      durable = true;
      return level;
    });
    // Committed (a reader sees it) but not answered until the flush is done.
    expect(db.select().from(learners).all()).toHaveLength(1);
    await tick();
    expect(durable).toBe(false);
    expect(calls).toHaveLength(1);
    calls[0]!.finish();
    expect(await committed).toBe(1); // NORMAL inside
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(2); // FULL again after
    db.$client.close();
  });

  it('flushes the real WAL file from its own thread, many writes at once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'durable-'));
    dirs.push(dir);
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        commitDurably(db, () =>
          db
            .insert(learners)
            .values({ id: `l${i}`, createdAt: i })
            .run(),
        ),
      ),
    );
    expect(db.select().from(learners).all()).toHaveLength(50);
    await stopDurableCommits(db);
    db.$client.close();
  });

  it('fails a flush of a file that cannot be opened, with its name', async () => {
    const file = threadSync(path.join(tmpdir(), 'no-such-dir-for-durable', 'db.sqlite-wal'));
    await expect(file.sync()).rejects.toThrow(/no-such-dir-for-durable.*ENOENT/);
    await file.close();
  });

  it('has nothing to flush for an in-memory database', async () => {
    const db = openMemoryDatabase();
    expect(await commitDurably(db, () => 42)).toBe(42);
  });
});
