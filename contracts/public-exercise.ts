// What the browser receives about an exercise. It is a projection with no field for hidden tests, the
// reference solution, known-wrong solutions or feedback rules, and it is strict: the server parses what it
// sends with it, so a field added to the exercise cannot slip through unnoticed.
import { z } from 'zod';
import { Slug } from './exercise-spec.ts';
import { Limits } from './limits.ts';
import { LocalizedText } from './localized-text.ts';

export const PublicTest = z.strictObject({
  id: z.string(),
  name: LocalizedText,
  kind: z.enum(['function', 'program', 'static', 'property']),
  points: z.number(),
  /** The call (`sum([1, 2])`) or the stdin lines, rendered as code; function and program tests only. */
  input: z.string().optional(),
  /** The expected value or output, rendered; function and program tests with an expected value only. */
  expected: z.string().optional(),
});
export type PublicTest = z.infer<typeof PublicTest>;

export const PublicExercise = z.strictObject({
  slug: Slug,
  /** The content hash of the version served; every attempt is pinned to one. */
  version: z.string(),
  title: LocalizedText,
  statement: LocalizedText,
  language: z.enum(['javascript', 'typescript']),
  difficulty: z.number().int(),
  concepts: z.array(z.string()),
  starter: z.string(),
  /** Visible tests only. */
  tests: z.array(PublicTest),
  hiddenTestCount: z.number().int().min(0),
  hintCount: z.number().int().min(0),
  limits: Limits,
});
export type PublicExercise = z.infer<typeof PublicExercise>;
