// /codecast — the codecasts the learner may watch, with their length, languages and exercise.
import { useEffect, useState } from 'react';
import type { CodecastSummary } from '../../contracts/codecast-api.ts';
import type { ApiClient } from '../api/api-client.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { fetchCodecasts } from './codecast-api.ts';
import { codecastPaths } from './codecast-paths.ts';
import { formatClock } from './format-clock.ts';

export function CodecastListPage({ api }: { api: ApiClient }) {
  const { t, text } = useI18n();
  const [list, setList] = useState<CodecastSummary[] | 'loading' | 'failed'>('loading');

  useEffect(() => {
    document.title = `${t.codecast.listTitle} — ${t.appName}`;
  }, [t]);
  useEffect(() => {
    let cancelled = false;
    fetchCodecasts(api).then(
      (codecasts) => !cancelled && setList(codecasts),
      () => !cancelled && setList('failed'),
    );
    return () => {
      cancelled = true;
    };
  }, [api]);

  return (
    <section aria-labelledby="codecast-list-title">
      <h1 id="codecast-list-title">{t.codecast.listTitle}</h1>
      {list === 'loading' && <p role="status">{t.loading}</p>}
      {list === 'failed' && <p role="alert">{t.loadFailed}</p>}
      {Array.isArray(list) && list.length === 0 && <p>{t.codecast.listEmpty}</p>}
      {Array.isArray(list) && list.length > 0 && (
        <ul className="codecast-list">
          {list.map((codecast) => (
            <li key={codecast.id}>
              <a href={codecastPaths.watch(codecast.id)}>{text(codecast.title)}</a>{' '}
              <span className="codecast-meta">
                {t.codecast.listItem(
                  formatClock(codecast.durationMs),
                  codecast.captions.map((locale) => t.codecast.languageName[locale]).join(', '),
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
