// The seekable timeline: a native range input (keyboard, touch and screen readers know it), its value
// spoken as "1:05 of 3:20, chapter: The loop", with the chapters and checkpoints drawn along it.
import type { Chapter, Checkpoint } from '../../contracts/codecast.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { chapterIndexAt } from './engine/timeline-queries.ts';
import { formatClock } from './format-clock.ts';

export interface TimelineSliderProps {
  timeMs: number;
  durationMs: number;
  chapters: readonly Chapter[];
  checkpoints: readonly Checkpoint[];
  onSeek(timeMs: number): void;
}

export function TimelineSlider({ timeMs, durationMs, chapters, checkpoints, onSeek }: TimelineSliderProps) {
  const { t, text } = useI18n();
  const chapter = chapters[chapterIndexAt(chapters, timeMs)];
  const at = (ms: number) => `${durationMs === 0 ? 0 : (ms / durationMs) * 100}%`;
  return (
    <div className="codecast-timeline">
      <input
        type="range"
        min={0}
        max={durationMs}
        // Exact times (a chapter at 26 459 ms is there, not at 26 500); the arrow keys are the player's.
        step={1}
        value={Math.min(timeMs, durationMs)}
        aria-label={t.codecast.timeline}
        aria-valuetext={t.codecast.timeValue(
          formatClock(timeMs),
          formatClock(durationMs),
          chapter ? text(chapter.title) : null,
        )}
        aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight"
        onChange={(event) => onSeek(Number(event.currentTarget.value))}
      />
      <div className="timeline-marks" aria-hidden="true">
        {chapters.map((c) => (
          <span key={`c${c.atMs}`} className="timeline-chapter" style={{ left: at(c.atMs) }} />
        ))}
        {checkpoints.map((c) => (
          <span key={`k${c.atMs}`} className="timeline-checkpoint" style={{ left: at(c.atMs) }} />
        ))}
      </div>
    </div>
  );
}
