// Which language to show: the learner's own choice if they made one, else the first of the browser's
// preferred languages that we have, else English.
import { type Locale, locales } from '../../contracts/localized-text.ts';

export function pickLocale(stored: string | null, preferred: readonly string[]): Locale {
  const known = (tag: string): Locale | undefined =>
    locales.find((locale) => tag.toLowerCase() === locale || tag.toLowerCase().startsWith(`${locale}-`));
  if (stored !== null) {
    const choice = known(stored);
    if (choice) return choice;
  }
  for (const tag of preferred) {
    const match = known(tag);
    if (match) return match;
  }
  return 'en';
}
