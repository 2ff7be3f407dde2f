// Moving chapters, annotations and checkpoints along when a range is cut out or the cast truncated,
// so the timeline still points at the same moments of the remaining recording.
import type { CodecastTimeline } from '../../../contracts/codecast.ts';

/**
 * After cutting `[fromMs, toMs)`: later items move back by the range's length; an annotation spanning
 * the cut shrinks; checkpoints inside it go (what they checked was cut); of the chapters starting
 * inside it, the last one starts at `fromMs` instead, since the rest of it is still there.
 */
export function cutTimeline(timeline: CodecastTimeline, fromMs: number, toMs: number): CodecastTimeline {
  const removed = toMs - fromMs;
  const map = (t: number) => (t <= fromMs ? t : t < toMs ? fromMs : t - removed);
  const chapters = timeline.chapters
    .map((chapter) => ({ ...chapter, atMs: map(chapter.atMs) }))
    .filter((chapter, i, all) => all[i + 1]?.atMs !== chapter.atMs);
  const annotations = timeline.annotations
    .map((annotation) => ({ ...annotation, startMs: map(annotation.startMs), endMs: map(annotation.endMs) }))
    .filter((annotation) => annotation.endMs > annotation.startMs);
  const checkpoints = timeline.checkpoints
    .filter((checkpoint) => checkpoint.atMs <= fromMs || checkpoint.atMs >= toMs)
    .map((checkpoint) => ({ ...checkpoint, atMs: map(checkpoint.atMs) }))
    .filter((checkpoint, i, all) => all[i - 1]?.atMs !== checkpoint.atMs);
  return { chapters, annotations, checkpoints };
}

/** After truncating at `atMs`: what starts later goes, annotations running past it end there. */
export function truncateTimeline(timeline: CodecastTimeline, atMs: number): CodecastTimeline {
  return {
    chapters: timeline.chapters.filter((chapter) => chapter.atMs <= atMs),
    annotations: timeline.annotations
      .map((annotation) => ({ ...annotation, endMs: Math.min(annotation.endMs, atMs) }))
      .filter((annotation) => annotation.endMs > annotation.startMs),
    checkpoints: timeline.checkpoints.filter((checkpoint) => checkpoint.atMs <= atMs),
  };
}
