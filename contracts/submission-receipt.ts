// What POST /api/exercises/:slug/submissions answers (202): the attempt is stored and waits in the queue;
// the client then asks GET /api/attempts/:id until it is graded.
import { z } from 'zod';

export const SubmissionReceipt = z.strictObject({
  attemptId: z.number().int(),
  status: z.literal('queued'),
  /** 1 for the next to be graded. */
  position: z.number().int().min(1),
});
export type SubmissionReceipt = z.infer<typeof SubmissionReceipt>;
