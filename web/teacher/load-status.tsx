// What a teacher page shows while its data loads, or when it could not be loaded.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { Loaded } from './use-load.ts';

export function LoadStatus<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (loaded.state === 'loading') return <p role="status">{t.loading}</p>;
  if (loaded.state === 'failed') {
    return (
      <div role="alert">
        <p>{t.loadFailed}</p>
        <p>{loaded.message}</p>
      </div>
    );
  }
  return <>{children(loaded.data)}</>;
}
