import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from './checkpointer.ts';
import { type Db, openDatabase, walSizeLimitBytes } from './open-database.ts';

describe('the checkpointer', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A database file of its own, opened as the server opens it, with the checkpointer running. */
  const openWithCheckpointer = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'checkpointer-'));
    dirs.push(dir);
    const file = path.join(dir, 'db.sqlite');
    const db = openDatabase(file);
    const stop = startCheckpointer(db, file, (message) => {
      throw new Error(message);
    });
    return { file, db, stop };
  };

  const fillerTable = (db: Db) => {
    db.$client.exec('create table filler (text text)');
    return db.$client.prepare('insert into filler values (?)');
  };

  it('copies the WAL into the database from its own thread, the server connection never does', async () => {
    const { file, db, stop } = openWithCheckpointer();
    expect(db.$client.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const insert = fillerTable(db);
    const before = statSync(file).size;
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(4000));
    // The rows are in the WAL; the database file grows only when a checkpoint copies them.
    const deadline = Date.now() + 10_000;
    while (statSync(file).size < before + 200 * 4000 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(statSync(file).size).toBeGreaterThan(before + 200 * 4000);
    await stop();
    db.$client.close();
  });

  it('gives back the disk of a rush: once checkpointed, the next commit cuts the WAL to its limit', async () => {
    const { file, db, stop } = openWithCheckpointer();
    const insert = fillerTable(db);
    // A rush in one go: the checkpointer cannot copy any of it until the transaction has committed.
    const rowBytes = 8000;
    db.$client.transaction(() => {
      for (let i = 0; i < (walSizeLimitBytes * 1.5) / rowBytes; i++) insert.run('x'.repeat(rowBytes));
    })();
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(walSizeLimitBytes);
    // Each commit after the checkpointer has caught up starts the WAL over, which cuts the file.
    const deadline = Date.now() + 20_000;
    while (statSync(`${file}-wal`).size > walSizeLimitBytes && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      insert.run('after the rush');
    }
    expect(statSync(`${file}-wal`).size).toBeLessThanOrEqual(walSizeLimitBytes);
    // Nothing of the rush was lost in the cut.
    const { n } = db.$client.prepare('select count(*) as n from filler').get() as { n: number };
    expect(n).toBeGreaterThan((walSizeLimitBytes * 1.5) / rowBytes);
    await stop();
    db.$client.close();
  });
});
