// Reads WebVTT captions (https://www.w3.org/TR/webvtt1/) into cues, or into the lines a teacher must fix.
// A codecast's captions carry its explanation, so a file that a browser would silently half-read (a cue
// whose timing line is malformed is skipped by the <track> parser) is an error here, at its line. One
// reader for `exo check`, the upload route and the browser's recorder and player, so that what one
// accepts the others show.

export interface Cue {
  id?: string;
  startMs: number;
  endMs: number;
  /** The cue's payload, lines joined with `\n`, markup (`<i>`, `<v Name>`) left as written. */
  text: string;
  /** 1-based line of the timing line. */
  line: number;
}

export interface WebVttProblem {
  /** 1-based. */
  line: number;
  message: string;
}

export interface WebVtt {
  cues: Cue[];
  problems: WebVttProblem[];
}

const timestamp = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

/** Milliseconds of a WebVTT timestamp (`01:02.500`, `1:00:02.500` needs two hour digits: `01:00:02.500`). */
export function readTimestamp(text: string): number | undefined {
  const match = timestamp.exec(text);
  if (!match) return undefined;
  const [, hours, minutes, seconds, millis] = match;
  return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis);
}

/** `mm:ss.ttt`, or `hh:mm:ss.ttt` from an hour on: what the composer and exporter write. */
export function writeTimestamp(ms: number): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor(ms / 60_000) % 60;
  const seconds = Math.floor(ms / 1000) % 60;
  const rest = `${pad(minutes)}:${pad(seconds)}.${pad(ms % 1000, 3)}`;
  return hours > 0 ? `${pad(hours)}:${rest}` : rest;
}

export function readWebVtt(source: string): WebVtt {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: WebVttProblem[] = [];
  const cues: Cue[] = [];
  if (!/^WEBVTT([ \t].*)?$/.test(lines[0] ?? '')) {
    return {
      cues,
      problems: [{ line: 1, message: 'A WebVTT file starts with the line "WEBVTT".' }],
    };
  }
  // The header runs to the first blank line.
  let i = 1;
  while (i < lines.length && lines[i] !== '') i++;

  while (i < lines.length) {
    while (i < lines.length && lines[i]?.trim() === '') i++;
    if (i >= lines.length) break;
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && lines[i]?.trim() !== '') block.push(lines[i++] ?? '');
    const first = block[0] ?? '';
    if (/^(NOTE|STYLE|REGION)([ \t]|$)/.test(first)) continue;

    const timingIndex = first.includes('-->') ? 0 : 1;
    const timing = block[timingIndex];
    const timingLine = blockStart + timingIndex + 1;
    if (timing === undefined || !timing.includes('-->')) {
      problems.push({
        line: blockStart + 1,
        message: 'Expected a timing line like "00:01.000 --> 00:04.000" (a cue, or a NOTE block).',
      });
      continue;
    }
    const [startText = '', rest = ''] = timing.split('-->').map((part) => part.trim());
    const endText = rest.split(/[ \t]+/)[0] ?? '';
    const startMs = readTimestamp(startText);
    const endMs = readTimestamp(endText);
    if (startMs === undefined || endMs === undefined) {
      problems.push({
        line: timingLine,
        message: `"${timing.trim()}" is not a timing line: write times as mm:ss.ttt or hh:mm:ss.ttt.`,
      });
      continue;
    }
    if (endMs <= startMs) {
      problems.push({ line: timingLine, message: `The cue ends (${endText}) before it starts.` });
      continue;
    }
    const previous = cues.at(-1);
    if (previous && startMs < previous.startMs) {
      problems.push({
        line: timingLine,
        message: `The cue starts (${startText}) before the previous one: cues go in time order.`,
      });
    }
    const text = block.slice(timingIndex + 1).join('\n');
    if (text.trim() === '') {
      problems.push({ line: timingLine, message: 'The cue has no text: write it on the next line.' });
      continue;
    }
    cues.push({
      ...(timingIndex === 1 ? { id: first } : {}),
      startMs,
      endMs,
      text,
      line: timingLine,
    });
  }
  return { cues, problems };
}

/** A WebVTT file with these cues, one block each, in the order given. */
export function writeWebVtt(cues: readonly Pick<Cue, 'startMs' | 'endMs' | 'text'>[]): string {
  const blocks = cues.map(
    (cue) => `${writeTimestamp(cue.startMs)} --> ${writeTimestamp(cue.endMs)}\n${cue.text}`,
  );
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}
