// The caller's own profile: `GET /api/me` and `PATCH /api/me`. A learner starts anonymous and may give a
// display name (shown to their teachers, and on attestations); `null` takes it back.
import { z } from 'zod';

/**
 * 1 to 60 characters once trimmed (and NFC-normalized, so an accented letter counts once), with no control
 * characters, line separators or bidirectional overrides (which would let a name rewrite the text around
 * it on a teacher's screen), and at least one visible character.
 */
export const DisplayName = z
  .string()
  .trim()
  .normalize('NFC')
  .min(1)
  .max(60)
  .regex(
    /^[^\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]*$/u,
    'A display name cannot hold control characters or line breaks.',
  )
  .regex(/[\p{L}\p{N}\p{P}\p{S}]/u, 'A display name needs at least one visible character.');
export type DisplayName = z.infer<typeof DisplayName>;

export const MeUpdate = z.strictObject({ displayName: DisplayName.nullable() });
export type MeUpdate = z.infer<typeof MeUpdate>;

export const Me = z.strictObject({
  /** The learner id (the one teachers see beside the display name). */
  id: z.string(),
  /** `learner` for everyone without a teacher login. */
  role: z.enum(['learner', 'teacher', 'admin']),
  displayName: z.string().nullable(),
});
export type Me = z.infer<typeof Me>;
