// The visible language switch: each language named in itself, so a learner who cannot read the current
// one still finds theirs.
import { type Locale, locales } from '../../contracts/localized-text.ts';
import { useI18n } from './i18n-context.tsx';

const names: Record<Locale, string> = { en: 'English', fr: 'Français' };

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t.languageSwitch}</legend>
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {names[option]}
        </button>
      ))}
    </fieldset>
  );
}
