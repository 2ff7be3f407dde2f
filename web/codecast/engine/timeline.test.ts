import { describe, expect, it } from 'vitest';
import type { CodecastTimeline } from '../../../contracts/codecast.ts';
import { cutTimeline, truncateTimeline } from './edit-timeline.ts';
import {
  activeAnnotations,
  chapterIndexAt,
  checkpointCrossed,
  nextCheckpointAfter,
} from './timeline-queries.ts';

const text = (en: string) => ({ en, fr: `${en} (fr)` });
const timeline: CodecastTimeline = {
  chapters: [
    { atMs: 0, title: text('Intro') },
    { atMs: 10_000, title: text('Loop') },
    { atMs: 12_000, title: text('Sum') },
    { atMs: 30_000, title: text('Run') },
  ],
  annotations: [
    { kind: 'bubble', startMs: 1_000, endMs: 5_000, text: text('Hello') },
    { kind: 'highlight', startMs: 8_000, endMs: 20_000, file: 0, fromLine: 2, toLine: 4 },
    { kind: 'bubble', startMs: 11_000, endMs: 13_000, text: text('Inside') },
  ],
  checkpoints: [
    { atMs: 9_000, exercise: 'sum-of-array', prompt: text('Write it') },
    { atMs: 15_000, exercise: 'is-even', prompt: text('Inside') },
    { atMs: 25_000, exercise: 'max-of-array', prompt: text('Later') },
  ],
};

describe('timeline queries', () => {
  it('shows the annotations whose span holds the time, end excluded', () => {
    expect(activeAnnotations(timeline.annotations, 4_999)).toHaveLength(1);
    expect(activeAnnotations(timeline.annotations, 5_000)).toHaveLength(0);
    expect(activeAnnotations(timeline.annotations, 12_000).map((a) => a.startMs)).toEqual([8_000, 11_000]);
  });

  it('names the chapter playing', () => {
    expect(chapterIndexAt(timeline.chapters, 11_999)).toBe(1);
    expect(chapterIndexAt(timeline.chapters, 12_000)).toBe(2);
    expect(chapterIndexAt([], 5)).toBe(-1);
  });

  it('finds the next checkpoint strictly after a time, and the one a move crosses', () => {
    expect(nextCheckpointAfter(timeline.checkpoints, 9_000)?.atMs).toBe(15_000);
    expect(nextCheckpointAfter(timeline.checkpoints, 30_000)).toBeUndefined();
    expect(checkpointCrossed(timeline.checkpoints, 8_000, 9_000)?.exercise).toBe('sum-of-array');
    expect(checkpointCrossed(timeline.checkpoints, 9_000, 14_999)).toBeUndefined();
  });
});

describe('editing the timeline with the recording', () => {
  it('moves later items back, shrinks spanning annotations and keeps the chapter still in effect', () => {
    const cut = cutTimeline(timeline, 10_000, 20_000);
    expect(cut.chapters.map((c) => [c.atMs, c.title.en])).toEqual([
      [0, 'Intro'],
      [10_000, 'Sum'],
      [20_000, 'Run'],
    ]);
    expect(cut.annotations.map((a) => [a.startMs, a.endMs])).toEqual([
      [1_000, 5_000],
      [8_000, 10_000],
    ]);
    expect(cut.checkpoints.map((c) => c.atMs)).toEqual([9_000, 15_000]);
    expect(cut.checkpoints.map((c) => c.exercise)).toEqual(['sum-of-array', 'max-of-array']);
  });

  it('drops what starts after a truncation and ends annotations there', () => {
    const truncated = truncateTimeline(timeline, 12_000);
    expect(truncated.chapters).toHaveLength(3);
    expect(truncated.annotations.map((a) => [a.startMs, a.endMs])).toEqual([
      [1_000, 5_000],
      [8_000, 12_000],
      [11_000, 12_000],
    ]);
    expect(truncated.checkpoints.map((c) => c.atMs)).toEqual([9_000]);
  });
});
