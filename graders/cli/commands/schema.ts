// `exo schema`: regenerates the JSON Schemas of exercise.yaml and of course files from the zod contracts,
// for editors' autocompletion. Tests fail when the checked-in files are stale.
import { fileURLToPath } from 'node:url';
import { writeCourseJsonSchema } from '../../content/course-json-schema.ts';
import { writeExerciseJsonSchema } from '../../content/exercise-json-schema.ts';

export const schemaPath = fileURLToPath(new URL('../../../exercises/exercise.schema.json', import.meta.url));
export const courseSchemaPath = fileURLToPath(
  new URL('../../../exercises/course.schema.json', import.meta.url),
);

export async function schemaCommand(_argv: string[], out: (text: string) => void): Promise<number> {
  await writeExerciseJsonSchema(schemaPath);
  out(`wrote ${schemaPath}`);
  await writeCourseJsonSchema(courseSchemaPath);
  out(`wrote ${courseSchemaPath}`);
  return 0;
}
