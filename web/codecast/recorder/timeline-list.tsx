// What the take's timeline holds, in time order per kind, each with a button to go there and one to
// remove it.
import type { CodecastTimeline } from '../../../contracts/codecast.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { formatClock } from '../format-clock.ts';
import { removeItem, type TimelineItem } from './take.ts';

export interface TimelineListProps {
  timeline: CodecastTimeline;
  onChange(timeline: CodecastTimeline): void;
  onGo(timeMs: number): void;
}

export function TimelineList({ timeline, onChange, onGo }: TimelineListProps) {
  const { t, text } = useI18n();
  const r = t.codecast.recorder;
  const rows: { list: TimelineItem; index: number; atMs: number; label: string }[] = [
    ...timeline.chapters.map((c, index) => ({
      list: 'chapters' as const,
      index,
      atMs: c.atMs,
      label: `${r.kinds.chapter}: ${text(c.title)}`,
    })),
    ...timeline.annotations.map((a, index) => ({
      list: 'annotations' as const,
      index,
      atMs: a.startMs,
      label: `${r.kinds[a.kind]} (${formatClock(a.startMs)}–${formatClock(a.endMs)}): ${a.text ? text(a.text) : ''}`,
    })),
    ...timeline.checkpoints.map((c, index) => ({
      list: 'checkpoints' as const,
      index,
      atMs: c.atMs,
      label: `${r.kinds.checkpoint} (${c.exercise}): ${text(c.prompt)}`,
    })),
  ].sort((a, b) => a.atMs - b.atMs);
  return (
    <section className="timeline-list" aria-labelledby="timeline-list-title">
      <h3 id="timeline-list-title">{r.timelineTitle}</h3>
      {rows.length === 0 ? (
        <p>{r.timelineEmpty}</p>
      ) : (
        <ul>
          {rows.map((row) => (
            <li key={`${row.list}${row.index}`}>
              <button type="button" className="link-button" onClick={() => onGo(row.atMs)}>
                {formatClock(row.atMs)}
              </button>{' '}
              {row.label}{' '}
              <button type="button" onClick={() => onChange(removeItem(timeline, row.list, row.index))}>
                {r.remove}
                <span className="visually-hidden"> {row.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
