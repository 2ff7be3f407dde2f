// Sizes and durations in the words of each language: "1.5 s" and "64 KB" in English, "1,5 s" and
// "64 Ko" in French.
import type { LocalizedText } from '../../../contracts/localized-text.ts';

export function formatBytes(bytes: number): LocalizedText {
  if (bytes < 1024) return { en: `${bytes} bytes`, fr: `${bytes} octets` };
  if (bytes < 1024 * 1024) return withUnit(bytes / 1024, 'KB', 'Ko');
  return withUnit(bytes / (1024 * 1024), 'MB', 'Mo');
}

export function formatMegabytes(megabytes: number): LocalizedText {
  return withUnit(megabytes, 'MB', 'Mo');
}

export function formatSeconds(ms: number): LocalizedText {
  return withUnit(ms / 1000, 's', 's');
}

function withUnit(amount: number, en: string, fr: string): LocalizedText {
  const rounded = Math.round(amount * 10) / 10;
  return {
    en: `${rounded.toLocaleString('en-US')} ${en}`,
    fr: `${rounded.toLocaleString('fr-FR')} ${fr}`,
  };
}
