// The learner's earlier submissions of this exercise, newest first as the server sends them; fetched again
// whenever a new one is graded.
import { useEffect, useState } from 'react';
import type { PublicAttempt } from '../../contracts/public-attempt.ts';
import type { ApiClient } from '../api/api-client.ts';
import { fetchAttempts } from '../api/exercise-api.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

export interface AttemptHistoryProps {
  api: ApiClient;
  slug: string;
  /** Changes when a submission has been graded, so the list is fetched again. */
  refreshKey: number | undefined;
}

export function AttemptHistory({ api, slug, refreshKey }: AttemptHistoryProps) {
  const { t, formatDate, formatNumber } = useI18n();
  const [attempts, setAttempts] = useState<PublicAttempt[] | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refreshKey is the signal to fetch again, not an input.
  useEffect(() => {
    let cancelled = false;
    fetchAttempts(api, slug).then(
      (list) => !cancelled && setAttempts(list),
      () => !cancelled && setAttempts(null),
    );
    return () => {
      cancelled = true;
    };
  }, [api, slug, refreshKey]);

  if (!attempts) return null;
  return (
    <details className="attempt-history">
      <summary>
        {t.results.history} ({formatNumber(attempts.length)})
      </summary>
      {attempts.length === 0 ? (
        <p>{t.results.historyEmpty}</p>
      ) : (
        <ol>
          {attempts.map((attempt) => {
            const date = formatDate(attempt.createdAt);
            const line =
              attempt.status !== 'done'
                ? t.results.historyPending(date)
                : attempt.fault || attempt.score === undefined || attempt.maxScore === undefined
                  ? t.results.historyFault(date)
                  : t.results.historyItem(date, formatNumber(attempt.score), formatNumber(attempt.maxScore));
            return (
              <li key={attempt.id} className={attempt.result?.status}>
                {line}
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
