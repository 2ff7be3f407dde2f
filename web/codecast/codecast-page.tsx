// /codecast/:id — loads the manifest (and the version the server holds it under), then the player.
import { useCallback, useEffect, useState } from 'react';
import type { GradeResult } from '../../contracts/grade-result.ts';
import { type ApiClient, ApiRequestError } from '../api/api-client.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { fetchManifest, type LoadedManifest } from './codecast-api.ts';
import { CodecastPlayer } from './codecast-player.tsx';

type Load =
  | { state: 'loading' }
  | { state: 'failed'; notFound: boolean; message: string }
  | { state: 'ready'; loaded: LoadedManifest };

export interface CodecastPageProps {
  api: ApiClient;
  id: string;
  onGraded?(result: GradeResult, attemptId: number, exercise: string): void;
}

export function CodecastPage({ api, id, onGraded }: CodecastPageProps) {
  const { t } = useI18n();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  const loadManifest = useCallback(() => {
    let cancelled = false;
    setLoad({ state: 'loading' });
    fetchManifest(api, id).then(
      (loaded) => !cancelled && setLoad({ state: 'ready', loaded }),
      (error: unknown) =>
        !cancelled &&
        setLoad({
          state: 'failed',
          notFound: error instanceof ApiRequestError && error.status === 404,
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, id]);
  useEffect(loadManifest, [loadManifest]);

  if (load.state === 'loading') return <p role="status">{t.loading}</p>;
  if (load.state === 'failed')
    return (
      <div role="alert">
        <p>{load.notFound ? t.codecast.notFound : t.codecast.loadFailed}</p>
        {!load.notFound && (
          <>
            <p>{load.message}</p>
            <button type="button" onClick={loadManifest}>
              {t.retry}
            </button>
          </>
        )}
      </div>
    );
  return <CodecastPlayer api={api} id={id} loaded={load.loaded} {...(onGraded ? { onGraded } : {})} />;
}
