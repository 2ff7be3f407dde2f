// `exo new <slug> [--lang javascript|typescript] [--root <folder>]`: writes a complete exercise folder
// that already passes `exo check`, to be edited one step at a time (see scaffold-exercise.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ScaffoldError, type ScaffoldLanguage, scaffoldExercise } from '../../content/scaffold-exercise.ts';
import { UsageError } from '../usage-error.ts';

export const newUsage = 'exo new <slug> [--lang javascript|typescript] [--root <exercises-folder>]';

const exercisesRoot = fileURLToPath(new URL('../../../exercises', import.meta.url));
const languages: readonly ScaffoldLanguage[] = ['javascript', 'typescript'];

export async function newCommand(argv: string[], out: (text: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { lang: { type: 'string', default: 'javascript' }, root: { type: 'string' } },
  });
  const [slug, ...extra] = positionals;
  if (!slug || extra.length > 0) throw new UsageError(newUsage);
  const language = languages.find((name) => name === values.lang);
  if (!language) throw new UsageError(`--lang takes javascript or typescript, not ${values.lang}`);
  const root = values.root ?? exercisesRoot;

  let files: string[];
  try {
    files = await scaffoldExercise(root, slug, language);
  } catch (error) {
    if (error instanceof ScaffoldError) throw new UsageError(error.message);
    throw error;
  }
  const shown = path.relative(process.cwd(), path.join(root, slug)) || '.';
  out(`created ${shown}/`);
  for (const file of files) out(`  ${file}`);
  out('');
  out('Next:');
  out(
    `  1. Write the statements and the tests in ${shown}; every field is explained in exercises/README.md.`,
  );
  out(`  2. Check as you go: npm run exo -- check ${shown}`);
  out(`  3. List "${slug}" in a module of a course file (exercises/*.course.yaml), so learners see it.`);
  return 0;
}
