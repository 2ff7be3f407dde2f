// What `exo check` looks at: each path is an exercise folder (it holds exercise.yaml), a course file
// (`*.course.yaml`), or a folder of both, like exercises/. Everything found is loaded, each file on its
// own, with the codecasts kept in the exercise folders; checking the exercises against the grader is left
// to the caller.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentIssue } from '../content/content-issue.ts';
import {
  type CodecastFolderLoad,
  loadCodecastsOfExercise,
  loadExerciseCodecasts,
} from '../content/load-codecast.ts';
import { type CourseFileLoad, loadCourse, loadCourses } from '../content/load-course.ts';
import {
  type ExerciseFolderLoad,
  listExerciseFolders,
  loadExercise,
  loadExercises,
  specFile,
} from '../content/load-exercise.ts';

export interface FoundContent {
  /** `root` is the folder that issue paths are relative to, as given from the current directory. */
  exercises: { load: ExerciseFolderLoad; root: string }[];
  courses: { load: CourseFileLoad; root: string }[];
  codecasts: { load: CodecastFolderLoad; root: string }[];
}

/** A path that names no content at all: a slip at the terminal, not a content problem. */
export class ContentPathError extends Error {
  override name = 'ContentPathError';
}

export async function findContent(paths: string[], cwd = process.cwd()): Promise<FoundContent> {
  const found: FoundContent = { exercises: [], courses: [], codecasts: [] };
  for (const given of paths) {
    const target = await classify(given, cwd);
    if (target.kind === 'exercise') {
      const root = path.relative(cwd, path.dirname(target.dir)) || '.';
      const load = await loadExercise(target.dir);
      found.exercises.push({ load: { slug: path.basename(target.dir), dir: target.dir, ...load }, root });
      const known = (await listExerciseFolders(path.dirname(target.dir))).map((exercise) => exercise.slug);
      const codecasts = await loadCodecastsOfExercise(target.dir, new Set(known));
      found.codecasts.push(...codecasts.map((codecast) => ({ load: codecast, root })));
    } else if (target.kind === 'course') {
      const folder = path.dirname(target.file);
      const known = (await listExerciseFolders(folder)).map((exercise) => exercise.slug);
      const load = {
        name: path.basename(target.file),
        file: target.file,
        ...(await loadCourse(target.file, known)),
      };
      found.courses.push({ load, root: path.relative(cwd, folder) || '.' });
    } else {
      const root = path.relative(cwd, target.dir) || '.';
      const exercises = await loadExercises(target.dir);
      const courses = await loadCourses(
        target.dir,
        exercises.map((load) => load.slug),
      );
      found.exercises.push(
        ...exercises.map((load) => ({ load: withWarnings(load, courses.warnings), root })),
      );
      found.courses.push(...courses.courses.map((load) => ({ load, root })));
      const codecasts = await loadExerciseCodecasts(target.dir);
      found.codecasts.push(...codecasts.map((load) => ({ load, root })));
    }
  }
  return found;
}

type Target = { kind: 'exercise' | 'folder'; dir: string } | { kind: 'course'; file: string };

async function classify(given: string, cwd: string): Promise<Target> {
  const target = path.resolve(cwd, given);
  const stats = await stat(target).catch(() => undefined);
  if (!stats) throw new ContentPathError(`no such file or folder: ${given}`);
  if (stats.isDirectory()) {
    const holdsSpec = await stat(path.join(target, specFile)).then(
      (spec) => spec.isFile(),
      () => false,
    );
    return { kind: holdsSpec ? 'exercise' : 'folder', dir: target };
  }
  // An exercise.yaml stands for its folder, as a teacher may tab-complete to it.
  if (path.basename(target) === specFile) return { kind: 'exercise', dir: path.dirname(target) };
  if (/\.course\.ya?ml$/i.test(target)) return { kind: 'course', file: target };
  throw new ContentPathError(
    `${given} is not an exercise folder, a course file (*.course.yaml) or a folder of them`,
  );
}

/** The course-level warnings about this exercise (no course lists it) join its own. */
function withWarnings(load: ExerciseFolderLoad, warnings: ContentIssue[]): ExerciseFolderLoad {
  const own = warnings.filter((warning) => warning.file.startsWith(`${load.slug}/`));
  return own.length === 0 ? load : { ...load, warnings: [...load.warnings, ...own] };
}
