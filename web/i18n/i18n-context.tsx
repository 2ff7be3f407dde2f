// The interface language: picked from the browser (or the learner's earlier choice), switchable, remembered
// on this device. `useI18n()` gives the catalogue, the locale, the pick of a LocalizedText, and Intl
// formatters for numbers and dates in that locale.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Locale, LocalizedText } from '../../contracts/localized-text.ts';
import { type Messages, messagesEn } from './messages-en.ts';
import { messagesFr } from './messages-fr.ts';
import { pickLocale } from './pick-locale.ts';

const catalogues: Record<Locale, Messages> = { en: messagesEn, fr: messagesFr };
const storageKey = 'codecast.locale';

export interface I18n {
  locale: Locale;
  t: Messages;
  setLocale(locale: Locale): void;
  /** The learner's language's version of a text from the server. */
  text(value: LocalizedText): string;
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  formatDate(epochMs: number): string;
}

const I18nContext = createContext<I18n | null>(null);

function readStoredLocale(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    // Storage can be refused (private mode, sandboxed iframe): the browser's languages still apply.
    return null;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() =>
    pickLocale(readStoredLocale(), navigator.languages),
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered, still switched.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      locale,
      t: catalogues[locale],
      setLocale,
      text: (localized) => localized[locale],
      formatNumber: (number, options) => new Intl.NumberFormat(locale, options).format(number),
      formatDate: (epochMs) => dates.format(epochMs),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n() outside <I18nProvider>');
  return i18n;
}
