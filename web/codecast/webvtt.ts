// WebVTT captions read into plain cues the player shows under the editor and lists in the transcript.
// A subset of https://www.w3.org/TR/webvtt1/: cue timings and text; cue settings, regions and styles are
// skipped (we draw captions ourselves), tags are dropped and the common character references decoded, so
// the text can be rendered as text. Problems are reported with their line, for the recorder's editor.

export type Cue = {
  /** The cue's identifier line, if it had one. */
  id?: string;
  startMs: number;
  endMs: number;
  /** Plain text, lines joined with `\n`. */
  text: string;
};

export type VttProblem = { line: number; message: string };

export type ParsedVtt = { cues: Cue[]; problems: VttProblem[] };

const timestamp = String.raw`(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})`;
const timingLine = new RegExp(`^${timestamp}[ \\t]+-->[ \\t]+${timestamp}(?:[ \\t].*)?$`);

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
  // A BOM may open the file; lines end with CRLF, LF or CR (§ 6.1).
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: VttProblem[] = [];
  const cues: Cue[] = [];
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    problems.push({ line: 1, message: 'a WebVTT file starts with the line WEBVTT' });
    return { cues, problems };
  }
  let i = 1;
  // The header's other lines run to the first blank line.
  while (i < lines.length && lines[i] !== '') i++;
  while (i < lines.length) {
    while (i < lines.length && lines[i]?.trim() === '') i++;
    if (i >= lines.length) break;
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && lines[i]?.trim() !== '') block.push(lines[i++] ?? '');
    const first = block[0] ?? '';
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first)) continue;
    const timingAt = first.includes('-->') ? 0 : 1;
    const timing = block[timingAt];
    const match = timing === undefined ? null : timingLine.exec(timing);
    if (!match) {
      problems.push({
        line: blockStart + timingAt + 1,
        message: 'expected a cue timing: 00:01.000 --> 00:04.000',
      });
      continue;
    }
    const startMs = toMs(match.slice(1, 5));
    const endMs = toMs(match.slice(5, 9));
    if (endMs <= startMs) {
      problems.push({ line: blockStart + timingAt + 1, message: 'the cue ends before it starts' });
      continue;
    }
    const previous = cues.at(-1);
    if (previous && startMs < previous.startMs)
      problems.push({ line: blockStart + timingAt + 1, message: 'cues must go in time order' });
    const text = block
      .slice(timingAt + 1)
      .map(plainText)
      .join('\n');
    cues.push({ ...(timingAt === 1 ? { id: first } : {}), startMs, endMs, text });
  }
  return { cues, problems };
}

function toMs([hours, minutes, seconds, millis]: (string | undefined)[]): number {
  return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + Number(millis);
}

/** A cue line without its tags (`<v Ana>`, `<i>`, `<00:01.000>`), character references decoded. */
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
  const total = Math.max(0, Math.round(ms));
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor(total / 60_000) % 60;
  const seconds = Math.floor(total / 1000) % 60;
  const millis = total % 1000;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${hours > 0 ? `${pad(hours)}:` : ''}${pad(minutes)}:${pad(seconds)}.${pad(millis, 3)}`;
}
