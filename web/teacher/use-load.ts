// Loading one thing for a teacher page: loading, failed (with the server's message), or ready. The
// answer of a page the teacher has already left is dropped.
import { useEffect, useState } from 'react';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'failed'; message: string; status: number | undefined }
  | { state: 'ready'; data: T };

/** `load` must be stable (useCallback): it is called again whenever it changes. */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setLoaded({ state: 'loading' });
    load().then(
      (data) => !cancelled && setLoaded({ state: 'ready', data }),
      (error: unknown) =>
        !cancelled &&
        setLoaded({
          state: 'failed',
          message: error instanceof Error ? error.message : String(error),
          status: typeof error === 'object' && error && 'status' in error ? Number(error.status) : undefined,
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [load]);
  return loaded;
}
