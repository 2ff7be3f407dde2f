// Writes a codecast's files as its folder, exercises/<slug>/codecasts/<id>/, replacing what was there in
// one step: the files go to a folder beside it, which then takes its place, so an interrupted export never
// leaves half a codecast (old chunks with a new manifest) for git or the server to pick up.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeCodecastFolder(
  dir: string,
  files: ReadonlyMap<string, Uint8Array>,
): Promise<void> {
  const target = path.resolve(dir);
  // Dot names: loaders skip them (content-hash.ts), should the server start while this runs.
  const beside = (what: string) =>
    path.join(path.dirname(target), `.${path.basename(target)}.${what}-${process.pid}`);
  const fresh = beside('writing');
  const old = beside('replaced');
  await rm(fresh, { recursive: true, force: true });
  for (const [file, bytes] of files) {
    const at = path.join(fresh, ...file.split('/'));
    await mkdir(path.dirname(at), { recursive: true });
    await writeFile(at, bytes);
  }
  await mkdir(path.dirname(target), { recursive: true });
  const existed = await rename(target, old).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  await rename(fresh, target);
  if (existed) await rm(old, { recursive: true, force: true });
}
