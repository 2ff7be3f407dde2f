// Reads the codecasts kept in git beside their exercise, exercises/<slug>/codecasts/<id>/ (layout in
// exercises/README.md and docs/codecast-format.md), with the loaders' discipline: `{ errors, warnings,
// data }` per codecast, issues named from the exercises root, so a broken codecast is reported with its
// path and never hides the others. The checks themselves are check-codecast.ts, shared with uploads.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CodecastManifest } from '../../contracts/codecast.ts';
import type { CodecastChunk } from '../../contracts/codecast-chunk.ts';
import { Slug } from '../../contracts/exercise-spec.ts';
import { checkCodecast, manifestFile } from './check-codecast.ts';
import { codecastPath, codecastsFolder } from './codecasts-folder.ts';
import { hashContentEntries, isJunk, listContentFiles } from './content-hash.ts';
import type { ContentIssue, ContentLoad } from './content-issue.ts';
import { listExerciseFolders } from './load-exercise.ts';
import { slugify } from './slugify.ts';

export interface LoadedCodecast {
  id: string;
  /** The exercise whose folder holds it. */
  exercise: string;
  manifest: CodecastManifest;
  chunks: CodecastChunk[];
  /** The manifest and every file it refers to, by path inside the codecast: what the server stores. */
  files: Map<string, Uint8Array>;
  /** sha256 over those files, computed like an exercise's (content-hash.ts): the version. */
  contentHash: string;
}

export interface CodecastFolderLoad extends ContentLoad<LoadedCodecast> {
  id: string;
  exercise: string;
  /** The codecast's folder, as given to the loader joined with its path. */
  dir: string;
}

/** Every codecast of every exercise folder of `root`, in exercise then id order, each loaded on its own. */
export async function loadExerciseCodecasts(
  root: string,
  knownExercises?: Iterable<string>,
): Promise<CodecastFolderLoad[]> {
  const exercises = (await listExerciseFolders(root)).map((folder) => folder.slug);
  const known = new Set(knownExercises ?? exercises);
  const loads = (
    await Promise.all(exercises.map((exercise) => loadCodecastsOfExercise(path.join(root, exercise), known)))
  ).flat();
  // An id is a codecast's address on the server: two folders with one id would replace each other.
  const byId = Map.groupBy(loads, (load) => load.id);
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    for (const load of same) {
      const others = same.filter((other) => other !== load).map((other) => codecastPath(other.exercise, id));
      load.errors.push({
        file: codecastPath(load.exercise, id, manifestFile),
        message: `Another codecast has the id "${id}" (${others.join(', ')}): ids are unique across exercises, rename one folder and its id.`,
      });
      delete load.data;
    }
  }
  return loads;
}

/** The codecasts of one exercise folder (none when it has no codecasts/ folder). */
export async function loadCodecastsOfExercise(
  exerciseDir: string,
  knownExercises?: ReadonlySet<string>,
): Promise<CodecastFolderLoad[]> {
  const exercise = path.basename(path.resolve(exerciseDir));
  const folder = path.join(exerciseDir, codecastsFolder);
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [];
    throw error;
  });
  const ids = entries
    .filter((entry) => entry.isDirectory() && !isJunk(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Promise.all(
    ids.map(async (id) => {
      const dir = path.join(folder, id);
      return { id, exercise, dir, ...(await loadCodecast(dir, { exercise, knownExercises })) };
    }),
  );
}

/**
 * One codecast folder. `exercise` defaults to the name of the folder two levels up (the layout above);
 * `knownExercises`, when given, are the exercises its checkpoints may name.
 */
export async function loadCodecast(
  dir: string,
  options: { exercise?: string; knownExercises?: ReadonlySet<string> } = {},
): Promise<ContentLoad<LoadedCodecast>> {
  const folder = path.resolve(dir);
  const id = path.basename(folder);
  const exercise = options.exercise ?? path.basename(path.dirname(path.dirname(folder)));
  const at = (file: string) => codecastPath(exercise, id, file);
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];

  if (!Slug.safeParse(id).success) {
    const suggestion = slugify(id);
    errors.push({
      file: at(''),
      message: `The folder name "${id}" is the codecast's id, so it must be lowercase letters, digits and dashes${suggestion ? `: rename it to "${suggestion}"` : ''}.`,
    });
  }
  const listing = await listContentFiles(folder).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  if (!listing) return { errors: [{ file: at(''), message: `No codecast folder at ${dir}.` }], warnings };
  for (const link of listing.links)
    warnings.push({ file: at(link), message: 'Symbolic links are ignored: copy the file instead.' });
  if (!listing.files.includes(manifestFile)) {
    errors.push({
      file: at(manifestFile),
      message: `Missing ${at(manifestFile)}: a codecast folder holds a manifest.json, its chunks/ and its captions.`,
    });
    return { errors, warnings };
  }

  const contents = new Map<string, Uint8Array>();
  await Promise.all(
    listing.files.map(async (file) => {
      contents.set(file, await readFile(path.join(folder, ...file.split('/'))));
    }),
  );
  const checked = checkCodecast(
    {
      manifest: contents.get(manifestFile)!,
      read: (src) => contents.get(src),
      present: listing.files,
    },
    { id, exercise, ...(options.knownExercises ? { knownExercises: options.knownExercises } : {}) },
  );
  const located = (finding: { file: string; line?: number; message: string }): ContentIssue => ({
    ...finding,
    file: at(finding.file),
  });
  errors.push(...checked.errors.map(located));
  warnings.push(...checked.warnings.map(located));
  if (errors.length > 0 || !checked.data) return { errors, warnings };
  const files = checked.data.files;
  return {
    errors,
    warnings,
    data: {
      id,
      exercise,
      manifest: checked.data.manifest,
      chunks: checked.data.chunks,
      files,
      contentHash: hashContentEntries([...files].map(([file, bytes]) => ({ path: file, bytes }))),
    },
  };
}
