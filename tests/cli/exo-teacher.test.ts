import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTeacherPassword } from '../../server/auth/teachers.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { users } from '../../server/db/schema.ts';
import { runExo } from './run-exo.ts';

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const exo = (args: string[], stdin: string, env: Record<string, string>) => runExo(args, { stdin, env });

describe('exo teacher add', () => {
  it('creates a teacher whose password works and is not stored in the clear; refuses a duplicate', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'exo-teacher-'));
    const env = { DATABASE_FILE: path.join(dir, 'db.sqlite') };
    const added = await exo(['teacher', 'add', 'ada', '--password-stdin'], 'correct horse\n', env);
    expect(added).toMatchObject({ code: 0 });
    expect(added.stdout).toContain('teacher "ada" added');
    const again = await exo(['teacher', 'add', 'ada', '--password-stdin'], 'correct horse\n', env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    const short = await exo(['teacher', 'add', 'bob', '--password-stdin'], 'short\n', env);
    expect(short.code).toBe(2);

    const db = openDatabase(env.DATABASE_FILE);
    try {
      expect(await checkTeacherPassword(db, 'ada', 'correct horse')).toBeDefined();
      expect(await checkTeacherPassword(db, 'ada', 'correct horse ')).toBeUndefined();
      expect(JSON.stringify(db.select().from(users).all())).not.toContain('correct horse');
    } finally {
      db.$client.close();
    }
  });
});
