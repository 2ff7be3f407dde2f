// The captions, one WebVTT text area per language, with what the parser finds wrong (by line) and a
// button that adds a cue at the playhead for the teacher to fill.
import { useId } from 'react';
import { type Locale, locales } from '../../../contracts/localized-text.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatClock } from '../format-clock.ts';
import { parseWebVtt } from '../webvtt.ts';
import { appendCue } from './vtt-edit.ts';

export interface CaptionsEditorProps {
  captions: Record<Locale, string>;
  atMs: number;
  onChange(captions: Record<Locale, string>): void;
}

/** A new cue's length: long enough to read a short sentence. */
const cueMs = 3_000;

export function CaptionsEditor({ captions, atMs, onChange }: CaptionsEditorProps) {
  const { t } = useI18n();
  const r = t.codecast.recorder;
  const id = useId();
  return (
    <fieldset className="captions-editor">
      <legend>{t.codecast.captions}</legend>
      <p className="take-over-note">{r.captionsHint}</p>
      {locales.map((locale) => {
        const vtt = captions[locale];
        const parsed = vtt.trim() === '' ? null : parseWebVtt(vtt);
        return (
          <div key={locale} className="captions-track">
            <label htmlFor={`${id}-${locale}`}>{r.captionsIn(t.codecast.languageName[locale])}</label>
            <textarea
              id={`${id}-${locale}`}
              lang={locale}
              rows={8}
              value={vtt}
              spellCheck
              onChange={(event) => onChange({ ...captions, [locale]: event.target.value })}
            />
            <button
              type="button"
              onClick={() =>
                onChange({ ...captions, [locale]: appendCue(vtt, atMs, atMs + cueMs, r.newCue) })
              }
            >
              {r.addCue(formatClock(atMs), t.codecast.languageName[locale])}
            </button>
            {parsed && (
              <p className={parsed.problems.length > 0 ? 'codecast-problem' : 'take-over-note'}>
                {parsed.problems.length > 0
                  ? parsed.problems.map((problem) => r.vttProblem(problem.line, problem.message)).join(' ')
                  : r.cueCount(parsed.cues.length)}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
