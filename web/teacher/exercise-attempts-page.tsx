// /teacher/exercise/:slug — every attempt at an exercise, newest first, a page at a time ("show older"
// asks the server for the attempts before the last one shown), each opening on its code and result.
import { useCallback, useEffect, useState } from 'react';
import type { TeacherAttempt } from '../../contracts/teacher-views.ts';
import type { ApiClient } from '../api/api-client.ts';
import { fetchExercise } from '../api/exercise-api.ts';
import { fetchExerciseAttempts } from '../api/teacher-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { AttemptDetails } from './attempt-details.tsx';
import { LoadStatus } from './load-status.tsx';
import { useLoad } from './use-load.ts';

const pageSize = 50;

export function ExerciseAttemptsPage({ api, slug }: { api: ApiClient; slug: string }) {
  const { t, text } = useI18n();
  const loaded = useLoad(
    useCallback(
      () => Promise.all([fetchExercise(api, slug), fetchExerciseAttempts(api, slug, { limit: pageSize })]),
      [api, slug],
    ),
  );
  const [older, setOlder] = useState<TeacherAttempt[]>([]);
  const [more, setMore] = useState<'unknown' | 'loading' | 'none' | 'failed'>('unknown');

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new exercise starts a new list.
  useEffect(() => {
    setOlder([]);
    setMore('unknown');
  }, [slug]);

  useEffect(() => {
    if (loaded.state === 'ready') {
      document.title = `${t.teacher.attemptsTitle(text(loaded.data[0].title))} — ${t.appName}`;
    }
  }, [loaded, t, text]);

  return (
    <LoadStatus loaded={loaded}>
      {([exercise, first]) => {
        const attempts = [...first, ...older];
        const last = attempts.at(-1);
        const maybeMore = first.length === pageSize && more !== 'none';
        const showOlder = () => {
          if (!last) return;
          setMore('loading');
          fetchExerciseAttempts(api, slug, { before: last.id, limit: pageSize }).then(
            (page) => {
              setOlder((shown) => [...shown, ...page]);
              setMore(page.length < pageSize ? 'none' : 'unknown');
            },
            () => setMore('failed'),
          );
        };
        return (
          <div className="exercise-attempts">
            <h1>{t.teacher.attemptsTitle(text(exercise.title))}</h1>
            {attempts.length === 0 ? (
              <p>{t.teacher.noAttempts}</p>
            ) : (
              <ol className="teacher-attempts">
                {attempts.map((attempt) => (
                  <li key={attempt.id}>
                    <AttemptDetails attempt={attempt} />
                  </li>
                ))}
              </ol>
            )}
            {maybeMore && (
              <button type="button" onClick={showOlder} disabled={more === 'loading'}>
                {t.teacher.olderAttempts}
              </button>
            )}
            {more === 'none' && <p role="status">{t.teacher.noOlderAttempts}</p>}
            {more === 'failed' && <p role="alert">{t.loadFailed}</p>}
          </div>
        );
      }}
    </LoadStatus>
  );
}
