// Text a learner reads. Every user-facing string exists in both course languages, so a learner who
// switches language later still reads stored feedback in theirs.
import { z } from 'zod';

export const locales = ['en', 'fr'] as const;
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;

export const LocalizedText = z.strictObject({
  en: z.string().min(1),
  fr: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;
