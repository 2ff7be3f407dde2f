// Hints, revealed one at a time (GET and POST /api/exercises/:slug/hints). The revealed ones always form a
// prefix of the exercise's list, so `index` is also their order.
import { z } from 'zod';
import { LocalizedText } from './localized-text.ts';

export const Hint = z.strictObject({
  index: z.number().int().min(0),
  text: LocalizedText,
});
export type Hint = z.infer<typeof Hint>;

export const HintState = z.strictObject({
  hintCount: z.number().int().min(0),
  revealed: z.array(Hint),
});
export type HintState = z.infer<typeof HintState>;
