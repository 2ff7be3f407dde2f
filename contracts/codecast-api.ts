// What the codecast routes (server/routes/codecasts.ts) send and accept, beside the format itself
// (codecast.ts, codecast-chunk.ts): the list a course page shows, and a teacher's upload of a whole
// codecast, which the server checks like `exo check` checks a folder and stores as a new version.
import { z } from 'zod';
import { CodecastFileRef, CodecastManifest } from './codecast.ts';
import { CodecastChunk } from './codecast-chunk.ts';
import { Slug } from './exercise-spec.ts';
import { Locale, LocalizedText } from './localized-text.ts';

/** A version is the sha256 of the codecast's files (as an exercise's content hash): the same in git and on the server. */
export const CodecastVersion = z.string().regex(/^[0-9a-f]{64}$/);

/** Response header of `GET /api/codecasts/:id`: the version the manifest belongs to. */
export const codecastVersionHeader = 'Codecast-Version';

export const CodecastSummary = z.strictObject({
  id: Slug,
  /** Pass it as `?version=` to the chunk, captions and audio routes: those answers are then cached for good. */
  version: CodecastVersion,
  title: LocalizedText,
  /** The exercise the codecast is tied to. */
  exercise: Slug.nullable(),
  durationMs: z.number().int().min(0),
  /** The language the teacher speaks. */
  language: Locale,
  /** Languages with captions. */
  captions: z.array(Locale),
  hasAudio: z.boolean(),
  chapterCount: z.number().int().min(0),
  /** Exercises its checkpoints open, in time order. */
  checkpoints: z.array(Slug),
  /** When this version was stored, ms since the epoch. */
  updatedAt: z.number().int(),
});
export type CodecastSummary = z.infer<typeof CodecastSummary>;

export const CodecastList = z.strictObject({ codecasts: z.array(CodecastSummary) });
export type CodecastList = z.infer<typeof CodecastList>;

/** A file the manifest refers to besides the chunks: captions as text, audio as base64. */
export const CodecastUploadFile = z.union([
  z.strictObject({ src: CodecastFileRef, text: z.string() }),
  z.strictObject({ src: CodecastFileRef, base64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/) }),
]);
export type CodecastUploadFile = z.infer<typeof CodecastUploadFile>;

/**
 * `PUT /api/codecasts/:id`: a whole codecast, as the recorder packs it. Chunks are in the manifest's
 * order (each is stored at its `src`); the manifest's `id` must be the one in the URL.
 */
export const CodecastUpload = z.strictObject({
  manifest: CodecastManifest,
  chunks: z.array(CodecastChunk).min(1),
  files: z.array(CodecastUploadFile).max(40).default([]),
});
export type CodecastUpload = z.input<typeof CodecastUpload>;

export const CodecastSaved = z.strictObject({
  id: Slug,
  version: CodecastVersion,
  /** False when this exact codecast was stored before (it is the current version again). */
  created: z.boolean(),
});
export type CodecastSaved = z.infer<typeof CodecastSaved>;
