// What zod cannot see in a course file: module ids that must be unique, and exercises that must exist and
// appear once in the course. Pure: the loader gives it the parsed spec and the exercise slugs it knows.
import type { CourseSpec } from '../../contracts/course-spec.ts';
import type { SpecFinding } from './check-exercise-spec.ts';
import { didYouMean } from './did-you-mean.ts';

export function checkCourseSpec(spec: CourseSpec, knownExercises: ReadonlySet<string>): SpecFinding[] {
  const findings: SpecFinding[] = [];
  const moduleIds = new Map<string, number>();
  // Where each exercise was first listed, so a repeat can say where the other one is.
  const listed = new Map<string, { module: string; position: number }>();

  spec.modules.forEach((module, index) => {
    const first = moduleIds.get(module.id);
    if (first !== undefined) {
      findings.push({
        severity: 'error',
        message: `Duplicate module id "${module.id}": modules[${first}] already uses it. Rename one of them.`,
        path: ['modules', index, 'id'],
      });
    } else {
      moduleIds.set(module.id, index);
    }

    module.exercises.forEach((slug, position) => {
      const path = ['modules', index, 'exercises', position];
      if (!knownExercises.has(slug)) {
        findings.push({
          severity: 'error',
          message: `Unknown exercise "${slug}" in module "${module.id}": no folder of that name beside this file holds an exercise.yaml.${didYouMean(slug, knownExercises)}`,
          path,
        });
      }
      const earlier = listed.get(slug);
      if (earlier) {
        const where =
          earlier.module === module.id ? 'earlier in this module' : `in module "${earlier.module}"`;
        findings.push({
          severity: 'error',
          message: `The exercise "${slug}" is listed twice: it is already ${where}. A learner meets each exercise once: remove one.`,
          path,
        });
      } else {
        listed.set(slug, { module: module.id, position });
      }
    });
  });
  return findings;
}
