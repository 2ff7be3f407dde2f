// The captions of one language, fetched once (or read from the manifest when inlined) and parsed; each
// language is kept once loaded, so switching back is instant.
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../contracts/localized-text.ts';
import type { ApiClient } from '../api/api-client.ts';
import { fetchCaptions, type LoadedManifest } from './codecast-api.ts';
import { type Cue, parseWebVtt } from './webvtt.ts';

export type CaptionsLoad =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; cues: Cue[] };

export function useCaptions(
  api: ApiClient,
  id: string,
  loaded: LoadedManifest,
  locale: Locale | null,
): CaptionsLoad {
  const cache = useRef(new Map<Locale, Cue[]>());
  const [load, setLoad] = useState<CaptionsLoad>({ state: 'none' });

  useEffect(() => {
    if (locale === null) {
      setLoad({ state: 'none' });
      return;
    }
    const cached = cache.current.get(locale);
    if (cached) {
      setLoad({ state: 'ready', cues: cached });
      return;
    }
    let cancelled = false;
    setLoad({ state: 'loading' });
    fetchCaptions(api, id, loaded, locale).then(
      (vtt) => {
        // A track with problems still shows the cues that could be read; `exo check` reports the rest.
        const { cues } = parseWebVtt(vtt);
        cache.current.set(locale, cues);
        if (!cancelled) setLoad({ state: 'ready', cues });
      },
      () => !cancelled && setLoad({ state: 'failed' }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, id, loaded, locale]);

  return load;
}
