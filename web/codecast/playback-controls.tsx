// The bar under the editor that drives the cast: play or pause (replay at the end), five seconds back or
// forward, the clock, the timeline, the speed and the captions' language. Each control writes its key in
// aria-keyshortcuts; the keys themselves are handled once, for the whole player (use-player-commands.ts).
import type { Ref } from 'react';
import type { CodecastManifest } from '../../contracts/codecast.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { formatClock } from './format-clock.ts';
import { type PlayerCommand, playbackRates } from './player-keys.ts';
import { TimelineSlider } from './timeline-slider.tsx';
import type { CaptionChoice } from './use-player-captions.ts';

export interface PlaybackControlsProps {
  manifest: CodecastManifest;
  /** The controller is made (until then only the menus work). */
  ready: boolean;
  playing: boolean;
  ended: boolean;
  /** A checkpoint's exercise is open: it, not the play button, lets the cast go on. */
  atCheckpoint: boolean;
  playButtonRef: Ref<HTMLButtonElement>;
  onPlay(): void;
  onPause(): void;
  onCommand(command: PlayerCommand): void;
  timeMs: number;
  onSeek(timeMs: number): void;
  rate: number;
  onRate(rate: number): void;
  captions: CaptionChoice;
  onCaptions(choice: CaptionChoice): void;
}

export function PlaybackControls({
  manifest,
  ready,
  playing,
  ended,
  atCheckpoint,
  playButtonRef,
  onPlay,
  onPause,
  onCommand,
  timeMs,
  onSeek,
  rate,
  onRate,
  captions,
  onCaptions,
}: PlaybackControlsProps) {
  const { t } = useI18n();
  return (
    <div className="codecast-controls">
      <button
        type="button"
        ref={playButtonRef}
        className="primary play-button"
        onClick={() => (playing ? onPause() : onPlay())}
        disabled={!ready || atCheckpoint}
        aria-keyshortcuts="Space K"
      >
        {playing ? t.codecast.pause : ended ? t.codecast.replay : t.codecast.play}
      </button>
      <button type="button" onClick={() => onCommand('back')} disabled={!ready} aria-keyshortcuts="ArrowLeft">
        {t.codecast.back}
      </button>
      <button
        type="button"
        onClick={() => onCommand('forward')}
        disabled={!ready}
        aria-keyshortcuts="ArrowRight"
      >
        {t.codecast.forward}
      </button>
      <span className="codecast-time">
        {formatClock(timeMs)} / {formatClock(manifest.durationMs)}
      </span>
      <TimelineSlider
        timeMs={timeMs}
        durationMs={manifest.durationMs}
        chapters={manifest.chapters}
        checkpoints={manifest.checkpoints}
        onSeek={onSeek}
      />
      <label className="codecast-select">
        {t.codecast.speed}{' '}
        <select value={rate} onChange={(event) => onRate(Number(event.target.value))} aria-keyshortcuts="< >">
          {playbackRates.map((r) => (
            <option key={r} value={r}>
              {t.codecast.rate(r)}
            </option>
          ))}
        </select>
      </label>
      <label className="codecast-select">
        {t.codecast.captions}{' '}
        <select
          value={captions}
          aria-keyshortcuts="C"
          onChange={(event) => onCaptions(event.target.value as CaptionChoice)}
        >
          <option value="off">{t.codecast.captionsOff}</option>
          {manifest.captions.map((track) => (
            <option key={track.locale} value={track.locale}>
              {t.codecast.languageName[track.locale]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
