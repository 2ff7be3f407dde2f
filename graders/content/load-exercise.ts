// Reads an exercise folder (exercises/<slug>/, described in exercises/README.md) into the `Exercise` the
// grader runs, or into the list of what the teacher must fix. A broken exercise is a result, not an
// exception: `{ errors, warnings, data }`, with `data` only when there is no error, so one broken folder
// never hides the others. Issues name files relative to the exercises root (see content-issue.ts).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Exercise } from '../../contracts/exercise.ts';
import { ExerciseSpec, Slug } from '../../contracts/exercise-spec.ts';
import {
  type CheckedSpec,
  checkExerciseSpec,
  checkStatementFiles,
  statementFiles,
} from './check-exercise-spec.ts';
import { codecastsFolder } from './codecasts-folder.ts';
import { hashContentFiles, isJunk, listContentFiles } from './content-hash.ts';
import { type ContentIssue, type ContentLoad, sortIssues } from './content-issue.ts';
import { readContentYaml } from './read-content-yaml.ts';
import { readText } from './read-text.ts';
import { slugify } from './slugify.ts';

export interface ExerciseFolderLoad extends ContentLoad<Exercise> {
  slug: string;
  /** The folder, as given to `loadExercises` joined with the slug. */
  dir: string;
}

export const specFile = 'exercise.yaml';
/** The first line of every exercise.yaml in exercises/: editors that read it complete and check the file as it is typed. */
export const schemaComment = '# yaml-language-server: $schema=../exercise.schema.json';

/** Every subfolder of `root` holding an exercise.yaml, in slug order, each loaded on its own. */
export async function loadExercises(root: string): Promise<ExerciseFolderLoad[]> {
  const folders = await listExerciseFolders(root);
  const loads = folders.map(async ({ slug, specName }): Promise<ExerciseFolderLoad> => {
    const dir = path.join(root, slug);
    if (specName === specFile) return { slug, dir, ...(await loadExercise(dir)) };
    return {
      slug,
      dir,
      errors: [
        { file: `${slug}/${specName}`, message: `Rename ${slug}/${specName} to ${slug}/${specFile}.` },
      ],
      warnings: [],
    };
  });
  return Promise.all(loads);
}

/**
 * The exercise folders of `root`, in slug order, without loading them: those holding an exercise.yaml, and
 * those holding a near miss (`exercise.yml`, `Exercise.yaml`), which would otherwise make the exercise
 * silently disappear from its course.
 */
export async function listExerciseFolders(root: string): Promise<{ slug: string; specName: string }[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory() && !isJunk(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const found = await Promise.all(
    folders.map(async (slug) => {
      const names = await readdir(path.join(root, slug));
      const specName = names.includes(specFile)
        ? specFile
        : names.find((name) => /^exercise\.ya?ml$/i.test(name));
      return specName === undefined ? undefined : { slug, specName };
    }),
  );
  return found.filter((folder) => folder !== undefined);
}

export async function loadExercise(dir: string): Promise<ContentLoad<Exercise>> {
  const folder = path.resolve(dir);
  const slug = path.basename(folder);
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const inFolder = (file: string) => `${slug}/${file}`;
  const yamlFile = inFolder(specFile);

  if (!(await isDirectory(folder))) {
    return { errors: [{ file: slug, message: `No exercise folder at ${dir}: check the path.` }], warnings };
  }
  const text = await readText(path.join(folder, specFile));
  if (text === undefined) {
    return {
      errors: [{ file: yamlFile, message: `Missing ${yamlFile}: every exercise folder needs one.` }],
      warnings,
    };
  }
  if (!Slug.safeParse(slug).success) {
    const suggestion = slugify(slug);
    errors.push({
      file: yamlFile,
      message: `The folder name "${slug}" is the exercise's id, so it must be lowercase letters, digits and dashes: rename the folder${suggestion ? ` to "${suggestion}"` : ''}.`,
    });
  }

  const yaml = readContentYaml(text, ExerciseSpec, {
    file: yamlFile,
    schemaComment,
    whenEmpty: 'start from an exercise in exercises/ and edit it.',
  });
  warnings.push(...yaml.warnings);
  const listing = await listContentFiles(folder);
  const files = new Set(listing.files);
  for (const link of listing.links) {
    warnings.push({ file: inFolder(link), message: 'Symbolic links are ignored: copy the file instead.' });
  }
  if (yaml.failed === 'syntax' || yaml.failed === 'empty') {
    errors.push(...yaml.errors);
    return { errors, warnings };
  }
  if (yaml.data === undefined) {
    errors.push(...yaml.errors);
    // The statements do not depend on exercise.yaml: saying now that one is missing saves a round trip.
    for (const finding of checkStatementFiles(files, slug)) {
      errors.push({ file: inFolder(finding.file ?? specFile), message: finding.message });
    }
    return { errors: sortIssues(errors), warnings };
  }

  const checked = checkExerciseSpec(yaml.data, yaml.raw, files, slug);
  for (const finding of checked.findings) {
    const issue: ContentIssue = finding.file
      ? { file: inFolder(finding.file), message: finding.message }
      : { file: yamlFile, ...yaml.at(finding), message: finding.message };
    (finding.severity === 'error' ? errors : warnings).push(issue);
  }
  if (errors.length > 0) return { errors: sortIssues(errors), warnings: sortIssues(warnings) };

  const read = await readExerciseFiles(folder, checked);
  for (const [language, file] of Object.entries(statementFiles)) {
    const statement = read.statement[language as keyof typeof statementFiles];
    if (statement.trim() === '') {
      errors.push({
        file: inFolder(file),
        message: `${inFolder(file)} is empty: write the statement in it.`,
      });
    } else if (!showsExample(statement)) {
      warnings.push({
        file: inFolder(file),
        message:
          'The statement shows no example: add one, in a fenced code block (```), of a call and its result.',
      });
    }
  }
  if (errors.length > 0) return { errors, warnings: sortIssues(warnings) };

  return {
    errors,
    warnings: sortIssues(warnings),
    data: {
      slug,
      spec: checked.spec,
      statement: read.statement,
      starter: read.starter,
      solution: read.solution,
      knownWrong: checked.spec.knownWrong.map((wrong, index) => ({
        ...wrong,
        source: read.knownWrong[index]!,
      })),
      // Codecasts are versioned on their own (load-codecast.ts): re-recording one is not a new exercise.
      contentHash: await hashContentFiles(
        folder,
        listing.files.filter((file) => !file.startsWith(`${codecastsFolder}/`)),
      ),
    },
  };
}

async function readExerciseFiles(folder: string, checked: CheckedSpec) {
  const load = async (file: string) => (await readText(path.join(folder, ...file.split('/')))) ?? '';
  const [en, fr, starter, solution, ...knownWrong] = await Promise.all([
    load(checked.files.statements.en),
    load(checked.files.statements.fr),
    load(checked.files.starter),
    load(checked.files.solution),
    ...checked.spec.knownWrong.map((wrong) => load(wrong.file)),
  ]);
  return {
    statement: { en: en ?? '', fr: fr ?? '' },
    starter: starter ?? '',
    solution: solution ?? '',
    knownWrong,
  };
}

async function isDirectory(folder: string): Promise<boolean> {
  try {
    return (await stat(folder)).isDirectory();
  } catch {
    return false;
  }
}

// A statement shows an example when it has a fenced code block, or says "example" in so many words.
function showsExample(statement: string): boolean {
  return /^\s*(```|~~~)/m.test(statement) || /\b(examples?|exemples?)\b/i.test(statement);
}
