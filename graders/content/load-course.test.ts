import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Course } from '../../contracts/course.ts';
import { formatContentIssue } from './content-issue.ts';
import { courseSchemaComment, loadCourse, loadCourses } from './load-course.ts';

const exercisesRoot = fileURLToPath(new URL('../../exercises', import.meta.url));

const temporary: string[] = [];
afterEach(async () => {
  await Promise.all(temporary.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function scratchRoot(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'courses-'));
  temporary.push(dir);
  return dir;
}

const known = ['sum-of-array', 'is-even', 'hello-name', 'count-vowels'];

/** A valid course file, whose modules are given as YAML lines (each module ends with its exercises). */
function courseText(modules: string[], head: { passThreshold?: string } = {}): string {
  return [
    courseSchemaComment,
    'title:',
    '  en: Tiny course',
    '  fr: Petit cours',
    'description:',
    '  en: Two weeks.',
    '  fr: Deux semaines.',
    'access: private',
    `passThreshold: ${head.passThreshold ?? '0.5'}`,
    'modules:',
    ...modules,
    '',
  ].join('\n');
}

const week = (id: string, exercises: string[]) => [
  `  - id: ${id}`,
  `    title: { en: ${id}, fr: ${id} }`,
  '    exercises:',
  ...exercises.map((slug) => `      - ${slug}`),
];

async function loadText(text: string, name = 'tiny.course.yaml') {
  const root = await scratchRoot();
  await writeFile(path.join(root, name), text);
  const load = await loadCourse(path.join(root, name), known);
  return { ...load, lines: load.errors.map((issue) => formatContentIssue(issue)) };
}

describe('loadCourse', () => {
  it('loads a valid course, with its slug from the file name', async () => {
    const load = await loadText(
      courseText([...week('week-1', ['is-even']), ...week('week-2', ['sum-of-array'])]),
    );
    expect(load.errors).toEqual([]);
    expect(load.warnings).toEqual([]);
    const course = Course.parse(load.data);
    expect(course.slug).toBe('tiny');
    expect(course.spec.access).toBe('private');
    expect(course.spec.modules.map((module) => module.exercises)).toEqual([['is-even'], ['sum-of-array']]);
  });

  it('reports an unknown exercise at its line, with the slug it probably meant', async () => {
    const load = await loadText(courseText(week('week-1', ['is-even', 'sum-of-arry'])));
    expect(load.data).toBeUndefined();
    expect(load.lines).toEqual([
      'tiny.course.yaml:15:9: Unknown exercise "sum-of-arry" in module "week-1": no folder of that name beside this file holds an exercise.yaml. Did you mean "sum-of-array"?',
    ]);
  });

  it('reports an exercise listed twice, saying where the first one is', async () => {
    const load = await loadText(
      courseText([...week('week-1', ['is-even', 'hello-name']), ...week('week-2', ['is-even'])]),
    );
    expect(load.lines).toEqual([
      'tiny.course.yaml:19:9: The exercise "is-even" is listed twice: it is already in module "week-1". A learner meets each exercise once: remove one.',
    ]);
  });

  it('reports a duplicate module id', async () => {
    const load = await loadText(
      courseText([...week('week-1', ['is-even']), ...week('week-1', ['hello-name'])]),
    );
    expect(load.lines).toEqual([
      'tiny.course.yaml:15:9: Duplicate module id "week-1": modules[0] already uses it. Rename one of them.',
    ]);
  });

  it('reports an empty module', async () => {
    const load = await loadText(
      courseText([
        ...week('week-1', ['is-even']),
        '  - id: week-2',
        '    title: { en: b, fr: b }',
        '    exercises: []',
      ]),
    );
    expect(load.lines).toEqual(['tiny.course.yaml:17:16: modules[1].exercises must have at least 1 item.']);
  });

  it.each([
    ['0', 'passThreshold must be greater than 0.'],
    ['60', 'passThreshold must be at most 1.'],
    ['-0.5', 'passThreshold must be greater than 0.'],
  ])('reports a pass threshold of %s, outside (0, 1]', async (threshold, message) => {
    const load = await loadText(courseText(week('week-1', ['is-even']), { passThreshold: threshold }));
    expect(load.lines).toEqual([`tiny.course.yaml:9:16: ${message}`]);
  });

  it('accepts a pass threshold of exactly 1', async () => {
    const load = await loadText(courseText(week('week-1', ['is-even']), { passThreshold: '1' }));
    expect(load.errors).toEqual([]);
  });

  it('reports an unknown field with the name it probably meant, and a missing translation', async () => {
    const text = courseText(week('week-1', ['is-even']))
      .replace('access: private', 'acess: private')
      .replace('  fr: Deux semaines.\n', '');
    const load = await loadText(text);
    expect(load.lines).toEqual([
      'tiny.course.yaml: Missing field "access" in tiny.course.yaml: add "access: …" with one of "open", "private".',
      'tiny.course.yaml:5:1: Missing French translation ("fr") in description: add a line "fr: …" under it.',
      'tiny.course.yaml:7:1: Unknown field "acess" in tiny.course.yaml. Did you mean "access"? Allowed here: $schema, title, description, access, passThreshold, modules.',
    ]);
  });

  it('refuses a file name that is not a slug, and asks for the schema line', async () => {
    const load = await loadText(
      courseText(week('week-1', ['is-even'])).replace(`${courseSchemaComment}\n`, ''),
      'Tiny Course.course.yaml',
    );
    expect(load.lines).toEqual([
      'Tiny Course.course.yaml: The name "Tiny Course" is the course\'s id, so it must be lowercase letters, digits and dashes: rename the file to tiny-course.course.yaml.',
    ]);
    expect(load.warnings.map((issue) => formatContentIssue(issue))).toEqual([
      `Tiny Course.course.yaml:1: Make the first line "${courseSchemaComment}", so that editors complete and check this file.`,
    ]);
  });

  it('reports YAML syntax at its line', async () => {
    const load = await loadText(
      courseText(week('week-1', ['is-even'])).replace('access: private', 'access: private: key'),
    );
    expect(load.lines).toEqual([expect.stringMatching(/^tiny\.course\.yaml:8:\d+: YAML syntax error: /)]);
  });
});

describe('loadCourses', () => {
  async function rootWith(exercises: string[], courses: Record<string, string>) {
    const root = await scratchRoot();
    for (const slug of exercises) {
      await mkdir(path.join(root, slug));
      await writeFile(path.join(root, slug, 'exercise.yaml'), '');
    }
    for (const [name, text] of Object.entries(courses)) await writeFile(path.join(root, name), text);
    return root;
  }

  it('loads each course on its own, so one broken course does not hide the others', async () => {
    const root = await rootWith(['is-even', 'hello-name'], {
      'a.course.yaml': courseText(week('week-1', ['is-even'])),
      'b.course.yaml': courseText(week('week-1', ['hello-nam'])),
      'c.course.yml': courseText(week('week-1', ['hello-name'])),
    });
    const { courses } = await loadCourses(root);
    expect(courses.map((course) => [course.name, course.data?.slug])).toEqual([
      ['a.course.yaml', 'a'],
      ['b.course.yaml', undefined],
      ['c.course.yml', undefined],
    ]);
    expect(courses[1]!.errors.map((issue) => issue.message)).toEqual([
      expect.stringContaining('Did you mean "hello-name"?'),
    ]);
    expect(courses[2]!.errors).toEqual([
      { file: 'c.course.yml', message: 'Rename c.course.yml to c.course.yaml.' },
    ]);
  });

  it('warns about each exercise folder that no course lists', async () => {
    const root = await rootWith(['is-even', 'hello-name', 'count-vowels'], {
      'a.course.yaml': courseText(week('week-1', ['is-even'])),
      'b.course.yaml': courseText(week('week-1', ['hello-name'])),
    });
    const { warnings } = await loadCourses(root);
    expect(warnings).toEqual([
      {
        file: 'count-vowels/exercise.yaml',
        message:
          'No course lists the exercise "count-vowels", so no learner will see it: add it to a module of a course (a.course.yaml, b.course.yaml).',
      },
    ]);
  });

  it('gives no such warning without any course, nor while a course cannot be read', async () => {
    expect((await loadCourses(await rootWith(['is-even'], {}))).warnings).toEqual([]);
    const unreadable = await rootWith(['is-even', 'hello-name'], {
      'a.course.yaml': courseText(week('week-1', ['is-even'])),
      'b.course.yaml': 'title: [',
    });
    expect((await loadCourses(unreadable)).warnings).toEqual([]);
  });

  it('loads the demo course of exercises/ with every exercise it lists', async () => {
    const { courses } = await loadCourses(exercisesRoot);
    const demo = courses.find((course) => course.name === 'first-steps.course.yaml');
    expect(demo?.errors.map((issue) => formatContentIssue(issue))).toEqual([]);
    expect(demo?.warnings).toEqual([]);
    expect(demo?.data?.spec.modules.map((module) => module.exercises.length)).toEqual([4, 5, 5, 4, 4, 2]);
  });
});
