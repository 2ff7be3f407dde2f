import { describe, expect, it } from 'vitest';
import { replayRecording } from '../engine/recording.ts';
import { syntheticRecording } from '../engine/synthetic-recording.ts';
import { parseWebVtt } from '../webvtt.ts';
import { addChapter, addCheckpoint, cutTake, lineAt, removeItem, type Take, truncateTake } from './take.ts';

const recording = syntheticRecording(60_000, 4);
const take: Take = {
  meta: {
    id: 'demo',
    title: { en: 'Demo', fr: 'Démo' },
    language: 'en',
    exercise: 'sum-of-array',
    files: [{ name: 'main.js', language: 'javascript' }],
  },
  recording,
  timeline: {
    chapters: [
      { atMs: 0, title: { en: 'Start', fr: 'Début' } },
      { atMs: 40_000, title: { en: 'Later', fr: 'Plus tard' } },
    ],
    annotations: [{ kind: 'bubble', startMs: 45_000, endMs: 50_000, text: { en: 'Look', fr: 'Regardez' } }],
    checkpoints: [{ atMs: 30_000, exercise: 'sum-of-array', prompt: { en: 'Go', fr: 'Allez' } }],
  },
  captions: {
    en: 'WEBVTT\n\n00:41.000 --> 00:43.000\nLater on\n',
    fr: 'WEBVTT\n\n00:41.000 --> 00:43.000\nPlus tard\n',
  },
  audio: [{ blob: 'demo/1', mimeType: 'audio/webm', atMs: 0, fromMs: 0, durationMs: 60_000 }],
};

describe('editing a take', () => {
  it('cuts a range out of the recording, the timeline, the captions and the narration alike', () => {
    const cut = cutTake(take, 20_000, 35_000);
    expect(cut.recording.durationMs).toBe(45_000);
    expect(replayRecording(cut.recording, 30_000)).toEqual(replayRecording(recording, 45_000));
    expect(cut.timeline.chapters.map((c) => c.atMs)).toEqual([0, 25_000]);
    expect(cut.timeline.checkpoints).toEqual([]);
    expect(cut.timeline.annotations[0]).toMatchObject({ startMs: 30_000, endMs: 35_000 });
    expect(parseWebVtt(cut.captions.fr).cues[0]).toMatchObject({ startMs: 26_000, endMs: 28_000 });
    expect(cut.audio.map(({ atMs, fromMs, durationMs }) => [atMs, fromMs, durationMs])).toEqual([
      [0, 0, 20_000],
      [20_000, 35_000, 25_000],
    ]);
  });

  it('truncates everything at the point the teacher records again from', () => {
    const short = truncateTake(take, 42_000);
    expect(short.recording.durationMs).toBe(42_000);
    expect(replayRecording(short.recording, 42_000)).toEqual(replayRecording(recording, 42_000));
    expect(short.timeline.annotations).toEqual([]);
    expect(parseWebVtt(short.captions.en).cues[0]).toMatchObject({ startMs: 41_000, endMs: 42_000 });
    expect(short.audio[0]?.durationMs).toBe(42_000);
  });

  it('keeps chapters and checkpoints in time order, one per moment', () => {
    let timeline = addChapter(take.timeline, { atMs: 10_000, title: { en: 'Mid', fr: 'Milieu' } });
    timeline = addChapter(timeline, { atMs: 40_000, title: { en: 'Again', fr: 'Encore' } });
    expect(timeline.chapters.map((c) => [c.atMs, c.title.en])).toEqual([
      [0, 'Start'],
      [10_000, 'Mid'],
      [40_000, 'Again'],
    ]);
    timeline = addCheckpoint(timeline, {
      atMs: 5_000,
      exercise: 'is-even',
      prompt: { en: 'Try', fr: 'Essayez' },
    });
    expect(timeline.checkpoints.map((c) => c.atMs)).toEqual([5_000, 30_000]);
    expect(removeItem(timeline, 'chapters', 1).chapters.map((c) => c.atMs)).toEqual([0, 40_000]);
  });

  it('finds the line of an offset', () => {
    expect(lineAt('a\nbc\n\nd', 0)).toBe(1);
    expect(lineAt('a\nbc\n\nd', 2)).toBe(2);
    expect(lineAt('a\nbc\n\nd', 6)).toBe(4);
    expect(lineAt('a', 99)).toBe(1);
  });
});
