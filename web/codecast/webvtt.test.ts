import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cuesAt, formatVttTime, parseWebVtt } from './webvtt.ts';

describe('the WebVTT reader', () => {
  it('reads cue timings with and without hours, identifiers and multi-line text', () => {
    const { cues, problems } = parseWebVtt(
      'WEBVTT - demo\nKind: captions\n\nintro\n00:00.500 --> 00:05.000 align:start\nFirst line\nsecond line\n\n01:02:03.004 --> 01:02:04.000\nLate\n',
    );
    expect(problems).toEqual([]);
    expect(cues).toEqual([
      { id: 'intro', startMs: 500, endMs: 5000, text: 'First line\nsecond line' },
      { startMs: 3_723_004, endMs: 3_724_000, text: 'Late' },
    ]);
  });

  it('drops tags, decodes character references and skips notes, styles and regions', () => {
    const { cues, problems } = parseWebVtt(
      'WEBVTT\r\n\r\nNOTE a comment\r\nover two lines\r\n\r\nSTYLE\r\n::cue { color: red }\r\n\r\n00:01.000 --> 00:02.000\r\n<v Ana>a &lt; b &amp;&amp; <i>c</i><00:01.500> &gt; d</v>\r\n',
    );
    expect(problems).toEqual([]);
    expect(cues).toEqual([{ startMs: 1000, endMs: 2000, text: 'a < b && c > d' }]);
  });

  it('accepts a byte order mark and old Mac line ends', () => {
    const { cues } = parseWebVtt('\uFEFFWEBVTT\r\r00:00.000 --> 00:01.000\rHi');
    expect(cues).toEqual([{ startMs: 0, endMs: 1000, text: 'Hi' }]);
  });

  it('reports what is wrong, with the line, and keeps the cues that are right', () => {
    const { cues, problems } = parseWebVtt(
      'WEBVTT\n\n00:05.000 --> 00:04.000\nBackwards\n\n0:01.000 --> 00:02.000\nOne digit\n\n00:03.000 --> 00:04.000\nFine\n\n00:01.000 --> 00:02.000\nEarlier\n',
    );
    expect(problems).toEqual([
      { line: 3, message: 'The cue ends (00:04.000) before it starts.' },
      {
        line: 6,
        message: '"0:01.000 --> 00:02.000" is not a timing line: write times as mm:ss.ttt or hh:mm:ss.ttt.',
      },
      { line: 12, message: 'The cue starts (00:01.000) before the previous one: cues go in time order.' },
    ]);
    expect(cues.map((cue) => cue.text)).toEqual(['Fine', 'Earlier']);
  });

  it('refuses a file that does not start with WEBVTT', () => {
    expect(parseWebVtt('00:00.000 --> 00:01.000\nHi').problems).toEqual([
      { line: 1, message: 'A WebVTT file starts with the line "WEBVTT".' },
    ]);
    expect(parseWebVtt('WEBVTTX\n').problems).toHaveLength(1);
  });

  it('reads the shipped fixture’s French captions', () => {
    const source = readFileSync(
      new URL('../../tests/fixtures/codecast/v1/sum-of-array-intro/captions.fr.vtt', import.meta.url),
      'utf8',
    );
    const { cues, problems } = parseWebVtt(source);
    expect(problems).toEqual([]);
    expect(cues).toHaveLength(2);
    expect(cues[1]).toMatchObject({ startMs: 28_000, endMs: 31_000, text: 'À vous : écrivez sum.' });
  });

  it('finds the cues showing at a time, end excluded', () => {
    const { cues } = parseWebVtt('WEBVTT\n\n00:01.000 --> 00:03.000\nA\n\n00:02.000 --> 00:04.000\nB\n');
    expect(cuesAt(cues, 999).map((cue) => cue.text)).toEqual([]);
    expect(cuesAt(cues, 2500).map((cue) => cue.text)).toEqual(['A', 'B']);
    expect(cuesAt(cues, 3000).map((cue) => cue.text)).toEqual(['B']);
  });

  it('writes timestamps it can read back', () => {
    for (const ms of [0, 1, 999, 61_500, 3_599_999, 3_600_000, 36_000_123]) {
      const stamp = formatVttTime(ms);
      expect(parseWebVtt(`WEBVTT\n\n${stamp} --> ${formatVttTime(ms + 1)}\nx`).cues[0]?.startMs).toBe(ms);
    }
    expect(formatVttTime(61_500)).toBe('01:01.500');
    expect(formatVttTime(3_600_000)).toBe('01:00:00.000');
  });
});
