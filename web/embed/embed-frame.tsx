// The chrome every embedded page shares (a language switch only), and what it needs before its content can
// load: a bearer-token session (cookies may be withheld in a third-party iframe), renewed when it expires,
// and the page's height posted to the host whenever it changes. The content gets the API client.
import { type ReactNode, useEffect, useState } from 'react';
import type { GradeResult } from '../../contracts/grade-result.ts';
import { type ApiClient, createApiClient } from '../api/api-client.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { LanguageSwitch } from '../i18n/language-switch.tsx';
import { obtainBearerToken, renewBearerToken } from './embed-session.ts';
import { reportHeight, tellHost } from './host-messages.ts';
import { createBearerSession, createRenewingFetch } from './renewing-fetch.ts';

export function EmbedFrame({ children }: { children: (api: ApiClient) => ReactNode }) {
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
      {api && children(api)}
    </main>
  );
}

/** Tells the host page about a graded submission (the documented `codecast:graded` message). */
export function tellHostGraded(exercise: string, attemptId: number, result: GradeResult): void {
  tellHost({
    type: 'codecast:graded',
    exercise,
    attemptId,
    status: result.status,
    score: result.score,
    maxScore: result.maxScore,
  });
}
