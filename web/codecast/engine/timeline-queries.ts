// What the player asks of the timeline while playing: which annotations show, which chapter it is in,
// whether a checkpoint lies ahead. Lists are short (tens of items), so these scan them.
import type { Annotation, Chapter, Checkpoint } from '../../../contracts/codecast.ts';

/** Annotations showing at `timeMs` (`startMs <= timeMs < endMs`), in manifest order. */
export function activeAnnotations(annotations: readonly Annotation[], timeMs: number): Annotation[] {
  return annotations.filter((annotation) => annotation.startMs <= timeMs && timeMs < annotation.endMs);
}

/** Index of the chapter playing at `timeMs` (the last one starting at or before it), or -1 before the first. */
export function chapterIndexAt(chapters: readonly Chapter[], timeMs: number): number {
  return chapters.findLastIndex((chapter) => chapter.atMs <= timeMs);
}

/**
 * The first checkpoint strictly after `timeMs`. Strictly: once the learner has passed the checkpoint
 * the player stopped at, resuming from its time must not find it again.
 */
export function nextCheckpointAfter(
  checkpoints: readonly Checkpoint[],
  timeMs: number,
): Checkpoint | undefined {
  return checkpoints.find((checkpoint) => checkpoint.atMs > timeMs);
}

/** The first checkpoint a move from `fromMs` to `toMs` crosses (`fromMs < atMs <= toMs`): play stops there. */
export function checkpointCrossed(
  checkpoints: readonly Checkpoint[],
  fromMs: number,
  toMs: number,
): Checkpoint | undefined {
  const next = nextCheckpointAfter(checkpoints, fromMs);
  return next && next.atMs <= toMs ? next : undefined;
}
