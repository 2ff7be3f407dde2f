import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodecastUpload } from '../../contracts/codecast-api.ts';
import { loadCodecast } from '../../graders/content/load-codecast.ts';
import { runExo } from './run-exo.ts';

const root = path.join(import.meta.dirname, '..', '..');
const id = 'loops-that-accumulate';
const source = path.join(root, 'exercises', 'sum-of-array', 'codecasts', id);
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'exo-codecast-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const exo = (args: string[]) => runExo(args, { env: { DATABASE_FILE: path.join(dir, 'db.sqlite') } });

/** Every file of a folder, by relative path. */
async function contents(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(folder, full).split(path.sep).join('/')] = (await readFile(full)).toString('base64');
  }
  return files;
}

/** An exercise folder like sum-of-array, without its codecasts. */
async function exerciseCopy(name: string): Promise<string> {
  const target = path.join(dir, name, 'sum-of-array');
  await cp(path.join(root, 'exercises', 'sum-of-array'), target, {
    recursive: true,
    filter: (file) => !file.includes(`${path.sep}codecasts`),
  });
  return target;
}

describe('exo codecast import and export', () => {
  it('imports a folder into the database and exports it back byte for byte', async () => {
    const imported = await exo(['codecast', 'import', path.relative(root, source)]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(new RegExp(`^${id}: version [0-9a-f]{12} stored, now served from `));
    expect((await exo(['codecast', 'import', source])).stdout).toContain('was already stored');

    const exercise = await exerciseCopy('from-db');
    const exported = await exo(['codecast', 'export', id, exercise]);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('(folder)');
    expect(await contents(path.join(exercise, 'codecasts', id))).toEqual(await contents(source));
  });

  it('exports the JSON file the recorder downloads, as the server would store it', async () => {
    const original = await loadCodecast(source);
    const manifest = original.data!.manifest;
    const upload: CodecastUpload = {
      manifest,
      chunks: original.data!.chunks,
      files: manifest.captions.flatMap((track) =>
        'src' in track
          ? [{ src: track.src, text: Buffer.from(original.data!.files.get(track.src)!).toString('utf8') }]
          : [],
      ),
    };
    const file = path.join(dir, 'recording.json');
    await writeFile(file, JSON.stringify(upload));
    const exercise = await exerciseCopy('from-file');
    const exported = await exo(['codecast', 'export', id, exercise, '--from', file]);
    expect(exported.code).toBe(0);
    const again = await loadCodecast(path.join(exercise, 'codecasts', id));
    expect(again.errors).toEqual([]);
    expect(again.data?.contentHash).toBe(original.data?.contentHash);
  });

  it('refuses to export into the folder of another exercise, or a codecast it does not know', async () => {
    const other = path.join(dir, 'other', 'max-of-two');
    await cp(path.join(root, 'exercises', 'max-of-two', 'exercise.yaml'), path.join(other, 'exercise.yaml'));
    const wrong = await exo(['codecast', 'export', id, other]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain(`"${id}" is tied to the exercise "sum-of-array": export it to its folder`);
    const unknown = await exo(['codecast', 'export', 'nope', other]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No codecast "nope" in the database.');
  });
});
