import { describe, expect, it } from 'vitest';
import { parseWebVtt } from '../webvtt.ts';
import { appendCue, cutVtt, truncateVtt } from './vtt-edit.ts';

const vtt = `WEBVTT

NOTE kept as written

intro
00:01.000 --> 00:03.000 align:start
One

00:04.000 --> 00:06.000
Two

00:07.000 --> 00:12.000
Three
`;

const times = (text: string) => parseWebVtt(text).cues.map((cue) => [cue.startMs, cue.endMs, cue.text]);

describe('captions that follow an edited take', () => {
  it('cut: later cues move back, a cue across the cut shrinks, a cue inside goes', () => {
    const cut = cutVtt(vtt, 3500, 8000);
    expect(parseWebVtt(cut).problems).toEqual([]);
    expect(times(cut)).toEqual([
      [1000, 3000, 'One'],
      [3500, 7500, 'Three'],
    ]);
    expect(cut).toContain('NOTE kept as written');
    expect(cut).toContain('intro\n00:01.000 --> 00:03.000 align:start\nOne');
  });

  it('truncate: cues end at the point, later ones go', () => {
    expect(times(truncateVtt(vtt, 5000))).toEqual([
      [1000, 3000, 'One'],
      [4000, 5000, 'Two'],
    ]);
  });

  it('appends a cue at a time, to a file or to nothing', () => {
    expect(times(appendCue(vtt, 13_000, 15_500, 'Four')).at(-1)).toEqual([13_000, 15_500, 'Four']);
    expect(times(appendCue('', 0, 1000, 'Hi'))).toEqual([[0, 1000, 'Hi']]);
  });
});
