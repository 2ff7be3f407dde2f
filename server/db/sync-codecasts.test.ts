import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findCodecast,
  listCodecastVersions,
  listCurrentCodecasts,
  storeCodecastVersion,
} from './codecast-queries.ts';
import { openMemoryDatabase } from './open-database.ts';
import { syncCodecasts } from './sync-codecasts.ts';

const fixture = fileURLToPath(
  new URL('../../tests/fixtures/codecast/v1/sum-of-array-intro', import.meta.url),
);

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'sync-codecasts-'));
  await mkdir(path.join(root, 'sum-of-array'));
  await writeFile(path.join(root, 'sum-of-array', 'exercise.yaml'), '');
  await cp(fixture, path.join(root, 'sum-of-array', 'codecasts', 'sum-of-array-intro'), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

const quiet = () => {
  const errors: string[] = [];
  return { errors, log: { info: () => {}, error: (line: string) => errors.push(line) } };
};
const known = ['sum-of-array'];

describe('syncing the codecasts of the exercise folders', () => {
  it('stores a codecast once, and serves its folder version', async () => {
    const db = openMemoryDatabase();
    const { log, errors } = quiet();
    expect(await syncCodecasts(db, root, known, 1, log)).toMatchObject({
      codecasts: 1,
      newCodecastVersions: ['sum-of-array-intro'],
    });
    expect((await syncCodecasts(db, root, known, 2, log)).newCodecastVersions).toEqual([]);
    expect(errors).toEqual([]);
    expect(findCodecast(db, 'sum-of-array-intro')).toMatchObject({
      exercise: 'sum-of-array',
      source: 'folder',
    });
  });

  it('keeps serving a newer upload at a restart, until the folder itself changes', async () => {
    const db = openMemoryDatabase();
    const { log } = quiet();
    await syncCodecasts(db, root, known, 1, log);
    const folder = findCodecast(db, 'sum-of-array-intro')!;
    storeCodecastVersion(
      db,
      {
        id: folder.id,
        contentHash: 'f'.repeat(64),
        manifest: folder.manifest,
        exercise: folder.exercise,
        files: new Map([['manifest.json', Buffer.from('{}')]]),
        source: 'upload',
      },
      2,
      'always',
    );
    await syncCodecasts(db, root, known, 3, log);
    expect(findCodecast(db, 'sum-of-array-intro')?.version).toBe('f'.repeat(64));

    await writeFile(
      path.join(root, 'sum-of-array', 'codecasts', 'sum-of-array-intro', 'captions.fr.vtt'),
      'WEBVTT\n\n00:00.500 --> 00:05.000\nAdditionnons un tableau.\n',
    );
    expect((await syncCodecasts(db, root, known, 4, log)).newCodecastVersions).toEqual([
      'sum-of-array-intro',
    ]);
    expect(findCodecast(db, 'sum-of-array-intro')?.source).toBe('folder');
    expect(listCodecastVersions(db, 'sum-of-array-intro').map((v) => v.source)).toEqual([
      'folder',
      'upload',
      'folder',
    ]);
  });

  it('logs a broken codecast and keeps its last good version in service', async () => {
    const db = openMemoryDatabase();
    const { log, errors } = quiet();
    await syncCodecasts(db, root, known, 1, log);
    await writeFile(
      path.join(root, 'sum-of-array', 'codecasts', 'sum-of-array-intro', 'chunks', '0001.json'),
      '{',
    );
    const summary = await syncCodecasts(db, root, known, 2, log);
    expect(summary.brokenCodecasts).toEqual(['sum-of-array-intro']);
    expect(errors[0]).toBe('codecast sum-of-array/codecasts/sum-of-array-intro skipped:');
    expect(errors[1]).toContain('sum-of-array/codecasts/sum-of-array-intro/chunks/0001.json: Not JSON');
    expect(listCurrentCodecasts(db).map((codecast) => codecast.id)).toEqual(['sum-of-array-intro']);
  });

  it('stops serving a codecast whose folder is gone, and keeps its versions', async () => {
    const db = openMemoryDatabase();
    const { log } = quiet();
    await syncCodecasts(db, root, known, 1, log);
    await rm(path.join(root, 'sum-of-array', 'codecasts'), { recursive: true });
    expect((await syncCodecasts(db, root, known, 2, log)).retiredCodecasts).toEqual(['sum-of-array-intro']);
    expect(listCurrentCodecasts(db)).toEqual([]);
    expect(listCodecastVersions(db, 'sum-of-array-intro')).toHaveLength(1);
  });
});
