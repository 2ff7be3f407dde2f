import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEnrolmentKey } from '../../server/courses/enrolment-keys.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import { enrolmentKeys } from '../../server/db/schema.ts';
import { runExo } from './run-exo.ts';

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const exo = (args: string[], stdin: string, env: Record<string, string>) => runExo(args, { stdin, env });

describe('exo course key', () => {
  it('generates a key, prints it once and stores it hashed; sets a chosen one from stdin; refuses bad input', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'exo-course-'));
    const exercisesDir = path.join(dir, 'exercises');
    const env = { DATABASE_FILE: path.join(dir, 'db.sqlite'), EXERCISES_DIR: exercisesDir };
    // Only the file's presence and access count here: the server checks the rest when it syncs.
    await mkdir(exercisesDir);
    await writeFile(path.join(exercisesDir, 'lab.course.yaml'), 'access: private\n');
    await writeFile(path.join(exercisesDir, 'mooc.course.yaml'), 'access: open\n');

    const generated = await exo(['course', 'key', 'lab', '--generate'], '', env);
    expect(generated).toMatchObject({ code: 0, stderr: '' });
    const key = /key: (\S+)/.exec(generated.stdout)?.[1];
    expect(key).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(generated.stdout).not.toContain('note:');

    const db = openDatabase(env.DATABASE_FILE);
    try {
      expect(await checkEnrolmentKey(db, 'lab', key!.toUpperCase())).toBe(true);
      expect(JSON.stringify(db.select().from(enrolmentKeys).all())).not.toContain(key!);

      const chosen = await exo(['course', 'key', 'lab', '--key-stdin'], 'Spring Lab 2026\n', env);
      expect(chosen.code).toBe(0);
      expect(await checkEnrolmentKey(db, 'lab', 'spring-lab-2026')).toBe(true);
      expect(await checkEnrolmentKey(db, 'lab', key!)).toBe(false);

      const open = await exo(['course', 'key', 'mooc', '--key-stdin'], 'a long enough key\n', env);
      expect(open.code).toBe(0);
      expect(open.stdout).toContain('note: "mooc" is open');

      const short = await exo(['course', 'key', 'lab', '--key-stdin'], 'ab-cd\n', env);
      expect(short.code).toBe(2);
      expect(short.stderr).toContain('at least 8 characters');
      expect(await checkEnrolmentKey(db, 'lab', 'spring-lab-2026')).toBe(true);

      const unknown = await exo(['course', 'key', 'nothing', '--generate'], '', env);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain('There is no course "nothing"');
      const noTerminal = await exo(['course', 'key', 'lab'], '', env);
      expect(noTerminal.code).toBe(2);
      expect(noTerminal.stderr).toContain('--key-stdin');
      expect((await exo(['course', 'lock', 'lab'], '', env)).code).toBe(2);
    } finally {
      db.$client.close();
    }
  });
});
