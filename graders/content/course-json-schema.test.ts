import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCourseJsonSchema } from './course-json-schema.ts';
import { undocumentedFields } from './undocumented-fields.ts';

const checkedIn = fileURLToPath(new URL('../../exercises/course.schema.json', import.meta.url));

describe('the JSON Schema of course files', () => {
  it('is checked in exactly as the zod contract builds it today', async () => {
    const onDisk = JSON.parse(await readFile(checkedIn, 'utf8'));
    expect(
      onDisk,
      'exercises/course.schema.json is out of date with contracts/course-spec.ts: run `npm run exo -- schema` and commit the result',
    ).toEqual(buildCourseJsonSchema());
  });

  it('describes every field, so that editors can explain each one', () => {
    const undocumented = undocumentedFields(buildCourseJsonSchema());
    expect(undocumented, 'add these fields to the docs table in course-json-schema.ts').toEqual([]);
  });

  it('requires what a course cannot do without, and bounds the pass threshold as the loader does', () => {
    const schema = buildCourseJsonSchema() as {
      required: string[];
      properties: { passThreshold: { exclusiveMinimum: number; maximum: number } };
    };
    expect(schema.required.sort()).toEqual(['access', 'description', 'modules', 'passThreshold', 'title']);
    expect(schema.properties.passThreshold).toMatchObject({ exclusiveMinimum: 0, maximum: 1 });
  });
});
