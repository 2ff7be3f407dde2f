// WebVTT captions as the player shows them under the editor and lists in the transcript: the shared
// reader (contracts/webvtt.ts, which `exo check` and the upload route use too), then each cue's text made
// plain — tags dropped (`<v Ana>`, `<i>`, `<00:01.000>`), the common character references decoded — so
// it can be rendered as text. Problems keep their line, for the recorder's captions editor.
import { readWebVtt, type WebVttProblem, writeTimestamp } from '../../contracts/webvtt.ts';

export type Cue = {
  /** The cue's identifier line, if it had one. */
  id?: string;
  startMs: number;
  endMs: number;
  /** Plain text, lines joined with `\n`. */
  text: string;
};

export type VttProblem = WebVttProblem;

export type ParsedVtt = { cues: Cue[]; problems: VttProblem[] };

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&nbsp;': '\u00a0',
  '&lrm;': '\u200e',
  '&rlm;': '\u200f',
  '&quot;': '"',
  '&apos;': "'",
};

export function parseWebVtt(source: string): ParsedVtt {
  const { cues, problems } = readWebVtt(source);
  return {
    cues: cues.map(({ line: _line, text, ...cue }) => ({
      ...cue,
      text: text.split('\n').map(plainText).join('\n'),
    })),
    problems,
  };
}

/** A cue line without its tags, character references decoded. */
function plainText(line: string): string {
  return line
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|nbsp|lrm|rlm|quot|apos);/g, (e) => entities[e] ?? e);
}

/** The cues showing at `timeMs` (`startMs <= timeMs < endMs`); usually one, sometimes none. */
export function cuesAt(cues: readonly Cue[], timeMs: number): Cue[] {
  return cues.filter((cue) => cue.startMs <= timeMs && timeMs < cue.endMs);
}

/** `00:01.500` style timestamp for a cue timing line (hours only when needed). */
export function formatVttTime(ms: number): string {
  return writeTimestamp(Math.max(0, Math.round(ms)));
}
