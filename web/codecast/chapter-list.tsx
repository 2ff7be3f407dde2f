// The chapters and checkpoints as buttons that seek there; the current chapter is marked for screen
// readers (aria-current) and by sight, checkpoints already passed say so.
import type { Chapter, Checkpoint } from '../../contracts/codecast.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { chapterIndexAt } from './engine/timeline-queries.ts';
import { formatClock } from './format-clock.ts';

export interface ChapterListProps {
  timeMs: number;
  chapters: readonly Chapter[];
  checkpoints: readonly Checkpoint[];
  passedCheckpoints: readonly number[];
  onSeek(timeMs: number): void;
}

export function ChapterList({ timeMs, chapters, checkpoints, passedCheckpoints, onSeek }: ChapterListProps) {
  const { t, text } = useI18n();
  const current = chapterIndexAt(chapters, timeMs);
  return (
    <nav className="codecast-chapters" aria-labelledby="codecast-chapters-title">
      <h2 id="codecast-chapters-title">{t.codecast.chapters}</h2>
      {chapters.length === 0 ? (
        <p>{t.codecast.noChapters}</p>
      ) : (
        <ol>
          {chapters.map((chapter, index) => (
            <li key={chapter.atMs}>
              <button
                type="button"
                className="link-button"
                aria-current={index === current ? 'true' : undefined}
                onClick={() => onSeek(chapter.atMs)}
              >
                <span className="cue-time">{formatClock(chapter.atMs)}</span> {text(chapter.title)}
              </button>
            </li>
          ))}
        </ol>
      )}
      {checkpoints.length > 0 && (
        <>
          <h3>{t.codecast.checkpoints}</h3>
          <ul>
            {checkpoints.map((checkpoint) => (
              <li key={checkpoint.atMs}>
                <button type="button" className="link-button" onClick={() => onSeek(checkpoint.atMs)}>
                  <span className="cue-time">{formatClock(checkpoint.atMs)}</span> {text(checkpoint.prompt)}
                </button>
                {passedCheckpoints.includes(checkpoint.atMs) && (
                  <span className="checkpoint-passed"> — {t.codecast.checkpointDone}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
