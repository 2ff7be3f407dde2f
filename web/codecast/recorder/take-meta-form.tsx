// The codecast's description: its id (the URL's last part), its title in both languages, the language
// the teacher speaks, the exercise it is tied to (the recorder's runs and the player's take-over run
// against it). Edited before recording and after.
import { useId } from 'react';
import type { Locale } from '../../../contracts/localized-text.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { reservedCodecastIds } from '../codecast-paths.ts';
import type { TakeMeta } from './take.ts';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What keeps the description from being saved, as catalogue keys of `codecast.recorder.metaProblems`. */
export function metaProblems(meta: TakeMeta): ('id' | 'reserved' | 'title' | 'exercise' | 'files')[] {
  const problems: ('id' | 'reserved' | 'title' | 'exercise' | 'files')[] = [];
  if (!slug.test(meta.id)) problems.push('id');
  if (reservedCodecastIds.has(meta.id)) problems.push('reserved');
  if (!meta.title.en.trim() || !meta.title.fr.trim()) problems.push('title');
  if (meta.exercise !== null && !slug.test(meta.exercise)) problems.push('exercise');
  if (meta.files.length === 0 || meta.files.some((file) => !file.name.trim())) problems.push('files');
  return problems;
}

export function TakeMetaForm({ meta, onChange }: { meta: TakeMeta; onChange(meta: TakeMeta): void }) {
  const { t } = useI18n();
  const r = t.codecast.recorder;
  const id = useId();
  const problems = metaProblems(meta);
  return (
    <fieldset className="take-meta">
      <legend>{r.metaTitle}</legend>
      <label>
        {r.id}{' '}
        <input
          value={meta.id}
          onChange={(event) => onChange({ ...meta, id: event.target.value.trim() })}
          aria-describedby={`${id}-id`}
        />
      </label>
      <p id={`${id}-id`} className="take-over-note">
        {r.idHint}
      </p>
      <label>
        {r.titleEn}{' '}
        <input
          lang="en"
          value={meta.title.en}
          onChange={(event) => onChange({ ...meta, title: { ...meta.title, en: event.target.value } })}
        />
      </label>
      <label>
        {r.titleFr}{' '}
        <input
          lang="fr"
          value={meta.title.fr}
          onChange={(event) => onChange({ ...meta, title: { ...meta.title, fr: event.target.value } })}
        />
      </label>
      <label>
        {r.spokenLanguage}{' '}
        <select
          value={meta.language}
          onChange={(event) => onChange({ ...meta, language: event.target.value as Locale })}
        >
          <option value="en">{t.codecast.languageName.en}</option>
          <option value="fr">{t.codecast.languageName.fr}</option>
        </select>
      </label>
      <label>
        {r.exercise}{' '}
        <input
          value={meta.exercise ?? ''}
          onChange={(event) => onChange({ ...meta, exercise: event.target.value.trim() || null })}
        />
      </label>
      {problems.length > 0 && (
        <ul className="take-problems">
          {problems.map((problem) => (
            <li key={problem}>{r.metaProblems[problem]}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
