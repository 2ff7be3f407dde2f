import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hashContentFiles, listContentFiles } from './content-hash.ts';

const temporary: string[] = [];
afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A folder holding exactly these files (paths with `/`), written in the given order. */
async function folderWith(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'content-hash-'));
  temporary.push(dir);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

async function hashOf(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await folderWith(files);
  return hashContentFiles(dir, (await listContentFiles(dir)).files);
}

describe('the content hash', () => {
  const exercise = { 'exercise.yaml': 'title: x\n', 'solution.js': 'f()\n', 'wrong/a.js': 'g()\n' };

  it('is a sha256 in hex', async () => {
    expect(await hashOf(exercise)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on the order files were written in', async () => {
    const reversed = Object.fromEntries(Object.entries(exercise).reverse());
    expect(await hashOf(reversed)).toBe(await hashOf(exercise));
  });

  it('ignores what operating systems and editors leave behind', async () => {
    const withJunk = {
      ...exercise,
      '.DS_Store': 'x',
      'Thumbs.db': 'y',
      'solution.js~': 'z',
      '.git/HEAD': 'w',
    };
    expect(await hashOf(withJunk)).toBe(await hashOf(exercise));
  });

  it('is the same whether git checked the files out with \\r\\n or \\n', async () => {
    const windows = Object.fromEntries(
      Object.entries(exercise).map(([file, text]) => [file, text.replaceAll('\n', '\r\n')]),
    );
    expect(await hashOf(windows)).toBe(await hashOf(exercise));
  });

  it('changes when a byte, a file name or a folder changes', async () => {
    const original = await hashOf(exercise);
    expect(await hashOf({ ...exercise, 'solution.js': 'f();\n' })).not.toBe(original);
    expect(await hashOf({ ...exercise, 'notes.md': '' })).not.toBe(original);
    const { 'wrong/a.js': moved, ...rest } = exercise;
    expect(await hashOf({ ...rest, 'wrong/b.js': moved })).not.toBe(original);
  });

  it('cannot be fooled by moving bytes between a file name and its content', async () => {
    expect(await hashOf({ ab: 'c' })).not.toBe(await hashOf({ a: 'bc' }));
  });

  it('lists files with "/" and in a fixed order, leaving out junk', async () => {
    const dir = await folderWith({ 'wrong/b.js': '', 'a.md': '', 'wrong/a.js': '', '.DS_Store': '' });
    expect((await listContentFiles(dir)).files).toEqual(['a.md', 'wrong/a.js', 'wrong/b.js']);
  });
});
