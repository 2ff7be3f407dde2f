import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildExerciseJsonSchema } from './exercise-json-schema.ts';
import { undocumentedFields } from './undocumented-fields.ts';

const checkedIn = fileURLToPath(new URL('../../exercises/exercise.schema.json', import.meta.url));

describe('the JSON Schema of exercise.yaml', () => {
  it('is checked in exactly as the zod contract builds it today', async () => {
    const onDisk = JSON.parse(await readFile(checkedIn, 'utf8'));
    expect(
      onDisk,
      'exercises/exercise.schema.json is out of date with contracts/exercise-spec.ts: run `npm run exo -- schema` and commit the result',
    ).toEqual(buildExerciseJsonSchema());
  });

  it('describes every field, so that editors can explain each one', () => {
    const undocumented = undocumentedFields(buildExerciseJsonSchema());
    expect(undocumented, 'add these fields to the docs table in exercise-json-schema.ts').toEqual([]);
  });

  it('lets a teacher leave out every field that has a default', () => {
    const schema = buildExerciseJsonSchema() as { required: string[]; title: string };
    expect(schema.required.sort()).toEqual(['difficulty', 'language', 'tests', 'title']);
    expect(schema.title).toBe('Exercise (exercise.yaml)');
  });
});
