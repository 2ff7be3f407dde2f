// An exercise as loaded from its folder: everything the grader needs. It holds the reference solution
// and hidden tests, so it never leaves the server; the browser gets a projection without them.
import { z } from 'zod';
import { ExerciseSpec, KnownWrong, Slug } from './exercise-spec.ts';
import { LocalizedText } from './localized-text.ts';

export const Exercise = z.strictObject({
  slug: Slug,
  spec: ExerciseSpec,
  statement: LocalizedText,
  starter: z.string(),
  solution: z.string(),
  knownWrong: z.array(KnownWrong.extend({ source: z.string() })),
  /** sha256 of every file that defines the exercise, so each attempt can be pinned to a version. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type Exercise = z.infer<typeof Exercise>;
