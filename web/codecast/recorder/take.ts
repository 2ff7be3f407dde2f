// A take being edited: the recording, the timeline (chapters, notes, checkpoints), the captions and the
// narration's edit list, moved together by each edit so they keep pointing at the same moments. Plain
// data and pure functions; the recorder page keeps one in state and in IndexedDB.
import type {
  Annotation,
  Chapter,
  Checkpoint,
  CodecastFile,
  CodecastTimeline,
} from '../../../contracts/codecast.ts';
import type { Locale, LocalizedText } from '../../../contracts/localized-text.ts';
import { cutRecording, truncateRecording } from '../engine/edit-recording.ts';
import { cutTimeline, truncateTimeline } from '../engine/edit-timeline.ts';
import type { Recording } from '../engine/recording.ts';
import { type AudioSegment, cutAudio, truncateAudio } from './audio-edit-list.ts';
import { cutVtt, truncateVtt } from './vtt-edit.ts';

export type TakeMeta = {
  id: string;
  title: LocalizedText;
  /** The language the teacher speaks. */
  language: Locale;
  exercise: string | null;
  files: CodecastFile[];
};

export type Take = {
  meta: TakeMeta;
  recording: Recording;
  timeline: CodecastTimeline;
  /** WebVTT text per language, as the teacher edits it (empty: no track). */
  captions: Record<Locale, string>;
  audio: AudioSegment[];
};

export const emptyTimeline: CodecastTimeline = { chapters: [], annotations: [], checkpoints: [] };

/** Removes `[fromMs, toMs)` from everything the take holds. */
export function cutTake(take: Take, fromMs: number, toMs: number): Take {
  return {
    ...take,
    recording: cutRecording(take.recording, fromMs, toMs),
    timeline: cutTimeline(take.timeline, fromMs, toMs),
    captions: mapCaptions(take.captions, (vtt) => cutVtt(vtt, fromMs, toMs)),
    audio: cutAudio(take.audio, fromMs, toMs),
  };
}

/** Keeps what comes before `atMs`, to record again from there. */
export function truncateTake(take: Take, atMs: number): Take {
  return {
    ...take,
    recording: truncateRecording(take.recording, atMs),
    timeline: truncateTimeline(take.timeline, atMs),
    captions: mapCaptions(take.captions, (vtt) => truncateVtt(vtt, atMs)),
    audio: truncateAudio(take.audio, atMs),
  };
}

function mapCaptions(
  captions: Record<Locale, string>,
  change: (vtt: string) => string,
): Record<Locale, string> {
  return { en: captions.en && change(captions.en), fr: captions.fr && change(captions.fr) };
}

/** Adds a chapter; one already at that time is replaced (chapters need distinct, increasing times). */
export function addChapter(timeline: CodecastTimeline, chapter: Chapter): CodecastTimeline {
  const chapters = [...timeline.chapters.filter((c) => c.atMs !== chapter.atMs), chapter];
  return { ...timeline, chapters: chapters.sort((a, b) => a.atMs - b.atMs) };
}

export function addCheckpoint(timeline: CodecastTimeline, checkpoint: Checkpoint): CodecastTimeline {
  const checkpoints = [...timeline.checkpoints.filter((c) => c.atMs !== checkpoint.atMs), checkpoint];
  return { ...timeline, checkpoints: checkpoints.sort((a, b) => a.atMs - b.atMs) };
}

export function addAnnotation(timeline: CodecastTimeline, annotation: Annotation): CodecastTimeline {
  const annotations = [...timeline.annotations, annotation];
  return { ...timeline, annotations: annotations.sort((a, b) => a.startMs - b.startMs) };
}

export type TimelineItem = 'chapters' | 'annotations' | 'checkpoints';

export function removeItem(timeline: CodecastTimeline, list: TimelineItem, index: number): CodecastTimeline {
  return { ...timeline, [list]: timeline[list].filter((_, i) => i !== index) };
}

/** The timeline as the manifest needs it for a cast of `durationMs`: notes running past the end end there. */
export function fitTimeline(timeline: CodecastTimeline, durationMs: number): CodecastTimeline {
  return truncateTimeline(timeline, durationMs);
}

/** The 1-based line of a UTF-16 offset in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < Math.min(offset, text.length); i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
