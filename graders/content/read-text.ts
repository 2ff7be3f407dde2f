// Reads a content file as text, the same on every system.
import { readFile } from 'node:fs/promises';

/** Text with `\n` line ends and no byte-order mark, as git and editors on every system may not agree; undefined when there is no such file. */
export async function readText(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
