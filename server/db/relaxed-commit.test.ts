import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './open-database.ts';
import { withRelaxedCommit } from './relaxed-commit.ts';

describe('withRelaxedCommit', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('commits without a flush inside, and every other commit with one, even after a throw', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'relaxed-'));
    dirs.push(dir);
    const db = openDatabase(path.join(dir, 'db.sqlite'));
    const level = () => db.$client.pragma('synchronous', { simple: true });
    expect(level()).toBe(2); // FULL
    expect(withRelaxedCommit(db, level)).toBe(1); // NORMAL
    expect(level()).toBe(2);
    expect(() =>
      withRelaxedCommit(db, () => {
        throw new Error('a failed write');
      }),
    ).toThrow('a failed write');
    expect(level()).toBe(2);
    db.$client.close();
  });
});
