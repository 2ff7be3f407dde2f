// `exo course key <course> [--generate | --key-stdin]`: sets or replaces the enrolment key of a private
// course in the server's database (DATABASE_FILE), stored hashed (docs/decisions/011-enrolment-keys.md).
// `--generate` makes a strong key and prints it once; otherwise the key is asked twice without echo, or
// read from stdin for scripts: never from the command line, where it would stay in the shell history.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { parse } from 'yaml';
import { z } from 'zod';
import { CourseSpec } from '../../contracts/course-spec.ts';
import { Slug } from '../../contracts/exercise-spec.ts';
import { UsageError } from '../../graders/cli/usage-error.ts';
import { courseFileSuffix } from '../../graders/content/load-course.ts';
import { generateEnrolmentKey, setEnrolmentKey, WeakEnrolmentKeyError } from '../courses/enrolment-keys.ts';
import { openDatabase } from '../db/open-database.ts';
import { courses } from '../db/schema.ts';
import { readEnv } from '../env.ts';
import { promptHidden } from './prompt-hidden.ts';

export const courseUsage = 'exo course key <course> [--generate | --key-stdin]';

export async function courseCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { generate: { type: 'boolean' }, 'key-stdin': { type: 'boolean' } },
  });
  const [action, slug, ...extra] = positionals;
  if (action !== 'key' || !slug || extra.length > 0) throw new UsageError(courseUsage);
  if (values.generate && values['key-stdin'])
    throw new UsageError('Give --generate or --key-stdin, not both.');
  if (!Slug.safeParse(slug).success) throw new UsageError(`"${slug}" is not a course slug.`);

  const settings = readEnv();
  const courseFile = path.join(settings.exercisesDir, `${slug}${courseFileSuffix}`);
  const db = openDatabase(settings.databaseFile);
  try {
    const stored = db.select({ spec: courses.spec }).from(courses).where(eq(courses.slug, slug)).get();
    if (!stored && !existsSync(courseFile)) {
      throw new UsageError(
        `There is no course "${slug}": no ${courseFile}, and none in ${settings.databaseFile}.`,
      );
    }
    const access = stored ? readAccess(stored.spec) : readAccess(await readYaml(courseFile));

    let key: string;
    if (values.generate) {
      key = generateEnrolmentKey();
    } else if (values['key-stdin']) {
      key = (await text(process.stdin)).replace(/\r?\n$/, '');
    } else if (process.stdin.isTTY) {
      key = await promptHidden('Enrolment key: ');
      if ((await promptHidden('Again: ')) !== key) throw new UsageError('The two keys differ.');
    } else {
      throw new UsageError('No terminal to ask the key on: pipe it with --key-stdin, or use --generate.');
    }

    try {
      await setEnrolmentKey(db, slug, key, Date.now());
    } catch (error) {
      if (error instanceof WeakEnrolmentKeyError) throw new UsageError(error.message);
      throw error;
    }
    out(
      `enrolment key of "${slug}" set in ${settings.databaseFile}; learners already enrolled stay enrolled`,
    );
    if (values.generate) out(`key: ${key}   (shown only this once: give it to your learners)`);
    if (access === 'open') {
      out(`note: "${slug}" is open, so anyone may enrol; the key applies once its access is private.`);
    }
    return 0;
  } finally {
    db.$client.close();
  }
}

const Access = z.looseObject({ access: CourseSpec.shape.access });

/** The access a course declares, without checking the rest (the server reports a broken course file). */
function readAccess(spec: unknown): 'open' | 'private' | undefined {
  return Access.safeParse(spec).data?.access;
}

async function readYaml(file: string): Promise<unknown> {
  try {
    return parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}
