// The player's commands (player-keys.ts) turned into what they do, for its keys and for the buttons that
// share them (back, forward). Kept apart from the player so the keyboard's rules live in one place: which
// listener sees a key first, and when the player's Run gives way to a checkpoint's.
import { type RefObject, useCallback, useEffect } from 'react';
import type { Chapter } from '../../contracts/codecast.ts';
import { chapterIndexAt } from './engine/timeline-queries.ts';
import type { PlaybackController } from './playback-controller.ts';
import { commandForKey, keyTargetOf, nextRate, type PlayerCommand, seekStepMs } from './player-keys.ts';
import type { TakeOverState } from './take-over.ts';

export interface PlayerCommandsOptions {
  /** The take-over as of the last change, read when a key comes (the listeners are not remade for it). */
  latest: RefObject<TakeOverState>;
  controller: PlaybackController | null;
  chapters: readonly Chapter[];
  rate: number;
  /** Escape in the editor resumes and moves focus here, so the player's own keys work again. */
  playButton: RefObject<HTMLButtonElement | null>;
  play(): Promise<void>;
  pause(): void;
  seek(timeMs: number): void;
  changeRate(rate: number): void;
  showTeacherCode(): void;
  showMyCode(): void;
  compare(): void;
  toggleCaptions(): void;
  runCode(): void;
}

/** Listens to the document's keys while mounted; returns the command runner for the player's buttons. */
export function usePlayerCommands({
  latest,
  controller,
  chapters,
  rate,
  playButton,
  play,
  pause,
  seek,
  changeRate,
  showTeacherCode,
  showMyCode,
  compare,
  toggleCaptions,
  runCode,
}: PlayerCommandsOptions): (command: PlayerCommand) => void {
  const act = useCallback(
    (command: PlayerCommand) => {
      const now = latest.current;
      const at = controller?.timeMs ?? 0;
      switch (command) {
        case 'toggle-play':
          if (now.playing) pause();
          else void play();
          return;
        case 'resume':
          playButton.current?.focus();
          void play();
          return;
        case 'back':
          return seek(at - seekStepMs);
        case 'forward':
          return seek(at + seekStepMs);
        case 'previous-chapter': {
          const index = chapterIndexAt(chapters, at);
          const start = chapters[index]?.atMs ?? 0;
          // Within two seconds of a chapter's start, back means the chapter before.
          return seek(at - start > 2_000 ? start : (chapters[index - 1]?.atMs ?? 0));
        }
        case 'next-chapter': {
          const next = chapters.find((chapter) => chapter.atMs > at);
          return next ? seek(next.atMs) : undefined;
        }
        case 'slower':
          return changeRate(nextRate(rate, false));
        case 'faster':
          return changeRate(nextRate(rate, true));
        case 'show-teacher':
          return showTeacherCode();
        case 'show-mine':
          return showMyCode();
        case 'compare':
          return compare();
        case 'captions':
          return toggleCaptions();
        case 'run':
          return runCode();
      }
    },
    [
      latest,
      controller,
      chapters,
      playButton,
      pause,
      play,
      seek,
      changeRate,
      rate,
      showTeacherCode,
      showMyCode,
      compare,
      toggleCaptions,
      runCode,
    ],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandForKey(
        event,
        keyTargetOf(event.target instanceof Element ? event.target : null),
      );
      if (!command || command === 'run') return;
      event.preventDefault();
      act(command);
    };
    // Ctrl/Cmd+Enter is also Monaco's (insert a line below): taken before it, as the exercise page does.
    // A checkpoint's exercise has its own Run: the player's stands aside then.
    const onRunKey = (event: KeyboardEvent) => {
      if (latest.current.checkpointMs !== null) return;
      if (commandForKey(event, 'editor') !== 'run') return;
      event.preventDefault();
      event.stopPropagation();
      act('run');
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('keydown', onRunKey, { capture: true });
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('keydown', onRunKey, { capture: true });
    };
  }, [act, latest]);

  return act;
}
