// Captions follow the recording when the teacher cuts a range or re-records from a point: each cue's
// timing line is moved like the timeline's annotations (cut-timeline's rule), cues left with nothing to
// show are dropped, and every other line of the file (header, notes, text, settings) is kept as written.
import { formatVttTime } from '../webvtt.ts';

const timing =
  /^((?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3})([ \t]+-->[ \t]+)((?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3})(.*)$/;

function toMs(stamp: string): number {
  const parts = stamp.split(':').map(Number);
  const [seconds = 0, minutes = 0, hours = 0] = parts.reverse();
  return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
}

function remapCues(vtt: string, map: (ms: number) => number): string {
  const blocks = vtt.split(/\r?\n(?:[ \t]*\r?\n)+/);
  const kept = blocks.flatMap((block) => {
    const lines = block.split(/\r?\n/);
    const at = lines.findIndex((line) => timing.test(line));
    if (at === -1 || at > 1) return [block];
    const [, start = '', arrow = '', end = '', settings = ''] = timing.exec(lines[at] ?? '') ?? [];
    const from = map(toMs(start));
    const to = map(toMs(end));
    if (to <= from) return [];
    lines[at] = `${formatVttTime(from)}${arrow}${formatVttTime(to)}${settings}`;
    return [lines.join('\n')];
  });
  return kept.join('\n\n');
}

/** After the cast's `[fromMs, toMs)` was cut: later cues move back, cues across it shrink, cues inside go. */
export function cutVtt(vtt: string, fromMs: number, toMs: number): string {
  const removed = toMs - fromMs;
  if (removed <= 0) return vtt;
  return remapCues(vtt, (t) => (t <= fromMs ? t : t < toMs ? fromMs : t - removed));
}

/** After truncating the cast at `atMs`: cues end there at the latest, later ones go. */
export function truncateVtt(vtt: string, atMs: number): string {
  return remapCues(vtt, (t) => Math.min(t, atMs));
}

/** The file with a cue appended for `[startMs, endMs)`, text left for the teacher to write. */
export function appendCue(vtt: string, startMs: number, endMs: number, text: string): string {
  const base = vtt.trimEnd() === '' ? 'WEBVTT' : vtt.trimEnd();
  return `${base}\n\n${formatVttTime(startMs)} --> ${formatVttTime(endMs)}\n${text}\n`;
}
