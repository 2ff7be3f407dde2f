// /embed/exercise/:slug — the exercise with minimal chrome (a language switch only), for an iframe in an
// LMS: bearer-token session (renewed when it expires), height and graded results posted to the host.
import { useEffect, useState } from 'react';
import { type ApiClient, createApiClient } from '../api/api-client.ts';
import { ExercisePage } from '../exercise/exercise-page.tsx';
import { useI18n } from '../i18n/i18n-context.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { obtainBearerToken, renewBearerToken } from './embed-session.ts';
import { reportHeight, tellHost } from './host-messages.ts';
import { createBearerSession, createRenewingFetch } from './renewing-fetch.ts';

export function EmbedExercisePage({ slug }: { slug: string }) {
  const { t } = useI18n();
  const [api, setApi] = useState<ApiClient | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    obtainBearerToken().then(
      // The hc client is a callable Proxy: passed bare, React would call it as a state updater.
      (token) =>
        setApi(() =>
          createApiClient({ fetch: createRenewingFetch(createBearerSession(token, renewBearerToken)) }),
        ),
      () => setFailed(true),
    );
    return reportHeight();
  }, []);

  return (
    <main className="embed">
      <div className="embed-bar">
        <LanguageSwitch />
      </div>
      {failed && <p role="alert">{t.loadFailed}</p>}
      {!failed && !api && <p role="status">{t.loading}</p>}
      {api && (
        <ExercisePage
          api={api}
          slug={slug}
          onGraded={(result, attemptId) =>
            tellHost({
              type: 'codecast:graded',
              exercise: slug,
              attemptId,
              status: result.status,
              score: result.score,
              maxScore: result.maxScore,
            })
          }
        />
      )}
    </main>
  );
}
