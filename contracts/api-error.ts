// The one shape of every 4xx (and of our 5xx) the API sends: a stable `code` for programs, a `message`
// for people, and `details` (validation issues, limits) or null.
import { z } from 'zod';

export const ApiErrorBody = z.strictObject({
  error: z.strictObject({
    code: z.string().min(1),
    message: z.string().min(1),
    details: z.unknown(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
