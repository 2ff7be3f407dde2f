import { describe, expect, it } from 'vitest';
import {
  type AudioSegment,
  audioEndMs,
  cutAudio,
  mixSegments,
  truncateAudio,
  wholeBlob,
} from './audio-edit-list.ts';

const take: AudioSegment = { blob: 'a', mimeType: 'audio/webm', atMs: 0, fromMs: 0, durationMs: 10_000 };

describe('the narration’s edit list', () => {
  it('cuts a range out of one piece into two that meet', () => {
    expect(cutAudio([take], 2000, 5000)).toEqual([
      { ...take, durationMs: 2000 },
      { ...take, atMs: 2000, fromMs: 5000, durationMs: 5000 },
    ]);
  });

  it('drops pieces inside the cut and moves later ones back', () => {
    const second: AudioSegment = { ...take, blob: 'b', atMs: 10_000, durationMs: 4000 };
    const third: AudioSegment = { ...take, blob: 'c', atMs: 14_000, durationMs: 1000 };
    expect(cutAudio([take, second, third], 9000, 14_000)).toEqual([
      { ...take, durationMs: 9000 },
      { ...third, atMs: 9000 },
    ]);
    expect(cutAudio([take], 0, 10_000)).toEqual([]);
    expect(cutAudio([take], 3000, 3000)).toEqual([take]);
  });

  it('truncates at a point to record again from there', () => {
    const second: AudioSegment = { ...take, blob: 'b', atMs: 10_000, durationMs: 4000 };
    expect(truncateAudio([take, second], 12_000)).toEqual([take, { ...second, durationMs: 2000 }]);
    expect(truncateAudio([take, second], 10_000)).toEqual([take]);
    expect(audioEndMs(truncateAudio([take], 4000))).toBe(4000);
  });

  it('knows when the take is still the one blob recorded', () => {
    expect(wholeBlob([take])).toBe(take);
    expect(wholeBlob(cutAudio([take], 1000, 2000))).toBeNull();
    expect(wholeBlob(truncateAudio([take], 5000))).toEqual({ ...take, durationMs: 5000 });
    expect(wholeBlob([])).toBeNull();
  });

  it('mixes the pieces into one track, with silence between them', () => {
    // 10 samples a second: a blob is its sample indexes, so the mix shows where each sample came from.
    const ramp = (n: number, base: number) => Float32Array.from({ length: n }, (_, i) => base + i);
    const blobs: Record<string, Float32Array> = { a: ramp(10, 100), b: ramp(5, 200) };
    const segments: AudioSegment[] = [
      { ...take, durationMs: 300 },
      { ...take, atMs: 300, fromMs: 700, durationMs: 300 },
      { ...take, blob: 'b', atMs: 800, fromMs: 100, durationMs: 200 },
    ];
    expect([...mixSegments(segments, 10, (blob) => blobs[blob]!)]).toEqual([
      100, 101, 102, 107, 108, 109, 0, 0, 201, 202,
    ]);
  });
});
