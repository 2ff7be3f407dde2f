// Which files make up an exercise, and one sha256 over them, so each attempt can be pinned to the exact
// version it was graded against. The hash must not change with the machine that computes it: paths are
// relative, with `/`, in Unicode NFC (macOS may hand out decomposed names) and sorted by their UTF-8
// bytes; text files are hashed with `\n` line ends, because git may check them out with `\r\n` on Windows.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ContentFiles {
  /** Relative paths with `/`, as named on this disk, in hashing order. */
  files: string[];
  /** Symbolic links, left out: they may point outside the exercise, or nowhere on another machine. */
  links: string[];
}

// Files an operating system or an editor leaves behind; none of them is ever part of an exercise.
const junkNames = new Set(['Thumbs.db', 'desktop.ini', 'node_modules']);

export function isJunk(name: string): boolean {
  return name.startsWith('.') || junkNames.has(name) || name.endsWith('~') || /\.sw[a-p]$/.test(name);
}

export async function listContentFiles(dir: string): Promise<ContentFiles> {
  const found: ContentFiles = { files: [], links: [] };
  async function walk(relative: string) {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries) {
      if (isJunk(entry.name)) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isSymbolicLink()) found.links.push(child);
      else if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) found.files.push(child);
    }
  }
  await walk('');
  found.files.sort(byUtf8);
  found.links.sort(byUtf8);
  return found;
}

/** sha256 over each file's path and bytes, each length-prefixed so that no two layouts hash alike. */
export async function hashContentFiles(dir: string, files: readonly string[]): Promise<string> {
  const entries = await Promise.all(
    files.map(async (file) => ({ path: file, bytes: await readFile(path.join(dir, ...file.split('/'))) })),
  );
  return hashContentEntries(entries);
}

/** The same hash over files held in memory (a codecast uploaded to the server hashes as its folder will). */
export function hashContentEntries(entries: readonly { path: string; bytes: Uint8Array }[]): string {
  const hash = createHash('sha256');
  for (const entry of [...entries].sort((a, b) => byUtf8(a.path, b.path))) {
    const bytes = normalizeLineEnds(Buffer.from(entry.bytes));
    const name = Buffer.from(entry.path.normalize('NFC'), 'utf8');
    hash.update(`${name.length}:`).update(name).update(`${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

function byUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a.normalize('NFC'), 'utf8'), Buffer.from(b.normalize('NFC'), 'utf8'));
}

function normalizeLineEnds(bytes: Buffer): Buffer {
  // A NUL byte means a binary file (an image in a statement): its bytes are hashed as they are.
  if (bytes.includes(0)) return bytes;
  return Buffer.from(bytes.toString('latin1').replaceAll('\r\n', '\n'), 'latin1');
}
