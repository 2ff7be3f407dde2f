// Reads an exercise folder (exercises/<slug>/, described in exercises/README.md) into the `Exercise` the
// grader runs, or into the list of what the teacher must fix. A broken exercise is a result, not an
// exception: `{ errors, warnings, data }`, with `data` only when there is no error, so one broken folder
// never hides the others.
//
// Every issue names its file relative to the exercises root (`sum-of-array/exercise.yaml`): the same on
// every machine, safe to show in a browser (no server path), and short in a terminal. `formatContentIssue`
// prefixes a root when the caller wants paths that an editor can open from the current directory.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Exercise } from '../../contracts/exercise.ts';
import { ExerciseSpec, Slug } from '../../contracts/exercise-spec.ts';
import {
  type CheckedSpec,
  checkExerciseSpec,
  checkStatementFiles,
  statementFiles,
} from './check-exercise-spec.ts';
import { hashContentFiles, isJunk, listContentFiles } from './content-hash.ts';
import { describeSchemaIssues } from './describe-schema-issues.ts';
import { slugify } from './slugify.ts';
import { readYaml } from './yaml-source.ts';

export interface ContentIssue {
  /** Relative to the exercises root, with `/`: `sum-of-array/exercise.yaml`. */
  file: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  /** What is wrong and what to do about it. */
  message: string;
}

export interface ContentLoad<T> {
  errors: ContentIssue[];
  warnings: ContentIssue[];
  /** Present exactly when there is no error. */
  data?: T;
}

export interface ExerciseFolderLoad extends ContentLoad<Exercise> {
  slug: string;
  /** The folder, as given to `loadExercises` joined with the slug. */
  dir: string;
}

export const specFile = 'exercise.yaml';
/** The first line of every exercise.yaml in exercises/: editors that read it complete and check the file as it is typed. */
export const schemaComment = '# yaml-language-server: $schema=../exercise.schema.json';

/** `sum-of-array/exercise.yaml:12:5: message`; with `root`, the path is given from there. */
export function formatContentIssue(issue: ContentIssue, root?: string): string {
  const file = root === undefined ? issue.file : path.join(root, ...issue.file.split('/'));
  const position =
    issue.line === undefined ? '' : `:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
  return `${file}${position}: ${issue.message}`;
}

/** Every subfolder of `root` holding an exercise.yaml, in slug order, each loaded on its own. */
export async function loadExercises(root: string): Promise<ExerciseFolderLoad[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory() && !isJunk(entry.name))
    .map((entry) => entry.name);
  const loads = await Promise.all(
    folders.map(async (slug): Promise<ExerciseFolderLoad | undefined> => {
      const dir = path.join(root, slug);
      const names = await readdir(dir);
      if (names.includes(specFile)) return { slug, dir, ...(await loadExercise(dir)) };
      // A near miss would otherwise make the exercise silently disappear from the course.
      const nearMiss = names.find((name) => name !== specFile && /^exercise\.ya?ml$/i.test(name));
      if (!nearMiss) return undefined;
      return {
        slug,
        dir,
        errors: [
          { file: `${slug}/${nearMiss}`, message: `Rename ${slug}/${nearMiss} to ${slug}/${specFile}.` },
        ],
        warnings: [],
      };
    }),
  );
  return loads
    .filter((load) => load !== undefined)
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
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
  if (!/^# yaml-language-server: \$schema=\S+/.test(text)) {
    warnings.push({
      file: yamlFile,
      line: 1,
      message: `Make the first line "${schemaComment}", so that editors complete and check this file.`,
    });
  }

  const listing = await listContentFiles(folder);
  const files = new Set(listing.files);
  for (const link of listing.links) {
    warnings.push({ file: inFolder(link), message: 'Symbolic links are ignored: copy the file instead.' });
  }

  const yaml = readYaml(text);
  const at = (where: { path?: readonly PropertyKey[]; key?: boolean }) => {
    const position =
      where.path && where.path.length > 0
        ? yaml.positionOf(where.path, { key: where.key ?? false })
        : undefined;
    return position ? { line: position.line, column: position.column } : {};
  };
  warnings.push(
    ...yaml.warnings.map(({ message, ...position }) => ({ file: yamlFile, ...position, message })),
  );
  if (yaml.syntaxErrors.length > 0) {
    errors.push(
      ...yaml.syntaxErrors.map(({ message, ...position }) => ({ file: yamlFile, ...position, message })),
    );
    return { errors, warnings };
  }

  const parsed = ExerciseSpec.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    if (yaml.data === undefined || yaml.data === null) {
      errors.push({
        file: yamlFile,
        message: `${yamlFile} is empty: start from an exercise in exercises/ and edit it.`,
      });
      return { errors, warnings };
    }
    for (const problem of describeSchemaIssues(ExerciseSpec, yaml.data, parsed.error.issues, specFile)) {
      errors.push({ file: yamlFile, ...at(problem), message: problem.message });
    }
    // The statements do not depend on exercise.yaml: saying now that one is missing saves a round trip.
    for (const finding of checkStatementFiles(files, slug)) {
      errors.push({ file: inFolder(finding.file ?? specFile), message: finding.message });
    }
    return { errors: sortIssues(errors), warnings };
  }

  const checked = checkExerciseSpec(parsed.data, yaml.data, files, slug);
  for (const finding of checked.findings) {
    const issue: ContentIssue = finding.file
      ? { file: inFolder(finding.file), message: finding.message }
      : { file: yamlFile, ...at(finding), message: finding.message };
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
      contentHash: await hashContentFiles(folder, listing.files),
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

/** Text with `\n` line ends and no byte-order mark, as git and editors on every system may not agree. */
async function readText(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '').replaceAll('\r\n', '\n');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
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

function sortIssues(issues: ContentIssue[]): ContentIssue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        (a.issue.file < b.issue.file ? -1 : a.issue.file > b.issue.file ? 1 : 0) ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        a.order - b.order,
    )
    .map(({ issue }) => issue);
}
