// The captions as a transcript: every line with its time, searchable (case and accents ignored), each a
// button that seeks there; the line being spoken is marked.
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatClock } from './format-clock.ts';
import { searchCues } from './transcript-search.ts';
import type { Cue } from './webvtt.ts';

export interface TranscriptPanelProps {
  cues: readonly Cue[] | null;
  timeMs: number;
  onSeek(timeMs: number): void;
}

export function TranscriptPanel({ cues, timeMs, onSeek }: TranscriptPanelProps) {
  const { t, formatNumber } = useI18n();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const found = useMemo(() => (cues ? searchCues(cues, query) : []), [cues, query]);
  return (
    <section className="codecast-transcript" aria-labelledby="codecast-transcript-title">
      <h2 id="codecast-transcript-title">{t.codecast.transcript}</h2>
      {cues === null ? (
        <p>{t.codecast.noTranscript}</p>
      ) : (
        <>
          <label htmlFor={searchId}>{t.codecast.searchTranscript}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
          <p className="visually-hidden" role="status">
            {query.trim() === '' ? '' : t.codecast.matches(found.length, formatNumber(found.length))}
          </p>
          {found.length === 0 ? (
            <p>{t.codecast.noMatch}</p>
          ) : (
            <ol className="transcript-lines">
              {found.map((cue) => (
                <li key={`${cue.startMs}-${cue.text}`}>
                  <button
                    type="button"
                    className="link-button"
                    aria-current={cue.startMs <= timeMs && timeMs < cue.endMs ? 'true' : undefined}
                    onClick={() => onSeek(cue.startMs)}
                  >
                    <span className="cue-time">{formatClock(cue.startMs)}</span> {cue.text}
                  </button>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
