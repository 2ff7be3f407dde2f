// What GET /api/courses sends: each course with its modules, each exercise with the caller's progress.
import { z } from 'zod';
import { CourseSpec } from './course-spec.ts';
import { Slug } from './exercise-spec.ts';
import { LocalizedText } from './localized-text.ts';
import { ExerciseProgress } from './public-attempt.ts';

export const CatalogueExercise = z.strictObject({
  slug: Slug,
  title: LocalizedText,
  difficulty: z.number().int(),
  progress: ExerciseProgress,
});

export const CatalogueCourse = z.strictObject({
  slug: Slug,
  title: LocalizedText,
  description: LocalizedText,
  access: CourseSpec.shape.access,
  passThreshold: z.number(),
  enrolled: z.boolean(),
  modules: z.array(
    z.strictObject({
      id: Slug,
      title: LocalizedText,
      description: LocalizedText.optional(),
      exercises: z.array(CatalogueExercise),
    }),
  ),
});
export type CatalogueCourse = z.infer<typeof CatalogueCourse>;

export const CourseCatalogue = z.strictObject({ courses: z.array(CatalogueCourse) });
export type CourseCatalogue = z.infer<typeof CourseCatalogue>;
