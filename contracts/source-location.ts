// A place in the learner's own source (1-based lines, 1-based columns), after any type stripping,
// which keeps positions, so it always points at what the learner typed.
import { z } from 'zod';

export const SourceLocation = z.strictObject({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  endLine: z.number().int().min(1).optional(),
  /** Exclusive, as in the editor's ranges. */
  endColumn: z.number().int().min(1).optional(),
});
export type SourceLocation = z.infer<typeof SourceLocation>;
