import { describe, expect, it } from 'vitest';
import { readTimestamp, readWebVtt, writeTimestamp, writeWebVtt } from './webvtt.ts';

describe('reading WebVTT captions', () => {
  it('reads cues with and without ids, skipping notes and keeping multi-line text', () => {
    const vtt = [
      'WEBVTT - demo',
      '',
      'NOTE written by hand',
      'over two lines',
      '',
      'intro',
      '00:00.500 --> 00:02.000 align:start',
      'Hello',
      'world',
      '',
      '01:00:02.000 --> 01:00:03.250',
      'Later',
      '',
    ].join('\n');
    const { cues, problems } = readWebVtt(vtt);
    expect(problems).toEqual([]);
    expect(cues).toEqual([
      { id: 'intro', startMs: 500, endMs: 2000, text: 'Hello\nworld', line: 7 },
      { startMs: 3_602_000, endMs: 3_603_250, text: 'Later', line: 11 },
    ]);
  });

  it('reports a missing header, a malformed time, a cue ending before it starts and cues out of order, at their lines', () => {
    expect(readWebVtt('00:00.000 --> 00:01.000\nHi').problems).toEqual([
      { line: 1, message: 'A WebVTT file starts with the line "WEBVTT".' },
    ]);
    const { problems } = readWebVtt(
      'WEBVTT\n\n00:01.5 --> 00:02.000\nA\n\n00:03.000 --> 00:02.000\nB\n\n00:05.000 --> 00:06.000\nC\n\n00:04.000 --> 00:07.000\nD\n\njust text\n',
    );
    expect(problems.map((problem) => problem.line)).toEqual([3, 6, 12, 15]);
    expect(problems[0]?.message).toContain('mm:ss.ttt');
  });

  it('writes what it reads', () => {
    const cues = [
      { startMs: 0, endMs: 1_500, text: 'Un' },
      { startMs: 3_599_999, endMs: 3_600_000, text: 'Deux\nlignes' },
    ];
    const read = readWebVtt(writeWebVtt(cues));
    expect(read.problems).toEqual([]);
    expect(read.cues.map(({ startMs, endMs, text }) => ({ startMs, endMs, text }))).toEqual(cues);
    expect(writeTimestamp(3_723_004)).toBe('01:02:03.004');
    expect(readTimestamp('1:02.000')).toBeUndefined();
  });
});
