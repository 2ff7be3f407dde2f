// The learner's draft of an exercise as the server keeps it (GET and PUT /api/exercises/:slug/draft):
// the code and when it was saved, or null before the first save.
import { z } from 'zod';

export const SavedDraft = z.strictObject({
  code: z.string(),
  /** Milliseconds since the epoch, by the server's clock. */
  updatedAt: z.number(),
});
export type SavedDraft = z.infer<typeof SavedDraft>;

export const DraftAnswer = z.strictObject({ draft: SavedDraft.nullable() });
export type DraftAnswer = z.infer<typeof DraftAnswer>;
