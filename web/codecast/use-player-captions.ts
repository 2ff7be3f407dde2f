// Which captions the player shows and what they say now: the learner's choice (a language or off, from
// the menu or the C key, which brings back the last language chosen), the cues under the editor, and the
// transcript's track, which stays in a language even when the captions are off.
import { useCallback, useRef, useState } from 'react';
import type { Locale } from '../../contracts/localized-text.ts';
import type { ApiClient } from '../api/api-client.ts';
import type { LoadedManifest } from './codecast-api.ts';
import { useCaptions } from './use-captions.ts';
import { type Cue, cuesAt } from './webvtt.ts';

export type CaptionChoice = Locale | 'off';

export function usePlayerCaptions(
  api: ApiClient,
  id: string,
  loaded: LoadedManifest,
  locale: Locale,
  timeMs: number,
) {
  const { manifest } = loaded;
  const [choice, setChoice] = useState<CaptionChoice>(() => defaultCaptions(manifest, locale));
  const lastCaptions = useRef<Locale>(choice === 'off' ? locale : choice);

  const choose = useCallback((next: CaptionChoice) => {
    if (next !== 'off') lastCaptions.current = next;
    setChoice(next);
  }, []);

  const toggle = useCallback(() => setChoice((now) => (now === 'off' ? lastCaptions.current : 'off')), []);

  const captionLocale = choice === 'off' ? null : choice;
  const transcriptLocale =
    captionLocale ??
    manifest.captions.find((c) => c.locale === locale)?.locale ??
    manifest.captions[0]?.locale ??
    null;
  const captions = useCaptions(api, id, loaded, captionLocale);
  const transcript = useCaptions(api, id, loaded, transcriptLocale);
  const text =
    captions.state === 'ready'
      ? cuesAt(captions.cues, timeMs)
          .map((cue) => cue.text)
          .join('\n')
      : '';
  const transcriptCues: Cue[] | null = transcript.state === 'ready' ? transcript.cues : null;

  return { choice, choose, toggle, text, transcriptCues };
}

/** Captions on by default (they carry the explanation when there is no voice), in the learner's language if the cast has it. */
function defaultCaptions(manifest: LoadedManifest['manifest'], locale: Locale): CaptionChoice {
  if (manifest.captions.some((track) => track.locale === locale)) return locale;
  return manifest.captions[0]?.locale ?? 'off';
}
