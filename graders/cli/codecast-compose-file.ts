// One storyboard file, exercises/<slug>/codecasts/<id>.storyboard.yaml, composed into the codecast folder
// beside it, exercises/<slug>/codecasts/<id>/, which is then loaded back and checked like any codecast.
// Problems are content issues named from the exercises root, like `exo check` prints them.
import path from 'node:path';
import { codecastFilesFromUpload } from '../content/codecast-files.ts';
import { codecastsFolder } from '../content/codecasts-folder.ts';
import type { ContentIssue } from '../content/content-issue.ts';
import { loadCodecast } from '../content/load-codecast.ts';
import { listExerciseFolders, loadExercise } from '../content/load-exercise.ts';
import { readContentYaml } from '../content/read-content-yaml.ts';
import { readText } from '../content/read-text.ts';
import type { Grader } from '../create-grader.ts';
import { composeCodecast, StoryboardError } from './codecast-compose.ts';
import { writeCodecastFolder } from './codecast-folder.ts';
import { Storyboard, storyboardSuffix } from './codecast-storyboard.ts';

export interface ComposedFile {
  /** The exercises root issue paths start from. */
  root: string;
  errors: ContentIssue[];
  warnings: ContentIssue[];
  /** What was written, when it was. */
  summary?: string;
}

export async function composeStoryboardFile(file: string, grader: Grader): Promise<ComposedFile> {
  const codecastsDir = path.dirname(path.resolve(file));
  const exerciseDir = path.dirname(codecastsDir);
  const root = path.dirname(exerciseDir);
  const folderExercise = path.basename(exerciseDir);
  const name = `${folderExercise}/${codecastsFolder}/${path.basename(file)}`;
  const fail = (message: string, line?: number): ComposedFile => ({
    root,
    errors: [{ file: name, message, ...(line === undefined ? {} : { line }) }],
    warnings: [],
  });

  if (path.basename(codecastsDir) !== codecastsFolder || !file.endsWith(storyboardSuffix))
    return fail(`A storyboard is exercises/<exercise>/${codecastsFolder}/<id>${storyboardSuffix}.`);
  const text = await readText(file);
  if (text === undefined) return fail(`No storyboard at ${file}.`);
  const yaml = readContentYaml(text, Storyboard, {
    file: name,
    schemaComment: '',
    whenEmpty: 'write the steps of the codecast in it.',
  });
  // Storyboards have no JSON Schema for editors: the first-line advice does not apply.
  const warnings = yaml.warnings.filter((warning) => !warning.message.startsWith('Make the first line'));
  if (!yaml.data) return { root, errors: yaml.errors, warnings };
  const board = yaml.data;
  const expectedName = `${board.id}${storyboardSuffix}`;
  if (path.basename(file) !== expectedName)
    return fail(`The storyboard of "${board.id}" is named ${expectedName}.`);
  const exercise = board.exercise ?? folderExercise;

  let upload: Awaited<ReturnType<typeof composeCodecast>>;
  try {
    upload = await composeCodecast(board, exercise, {
      grader,
      findExercise: async (slug) => (await loadExercise(path.join(root, slug))).data,
    });
  } catch (error) {
    if (error instanceof StoryboardError) return fail(error.message);
    throw error;
  }
  const { files, problems } = codecastFilesFromUpload(upload);
  if (problems.length > 0)
    return fail(problems.map((problem) => `${problem.file}: ${problem.message}`).join('; '));
  const dir = path.join(codecastsDir, board.id);
  await writeCodecastFolder(dir, files);

  const known = new Set((await listExerciseFolders(root)).map((folder) => folder.slug));
  const load = await loadCodecast(dir, { exercise, knownExercises: known });
  const manifest = upload.manifest;
  const runs = upload.chunks.flatMap((chunk) => chunk.events).filter((event) => event[1] === 'r').length;
  const edits = upload.chunks.flatMap((chunk) => chunk.events).filter((event) => event[1] === 'e').length;
  return {
    root,
    errors: load.errors,
    warnings: [...warnings, ...load.warnings],
    summary:
      `${path.relative(process.cwd(), dir) || dir}: ${(manifest.durationMs / 1000).toFixed(1)} s, ${edits} edits, ${runs} runs, ` +
      `${manifest.chapters.length} chapters, ${manifest.annotations.length} annotations, ${manifest.checkpoints.length} checkpoints, ` +
      `${manifest.chunks.length} chunks, version ${load.data?.contentHash.slice(0, 12) ?? '-'}`,
  };
}
