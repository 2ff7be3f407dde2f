// Reads course files (exercises/<course-slug>.course.yaml, described in exercises/README.md) into the
// `Course` the server offers, or into the list of what the teacher must fix: `{ errors, warnings, data }`
// per file, so one broken course never hides the others. Issues name files relative to the exercises
// root, where course files sit: `first-steps.course.yaml:12:9: …`.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Course } from '../../contracts/course.ts';
import { CourseSpec } from '../../contracts/course-spec.ts';
import { Slug } from '../../contracts/exercise-spec.ts';
import { checkCourseSpec } from './check-course-spec.ts';
import { type ContentIssue, type ContentLoad, sortIssues } from './content-issue.ts';
import { listExerciseFolders, specFile } from './load-exercise.ts';
import { readContentYaml } from './read-content-yaml.ts';
import { readText } from './read-text.ts';
import { slugify } from './slugify.ts';

export const courseFileSuffix = '.course.yaml';
/** The first line of every course file: editors that read it complete and check the file as it is typed. */
export const courseSchemaComment = '# yaml-language-server: $schema=./course.schema.json';

export interface CourseLoad extends ContentLoad<Course> {
  /**
   * The modules as written, whenever the file meets the schema, even when other checks fail: enough to
   * count them, and to know which exercises the course lists. Serve `data`, never this.
   */
  modules?: { id: string; exercises: string[] }[];
}

export interface CourseFileLoad extends CourseLoad {
  /** The file name, `first-steps.course.yaml`, as issues name it. */
  name: string;
  /** The file, as given to `loadCourses` joined with the name. */
  file: string;
}

export interface CoursesLoad {
  /** Every course file of the root, in name order. */
  courses: CourseFileLoad[];
  /** Exercise folders that no course lists, each about its `<slug>/exercise.yaml`. */
  warnings: ContentIssue[];
}

/**
 * Every `*.course.yaml` in `root`, each loaded on its own, and a warning for each exercise folder that no
 * course lists. `knownExercises` defaults to the exercise folders of `root`; a caller that has already
 * loaded them passes their slugs.
 */
export async function loadCourses(root: string, knownExercises?: Iterable<string>): Promise<CoursesLoad> {
  const known = new Set(knownExercises ?? (await listExerciseFolders(root)).map((folder) => folder.slug));
  const names = (await readdir(root, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && /\.course\.ya?ml$/i.test(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const courses = await Promise.all(
    names.map(async (name): Promise<CourseFileLoad> => {
      const file = path.join(root, name);
      if (name.endsWith(courseFileSuffix)) return { name, file, ...(await loadCourse(file, known)) };
      // A near miss (`.course.yml`, `.Course.yaml`) would otherwise make the course silently disappear.
      const fixed = name.replace(/\.course\.ya?ml$/i, courseFileSuffix);
      return { name, file, errors: [{ file: name, message: `Rename ${name} to ${fixed}.` }], warnings: [] };
    }),
  );

  // Only a root with courses has exercises to miss; and a course that cannot be read might list any of
  // them, so the warnings wait until every course reads.
  const warnings: ContentIssue[] = [];
  if (courses.length > 0 && courses.every((course) => course.modules !== undefined)) {
    const listed = new Set(
      courses.flatMap((course) => course.modules ?? []).flatMap((module) => module.exercises),
    );
    const where = names.length === 1 ? names[0] : `a course (${names.join(', ')})`;
    for (const slug of [...known].sort()) {
      if (listed.has(slug)) continue;
      warnings.push({
        file: `${slug}/${specFile}`,
        message: `No course lists the exercise "${slug}", so no learner will see it: add it to a module of ${where}.`,
      });
    }
  }
  return { courses, warnings };
}

/** One course file; `knownExercises` are the exercise slugs it may list (the folders beside it). */
export async function loadCourse(file: string, knownExercises: Iterable<string>): Promise<CourseLoad> {
  const known = new Set(knownExercises);
  const name = path.basename(file);
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const slug = name.endsWith(courseFileSuffix) ? name.slice(0, -courseFileSuffix.length) : name;

  const text = await readText(file);
  if (text === undefined) {
    return { errors: [{ file: name, message: `No course file at ${file}: check the path.` }], warnings };
  }
  if (!name.endsWith(courseFileSuffix)) {
    const suggestion = slugify(name.replace(/(\.course)?\.ya?ml$/i, '')) || 'my-course';
    errors.push({
      file: name,
      message: `A course file's name ends in "${courseFileSuffix}": rename it to ${suggestion}${courseFileSuffix}.`,
    });
  } else if (!Slug.safeParse(slug).success) {
    const suggestion = slugify(slug);
    errors.push({
      file: name,
      message: `The name "${slug}" is the course's id, so it must be lowercase letters, digits and dashes: rename the file${suggestion ? ` to ${suggestion}${courseFileSuffix}` : ''}.`,
    });
  }

  const yaml = readContentYaml(text, CourseSpec, {
    file: name,
    schemaComment: courseSchemaComment,
    whenEmpty: 'start from first-steps.course.yaml and edit it.',
  });
  warnings.push(...yaml.warnings);
  errors.push(...yaml.errors);
  if (yaml.data === undefined) return { errors: sortIssues(errors), warnings };

  for (const finding of checkCourseSpec(yaml.data, known)) {
    (finding.severity === 'error' ? errors : warnings).push({
      file: name,
      ...yaml.at(finding),
      message: finding.message,
    });
  }
  const modules = yaml.data.modules.map((module) => ({ id: module.id, exercises: module.exercises }));
  if (errors.length > 0) return { errors: sortIssues(errors), warnings: sortIssues(warnings), modules };
  return { errors, warnings: sortIssues(warnings), modules, data: { slug, spec: yaml.data } };
}
