// The playback (use-playback.ts) picking up where the learner left off and keeping their place: once the
// controller is ready it gets their passed checkpoints, the chosen speed and their time back, and from
// then on the time is written to their progress (use-learner-progress.ts) as they go.
import { type RefObject, useEffect, useRef } from 'react';
import type { CodecastChunk } from '../../contracts/codecast-chunk.ts';
import type { LoadedManifest } from './codecast-api.ts';
import type { SavedProgress } from './learner-copy.ts';
import { type PlaybackEvents, type PlaybackView, usePlayback } from './use-playback.ts';

/** The learner's place is written down this often while playing (and at every pause or seek). */
const saveEveryMs = 2_000;

export interface SavedPlace {
  /** The progress as last written (read when the controller is ready, which comes later). */
  saved: RefObject<SavedProgress>;
  update(change: (progress: SavedProgress) => SavedProgress): void;
  rate: number;
  playing: boolean;
}

export function useResumedPlayback(
  loaded: LoadedManifest,
  fetchChunk: (index: number) => Promise<CodecastChunk>,
  audio: HTMLAudioElement | null,
  events: Omit<PlaybackEvents, 'onReady'>,
  { saved, update, rate, playing }: SavedPlace,
): PlaybackView {
  const restored = useRef(false);
  const playback = usePlayback(loaded, fetchChunk, audio, {
    ...events,
    onReady(controller) {
      const progress = saved.current;
      controller.setPassed(progress.passedCheckpoints);
      controller.setRate(rate);
      const resume = progress.timeMs > 0 ? controller.seek(progress.timeMs) : Promise.resolve();
      void resume.then(() => {
        restored.current = true;
      });
    },
  });

  // Not before the place was restored, which would write 0 over it.
  useEffect(() => {
    if (!restored.current) return;
    const at = playback.timeMs;
    update((p) =>
      at !== p.timeMs && (!playing || Math.abs(at - p.timeMs) >= saveEveryMs) ? { ...p, timeMs: at } : p,
    );
  }, [playback.timeMs, playing, update]);

  return playback;
}
