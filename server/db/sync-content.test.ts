import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { courseIndex } from '../courses/course-index.ts';
import { setEnrolmentKey } from '../courses/enrolment-keys.ts';
import { findCurrentExercise } from './exercise-queries.ts';
import { openMemoryDatabase } from './open-database.ts';
import { courses, exerciseVersions } from './schema.ts';
import { syncContent } from './sync-content.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let root: string | undefined;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

async function contentRoot(): Promise<string> {
  root = await mkdtemp(path.join(tmpdir(), 'sync-content-'));
  await cp(path.join(repo, 'exercises/sum-of-array'), path.join(root, 'sum-of-array'), { recursive: true });
  await cp(
    path.join(repo, 'tests/fixtures/content/broken/malformed-yaml'),
    path.join(root, 'malformed-yaml'),
    {
      recursive: true,
    },
  );
  await writeFile(
    path.join(root, 'tiny.course.yaml'),
    [
      '# yaml-language-server: $schema=./course.schema.json',
      'title: { en: Tiny, fr: Minuscule }',
      'description: { en: One exercise., fr: Un exercice. }',
      'access: open',
      'passThreshold: 0.5',
      'modules:',
      '  - id: loops',
      '    title: { en: Loops, fr: Boucles }',
      '    exercises: [sum-of-array]',
      '',
    ].join('\n'),
  );
  return root;
}

const quiet = () => {
  const errors: string[] = [];
  return { errors, log: { info: () => {}, error: (line: string) => errors.push(line) } };
};

describe('syncContent', () => {
  it('stores good exercises and courses, and logs a broken exercise without hiding the others', async () => {
    const dir = await contentRoot();
    const db = openMemoryDatabase();
    const { errors, log } = quiet();
    const summary = await syncContent(db, dir, 1, log);
    expect(summary).toMatchObject({
      exercises: 1,
      newVersions: ['sum-of-array'],
      brokenExercises: ['malformed-yaml'],
    });
    expect(errors[0]).toBe('exercise malformed-yaml skipped:');
    expect(errors.some((line) => line.includes('malformed-yaml/exercise.yaml'))).toBe(true);
    expect(findCurrentExercise(db, 'sum-of-array')?.exercise.slug).toBe('sum-of-array');
    expect(
      db
        .select()
        .from(courses)
        .all()
        .map((row) => row.slug),
    ).toEqual(['tiny']);
  });

  it('adds a version only when the content hash is new, and serves the folder as it is now', async () => {
    const dir = await contentRoot();
    const db = openMemoryDatabase();
    const { log } = quiet();
    await syncContent(db, dir, 1, log);
    const first = findCurrentExercise(db, 'sum-of-array')!;
    expect((await syncContent(db, dir, 2, log)).newVersions).toEqual([]);

    const statement = path.join(dir, 'sum-of-array/statement.en.md');
    await cp(statement, `${statement}.orig`);
    await writeFile(statement, '# Sum\n\nAdd them up.\n\n```js\nsum([1, 2]); // 3\n```\n');
    expect((await syncContent(db, dir, 3, log)).newVersions).toEqual(['sum-of-array']);
    const second = findCurrentExercise(db, 'sum-of-array')!;
    expect(second.versionId).not.toBe(first.versionId);

    // Back to the first content: no new row, and the first version is served again.
    await cp(`${statement}.orig`, statement);
    await rm(`${statement}.orig`);
    expect((await syncContent(db, dir, 4, log)).newVersions).toEqual([]);
    expect(findCurrentExercise(db, 'sum-of-array')?.versionId).toBe(first.versionId);
    expect(db.select().from(exerciseVersions).all()).toHaveLength(2);
  });

  it('says at start that a private course has no enrolment key yet, and updates the access rule', async () => {
    const dir = await contentRoot();
    const db = openMemoryDatabase();
    const info: string[] = [];
    const log = { info: (line: string) => info.push(line), error: () => {} };
    await syncContent(db, dir, 1, log);
    expect(courseIndex(db).byExercise.get('sum-of-array')).toEqual({
      inOpenCourse: true,
      privateCourses: [],
    });

    const file = path.join(dir, 'tiny.course.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('access: open', 'access: private'));
    await syncContent(db, dir, 2, log);
    expect(info.filter((line) => line.includes('course key tiny'))).toHaveLength(1);
    // The index kept from the first sync was dropped when the course was stored again.
    expect(courseIndex(db).byExercise.get('sum-of-array')).toEqual({
      inOpenCourse: false,
      privateCourses: ['tiny'],
    });

    await setEnrolmentKey(db, 'tiny', 'a key for tiny', 3);
    await syncContent(db, dir, 3, log);
    expect(info.filter((line) => line.includes('course key tiny'))).toHaveLength(1);
  });
});
