// `exo codecast export`: a codecast from the server's database (the version a teacher saved from the
// recorder, or any earlier one) or from the JSON file the recorder downloads, written into its
// exercise's folder, where `exo check` and git take over. The bytes are the stored ones, so the folder
// hashes to the same version and the server does not store it twice at its next start.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CodecastUpload } from '../../contracts/codecast-api.ts';
import { findCodecast, readCodecastFiles } from '../../server/db/codecast-queries.ts';
import type { Db } from '../../server/db/open-database.ts';
import { manifestFile } from '../content/check-codecast.ts';
import { codecastFilesFromUpload } from '../content/codecast-files.ts';
import { codecastsFolder } from '../content/codecasts-folder.ts';
import { writeCodecastFolder } from './codecast-folder.ts';
import { UsageError } from './usage-error.ts';

export interface ExportSource {
  /** The codecast's files by path, manifest.json included. */
  files: Map<string, Uint8Array>;
  /** The exercise the codecast says it is tied to. */
  exercise: string | undefined;
  /** Where it came from, for the message. */
  from: string;
}

/** The current version, or `version`, from the database. */
export function exportSourceFromDatabase(db: Db, id: string, version?: string): ExportSource {
  const found = findCodecast(db, id, version);
  if (!found)
    throw new UsageError(
      version === undefined
        ? `No codecast "${id}" in the database.`
        : `No version ${version} of codecast "${id}".`,
    );
  return {
    files: readCodecastFiles(db, found.versionId),
    exercise: found.manifest.exercise,
    from: `version ${found.version.slice(0, 12)} (${found.source})`,
  };
}

/** The JSON the recorder downloads: the body it would upload (contracts/codecast-api.ts). */
export async function exportSourceFromFile(file: string, id: string): Promise<ExportSource> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read ${file} as JSON: ${(error as Error).message}`);
  }
  const upload = CodecastUpload.safeParse(json);
  if (!upload.success)
    throw new UsageError(
      `${file} is not a codecast as the recorder saves it: ${upload.error.issues
        .slice(0, 3)
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
        .join('; ')}`,
    );
  if (upload.data.manifest.id !== id)
    throw new UsageError(`${file} holds the codecast "${upload.data.manifest.id}", not "${id}".`);
  const { files, problems } = codecastFilesFromUpload(upload.data);
  if (problems.length > 0)
    throw new UsageError(problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n'));
  return { files, exercise: upload.data.manifest.exercise, from: file };
}

/**
 * Writes the codecast to <exerciseDir>/codecasts/<id>/, replacing that folder. A codecast recorded for
 * another exercise is refused: its checkpoints and captions speak of that one. One tied to none gets
 * tied to this folder's exercise (its manifest then says so, which makes it a new version).
 */
export async function exportCodecast(source: ExportSource, id: string, exerciseDir: string): Promise<string> {
  const exercise = path.basename(path.resolve(exerciseDir));
  if (source.exercise !== undefined && source.exercise !== exercise)
    throw new UsageError(
      `"${id}" is tied to the exercise "${source.exercise}": export it to its folder (…/${source.exercise}), not ${exerciseDir}.`,
    );
  const files = new Map(source.files);
  if (source.exercise === undefined) {
    const manifest = JSON.parse(Buffer.from(files.get(manifestFile)!).toString('utf8')) as Record<
      string,
      unknown
    >;
    files.set(manifestFile, Buffer.from(`${JSON.stringify({ ...manifest, exercise }, null, 2)}\n`));
  }
  const dir = path.join(exerciseDir, codecastsFolder, id);
  await writeCodecastFolder(dir, files);
  return dir;
}
