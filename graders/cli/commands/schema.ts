// `exo schema`: regenerates exercises/exercise.schema.json from the zod schemas, for editors' autocompletion.
import { fileURLToPath } from 'node:url';
import { writeExerciseJsonSchema } from '../../content/exercise-json-schema.ts';

export const schemaPath = fileURLToPath(new URL('../../../exercises/exercise.schema.json', import.meta.url));

export async function schemaCommand(_argv: string[], out: (text: string) => void): Promise<number> {
  await writeExerciseJsonSchema(schemaPath);
  out(`wrote ${schemaPath}`);
  return 0;
}
