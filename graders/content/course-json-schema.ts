// The JSON Schema of course files (<course-slug>.course.yaml), made from the zod contract so that the two
// cannot drift apart. `npm run exo -- schema` writes it to exercises/course.schema.json; a test fails when
// that file is stale, or when a field has no description here.
import { CourseModule, CourseSpec } from '../../contracts/course-spec.ts';
import { LocalizedText } from '../../contracts/localized-text.ts';
import {
  buildJsonSchema,
  localizedTextDoc,
  type SchemaDoc,
  writeJsonSchema,
} from './json-schema-from-zod.ts';

const docs = new Map<unknown, SchemaDoc>([
  [
    CourseSpec,
    {
      title: 'Course (<course-slug>.course.yaml)',
      description:
        'A course: its modules (weeks), each with its exercises in order, who may enrol, and the share of the points needed for the attestation. The file name gives the course its id. See exercises/README.md.',
      fields: {
        $schema: 'Where editors find this schema; usually set by the first-line comment instead.',
        title: 'The course title, in both languages.',
        description: 'A sentence or two for the course catalogue, in both languages.',
        access:
          'open: anyone may enrol (a MOOC). private: learners need an enrolment key (a SPOC), which is set on the server, never in this file.',
        passThreshold:
          'The share of the course’s points a learner needs for the attestation of success, above 0 and at most 1: 0.6 is 60%.',
        modules: 'The modules (weeks), in order. At least one.',
      },
    },
  ],
  [
    CourseModule,
    {
      title: 'Module',
      description: 'A part of the course (a week), with its exercises in order.',
      fields: {
        id: 'Stable id of the module, as a slug ("loops"), kept in statistics: renaming it makes a new module.',
        title: 'The module title, in both languages.',
        description: 'What the module practises, in a sentence, in both languages.',
        exercises:
          'The exercises, by slug (their folder names in exercises/), in the order the learner meets them. Each exercise appears once in the course.',
      },
    },
  ],
  localizedTextDoc,
]);

const definitions = new Map([[LocalizedText, 'LocalizedText']]);

export function buildCourseJsonSchema(): Record<string, unknown> {
  return buildJsonSchema(CourseSpec, docs, definitions);
}

export async function writeCourseJsonSchema(path: string): Promise<void> {
  await writeJsonSchema(path, buildCourseJsonSchema());
}
