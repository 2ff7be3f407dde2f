// /embed/codecast/:id — the player with minimal chrome (a language switch only), for an iframe in an
// LMS, with the embedded exercise page's bearer session, height and graded checkpoints posted to the host.
import { useEffect, useState } from 'react';
import { type ApiClient, createApiClient } from '../api/api-client.ts';
import { obtainBearerToken, renewBearerToken } from '../embed/embed-session.ts';
import { reportHeight, tellHost } from '../embed/host-messages.ts';
import { createBearerSession, createRenewingFetch } from '../embed/renewing-fetch.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { CodecastPage } from './codecast-page.tsx';

export function EmbedCodecastPage({ id }: { id: string }) {
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
        <CodecastPage
          api={api}
          id={id}
          onGraded={(result, attemptId, exercise) =>
            tellHost({
              type: 'codecast:graded',
              exercise,
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
