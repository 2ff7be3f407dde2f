// The playback controller inside React: made once the manifest (and the audio element, when the cast
// has narration) is there, driven by requestAnimationFrame, and turned into the little React state the
// page shows (the time, a few times a second; the teacher's file and last run; waiting; errors). The
// editor is not React state: updates go straight to `onEditorUpdate`, which replays them on Monaco.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Checkpoint } from '../../contracts/codecast.ts';
import type { CodecastChunk, EditorState, RecordedRun } from '../../contracts/codecast-chunk.ts';
import { createChunkStore } from './chunk-store.ts';
import type { LoadedManifest } from './codecast-api.ts';
import { createMediaClock, createTimerClock } from './playback-clock.ts';
import {
  createPlaybackController,
  type PlaybackController,
  type PlaybackUpdate,
} from './playback-controller.ts';

/** How often the page's time display is redrawn while playing. */
const displayStepMs = 100;

export interface PlaybackEvents {
  onEditorUpdate(update: PlaybackUpdate, state: EditorState): void;
  onCheckpoint(checkpoint: Checkpoint): void;
  onEnded(): void;
  /** The controller is ready, at time 0: the page may seek to where the learner left off. */
  onReady(controller: PlaybackController): void;
}

export type PlaybackView = {
  controller: PlaybackController | null;
  timeMs: number;
  activeFile: number;
  lastRun: RecordedRun | null;
  waiting: boolean;
  error: unknown;
  /** The narration could not be played: the cast runs on a timer, captions carry the explanation. */
  audioFailed: boolean;
  clearError(): void;
};

export function usePlayback(
  loaded: LoadedManifest,
  fetchChunk: (index: number) => Promise<CodecastChunk>,
  audio: HTMLAudioElement | null,
  events: PlaybackEvents,
): PlaybackView {
  const { manifest } = loaded;
  const [controller, setController] = useState<PlaybackController | null>(null);
  const [timeMs, setTimeMs] = useState(0);
  const [teacher, setTeacher] = useState<{ activeFile: number; lastRun: RecordedRun | null }>({
    activeFile: 0,
    lastRun: null,
  });
  const [waiting, setWaiting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [audioFailed, setAudioFailed] = useState(false);
  const latest = useRef({ events, fetchChunk });
  latest.current = { events, fetchChunk };
  const needsAudio = manifest.audio !== undefined && !audioFailed;

  useEffect(() => {
    if (!audio) return;
    const fail = () => setAudioFailed(true);
    audio.addEventListener('error', fail);
    return () => audio.removeEventListener('error', fail);
  }, [audio]);

  useEffect(() => {
    if (needsAudio && !audio) return;
    let cancelled = false;
    let made: PlaybackController | null = null;
    const now = () => performance.now();
    const clock =
      needsAudio && audio
        ? createMediaClock(audio, manifest.durationMs, now)
        : createTimerClock(manifest.durationMs, now);
    const sync = (state: EditorState) =>
      setTeacher((previous) =>
        previous.activeFile === state.activeFile && previous.lastRun === state.lastRun
          ? previous
          : { activeFile: state.activeFile, lastRun: state.lastRun },
      );
    const store = createChunkStore(
      manifest.chunks,
      manifest.files.length,
      (index) => latest.current.fetchChunk(index),
      (_index, failure) => failure !== undefined && !cancelled && setError(failure),
    );
    createPlaybackController({
      chunks: manifest.chunks,
      checkpoints: manifest.checkpoints,
      store,
      clock,
      schedule: (frame) => {
        const id = requestAnimationFrame(frame);
        return () => cancelAnimationFrame(id);
      },
      callbacks: {
        onUpdate(update, state) {
          latest.current.events.onEditorUpdate(update, state);
          sync(state);
        },
        onTime(t) {
          // While playing, a few redraws a second; a seek or a pause shows its exact time.
          const playing = made?.playing === true;
          setTimeMs((previous) =>
            playing && Math.floor(previous / displayStepMs) === Math.floor(t / displayStepMs) ? previous : t,
          );
        },
        onCheckpoint: (checkpoint) => latest.current.events.onCheckpoint(checkpoint),
        onEnded: () => latest.current.events.onEnded(),
        onWaiting: (value) => !cancelled && setWaiting(value),
        onError: (failure) => !cancelled && setError(failure),
      },
    }).then(
      (ready) => {
        if (cancelled) {
          ready.dispose();
          return;
        }
        made = ready;
        sync(ready.state);
        setController(ready);
        latest.current.events.onReady(ready);
        void store.prefetchAll(() => cancelled);
      },
      (failure: unknown) => !cancelled && setError(failure),
    );
    return () => {
      cancelled = true;
      made?.dispose();
      setController(null);
    };
  }, [manifest, audio, needsAudio]);

  const clearError = useCallback(() => setError(null), []);
  return { controller, timeMs, ...teacher, waiting, error, audioFailed, clearError };
}
