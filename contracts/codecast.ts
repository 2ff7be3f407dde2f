// A codecast's manifest: what a player needs before the first chunk arrives (title, duration, files,
// the timeline's chapters, annotations and checkpoints, captions, audio) and where each chunk of
// events is. Chunks are described in codecast-chunk.ts; docs/codecast-format.md explains both.
import { z } from 'zod';
import { Slug } from './exercise-spec.ts';
import { Locale, LocalizedText } from './localized-text.ts';

/** The format this code writes. A reader accepts every older version too (codecast-version.ts). */
export const codecastFormatVersion = 1;

/** Milliseconds from the start of the cast. */
const TimeMs = z.number().int().min(0);

/** A file beside the manifest, by a relative path without `..` (`chunks/0003.json`, `captions.fr.vtt`). */
export const CodecastFileRef = z
  .string()
  .regex(
    /^(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/,
    'a relative path inside the codecast',
  );

export const CodecastFile = z.strictObject({
  /** Shown on the file's tab (`main.js`). */
  name: z.string().min(1).max(200),
  language: z.enum(['javascript', 'typescript']),
});
export type CodecastFile = z.infer<typeof CodecastFile>;

export const Chapter = z.strictObject({
  atMs: TimeMs,
  title: LocalizedText,
});
export type Chapter = z.infer<typeof Chapter>;

/** A text bubble shown from `startMs` to `endMs`, pointing at a line of a file when `line` is given. */
export const BubbleAnnotation = z.strictObject({
  kind: z.literal('bubble'),
  startMs: TimeMs,
  endMs: TimeMs,
  text: LocalizedText,
  file: z.number().int().min(0).optional(),
  /** 1-based line the bubble points at. */
  line: z.number().int().min(1).optional(),
});

/** Lines `fromLine`..`toLine` (1-based, inclusive) of a file highlighted from `startMs` to `endMs`. */
export const HighlightAnnotation = z.strictObject({
  kind: z.literal('highlight'),
  startMs: TimeMs,
  endMs: TimeMs,
  file: z.number().int().min(0),
  fromLine: z.number().int().min(1),
  toLine: z.number().int().min(1),
  /** An optional note beside the highlight. */
  text: LocalizedText.optional(),
});

export const Annotation = z.discriminatedUnion('kind', [BubbleAnnotation, HighlightAnnotation]);
export type Annotation = z.infer<typeof Annotation>;

/** Playback pauses at `atMs` and opens the exercise; it continues once the learner's code passes. */
export const Checkpoint = z.strictObject({
  atMs: TimeMs,
  exercise: Slug,
  /** What the learner is asked to do, shown above the exercise. */
  prompt: LocalizedText,
});
export type Checkpoint = z.infer<typeof Checkpoint>;

/** WebVTT captions for one language: inline text, or a `.vtt` file beside the manifest. */
export const Captions = z.union([
  z.strictObject({ locale: Locale, vtt: z.string().startsWith('WEBVTT') }),
  z.strictObject({ locale: Locale, src: CodecastFileRef }),
]);
export type Captions = z.infer<typeof Captions>;

export const AudioTrack = z.strictObject({
  src: CodecastFileRef,
  /** The MIME type the recorder produced (`audio/webm;codecs=opus`), so a player can check support. */
  mimeType: z.string().min(1),
  durationMs: TimeMs,
});
export type AudioTrack = z.infer<typeof AudioTrack>;

export const ChunkRef = z.strictObject({
  index: z.number().int().min(0),
  /** The chunk holds the events with `startMs <= atMs < endMs`; its snapshot is the state at `startMs`. */
  startMs: TimeMs,
  endMs: TimeMs,
  src: CodecastFileRef,
});
export type ChunkRef = z.infer<typeof ChunkRef>;

/** What a timeline shows and what cutting or truncating a recording must move along with it. */
export const CodecastTimeline = z.strictObject({
  chapters: z.array(Chapter),
  annotations: z.array(Annotation),
  checkpoints: z.array(Checkpoint),
});
export type CodecastTimeline = z.infer<typeof CodecastTimeline>;

const manifestFields = z.strictObject({
  formatVersion: z.literal(codecastFormatVersion),
  id: Slug,
  title: LocalizedText,
  /** Length of the cast in ms; every event happens before it. */
  durationMs: TimeMs,
  /** The language the teacher speaks in the narration and wrote the captions first in. */
  language: Locale,
  files: z.array(CodecastFile).min(1).max(20),
  ...CodecastTimeline.shape,
  captions: z.array(Captions),
  audio: AudioTrack.optional(),
  /** The exercise this cast introduces, if any; checkpoints name their own exercises. */
  exercise: Slug.optional(),
  chunks: z.array(ChunkRef).min(1),
});

/** Order and bounds that zod's field checks cannot see; each problem is reported at its path. */
export const CodecastManifest = manifestFields.superRefine((manifest, ctx) => {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const { durationMs, files } = manifest;
  manifest.chunks.forEach((chunk, i) => {
    if (chunk.index !== i) issue(['chunks', i, 'index'], `expected index ${i}`);
    const expectedStart = i === 0 ? 0 : manifest.chunks[i - 1]?.endMs;
    if (chunk.startMs !== expectedStart)
      issue(['chunks', i, 'startMs'], `expected ${expectedStart}: chunks follow each other`);
    if (chunk.endMs < chunk.startMs) issue(['chunks', i, 'endMs'], 'ends before it starts');
  });
  const last = manifest.chunks.at(-1);
  if (last && last.endMs !== durationMs)
    issue(['chunks', manifest.chunks.length - 1, 'endMs'], 'expected durationMs');
  manifest.chapters.forEach((chapter, i) => {
    if (chapter.atMs > durationMs) issue(['chapters', i, 'atMs'], 'after the end');
    const previous = manifest.chapters[i - 1];
    if (previous && previous.atMs >= chapter.atMs)
      issue(['chapters', i, 'atMs'], 'chapters go in time order');
  });
  manifest.annotations.forEach((annotation, i) => {
    if (annotation.endMs <= annotation.startMs) issue(['annotations', i, 'endMs'], 'ends before it starts');
    if (annotation.endMs > durationMs) issue(['annotations', i, 'endMs'], 'after the end');
    if (annotation.file !== undefined && annotation.file >= files.length)
      issue(['annotations', i, 'file'], 'no such file');
    if (annotation.kind === 'highlight' && annotation.toLine < annotation.fromLine)
      issue(['annotations', i, 'toLine'], 'before fromLine');
  });
  manifest.checkpoints.forEach((checkpoint, i) => {
    if (checkpoint.atMs > durationMs) issue(['checkpoints', i, 'atMs'], 'after the end');
    const previous = manifest.checkpoints[i - 1];
    if (previous && previous.atMs >= checkpoint.atMs)
      issue(['checkpoints', i, 'atMs'], 'checkpoints go in time order');
  });
  const locales = manifest.captions.map((captions) => captions.locale);
  if (new Set(locales).size !== locales.length) issue(['captions'], 'one captions track per language');
});
export type CodecastManifest = z.infer<typeof CodecastManifest>;
